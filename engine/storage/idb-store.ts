import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
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

/**
 * The browser's {@link SegmentStore}: the brokers' disks in IndexedDB, so a reload restores the
 * cluster. Schema (version {@link IDB_SCHEMA_VERSION}):
 * - `files`: `StoredFile` keyed by `path`, unique index `fileId` (reads by fileId survive renames);
 * - `chunks`: raw ArrayBuffers keyed by `[fileId, chunkIndex]` (one value per 64 KiB-ish chunk: each
 *   stored value costs ~60 µs, so values stay tens of KiB or more);
 * - `meta`: structured-cloneable engine state keyed by string.
 *
 * @example
 *   const store = await IdbSegmentStore.open('kafkascope');
 *   const files = await store.listFiles('broker-1/orders-0/');
 */
export const IDB_SCHEMA_VERSION = 1;

interface KafkascopeDb extends DBSchema {
  files: { key: string; value: StoredFile; indexes: { fileId: number } };
  chunks: { key: [number, number]; value: ArrayBuffer };
  meta: { key: string; value: unknown };
}

type StoreName = 'files' | 'chunks' | 'meta';
type ReadTx = IDBPTransaction<KafkascopeDb, StoreName[], 'readonly' | 'readwrite'>;

/**
 * Writes are `relaxed`: the commit is reported once the browser has the data, not after an fsync.
 * A simulator can lose the last instant on a power cut; it cannot afford an fsync per flush.
 */
const WRITE_OPTIONS: IDBTransactionOptions = { durability: 'relaxed' };

export class IdbSegmentStore implements SegmentStore {
  readonly stats: StoreWriteStats = { transactions: 0, chunkPuts: 0, chunkBytesWritten: 0 };

  private constructor(private readonly db: IDBPDatabase<KafkascopeDb>) {}

  /** Opens (creating or upgrading) the database `dbName`. */
  static async open(dbName: string): Promise<IdbSegmentStore> {
    const db = await openDB<KafkascopeDb>(dbName, IDB_SCHEMA_VERSION, {
      upgrade(database, oldVersion) {
        // One step per schema version, so an old database walks forward through each of them.
        if (oldVersion < 1) {
          const files = database.createObjectStore('files', { keyPath: 'path' });
          files.createIndex('fileId', 'fileId', { unique: true });
          database.createObjectStore('chunks');
          database.createObjectStore('meta');
        }
      },
      // Another tab wants a newer schema: step aside rather than block it forever.
      blocking() {
        db.close();
      },
    });
    return new IdbSegmentStore(db);
  }

  async apply(batch: StoreBatch): Promise<void> {
    const tx = this.db.transaction(['files', 'chunks', 'meta'], 'readwrite', WRITE_OPTIONS);
    // Requests run in the order issued; deletes go first so a put never collides with a stale record.
    const requests: Array<Promise<unknown>> = [];
    try {
      const known = await this.fetchRefs(tx, batch);
      const plan = planBatch(batch, known);
      const files = tx.objectStore('files');
      const chunks = tx.objectStore('chunks');
      const meta = tx.objectStore('meta');
      for (const path of plan.fileDeletes) requests.push(files.delete(path));
      for (const { fileId, fromIndex } of plan.chunkDeletes) {
        requests.push(
          chunks.delete(IDBKeyRange.bound([fileId, fromIndex], [fileId, Number.POSITIVE_INFINITY])),
        );
      }
      for (const file of plan.filePuts) requests.push(files.put(file));
      for (const put of plan.chunkPuts) requests.push(chunks.put(put.bytes, [put.fileId, put.index]));
      for (const [key, value] of plan.metaPuts) requests.push(meta.put(value, key));
      for (const key of plan.metaDeletes) requests.push(meta.delete(key));
      await Promise.all([...requests, tx.done]);
      this.stats.transactions += 1;
      this.stats.chunkPuts += plan.chunkPuts.length;
      for (const put of plan.chunkPuts) this.stats.chunkBytesWritten += put.bytes.byteLength;
    } catch (error) {
      // A put that throws (e.g. an uncloneable meta value) leaves earlier requests to fail by abort.
      for (const request of requests) request.catch(() => {});
      abortQuietly(tx);
      throw error;
    }
  }

  async listFiles(prefix = ''): Promise<StoredFile[]> {
    if (prefix === '') return this.db.getAll('files');
    // Every string starting with `prefix` sorts between it and prefix + U+FFFF.
    return this.db.getAll('files', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  }

  async readChunk(file: FileRef, index: number): Promise<Uint8Array | undefined> {
    const [bytes] = await this.readChunks([{ file, index }]);
    return bytes;
  }

  async readChunks(refs: readonly ChunkRef[]): Promise<Array<Uint8Array | undefined>> {
    const tx = this.db.transaction(['files', 'chunks'], 'readonly');
    const records = new Map<FileRef, Promise<StoredFile | undefined>>();
    const reads = refs.map(async (ref) => {
      const record = records.get(ref.file) ?? lookupFile(tx, ref.file);
      records.set(ref.file, record);
      const file = await record;
      if (file === undefined) return undefined;
      const stored = await tx.objectStore('chunks').get([file.fileId, ref.index]);
      return stored === undefined ? undefined : trimStoredChunk(file, ref.index, stored);
    });
    const [answers] = await Promise.all([Promise.all(reads), tx.done]);
    return answers;
  }

  getMeta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['files', 'chunks', 'meta'], 'readwrite', WRITE_OPTIONS);
    await Promise.all([
      tx.objectStore('files').clear(),
      tx.objectStore('chunks').clear(),
      tx.objectStore('meta').clear(),
      tx.done,
    ]);
  }

  close(): void {
    this.db.close();
  }

  /** Number of stored chunk values (for tests: proves a rename rewrote none). */
  chunkValueCount(): Promise<number> {
    return this.db.count('chunks');
  }

  /** The current records of every file the batch names, fetched in parallel inside `tx`. */
  private async fetchRefs(tx: ReadTx, batch: StoreBatch): Promise<StoredFile[]> {
    const refs = batchRefs(batch);
    const found = await Promise.all([
      ...refs.paths.map((path) => lookupFile(tx, path)),
      ...refs.fileIds.map((fileId) => lookupFile(tx, fileId)),
    ]);
    return found.filter((file): file is StoredFile => file !== undefined);
  }
}

function lookupFile(tx: ReadTx, ref: FileRef): Promise<StoredFile | undefined> {
  const files = tx.objectStore('files');
  return typeof ref === 'number' ? files.index('fileId').get(ref) : files.get(ref);
}

/** Aborts a transaction that may already have finished or failed; its own rejection is expected. */
function abortQuietly(tx: IDBPTransaction<KafkascopeDb, StoreName[], 'readwrite'>): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing left to undo.
  }
}
