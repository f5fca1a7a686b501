import { batchRefs, planBatch } from './batch-plan';
import {
  type ChunkRef,
  type FileRef,
  type SegmentStore,
  type StoreBatch,
  type StoredFile,
  type StoreWriteStats,
  trimStoredChunk,
} from './segment-store';
import { structuredCopy } from './structured-clone';

/**
 * A {@link SegmentStore} in plain Maps, for Node (tests, `npm run sim`). Same semantics as the
 * IndexedDB store: atomic ordered batches, bytes and meta values copied on the way in and out (so
 * mutating a ChunkedFile chunk after a write never changes what was stored), and a write is visible to
 * every read issued after `apply` was called, as IndexedDB orders transactions by creation.
 *
 * @example
 *   const store = new MemorySegmentStore();
 *   await store.apply([{ kind: 'putMeta', key: 'seed', value: 42 }]);
 *   await store.getMeta('seed'); // 42
 */
export class MemorySegmentStore implements SegmentStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly pathById = new Map<number, string>();
  /** fileId → chunkIndex → bytes (exact-size copies). */
  private readonly chunks = new Map<number, Map<number, ArrayBuffer>>();
  private readonly meta = new Map<string, unknown>();
  private closed = false;
  readonly stats: StoreWriteStats = { transactions: 0, chunkPuts: 0, chunkBytesWritten: 0 };

  apply(batch: StoreBatch): Promise<void> {
    try {
      this.applyNow(batch);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  listFiles(prefix = ''): Promise<StoredFile[]> {
    return this.run(() =>
      [...this.files.values()]
        .filter((file) => file.path.startsWith(prefix))
        // Code-unit order, as IndexedDB sorts string keys (not localeCompare).
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => ({ ...file })),
    );
  }

  readChunk(file: FileRef, index: number): Promise<Uint8Array | undefined> {
    return this.run(() => this.readNow(file, index));
  }

  readChunks(refs: readonly ChunkRef[]): Promise<Array<Uint8Array | undefined>> {
    return this.run(() => refs.map((ref) => this.readNow(ref.file, ref.index)));
  }

  getMeta(key: string): Promise<unknown> {
    return this.run(() => (this.meta.has(key) ? structuredCopy(this.meta.get(key)) : undefined));
  }

  clear(): Promise<void> {
    return this.run(() => {
      this.files.clear();
      this.pathById.clear();
      this.chunks.clear();
      this.meta.clear();
    });
  }

  close(): void {
    this.closed = true;
  }

  /** Number of stored chunk values (for tests: proves a rename rewrote none). */
  chunkValueCount(): Promise<number> {
    return this.run(() => {
      let count = 0;
      for (const perFile of this.chunks.values()) count += perFile.size;
      return count;
    });
  }

  private applyNow(batch: StoreBatch): void {
    this.assertOpen();
    const refs = batchRefs(batch);
    const known = new Map<string, StoredFile>();
    for (const path of refs.paths) {
      const file = this.files.get(path);
      if (file !== undefined) known.set(path, file);
    }
    for (const fileId of refs.fileIds) {
      const path = this.pathById.get(fileId);
      const file = path === undefined ? undefined : this.files.get(path);
      if (file !== undefined) known.set(file.path, file);
    }
    const plan = planBatch(batch, known.values());
    // Clone meta first: a value that cannot be cloned must fail the batch before anything changes.
    const metaPuts = [...plan.metaPuts].map(([key, value]) => [key, structuredCopy(value)] as const);

    for (const path of plan.fileDeletes) {
      const file = this.files.get(path);
      this.files.delete(path);
      if (file !== undefined && this.pathById.get(file.fileId) === path) this.pathById.delete(file.fileId);
    }
    for (const { fileId, fromIndex } of plan.chunkDeletes) {
      const perFile = this.chunks.get(fileId);
      for (const index of perFile?.keys() ?? []) if (index >= fromIndex) perFile?.delete(index);
      if (perFile?.size === 0) this.chunks.delete(fileId);
    }
    for (const file of plan.filePuts) {
      this.files.set(file.path, file);
      this.pathById.set(file.fileId, file.path);
    }
    for (const put of plan.chunkPuts) {
      const perFile = this.chunks.get(put.fileId) ?? new Map<number, ArrayBuffer>();
      this.chunks.set(put.fileId, perFile);
      perFile.set(put.index, put.bytes.slice(0));
      this.stats.chunkPuts += 1;
      this.stats.chunkBytesWritten += put.bytes.byteLength;
    }
    for (const [key, value] of metaPuts) this.meta.set(key, value);
    for (const key of plan.metaDeletes) this.meta.delete(key);
    this.stats.transactions += 1;
  }

  private readNow(ref: FileRef, index: number): Uint8Array | undefined {
    const path = typeof ref === 'number' ? this.pathById.get(ref) : ref;
    const file = path === undefined ? undefined : this.files.get(path);
    if (file === undefined) return undefined;
    const stored = this.chunks.get(file.fileId)?.get(index);
    return stored === undefined ? undefined : trimStoredChunk(file, index, stored);
  }

  /** Runs a read like a transaction would: rejects after close, answers asynchronously. */
  private run<T>(read: () => T): Promise<T> {
    try {
      this.assertOpen();
      return Promise.resolve(read());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemorySegmentStore is closed');
  }
}
