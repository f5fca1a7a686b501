import { type ChunkedFile, DEFAULT_CHUNK_BYTES } from '../log/chunked-file';
import type { FileOp } from '../log/file-ops';
import type { FileIds } from './file-ids';
import type { PageCache } from './page-cache';
import { exactChunkCopy, type StoreWrite } from './segment-store';

/**
 * What the persister needs of a log (a structural view of `engine/log`'s Log, so storage does not
 * depend on it): its files by name, and the file operations since the last call, in order.
 */
export interface PersistableLog {
  files(): ReadonlyArray<{ readonly name: string; readonly file: ChunkedFile }>;
  takeFileOps(): FileOp[];
}

/** A chunk handed to the store and not yet committed: the page cache must keep it in memory. */
export interface ChunkInFlight {
  readonly file: ChunkedFile;
  readonly index: number;
}

/** Where a drain puts what it took from a log. */
export interface DrainSink {
  readonly writes: StoreWrite[];
  readonly inFlight: ChunkInFlight[];
  chunkBytes: number;
  /** Copies a chunk into a buffer of its own for the store (default {@link exactChunkCopy}). */
  readonly copyChunk?: (bytes: Uint8Array) => ArrayBuffer;
}

/** One file of a log directory as the store will know it once the writes so far commit. */
interface DirFile {
  readonly fileId: number;
  /** Undefined for a file created in this drain until it is matched to the log's files. */
  file: ChunkedFile | undefined;
  /** Size the store will hold after the writes drained so far. */
  storedSize: number;
  /** New to the store without a `create` op: every resident chunk must be written, not only dirty ones. */
  writeAll: boolean;
}

type CreateWrite = { kind: 'createFile'; path: string; fileId: number; chunkBytes: number };

/**
 * One log directory's side of the persister: replays the log's file ops as store writes (names →
 * fileIds), then writes each file's size and dirty chunks. Runs synchronously, between simulation
 * steps, so what it takes is one consistent moment of the log.
 *
 * POSIX semantics where Kafka relies on them: renaming onto an existing name replaces it, as
 * `Utils.atomicMoveWithFallback` does. Ops naming a file the persister never saw are skipped; the file
 * then appears as new under its current name, which writes all of it (safe, only slower).
 *
 * @example
 *   const dir = new LogDirDrain('broker-1/orders-0', log, fileIds);
 *   dir.drain(sink, pageCache); // sink.writes: createFile, renameFile, resizeFile, putChunk…
 */
export class LogDirDrain {
  private readonly names = new Map<string, DirFile>();

  /**
   * Learns the files already in the store: those the loader rebuilt carry a fileId. Done at once, as
   * the log may replace or rename them before the first drain.
   */
  constructor(
    readonly dirPath: string,
    private readonly log: PersistableLog,
    private readonly fileIds: FileIds,
  ) {
    for (const { name, file } of log.files()) {
      const fileId = fileIds.idOf(file);
      // The size in the store is unknown here (the log may have appended since the load): resize once.
      if (fileId !== undefined) this.names.set(name, { fileId, file, storedSize: -1, writeAll: false });
    }
  }

  drain(sink: DrainSink, cache: PageCache | undefined): void {
    const created = this.replayOps(this.log.takeFileOps(), sink, cache);
    const current = this.log.files();
    for (const { name, file } of current) this.bind(name, file, sink, cache);
    for (const { write, entry } of created) write.chunkBytes = entry.file?.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    for (const { name, file } of current) this.writeBytes(name, file, sink, cache);
  }

  /** Deletes every file of the directory (the partition left this broker). */
  drainDeleteAll(sink: DrainSink, cache: PageCache | undefined): void {
    for (const name of [...this.names.keys()]) this.delete(name, sink, cache);
  }

  private replayOps(ops: readonly FileOp[], sink: DrainSink, cache: PageCache | undefined) {
    const created: Array<{ write: CreateWrite; entry: DirFile }> = [];
    for (const op of ops) {
      switch (op.kind) {
        case 'create': {
          this.delete(op.name, sink, cache);
          const entry: DirFile = {
            fileId: this.fileIds.allocate(),
            file: undefined,
            storedSize: 0,
            writeAll: false,
          };
          const write: CreateWrite = {
            kind: 'createFile',
            path: this.path(op.name),
            fileId: entry.fileId,
            chunkBytes: DEFAULT_CHUNK_BYTES,
          };
          sink.writes.push(write);
          created.push({ write, entry });
          this.names.set(op.name, entry);
          break;
        }
        case 'rename': {
          const entry = this.names.get(op.from);
          if (entry === undefined || op.from === op.to) break;
          this.delete(op.to, sink, cache);
          sink.writes.push({ kind: 'renameFile', from: this.path(op.from), to: this.path(op.to) });
          this.names.delete(op.from);
          this.names.set(op.to, entry);
          break;
        }
        case 'delete':
          this.delete(op.name, sink, cache);
          break;
        case 'truncate': {
          const entry = this.names.get(op.name);
          if (entry === undefined) break;
          sink.writes.push({ kind: 'resizeFile', path: this.path(op.name), size: op.size });
          entry.storedSize = op.size;
          break;
        }
      }
    }
    return created;
  }

  /** Matches a name in the log to the file the store knows under it, creating one if there is none. */
  private bind(name: string, file: ChunkedFile, sink: DrainSink, cache: PageCache | undefined): void {
    const entry = this.names.get(name);
    if (entry !== undefined && entry.file === undefined) {
      entry.file = file;
      this.fileIds.register(file, entry.fileId);
    }
    if (entry !== undefined && entry.file === file) {
      cache?.track(file, this.path(name));
      return;
    }
    // Unknown name, or another object under a known name: the log changed it without telling us.
    this.delete(name, sink, cache);
    const fileId = this.fileIds.assign(file);
    sink.writes.push({ kind: 'createFile', path: this.path(name), fileId, chunkBytes: file.chunkBytes });
    this.names.set(name, { fileId, file, storedSize: 0, writeAll: true });
    cache?.track(file, this.path(name));
  }

  private writeBytes(name: string, file: ChunkedFile, sink: DrainSink, cache: PageCache | undefined): void {
    const entry = this.names.get(name);
    if (entry === undefined) return;
    // Resize before the chunks: the store only takes a chunk that starts inside the file.
    if (entry.storedSize !== file.size) {
      sink.writes.push({ kind: 'resizeFile', path: this.path(name), size: file.size });
      entry.storedSize = file.size;
    }
    const dirty = file.takeDirty();
    const indexes = entry.writeAll ? allChunkIndexes(file) : dirty;
    entry.writeAll = false;
    for (const index of indexes) {
      // Dirty but not resident: a cold chunk cut by truncate; the store's copy, read up to the new size, is right.
      const bytes = file.peekChunk(index);
      if (bytes === undefined) continue;
      const copy = (sink.copyChunk ?? exactChunkCopy)(bytes);
      sink.writes.push({ kind: 'putChunk', fileId: entry.fileId, index, bytes: copy });
      sink.inFlight.push({ file, index });
      sink.chunkBytes += bytes.length;
      cache?.pin(file, index);
      cache?.admit(file, index);
    }
  }

  private delete(name: string, sink: DrainSink, cache: PageCache | undefined): void {
    const entry = this.names.get(name);
    if (entry === undefined) return;
    sink.writes.push({ kind: 'deleteFile', path: this.path(name) });
    this.names.delete(name);
    if (entry.file !== undefined) cache?.forget(entry.file);
  }

  private path(name: string): string {
    return `${this.dirPath}/${name}`;
  }
}

function allChunkIndexes(file: ChunkedFile): number[] {
  return Array.from({ length: file.chunkCount }, (_, index) => index);
}
