import { describe, expect, it } from 'vitest';
import { MemorySegmentStore } from './memory-store';
import { RemoteSegmentStore } from './remote-store';
import { exactChunkCopy, StoreBatchError } from './segment-store';
import { STORE_PROTOCOL_VERSION } from './store-protocol';
import { serveSegmentStore } from './store-server';
import { portPair } from './test-doubles';

const PATH = 'broker-1/demo-0/00000000000000000000.log';

describe('RemoteSegmentStore', () => {
  it('rejects connect with the remote error when the store cannot open, e.g. IndexedDB refused', async () => {
    const [client, server] = portPair();
    serveSegmentStore(server, () =>
      Promise.reject(new Error('The user denied permission to access the database.')),
    );
    await expect(RemoteSegmentStore.connect(client)).rejects.toThrow(/denied permission/);
  });

  it('refuses a client that speaks another protocol version', async () => {
    const [client, server] = portPair();
    serveSegmentStore(server, async () => new MemorySegmentStore());
    const answers: unknown[] = [];
    client.addEventListener('message', (event) => answers.push(event.data));
    client.postMessage({ id: 1, op: 'open', version: STORE_PROTOCOL_VERSION + 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answers).toEqual([
      { id: 1, ok: false, error: { name: 'Error', message: expect.stringMatching(/store protocol/) } },
    ]);
  });

  it('mirrors the remote write counters after each write, and keeps a bad batch a StoreBatchError', async () => {
    const [client, server] = portPair();
    const inner = new MemorySegmentStore();
    serveSegmentStore(server, async () => inner);
    const store = await RemoteSegmentStore.connect(client);
    await store.apply([
      { kind: 'createFile', path: PATH, fileId: 1, chunkBytes: 4 },
      { kind: 'resizeFile', path: PATH, size: 3 },
      { kind: 'putChunk', fileId: 1, index: 0, bytes: exactChunkCopy(Uint8Array.of(1, 2, 3)) },
    ]);
    expect(store.stats).toEqual({ transactions: 1, chunkPuts: 1, chunkBytesWritten: 3 });
    const failure = store.apply([{ kind: 'createFile', path: PATH, fileId: 2, chunkBytes: 4 }]);
    await expect(failure).rejects.toBeInstanceOf(StoreBatchError);
    await expect(failure).rejects.toMatchObject({ stepIndex: 0 });
    expect([...((await store.readChunk(PATH, 0)) ?? [])]).toEqual([1, 2, 3]);
  });

  it('transfers handed-over chunk buffers, and gives them back once the batch settles', async () => {
    const [client, server] = portPair();
    const inner = new MemorySegmentStore();
    serveSegmentStore(server, async () => inner);
    const store = await RemoteSegmentStore.connect(client);
    const chunk = exactChunkCopy(Uint8Array.of(1, 2, 3));
    const returned: ArrayBuffer[][] = [];
    await store.apply(
      [
        { kind: 'createFile', path: PATH, fileId: 1, chunkBytes: 4 },
        { kind: 'resizeFile', path: PATH, size: 3 },
        { kind: 'putChunk', fileId: 1, index: 0, bytes: chunk },
      ],
      { handOverChunks: true, onChunksReturned: (buffers) => returned.push(buffers) },
    );
    expect(chunk.byteLength).toBe(0); // transferred, not copied
    expect(returned.map((buffers) => buffers.map((b) => b.byteLength))).toEqual([[3]]);
    expect([...((await store.readChunk(PATH, 0)) ?? [])]).toEqual([1, 2, 3]);

    // A refused batch gives its buffers back too; without `handOverChunks` nothing is transferred.
    const refused = exactChunkCopy(Uint8Array.of(9));
    await expect(
      store.apply([{ kind: 'putChunk', fileId: 2, index: 0, bytes: refused }], {
        handOverChunks: true,
        onChunksReturned: (buffers) => returned.push(buffers),
      }),
    ).rejects.toBeInstanceOf(StoreBatchError);
    expect(returned.length).toBe(2);
    const kept = exactChunkCopy(Uint8Array.of(4));
    await store.apply([{ kind: 'putChunk', fileId: 1, index: 0, bytes: kept }]);
    expect(kept.byteLength).toBe(1);
  });
});
