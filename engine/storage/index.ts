/**
 * engine/storage: where segment bytes live. A {@link SegmentStore} (IndexedDB in the browser, Maps in
 * Node), the page cache in front of it, the persister that writes the logs behind the simulation, and
 * the loader that rebuilds them after a reload.
 *
 * The IndexedDB files are not re-exported: only the worker host may touch IndexedDB, so it imports
 * `storage/idb-store` (and the bench `storage/idb-raw-bench`) directly, and the pure engine never
 * pulls them in.
 *
 * @example
 *   const store = await IdbSegmentStore.open('kafkascope'); // from './storage/idb-store', in the worker
 *   const fileIds = await FileIds.forStore(store);
 *   const pageCache = new PageCache(64 * 1024 * 1024);
 *   const files = await loadLogDir(store, 'broker-1/orders-0', { fileIds, pageCache });
 *   const persister = new LogPersister(store, { fileIds, pageCache });
 */
export { FileIds } from './file-ids';
export {
  activeSegmentBase,
  ChunkLoadError,
  type LoadChunkOptions,
  type LoadLogDirOptions,
  loadChunk,
  loadLogDir,
  loadWholeByDefault,
  readThrough,
} from './loader';
export { MemorySegmentStore } from './memory-store';
export { type ChunkState, type FileResidency, PageCache, type PageCacheStats } from './page-cache';
export {
  type ChunkInFlight,
  type FlushOptions,
  type FlushResult,
  LogPersister,
  type LogPersisterOptions,
  type PersistableLog,
  type PersisterStats,
} from './persister';
export {
  type ApplyOptions,
  type ChunkRef,
  chunkCountOf,
  chunkLengthIn,
  exactChunkCopy,
  type FileRef,
  type SegmentStore,
  type StoreBatch,
  StoreBatchError,
  type StoredFile,
  type StoreWrite,
  type StoreWriteStats,
} from './segment-store';
