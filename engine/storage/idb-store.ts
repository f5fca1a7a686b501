import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, unwrap } from 'idb';
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

  /**
   * The `files` table as last committed, kept here so a write plans without reading first: a read
   * inside the transaction would cost a round trip through the (busy) worker thread before the first
   * put could go out. Loaded on the first write; valid because one tab's engine is the only writer.
   */
  private files: Map<string, StoredFile> | null = null;
  /** Writes run one after another, each planned against the state the previous one committed. */
  private writes: Promise<unknown> = Promise.resolve();

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

  apply(batch: StoreBatch): Promise<void> {
    return this.serially(() => this.applyNow(batch));
  }

  private async applyNow(batch: StoreBatch): Promise<void> {
    const files = this.files ?? (await this.loadFiles());
    const refs = batchRefs(batch);
    const known = [
      ...refs.paths.map((path) => files.get(path)),
      ...refs.fileIds.map((fileId) => this.fileById(files, fileId)),
    ].filter((file): file is StoredFile => file !== undefined);
    const plan = planBatch(batch, known);
    const tx = this.db.transaction(['files', 'chunks', 'meta'], 'readwrite', WRITE_OPTIONS);
    try {
      // Plain requests with no promise or listener each: a failed one fails the transaction, which
      // `tx.done` reports. Hundreds of 64 KiB puts per transaction make per-request bookkeeping show.
      const native = unwrap(tx);
      const fileStore = native.objectStore('files');
      const chunks = native.objectStore('chunks');
      const meta = native.objectStore('meta');
      // Requests run in the order issued; deletes go first so a put never collides with a stale record
      // (the fileId index is unique). A record that keeps its path and fileId (a resize) needs no
      // delete: its put overwrites it.
      const putIds = new Map(plan.filePuts.map((file) => [file.path, file.fileId]));
      for (const path of plan.fileDeletes) {
        if (putIds.get(path) !== files.get(path)?.fileId) fileStore.delete(path);
      }
      for (const { fileId, fromIndex } of plan.chunkDeletes) {
        chunks.delete(IDBKeyRange.bound([fileId, fromIndex], [fileId, Number.POSITIVE_INFINITY]));
      }
      for (const file of plan.filePuts) fileStore.put(file);
      for (const put of plan.chunkPuts) chunks.put(put.bytes, [put.fileId, put.index]);
      for (const [key, value] of plan.metaPuts) meta.put(value, key);
      for (const key of plan.metaDeletes) meta.delete(key);
      await tx.done;
    } catch (error) {
      // A put that throws (e.g. an uncloneable meta value) must not leave the rest to commit.
      abortQuietly(tx);
      throw error;
    }
    // Committed: mirror it, in the order it was applied.
    for (const path of plan.fileDeletes) files.delete(path);
    for (const file of plan.filePuts) files.set(file.path, file);
    this.stats.transactions += 1;
    this.stats.chunkPuts += plan.chunkPuts.length;
    for (const put of plan.chunkPuts) this.stats.chunkBytesWritten += put.bytes.byteLength;
  }

  private async loadFiles(): Promise<Map<string, StoredFile>> {
    const all = await this.db.getAll('files');
    this.files = new Map(all.map((file) => [file.path, file]));
    return this.files;
  }

  private fileById(files: Map<string, StoredFile>, fileId: number): StoredFile | undefined {
    for (const file of files.values()) if (file.fileId === fileId) return file;
    return undefined;
  }

  private serially<T>(write: () => Promise<T>): Promise<T> {
    const result = this.writes.then(write, write);
    this.writes = result.catch(() => {});
    return result;
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

  clear(): Promise<void> {
    return this.serially(async () => {
      const tx = this.db.transaction(['files', 'chunks', 'meta'], 'readwrite', WRITE_OPTIONS);
      await Promise.all([
        tx.objectStore('files').clear(),
        tx.objectStore('chunks').clear(),
        tx.objectStore('meta').clear(),
        tx.done,
      ]);
      this.files = new Map();
    });
  }

  close(): void {
    this.db.close();
  }

  /** Number of stored chunk values (for tests: proves a rename rewrote none). */
  chunkValueCount(): Promise<number> {
    return this.db.count('chunks');
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
