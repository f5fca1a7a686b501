import type { FileIds } from './file-ids';
import { type ChunkInFlight, type DrainSink, LogDirDrain, type PersistableLog } from './log-dir-drain';
import type { PageCache } from './page-cache';
import type { SegmentStore, StoreWrite } from './segment-store';

export type { ChunkInFlight, PersistableLog } from './log-dir-drain';

export interface LogPersisterOptions {
  readonly fileIds: FileIds;
  /** Told which chunks are in flight (pinned until commit) and which files exist. */
  readonly pageCache?: PageCache;
  /** Injected by the worker (e.g. `() => performance.now()`) to time transactions; storage reads no clock. */
  readonly clock?: () => number;
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

interface Round {
  readonly writes: StoreWrite[];
  readonly inFlight: ChunkInFlight[];
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
  private carried: Round | undefined;
  private inFlight: Promise<void> | undefined;
  private queued: { promise: Promise<FlushResult>; resolve: (result: FlushResult) => void } | undefined;
  private metaProvider: FlushOptions['meta'];
  private retry: Round | undefined;

  constructor(
    private readonly store: SegmentStore,
    private readonly options: LogPersisterOptions,
  ) {}

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
    const sink = this.sinkAfter(this.carried);
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
      chunkPuts: round.inFlight.length,
      chunkBytes: round.chunkBytes,
    };
    this.stats.pendingBytes = round.chunkBytes;
    const startedMs = this.options.clock?.();
    const result = this.store.apply(round.writes).then(
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
    for (const { file, index } of round.inFlight) this.options.pageCache?.unpin(file, index);
    this.stats.transactions += 1;
    this.stats.bytesWritten += round.chunkBytes;
    this.stats.chunksWritten += round.inFlight.length;
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

  /** One consistent moment of every log, after any refused round (which must apply first). */
  private drain(): Round {
    const sink = this.sinkAfter(this.retry, this.carried);
    this.retry = undefined;
    this.carried = undefined;
    for (const dir of this.dirs.values()) dir.drain(sink, this.options.pageCache);
    const meta = this.metaProvider?.();
    this.metaProvider = undefined;
    for (const [key, value] of Object.entries(meta ?? {})) sink.writes.push({ kind: 'putMeta', key, value });
    return { writes: sink.writes, inFlight: sink.inFlight, chunkBytes: sink.chunkBytes };
  }

  /** A sink that starts with earlier rounds' writes, in order (they must apply first). */
  private sinkAfter(...earlier: Array<Round | undefined>): DrainSink {
    const sink: DrainSink = { writes: [], inFlight: [], chunkBytes: 0 };
    for (const round of earlier) {
      if (round === undefined) continue;
      sink.writes.push(...round.writes);
      sink.inFlight.push(...round.inFlight);
      sink.chunkBytes += round.chunkBytes;
    }
    return sink;
  }
}
