/**
 * Where the brokers' log directories live between sessions: the "disks" of the simulated cluster.
 *
 * A file is a small record `{ path, fileId, size, chunkBytes }`; its bytes are chunks keyed by
 * `[fileId, chunkIndex]`. The path is only a name pointing at a fileId, so renaming a segment to
 * `.deleted` (KAFKA-REFERENCE §3.4) rewrites one small record and never a chunk.
 *
 * Every write goes through {@link SegmentStore.apply}: one batch, one atomic transaction, applied in
 * order. The engine's non-byte state (cluster and log snapshots, seed, clock, command history) rides in
 * the same batch as `putMeta`, so a reload never sees bytes and state from different moments.
 *
 * @example
 *   await store.apply([
 *     { kind: 'createFile', path: 'broker-1/orders-0/00000000000000000000.log', fileId: 1, chunkBytes: 65536 },
 *     { kind: 'resizeFile', path: 'broker-1/orders-0/00000000000000000000.log', size: 3 },
 *     { kind: 'putChunk', fileId: 1, index: 0, bytes: exactChunkCopy(new Uint8Array([1, 2, 3])) },
 *     { kind: 'putMeta', key: 'clock', value: { nowMs: 0 } },
 *   ]);
 *   await store.readChunk('broker-1/orders-0/00000000000000000000.log', 0); // Uint8Array [1, 2, 3]
 */

/** One file of a log directory as the store knows it (no bytes). */
export interface StoredFile {
  /** `broker-<id>/<topic>-<partition>/<name>`, e.g. `broker-1/orders-0/00000000000000000000.log`. */
  readonly path: string;
  /** Stable across renames; the key of the file's chunks. Assigned by the writer, unique per store. */
  readonly fileId: number;
  readonly size: number;
  /** The chunk size the file was written with; chunk `i` holds bytes `[i * chunkBytes, (i + 1) * chunkBytes)`. */
  readonly chunkBytes: number;
}

/**
 * One step of a batch. Steps apply in order; `putChunk` names a file by fileId (stable under rename),
 * the other file steps by path (the name at that point of the batch).
 */
export type StoreWrite =
  /** A new, empty file. Fails if the path or the fileId is taken. */
  | {
      readonly kind: 'createFile';
      readonly path: string;
      readonly fileId: number;
      readonly chunkBytes: number;
    }
  /** Moves the path record; chunks stay where they are. Fails if `from` is missing or `to` exists. */
  | { readonly kind: 'renameFile'; readonly from: string; readonly to: string }
  /** Removes the file and all its chunks. */
  | { readonly kind: 'deleteFile'; readonly path: string }
  /** Sets the size (truncate, or grow after appends); chunks wholly past the new size are dropped. */
  | { readonly kind: 'resizeFile'; readonly path: string; readonly size: number }
  /**
   * Replaces chunk `index` of the file. The chunk must start inside the file's size at this point of
   * the batch (so a batch resizes before it writes) and be at most `chunkBytes` long.
   * WARNING: pass an exact-size buffer ({@link exactChunkCopy}); structured clone copies the whole
   * ArrayBuffer, so a view into a big buffer would store all of it.
   */
  | {
      readonly kind: 'putChunk';
      readonly fileId: number;
      readonly index: number;
      readonly bytes: ArrayBuffer;
    }
  /** Engine state that is not bytes. `value` must be structured-cloneable (plain JSON-shaped data). */
  | { readonly kind: 'putMeta'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'deleteMeta'; readonly key: string };

/** Writes applied together, in order, in one transaction: all of them or none. */
export type StoreBatch = readonly StoreWrite[];

/** A file named by path (its current name) or by fileId (stable across renames). */
export type FileRef = string | number;

export interface ChunkRef {
  readonly file: FileRef;
  readonly index: number;
}

/** What a store has been asked to write since it was opened (for the storage panel and the bench). */
export interface StoreWriteStats {
  /** Committed `apply` calls. */
  transactions: number;
  /** Committed `putChunk` steps (after coalescing inside a batch: the same chunk twice counts once). */
  chunkPuts: number;
  chunkBytesWritten: number;
}

/** How a batch is handed to {@link SegmentStore.apply}. */
export interface ApplyOptions {
  /**
   * The caller gives up the batch's `putChunk` buffers: it will not read them again, so the store may
   * take them rather than copy them (a store in another worker transfers them, which leaves them
   * detached, 0 bytes long, here). Each buffer must appear in one step only. Default false.
   */
  readonly handOverChunks?: boolean;
  /**
   * With `handOverChunks`: the store may give chunk buffers back once it is done with them (after the
   * batch settles), for the caller to reuse: fresh memory costs page faults, a reused buffer does not.
   * Each buffer comes back at most once, holding unspecified bytes. Stores may ignore this.
   */
  readonly onChunksReturned?: (buffers: ArrayBuffer[]) => void;
}

export interface SegmentStore {
  /** Applies a batch atomically. Rejects with {@link StoreBatchError} (nothing written) if a step is invalid. */
  apply(batch: StoreBatch, options?: ApplyOptions): Promise<void>;
  /** Files whose path starts with `prefix` (pass `'broker-1/orders-0/'`, with the slash), sorted by path. */
  listFiles(prefix?: string): Promise<StoredFile[]>;
  /** Chunk bytes that belong to the file (the tail chunk is cut at `size`), or undefined if absent. */
  readChunk(file: FileRef, index: number): Promise<Uint8Array | undefined>;
  /** Several chunks in one read transaction, answers in request order. */
  readChunks(refs: readonly ChunkRef[]): Promise<Array<Uint8Array | undefined>>;
  getMeta(key: string): Promise<unknown>;
  /** Erases every file, chunk and meta value (reset the cluster). */
  clear(): Promise<void>;
  close(): void;
  readonly stats: Readonly<StoreWriteStats>;
}

/** A batch step that cannot apply (the store is left unchanged). Names the step by its position. */
export class StoreBatchError extends Error {
  constructor(
    readonly stepIndex: number,
    message: string,
  ) {
    super(`batch step ${stepIndex}: ${message}`);
    this.name = 'StoreBatchError';
  }
}

/**
 * An ArrayBuffer holding exactly `bytes` (a copy), safe to hand to a store.
 *
 * @example
 *   exactChunkCopy(new Uint8Array(big, 100, 3)).byteLength; // 3, not big.byteLength
 */
export function exactChunkCopy(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** Bytes of chunk `index` that belong to a file of `size` bytes (0 past the end). */
export function chunkLengthIn(file: Pick<StoredFile, 'size' | 'chunkBytes'>, index: number): number {
  return Math.max(0, Math.min(file.chunkBytes, file.size - index * file.chunkBytes));
}

/** Number of chunks a file of `size` bytes spans. */
export function chunkCountOf(file: Pick<StoredFile, 'size' | 'chunkBytes'>): number {
  return Math.ceil(file.size / file.chunkBytes);
}

/** The readable part of a stored chunk as a fresh array (stores may keep stale bytes past `size`). */
export function trimStoredChunk(file: StoredFile, index: number, stored: ArrayBuffer): Uint8Array {
  const length = Math.min(stored.byteLength, chunkLengthIn(file, index));
  return new Uint8Array(stored.slice(0, length));
}
