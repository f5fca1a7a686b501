import { ChunkedFile, ColdChunkError } from '../log/chunked-file';
import type { FileIds } from './file-ids';
import type { PageCache } from './page-cache';
import type { SegmentStore, StoredFile } from './segment-store';

export interface LoadLogDirOptions {
  /** Learns each loaded file's fileId (cold reads and the persister find the file by it). */
  readonly fileIds: FileIds;
  /** Told about every loaded file and chunk; loading counts no hit or miss (nobody read yet). */
  readonly pageCache?: PageCache;
  /**
   * Which files to read whole now rather than leave cold. Default {@link loadWholeByDefault}: files of
   * at most one chunk (indexes, tiny segments) and the active segment's files (the next append and the
   * consumers at the tail need them).
   */
  readonly loadWhole?: (name: string, file: StoredFile, activeSegmentBase: string | undefined) => boolean;
}

export interface LoadChunkOptions {
  readonly fileIds: FileIds;
  readonly pageCache?: PageCache;
}

/** The store lacks bytes a file's size says it has: a bug, or a store changed behind our back. */
export class ChunkLoadError extends Error {
  constructor(
    readonly fileId: number | undefined,
    readonly chunkIndex: number,
    reason: string,
  ) {
    super(`cannot load chunk ${chunkIndex} of file ${fileId ?? '(never stored)'}: ${reason}`);
    this.name = 'ChunkLoadError';
  }
}

/**
 * Rebuilds a log directory after a reload: a {@link ChunkedFile} per stored file, by name. Most are
 * cold (`ChunkedFile.cold(size)`: no bytes in memory until read); small files and the active segment
 * are read whole, in one read transaction.
 *
 * @example
 *   const files = await loadLogDir(store, 'broker-1/orders-0', { fileIds, pageCache });
 *   files.get('00000000000000000000.log')?.size;
 */
export async function loadLogDir(
  store: SegmentStore,
  dirPath: string,
  options: LoadLogDirOptions,
): Promise<Map<string, ChunkedFile>> {
  const prefix = `${dirPath}/`;
  // Names only: a deeper path belongs to some other directory that happens to share the prefix.
  const stored = (await store.listFiles(prefix)).filter(
    (file) => !file.path.slice(prefix.length).includes('/'),
  );
  const names = stored.map((file) => file.path.slice(prefix.length));
  const activeBase = activeSegmentBase(names);
  const loadWhole = options.loadWhole ?? loadWholeByDefault;
  const files = new Map<string, ChunkedFile>();
  const wanted: Array<{ file: ChunkedFile; fileId: number; index: number }> = [];
  stored.forEach((record, i) => {
    const name = names[i] ?? '';
    const file = ChunkedFile.cold(record.size, record.chunkBytes);
    options.fileIds.register(file, record.fileId);
    files.set(name, file);
    if (!loadWhole(name, record, activeBase)) return;
    for (let index = 0; index < file.chunkCount; index++) wanted.push({ file, fileId: record.fileId, index });
  });
  const chunks = await store.readChunks(wanted.map(({ fileId, index }) => ({ file: fileId, index })));
  wanted.forEach(({ file, fileId, index }, i) => {
    loadInto(file, fileId, index, chunks[i]);
  });
  for (const [name, file] of files) options.pageCache?.track(file, `${prefix}${name}`);
  return files;
}

/**
 * Brings one cold chunk back from the store (the answer to a `ColdChunkError`): counts the miss in
 * the page cache, reads the chunk by fileId (right even if a rename has not reached the store yet),
 * loads it, and admits it as most recently used.
 *
 * @example
 *   try { log.read(offset); } catch (e) {
 *     if (e instanceof ColdChunkError) await loadChunk(store, e.file, e.chunkIndex, { fileIds, pageCache });
 *   }
 */
export async function loadChunk(
  store: SegmentStore,
  file: ChunkedFile,
  index: number,
  options: LoadChunkOptions,
): Promise<void> {
  if (file.isResident(index)) return;
  options.pageCache?.touch(file, index);
  const fileId = options.fileIds.idOf(file);
  if (fileId === undefined) throw new ChunkLoadError(undefined, index, 'the file has no fileId');
  const bytes = await store.readChunk(fileId, index);
  // Another load of the same chunk may have finished while this one waited: keep the first.
  if (file.isResident(index)) return;
  loadInto(file, fileId, index, bytes);
  options.pageCache?.admit(file, index);
}

/**
 * Runs a synchronous read, loading cold chunks and retrying until it succeeds (for Node hosts and
 * tests; the worker turns cold reads into commands instead). Touching the page cache for the bytes
 * read is left to the caller, who knows the range.
 *
 * @example
 *   const bytes = await readThrough(() => file.read(0, 100), store, { fileIds, pageCache });
 */
export async function readThrough<T>(
  read: () => T,
  store: SegmentStore,
  options: LoadChunkOptions,
): Promise<T> {
  // Each retry loads a chunk; a read spanning more chunks than this is not a read this engine makes.
  for (let attempt = 0; attempt < 10_000; attempt++) {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ColdChunkError)) throw error;
      await loadChunk(store, error.file, error.chunkIndex, options);
    }
  }
  throw new Error('readThrough: chunks keep going cold faster than they load (budget too small?)');
}

/** Default for {@link LoadLogDirOptions.loadWhole}. */
export function loadWholeByDefault(
  name: string,
  file: StoredFile,
  activeSegmentBase: string | undefined,
): boolean {
  if (file.size <= file.chunkBytes) return true;
  if (activeSegmentBase === undefined) return false;
  return ['.log', '.index', '.timeindex'].some((suffix) => name === `${activeSegmentBase}${suffix}`);
}

/** The base offset (20 digits, as Kafka names segments) of the newest live `.log` file, if any. */
export function activeSegmentBase(names: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const name of names) {
    const match = /^(\d{20})\.log$/.exec(name);
    // Zero-padded to equal length, so string order is numeric order.
    if (match?.[1] !== undefined && (newest === undefined || match[1] > newest)) newest = match[1];
  }
  return newest;
}

function loadInto(file: ChunkedFile, fileId: number, index: number, bytes: Uint8Array | undefined): void {
  const length = file.chunkLength(index);
  if (bytes === undefined) throw new ChunkLoadError(fileId, index, 'no such chunk in the store');
  if (bytes.length < length) {
    throw new ChunkLoadError(fileId, index, `the store holds ${bytes.length} of its ${length} bytes`);
  }
  // The store may hold bytes past a truncation it has not seen yet; only the file's own bytes load.
  file.load(index, bytes.subarray(0, length));
}
