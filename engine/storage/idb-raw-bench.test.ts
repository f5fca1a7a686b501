import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRawBenchDb, rawChunkWrite, storeChunkWrite } from './idb-raw-bench';
import { IdbSegmentStore } from './idb-store';

function chunks(count: number, bytes: number): ArrayBuffer[] {
  return Array.from({ length: count }, (_, i) => new Uint8Array(bytes).fill(i).buffer);
}

describe('bench helpers', () => {
  it('writes raw chunk values in one transaction, by name or by open database', async () => {
    expect(await rawChunkWrite('bench-raw-1', chunks(3, 1024), 0)).toEqual({ chunks: 3, bytes: 3072 });
    const db = await openRawBenchDb('bench-raw-1');
    expect(await rawChunkWrite(db, chunks(2, 10), 1)).toEqual({ chunks: 2, bytes: 20 });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('chunks').objectStore('chunks').count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(5);
    db.close();
  });

  it('writes the same chunks through the store as one file', async () => {
    const store = await IdbSegmentStore.open('bench-store-1');
    expect(await storeChunkWrite(store, chunks(3, 1024), 4)).toEqual({ chunks: 3, bytes: 3072 });
    expect(await store.listFiles()).toEqual([
      { path: 'bench/bench-0/00000000000000000004.log', fileId: 5, size: 3072, chunkBytes: 1024 },
    ]);
    expect(store.stats).toMatchObject({ transactions: 1, chunkPuts: 3 });
    expect([...((await store.readChunk(5, 2)) ?? [])].slice(0, 2)).toEqual([2, 2]);
    store.close();
  });
});
