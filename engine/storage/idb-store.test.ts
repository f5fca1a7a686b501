import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FileIds } from './file-ids';
import { IdbSegmentStore } from './idb-store';
import { loadLogDir, readThrough } from './loader';
import { PageCache } from './page-cache';
import { LogPersister } from './persister';
import { TestLog } from './test-doubles';

let databases = 0;
/** A fresh database per test, so tests never see each other's files. */
function freshName(): string {
  databases += 1;
  return `kafkascope-test-${databases}`;
}

// The shared SegmentStore behaviour runs in segment-store.contract.test.ts; this is what only IndexedDB has.
describe('IdbSegmentStore', () => {
  it('restores files, chunks and meta when the database is opened again (a reload)', async () => {
    const name = freshName();
    const first = await IdbSegmentStore.open(name);
    await first.apply([
      { kind: 'createFile', path: 'broker-1/orders-0/00000000000000000000.log', fileId: 3, chunkBytes: 8 },
      { kind: 'resizeFile', path: 'broker-1/orders-0/00000000000000000000.log', size: 3 },
      { kind: 'putChunk', fileId: 3, index: 0, bytes: new Uint8Array([4, 5, 6]).buffer },
      { kind: 'putMeta', key: 'seed', value: 7 },
    ]);
    first.close();
    const second = await IdbSegmentStore.open(name);
    expect(await second.listFiles()).toEqual([
      { path: 'broker-1/orders-0/00000000000000000000.log', fileId: 3, size: 3, chunkBytes: 8 },
    ]);
    expect([...((await second.readChunk(3, 0)) ?? [])]).toEqual([4, 5, 6]);
    expect(await second.getMeta('seed')).toBe(7);
    second.close();
  });

  it('carries a persister round trip: flushes, renames, truncates, reload', async () => {
    const name = freshName();
    const store = await IdbSegmentStore.open(name);
    const fileIds = new FileIds();
    const pageCache = new PageCache(0);
    const persister = new LogPersister(store, { fileIds, pageCache });
    const log = new TestLog();
    persister.attach('broker-1/orders-0', log);
    const segment = log.create('00000000000000000000.log', 1024);
    segment.append(new Uint8Array(3000).map((_, i) => i & 0xff));
    void persister.flush();
    log.create('00000000000000000000.index', 1024).append(new Uint8Array([1, 2, 3]));
    await persister.flush(); // queued behind the first: both commit
    pageCache.evictToBudget();
    log.truncate('00000000000000000000.log', 2500);
    log.rename('00000000000000000000.log', '00000000000000000000.log.deleted');
    await persister.flush();
    store.close();

    const reopened = await IdbSegmentStore.open(name);
    const ids = await FileIds.forStore(reopened);
    const files = await loadLogDir(reopened, 'broker-1/orders-0', { fileIds: ids });
    expect([...files.keys()]).toEqual(['00000000000000000000.index', '00000000000000000000.log.deleted']);
    const deleted = files.get('00000000000000000000.log.deleted');
    const bytes = deleted && (await readThrough(() => deleted.readAll(), reopened, { fileIds: ids }));
    expect(bytes?.length).toBe(2500);
    expect(bytes?.every((b, i) => b === (i & 0xff))).toBe(true);
    expect(reopened.stats).toEqual({ transactions: 0, chunkPuts: 0, chunkBytesWritten: 0 });
    reopened.close();
  });

  it('keeps the files table and its fileId index right when a record is overwritten in place', async () => {
    // A resize overwrites the record (no delete first); renames and replacements still delete.
    const store = await IdbSegmentStore.open(freshName());
    const log = 'broker-1/orders-0/00000000000000000000.log';
    const bytes = (n: number) => new Uint8Array(n).map((_, i) => i + 1).buffer;
    await store.apply([
      { kind: 'createFile', path: log, fileId: 1, chunkBytes: 4 },
      { kind: 'resizeFile', path: log, size: 3 },
      { kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(3) },
    ]);
    await store.apply([
      { kind: 'resizeFile', path: log, size: 6 },
      { kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(4) },
      { kind: 'putChunk', fileId: 1, index: 1, bytes: bytes(2) },
    ]);
    expect(await store.listFiles()).toEqual([{ path: log, fileId: 1, size: 6, chunkBytes: 4 }]);
    expect([...((await store.readChunk(1, 1)) ?? [])]).toEqual([1, 2]);
    await store.apply([
      { kind: 'renameFile', from: log, to: `${log}.deleted` },
      { kind: 'createFile', path: log, fileId: 2, chunkBytes: 4 },
    ]);
    expect((await store.listFiles()).map((f) => [f.path, f.fileId, f.size])).toEqual([
      [log, 2, 0],
      [`${log}.deleted`, 1, 6],
    ]);
    expect([...((await store.readChunk(`${log}.deleted`, 1)) ?? [])]).toEqual([1, 2]);
    expect(await store.readChunk(log, 0)).toBeUndefined();
    store.close();
  });
});
