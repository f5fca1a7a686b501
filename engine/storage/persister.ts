import type { FileIds } from './file-ids';
import { type ChunkInFlight, type DrainSink, LogDirDrain, type PersistableLog } from './log-dir-drain';
import type { PageCache } from './page-cache';
import { exactChunkCopy, type SegmentStore, type StoreWrite } from './segment-store';

export type { ChunkInFlight, PersistableLog } from './log-dir-drain';

/** Default {@link LogPersisterOptions.reuseBytes}: 128 chunks of 64 KiB. */
export const DEFAULT_REUSE_BYTES = 8 * 1024 * 1024;

export interface LogPersisterOptions {
  readonly fileIds: FileIds;
  /** Told which chunks are in flight (pinned until commit) and which files exist. */
  readonly pageCache?: PageCache;
  /** Injected by the worker (its wall clock) to time transactions; storage itself reads no clock. */
  readonly clock?: () => number;
  /**
   * Chunk buffers the store gives back after a transaction (a disk worker does) are kept, up to this
   * many bytes (default 8 MiB; 0 keeps none), and later chunk copies go into them: a fresh buffer
   * costs a page fault per 4 KiB the first time it is written, a reused one does not.
   */
  readonly reuseBytes?: number;
}

export interface FlushOptions {
  /**
   * Engine state to store in the same transaction as the bytes (cluster and log snapshots, seed, clock,
   * commands). A function, called when the transaction is built, so state and bytes are of one moment.
   * WARNING: do not capture a snapshot earlier and return it here; a flush that queues behind another
   * is built later, from later bytes.
   */
  readonly meta?: () => Readonly<Record<string, unknown>>;
}

export interface FlushResult {
  /** False when the store refused the transaction; its writes are retried by the next flush. */
  readonly committed: boolean;
  readonly writes: number;
  readonly chunkPuts: number;
  readonly chunkBytes: number;
  readonly error?: unknown;
}

export interface PersisterStats {
  transactions: number;
  failures: number;
  bytesWritten: number;
  chunksWritten: number;
  /** Duration of the last committed transaction by the injected clock (0 without one). */
  lastFlushMs: number;
  /** Chunk bytes handed to the store and not yet committed (in flight, or waiting for a retry). */
  pendingBytes: number;
  lastError: unknown;
}

/** The chunk behind a `putChunk` write and the length it had when drained. */
interface ChunkSource extends ChunkInFlight {
  readonly length: number;
}

interface Round {
  readonly writes: StoreWrite[];
  /** The chunk of each `putChunk` write, in order. Pinned until the round commits. */
  readonly sources: ChunkSource[];
  /** Also pinned until commit: chunks of a refused round whose write was dropped when resent. */
  readonly extraPins: ChunkInFlight[];
  readonly chunkBytes: number;
}

/**
 * Carries the logs' changes to the store behind the simulation. `flush()` never blocks a step: it
 * starts a transaction, or, if one is in flight, promises that the next one will carry everything that
 * accumulated meanwhile (flushes coalesce: at most one transaction in flight, one queued). Each
 * transaction is ONE `store.apply` holding every log directory's file ops, sizes and dirty chunks,
 * plus the meta snapshot. Chunks stay pinned in the page cache until their transaction commits, so a
 * cold read never fetches a copy older than memory. A refused transaction is kept, pins and all, and
 * goes out first in the next one.
 *
 * Chunk copies are handed over to the store (a disk worker takes them without another copy), so a
 * refused transaction's chunks are copied again from the pinned chunks when it goes out again. The
 * store may give the buffers back once it is done with them; they take the next copies.
 *
 * @example
 *   const persister = new LogPersister(store, { fileIds, pageCache });
 *   persister.attach('broker-1/orders-0', log);
 *   void persister.flush({ meta: () => ({ cluster: sim.toState() }) }); // after a step, not awaited
 *   await persister.idle(); // before close, or in tests
 */
export class LogPersister {
  readonly stats: PersisterStats = {
    transactions: 0,
    failures: 0,
    bytesWritten: 0,
    chunksWritten: 0,
    lastFlushMs: 0,
    pendingBytes: 0,
    lastError: undefined,
  };
  private readonly dirs = new Map<string, LogDirDrain>();
  /** Writes taken from detached directories, waiting for the next transaction. */
  private carried: DrainSink | undefined;
  private inFlight: Promise<void> | undefined;
  private queued: { promise: Promise<FlushResult>; resolve: (result: FlushResult) => void } | undefined;
  private metaProvider: FlushOptions['meta'];
  private retry: Round | undefined;
  private readonly buffers: ChunkBuffers;

  constructor(
    private readonly store: SegmentStore,
    private readonly options: LogPersisterOptions,
  ) {
    this.buffers = new ChunkBuffers(options.reuseBytes ?? DEFAULT_REUSE_BYTES);
  }

  /**
   * Starts persisting a log kept in `dirPath` (e.g. `broker-1/orders-0`, no trailing slash). Files the
   * loader rebuilt are recognised by their fileIds; any other file is written whole at the next flush.
   */
  attach(dirPath: string, log: PersistableLog): void {
    if (this.dirs.has(dirPath)) throw new Error(`log dir ${dirPath} is already attached`);
    this.dirs.set(dirPath, new LogDirDrain(dirPath, log, this.options.fileIds));
  }

  /**
   * Stops persisting a log. What it did up to now (or, with `deleteFiles`, the deletion of all its
   * files) is taken at once and written by the next flush, so the same path may be attached again
   * straight away (a replica moving away and back).
   */
  detach(dirPath: string, options: { deleteFiles?: boolean } = {}): void {
    const dir = this.dirs.get(dirPath);
    if (dir === undefined) return;
    this.dirs.delete(dirPath);
    const sink = this.carried ?? this.newSink();
    if (options.deleteFiles) dir.drainDeleteAll(sink, this.options.pageCache);
    else dir.drain(sink, this.options.pageCache);
    this.carried = sink;
  }

  /** Writes everything since the last flush. Resolves when it commits or fails; never rejects. */
  flush(options: FlushOptions = {}): Promise<FlushResult> {
    if (options.meta !== undefined) this.metaProvider = options.meta;
    if (this.inFlight === undefined) return this.startRound();
    if (this.queued === undefined) {
      let resolve: (result: FlushResult) => void = () => {};
      const promise = new Promise<FlushResult>((r) => {
        resolve = r;
      });
      this.queued = { promise, resolve };
    }
    return this.queued.promise;
  }

  /** Resolves once no transaction is in flight or queued. */
  async idle(): Promise<void> {
    while (this.inFlight !== undefined) await this.inFlight;
  }

  private startRound(): Promise<FlushResult> {
    const round = this.drain();
    if (round.writes.length === 0) {
      return Promise.resolve({ committed: true, writes: 0, chunkPuts: 0, chunkBytes: 0 });
    }
    const summary = {
      writes: round.writes.length,
      chunkPuts: round.sources.length,
      chunkBytes: round.chunkBytes,
    };
    this.stats.pendingBytes = round.chunkBytes;
    const startedMs = this.options.clock?.();
    // The store may take the chunk buffers: a refused round is rebuilt from the pinned chunks.
    const options = { handOverChunks: true, onChunksReturned: this.buffers.keep };
    const result = this.store.apply(round.writes, options).then(
      (): FlushResult => {
        this.committed(round, startedMs);
        return { committed: true, ...summary };
      },
      (error: unknown): FlushResult => {
        this.retry = round;
        this.stats.failures += 1;
        this.stats.lastError = error;
        return { committed: false, ...summary, error };
      },
    );
    this.inFlight = result.then(() => this.roundDone());
    return result;
  }

  private committed(round: Round, startedMs: number | undefined): void {
    for (const { file, index } of round.sources) this.options.pageCache?.unpin(file, index);
    for (const { file, index } of round.extraPins) this.options.pageCache?.unpin(file, index);
    this.stats.transactions += 1;
    this.stats.bytesWritten += round.chunkBytes;
    this.stats.chunksWritten += round.sources.length;
    this.stats.pendingBytes = 0;
    const endedMs = this.options.clock?.();
    if (startedMs !== undefined && endedMs !== undefined) this.stats.lastFlushMs = endedMs - startedMs;
  }

  /** Starts the queued transaction, if any; it drains now, so it carries everything up to now. */
  private roundDone(): void {
    this.inFlight = undefined;
    const queued = this.queued;
    if (queued === undefined) return;
    this.queued = undefined;
    void this.startRound().then(queued.resolve);
  }

  /** One consistent moment of every log, after any refused round and detached directory (first). */
  private drain(): Round {
    const sink = this.newSink();
    const extraPins: ChunkInFlight[] = [];
    if (this.retry !== undefined) resend(this.retry, sink, extraPins);
    this.retry = undefined;
    const carried = this.carried;
    this.carried = undefined;
    if (carried !== undefined) {
      sink.writes.push(...carried.writes);
      sink.inFlight.push(...carried.inFlight);
      sink.chunkBytes += carried.chunkBytes;
    }
    for (const dir of this.dirs.values()) dir.drain(sink, this.options.pageCache);
    const meta = this.metaProvider?.();
    this.metaProvider = undefined;
    for (const [key, value] of Object.entries(meta ?? {})) sink.writes.push({ kind: 'putMeta', key, value });
    return { ...sourcesOf(sink), extraPins, chunkBytes: sink.chunkBytes };
  }

  private newSink(): DrainSink {
    return { writes: [], inFlight: [], chunkBytes: 0, copyChunk: this.buffers.copy };
  }
}

/** Pairs each `putChunk` write with its chunk (drains push the two together, in the same order). */
function sourcesOf(sink: DrainSink): { writes: StoreWrite[]; sources: ChunkSource[] } {
  const sources: ChunkSource[] = [];
  for (const write of sink.writes) {
    if (write.kind !== 'putChunk') continue;
    const chunk = sink.inFlight[sources.length];
    if (chunk === undefined) throw new Error('a chunk write without its chunk');
    sources.push({ file: chunk.file, index: chunk.index, length: write.bytes.byteLength });
  }
  if (sources.length !== sink.inFlight.length) throw new Error('a chunk in flight without its write');
  return { writes: sink.writes, sources };
}

/**
 * Puts a refused round's writes into `sink` again, each chunk copied afresh from its pinned chunk (up
 * to the length it had): the store may have taken the old buffers. A chunk that changed since is dirty
 * again, so the writes that follow in the same transaction put it again anyway; one cut away by a
 * truncate is left out (the resize or delete that follows drops it) and only stays pinned.
 */
function resend(round: Round, sink: DrainSink, extraPins: ChunkInFlight[]): void {
  const copy = sink.copyChunk ?? exactChunkCopy;
  let next = 0;
  for (const write of round.writes) {
    if (write.kind !== 'putChunk') {
      sink.writes.push(write);
      continue;
    }
    const source = round.sources[next++];
    if (source === undefined) throw new Error('a refused round lost track of its chunks');
    const bytes = source.file.peekChunk(source.index)?.subarray(0, source.length);
    if (bytes === undefined) {
      extraPins.push(source);
      continue;
    }
    sink.writes.push({ ...write, bytes: copy(bytes) });
    sink.inFlight.push(source);
    sink.chunkBytes += bytes.length;
  }
  extraPins.push(...round.extraPins);
}

/**
 * Buffers for chunk copies: those the store gave back, by size, used before any new one is made. Only
 * power-of-two sizes are kept (full chunks; a tail chunk's odd size rarely comes again).
 */
class ChunkBuffers {
  private readonly free = new Map<number, ArrayBuffer[]>();
  private keptBytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** An exact-size copy of `bytes`, in a kept buffer when there is one of that size. */
  readonly copy = (bytes: Uint8Array): ArrayBuffer => {
    const buffer = this.free.get(bytes.length)?.pop();
    if (buffer === undefined) return exactChunkCopy(bytes);
    this.keptBytes -= buffer.byteLength;
    new Uint8Array(buffer).set(bytes);
    return buffer;
  };

  readonly keep = (buffers: ArrayBuffer[]): void => {
    for (const buffer of buffers) {
      const size = buffer.byteLength;
      if (size === 0 || (size & (size - 1)) !== 0 || this.keptBytes + size > this.maxBytes) continue;
      const list = this.free.get(size) ?? [];
      this.free.set(size, list);
      list.push(buffer);
      this.keptBytes += size;
    }
  };
}
