import type { SegmentStore, StoreWrite } from './segment-store';

/**
 * Two ways to write N chunk values in one IndexedDB transaction, for the browser bench to time side by
 * side in one run: raw `put`s with no store logic, and the same bytes through a {@link SegmentStore}
 * (planning, record lookups, a file record). The difference is what the store costs. No timing here:
 * the bench page holds the clock.
 *
 * @example
 *   const chunks = Array.from({ length: 64 }, () => new ArrayBuffer(256 * 1024));
 *   const db = await openRawBenchDb('kafkascope-bench-raw');
 *   const t0 = performance.now();
 *   await rawChunkWrite(db, chunks, 0);
 *   const rawMs = performance.now() - t0; // then the same with storeChunkWrite(store, chunks, 0)
 */
export interface BenchWrite {
  readonly chunks: number;
  readonly bytes: number;
}

const RAW_STORE = 'chunks';

/** Opens (creating) a database with one object store of chunk values keyed `[run, index]`. */
export function openRawBenchDb(dbName: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(dbName, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(RAW_STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`opening ${dbName} is blocked by another connection`));
  });
}

/**
 * Puts every chunk as its own value, keys `[run, 0..N)`, in one relaxed readwrite transaction (as the
 * store writes), resolving on commit. Given a name, opens the database first and closes it after.
 * Use a new `run` per call to time inserts rather than overwrites.
 */
export async function rawChunkWrite(
  db: IDBDatabase | string,
  chunks: readonly ArrayBuffer[],
  run = 0,
): Promise<BenchWrite> {
  if (typeof db === 'string') {
    const opened = await openRawBenchDb(db);
    try {
      return await rawChunkWrite(opened, chunks, run);
    } finally {
      opened.close();
    }
  }
  const tx = db.transaction(RAW_STORE, 'readwrite', { durability: 'relaxed' });
  const store = tx.objectStore(RAW_STORE);
  chunks.forEach((chunk, index) => {
    store.put(chunk, [run, index]);
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('raw bench transaction aborted'));
  });
  return summarize(chunks);
}

/**
 * The same chunks written through a store as one new file `bench/bench-0/<run>.log` (fileId `run + 1`)
 * in one `apply`. Use a store of its own (or `clear()` it) and a new `run` per call.
 */
export async function storeChunkWrite(
  store: SegmentStore,
  chunks: readonly ArrayBuffer[],
  run = 0,
): Promise<BenchWrite> {
  const path = `bench/bench-0/${String(run).padStart(20, '0')}.log`;
  const fileId = run + 1;
  const chunkBytes = Math.max(1, ...chunks.map((chunk) => chunk.byteLength));
  // Every chunk but the last is full, as in a segment; the size counts them so.
  const last = chunks.at(-1)?.byteLength ?? 0;
  const size = chunks.length === 0 ? 0 : (chunks.length - 1) * chunkBytes + last;
  const writes: StoreWrite[] = [
    { kind: 'createFile', path, fileId, chunkBytes },
    { kind: 'resizeFile', path, size },
    ...chunks.map((bytes, index): StoreWrite => ({ kind: 'putChunk', fileId, index, bytes })),
  ];
  await store.apply(writes);
  return summarize(chunks);
}

function summarize(chunks: readonly ArrayBuffer[]): BenchWrite {
  return { chunks: chunks.length, bytes: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0) };
}
