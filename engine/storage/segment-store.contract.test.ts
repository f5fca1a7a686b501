import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbSegmentStore } from './idb-store';
import { MemorySegmentStore } from './memory-store';
import { RemoteSegmentStore } from './remote-store';
import { exactChunkCopy, type SegmentStore, StoreBatchError, type StoreWrite } from './segment-store';
import { serveSegmentStore } from './store-server';
import { portPair } from './test-doubles';

/** A store under test, plus the one thing the interface does not expose: how many chunk values it holds. */
type ContractStore = SegmentStore & { chunkValueCount(): Promise<number> };

const LOG = 'broker-1/orders-0/00000000000000000000.log';
const INDEX = 'broker-1/orders-0/00000000000000000000.index';

function bytes(...values: number[]): ArrayBuffer {
  return exactChunkCopy(new Uint8Array(values));
}

function fill(length: number, value: number): ArrayBuffer {
  return new Uint8Array(length).fill(value).buffer;
}

/** A file of `size` bytes in 4-byte chunks, chunk `i` filled with `i + 1`. */
function fileWrites(path: string, fileId: number, size: number): StoreWrite[] {
  const writes: StoreWrite[] = [
    { kind: 'createFile', path, fileId, chunkBytes: 4 },
    { kind: 'resizeFile', path, size },
  ];
  for (let i = 0; i * 4 < size; i++) {
    writes.push({ kind: 'putChunk', fileId, index: i, bytes: fill(Math.min(4, size - i * 4), i + 1) });
  }
  return writes;
}

function list(array: Uint8Array | undefined): number[] | undefined {
  return array === undefined ? undefined : [...array];
}

let databases = 0;

segmentStoreContract('MemorySegmentStore', async () => new MemorySegmentStore());
// The disk-worker path: a memory store served over a message port, spoken to by a RemoteSegmentStore.
segmentStoreContract('RemoteSegmentStore', async () => {
  const inner = new MemorySegmentStore();
  const [client, server] = portPair();
  serveSegmentStore(server, async () => inner);
  const remote = await RemoteSegmentStore.connect(client);
  return Object.assign(remote, { chunkValueCount: () => inner.chunkValueCount() });
});
// A fresh database per test, so tests never see each other's files.
segmentStoreContract('IdbSegmentStore', () => IdbSegmentStore.open(`kafkascope-contract-${++databases}`));

/**
 * The behaviour every {@link SegmentStore} shares, run above for each implementation (a new store
 * joins by adding a line there). Kept in a test file so the pure engine's build never sees vitest.
 */
function segmentStoreContract(name: string, makeStore: () => Promise<ContractStore>): void {
  describe(`${name} (SegmentStore contract)`, () => {
    it('starts empty', async () => {
      const store = await makeStore();
      expect(await store.listFiles()).toEqual([]);
      expect(await store.readChunk(LOG, 0)).toBeUndefined();
      expect(await store.readChunk(1, 0)).toBeUndefined();
      expect(await store.getMeta('cluster')).toBeUndefined();
    });

    it('writes a file and reads its chunks by path and by fileId', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 7, 10));
      expect(await store.listFiles()).toEqual([{ path: LOG, fileId: 7, size: 10, chunkBytes: 4 }]);
      expect(list(await store.readChunk(LOG, 0))).toEqual([1, 1, 1, 1]);
      expect(list(await store.readChunk(7, 2))).toEqual([3, 3]);
      expect(await store.readChunk(LOG, 3)).toBeUndefined();
    });

    it('reads several chunks in request order, missing ones as undefined', async () => {
      const store = await makeStore();
      await store.apply([...fileWrites(LOG, 1, 8), ...fileWrites(INDEX, 2, 3)]);
      const answers = await store.readChunks([
        { file: INDEX, index: 0 },
        { file: 1, index: 1 },
        { file: 'nope', index: 0 },
        { file: LOG, index: 0 },
        { file: 2, index: 5 },
      ]);
      expect(answers.map(list)).toEqual([[1, 1, 1], [2, 2, 2, 2], undefined, [1, 1, 1, 1], undefined]);
    });

    it('lists by prefix in code-unit order', async () => {
      const store = await makeStore();
      await store.apply([
        { kind: 'createFile', path: 'broker-2/orders-0/b', fileId: 1, chunkBytes: 4 },
        { kind: 'createFile', path: 'broker-1/orders-0/b', fileId: 2, chunkBytes: 4 },
        { kind: 'createFile', path: 'broker-1/orders-0/B', fileId: 3, chunkBytes: 4 },
        { kind: 'createFile', path: 'broker-1/orders-01/a', fileId: 4, chunkBytes: 4 },
      ]);
      const paths = (await store.listFiles('broker-1/orders-0/')).map((f) => f.path);
      expect(paths).toEqual(['broker-1/orders-0/B', 'broker-1/orders-0/b']);
      expect((await store.listFiles()).map((f) => f.fileId)).toEqual([3, 2, 4, 1]);
    });

    it('renames without rewriting a chunk', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 12));
      const chunkPuts = store.stats.chunkPuts;
      await store.apply([{ kind: 'renameFile', from: LOG, to: `${LOG}.deleted` }]);
      expect(store.stats.chunkPuts).toBe(chunkPuts);
      expect(await store.chunkValueCount()).toBe(3);
      expect(await store.readChunk(LOG, 0)).toBeUndefined();
      expect(list(await store.readChunk(`${LOG}.deleted`, 2))).toEqual([3, 3, 3, 3]);
      expect(list(await store.readChunk(1, 2))).toEqual([3, 3, 3, 3]);
      expect((await store.listFiles()).map((f) => [f.path, f.fileId])).toEqual([[`${LOG}.deleted`, 1]]);
    });

    it('swaps two names through a temporary one in one batch', async () => {
      const store = await makeStore();
      await store.apply([...fileWrites(LOG, 1, 4), ...fileWrites(INDEX, 2, 8)]);
      await store.apply([
        { kind: 'renameFile', from: LOG, to: 'tmp' },
        { kind: 'renameFile', from: INDEX, to: LOG },
        { kind: 'renameFile', from: 'tmp', to: INDEX },
      ]);
      expect((await store.listFiles()).map((f) => [f.path, f.fileId])).toEqual([
        [INDEX, 1],
        [LOG, 2],
      ]);
      expect(list(await store.readChunk(LOG, 1))).toEqual([2, 2, 2, 2]);
    });

    it('deletes a file with its chunks, and a recreated path starts empty', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 8));
      await store.apply([
        { kind: 'deleteFile', path: LOG },
        { kind: 'createFile', path: LOG, fileId: 2, chunkBytes: 4 },
      ]);
      expect(await store.chunkValueCount()).toBe(0);
      expect(await store.readChunk(1, 0)).toBeUndefined();
      expect(await store.listFiles()).toEqual([{ path: LOG, fileId: 2, size: 0, chunkBytes: 4 }]);
    });

    it('lets a deleted fileId be reused in the same batch without old chunks', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 8));
      await store.apply([
        { kind: 'deleteFile', path: LOG },
        { kind: 'createFile', path: INDEX, fileId: 1, chunkBytes: 4 },
        { kind: 'resizeFile', path: INDEX, size: 8 },
        { kind: 'putChunk', fileId: 1, index: 1, bytes: fill(4, 9) },
      ]);
      expect(await store.readChunk(INDEX, 0)).toBeUndefined();
      expect(list(await store.readChunk(INDEX, 1))).toEqual([9, 9, 9, 9]);
    });

    it('cuts the tail chunk at the size even when the chunk was not rewritten', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 12));
      await store.apply([{ kind: 'resizeFile', path: LOG, size: 6 }]);
      expect(list(await store.readChunk(LOG, 1))).toEqual([2, 2]);
      expect(await store.readChunk(LOG, 2)).toBeUndefined();
      expect(await store.chunkValueCount()).toBe(2);
    });

    it('applies truncate then append in order within one batch', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 12));
      await store.apply([
        { kind: 'resizeFile', path: LOG, size: 2 },
        { kind: 'resizeFile', path: LOG, size: 9 },
        { kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(1, 1, 5, 5) },
        { kind: 'putChunk', fileId: 1, index: 1, bytes: bytes(6, 6, 6, 6) },
        { kind: 'putChunk', fileId: 1, index: 2, bytes: bytes(7) },
      ]);
      const chunks = await store.readChunks([0, 1, 2].map((index) => ({ file: LOG, index })));
      expect(chunks.map(list)).toEqual([[1, 1, 5, 5], [6, 6, 6, 6], [7]]);
    });

    it('drops chunk puts that a later truncate or delete in the batch covers', async () => {
      const store = await makeStore();
      await store.apply([
        ...fileWrites(LOG, 1, 12),
        { kind: 'resizeFile', path: LOG, size: 4 },
        ...fileWrites(INDEX, 2, 8),
        { kind: 'deleteFile', path: INDEX },
      ]);
      expect(await store.chunkValueCount()).toBe(1);
      expect(store.stats.chunkPuts).toBe(1);
      expect((await store.listFiles()).map((f) => [f.path, f.size])).toEqual([[LOG, 4]]);
    });

    it('counts one put when a batch writes the same chunk twice, the last bytes winning', async () => {
      const store = await makeStore();
      await store.apply([
        ...fileWrites(LOG, 1, 4),
        { kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(8, 8, 8, 8) },
      ]);
      expect(store.stats).toEqual({ transactions: 1, chunkPuts: 1, chunkBytesWritten: 4 });
      expect(list(await store.readChunk(LOG, 0))).toEqual([8, 8, 8, 8]);
    });

    it('applies a batch atomically: one bad step and nothing of it is written', async () => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 4));
      const bad = store.apply([
        { kind: 'putMeta', key: 'clock', value: 1 },
        { kind: 'renameFile', from: LOG, to: `${LOG}.deleted` },
        ...fileWrites(INDEX, 2, 4),
        { kind: 'deleteFile', path: 'broker-1/orders-0/missing' },
      ]);
      await expect(bad).rejects.toThrow(StoreBatchError);
      await expect(bad).rejects.toMatchObject({ stepIndex: 5 });
      expect(await store.getMeta('clock')).toBeUndefined();
      expect((await store.listFiles()).map((f) => f.path)).toEqual([LOG]);
      expect(store.stats.transactions).toBe(1);
    });

    it('rolls back a batch whose meta value cannot be stored', async () => {
      const store = await makeStore();
      const bad = store.apply([...fileWrites(LOG, 1, 4), { kind: 'putMeta', key: 'x', value: () => 1 }]);
      await expect(bad).rejects.toThrow();
      expect(await store.listFiles()).toEqual([]);
      expect(await store.chunkValueCount()).toBe(0);
    });

    it.each<[string, StoreWrite[]]>([
      ['create over an existing path', [{ kind: 'createFile', path: LOG, fileId: 9, chunkBytes: 4 }]],
      ['create with a fileId in use', [{ kind: 'createFile', path: INDEX, fileId: 1, chunkBytes: 4 }]],
      ['create with chunkBytes 0', [{ kind: 'createFile', path: INDEX, fileId: 9, chunkBytes: 0 }]],
      [
        'rename onto an existing path',
        [...fileWrites(INDEX, 2, 0), { kind: 'renameFile', from: LOG, to: INDEX }],
      ],
      ['rename of a missing path', [{ kind: 'renameFile', from: INDEX, to: 'x' }]],
      ['resize to a negative size', [{ kind: 'resizeFile', path: LOG, size: -1 }]],
      ['put past the size', [{ kind: 'putChunk', fileId: 1, index: 1, bytes: bytes(1) }]],
      [
        'put longer than chunkBytes',
        [{ kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(1, 2, 3, 4, 5) }],
      ],
      ['put to an unknown fileId', [{ kind: 'putChunk', fileId: 5, index: 0, bytes: bytes(1) }]],
      [
        'put to a file deleted earlier in the batch',
        [
          { kind: 'deleteFile', path: LOG },
          { kind: 'putChunk', fileId: 1, index: 0, bytes: bytes(1) },
        ],
      ],
    ])('rejects %s', async (_, batch) => {
      const store = await makeStore();
      await store.apply(fileWrites(LOG, 1, 4));
      await expect(store.apply(batch)).rejects.toThrow(StoreBatchError);
      expect(await store.listFiles()).toEqual([{ path: LOG, fileId: 1, size: 4, chunkBytes: 4 }]);
    });

    it('copies bytes in and out: later mutation changes nothing stored', async () => {
      const store = await makeStore();
      const chunk = bytes(1, 2, 3, 4);
      await store.apply([...fileWrites(LOG, 1, 0), { kind: 'resizeFile', path: LOG, size: 4 }]);
      await store.apply([{ kind: 'putChunk', fileId: 1, index: 0, bytes: chunk }]);
      new Uint8Array(chunk).fill(0);
      const read = await store.readChunk(LOG, 0);
      read?.fill(9);
      expect(list(await store.readChunk(LOG, 0))).toEqual([1, 2, 3, 4]);
    });

    it('keeps, copies and deletes meta values', async () => {
      const store = await makeStore();
      const cluster = { brokers: [1, 2, 3], controllerId: 1 };
      await store.apply([
        { kind: 'putMeta', key: 'cluster', value: cluster },
        { kind: 'putMeta', key: 'seed', value: 42 },
      ]);
      cluster.brokers.push(4);
      const read = (await store.getMeta('cluster')) as typeof cluster;
      read.controllerId = 2;
      expect(await store.getMeta('cluster')).toEqual({ brokers: [1, 2, 3], controllerId: 1 });
      await store.apply([{ kind: 'deleteMeta', key: 'seed' }]);
      expect(await store.getMeta('seed')).toBeUndefined();
    });

    it('clears everything', async () => {
      const store = await makeStore();
      await store.apply([...fileWrites(LOG, 1, 8), { kind: 'putMeta', key: 'seed', value: 1 }]);
      await store.clear();
      expect(await store.listFiles()).toEqual([]);
      expect(await store.chunkValueCount()).toBe(0);
      expect(await store.getMeta('seed')).toBeUndefined();
      await store.apply(fileWrites(LOG, 1, 4));
      expect(list(await store.readChunk(LOG, 0))).toEqual([1, 1, 1, 1]);
    });

    it('refuses work after close', async () => {
      const store = await makeStore();
      store.close();
      await expect(store.listFiles()).rejects.toThrow();
      await expect(store.apply(fileWrites(LOG, 1, 4))).rejects.toThrow();
    });
  });
}
