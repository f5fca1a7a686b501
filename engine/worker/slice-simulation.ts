/**
 * The first live slice's simulation: one partition's {@link Log} on broker 1, a simulated clock, a
 * seeded RNG, the broker's page cache, and the persister that writes the log behind it. Commands are
 * synchronous and deterministic: state = f(seed, commands). The host does all waiting.
 *
 * produce = `appendAsLeader` with the producer's timestamp, then HW = LEO (one replica is the whole ISR).
 */

import type { ChunkedFile } from '../log/chunked-file';
import { segmentFileName } from '../log/file-names';
import type { Log } from '../log/log';
import type { LogManager } from '../log/log-manager';
import type { SimClock } from '../sim/clock';
import type { SeededRandom } from '../sim/random';
import type { FileIds } from '../storage/file-ids';
import type { LoadChunkOptions } from '../storage/loader';
import type { PageCache } from '../storage/page-cache';
import { LogPersister } from '../storage/persister';
import type { SegmentStore } from '../storage/segment-store';
import { buildLogView, buildRunView } from '../view/log-view';
import type { NotSavedReason, RecordsPage, RecordView, ViewRecord } from '../view/types';
import type { BatchBytes, HostedSimulation, ProduceResult, SimulationEnvironment } from './hosted-simulation';
import { describeLog } from './log-source';
import type { ProduceHeader } from './protocol';
import { toRecordView } from './record-view';
import {
  PRODUCE_LATENCY_MS,
  SLICE_BROKER_ID,
  SLICE_LOG_DIR,
  SLICE_LOG_MANAGER_CONFIG,
  SLICE_META_KEY,
  SLICE_STORE_DIR,
} from './slice-config';
import { type SliceCommand, type SliceState, sliceStateOf } from './slice-state';

const encoder = new TextEncoder();
/** Bytes per read while paging records: a few pages' worth of small demo batches. */
const READ_MAX_BYTES = 64 * 1024;

/** The leader epoch of the only replica, which has led since the topic was created. */
export const LEADER_EPOCH = 0;

export interface SliceParts {
  readonly seed: number;
  readonly rng: SeededRandom;
  readonly clock: SimClock;
  readonly log: Log;
  readonly manager: LogManager;
  readonly history: SliceCommand[];
  readonly store: SegmentStore;
  readonly fileIds: FileIds;
  readonly pageCache: PageCache;
  readonly restored: boolean;
}

export class SliceSimulation implements HostedSimulation {
  readonly seed: number;
  private readonly rng: SeededRandom;
  private readonly clock: SimClock;
  private readonly log: Log;
  private readonly manager: LogManager;
  private readonly history: SliceCommand[];
  private readonly fileIds: FileIds;
  private readonly pageCache: PageCache;
  private readonly persister: LogPersister;
  private readonly restored: boolean;
  /** Where the clock goes at the next {@link catchUp}: set by produce (latency) and advanceTime. */
  private timeTargetMs: number;
  private flushes = 0;
  private storageError: string | null = null;
  private notSaved: NotSavedReason | null = null;
  private disposed = false;

  constructor(parts: SliceParts, env: SimulationEnvironment) {
    this.seed = parts.seed;
    this.rng = parts.rng;
    this.clock = parts.clock;
    this.log = parts.log;
    this.manager = parts.manager;
    this.timeTargetMs = parts.clock.nowMs;
    this.history = parts.history;
    this.fileIds = parts.fileIds;
    this.pageCache = parts.pageCache;
    this.restored = parts.restored;
    this.persister = new LogPersister(parts.store, {
      fileIds: parts.fileIds,
      pageCache: parts.pageCache,
      ...(env.wallClockMs ? { clock: env.wallClockMs } : {}),
    });
    this.persister.attach(SLICE_STORE_DIR, this.log);
  }

  produce(key: string | null, value: string | null, headers: readonly ProduceHeader[]): ProduceResult {
    // The broker handles the request now; then PRODUCE_LATENCY_MS of simulated time passes (catchUp).
    // Appending first keeps a refused record from changing anything, even the clock.
    const timestampMs = this.clock.nowMs;
    const result = this.log.appendAsLeader(
      {
        records: [
          {
            timestamp: timestampMs,
            key: key === null ? null : encoder.encode(key),
            value: value === null ? null : encoder.encode(value),
            headers: headers.map((h) => ({
              key: h.key,
              value: h.value === null ? null : encoder.encode(h.value),
            })),
          },
        ],
      },
      { leaderEpoch: LEADER_EPOCH, nowMs: timestampMs },
    );
    // A single replica is the whole ISR: the record is committed as soon as the leader has it.
    this.log.maybeIncrementHighWatermark(this.log.logEndOffset);
    this.history.push({ type: 'produce', atMs: timestampMs, key, value, headers: [...headers] });
    this.touchActive(result.sizeInBytes);
    this.timeTargetMs = timestampMs + PRODUCE_LATENCY_MS;
    return { offset: result.baseOffset, logEndOffset: this.log.logEndOffset, timestampMs };
  }

  advanceTime(ms: number): number {
    const target = this.clock.nowMs + ms;
    this.history.push({ type: 'advanceTime', atMs: this.clock.nowMs, ms });
    this.timeTargetMs = target;
    return target;
  }

  /**
   * Runs the log manager's tasks (retention checks, `.deleted` removals) at each one's own time up to
   * the time the last command moved to, as Kafka's scheduler would, so a 7-day jump deletes exactly
   * what a week would. Safe to call again after a ColdChunkError: done tasks are not due any more.
   */
  catchUp(): number {
    const target = this.timeTargetMs;
    for (let due = this.manager.nextDueMs(); due !== null && due <= target; due = this.manager.nextDueMs()) {
      this.clock.advanceTo(Math.max(due, this.clock.nowMs));
      this.manager.tick(this.clock.nowMs);
    }
    this.clock.advanceTo(Math.max(target, this.clock.nowMs));
    return this.clock.nowMs;
  }

  readRecords(fromOffset: number, maxRecords: number): RecordsPage {
    const from = Math.max(fromOffset, this.log.logStartOffset);
    const records: RecordView[] = [];
    // Page-cache touches are applied once every read succeeded, so a retry after a cold chunk does not
    // count the same access twice.
    const touched: Array<{ file: ChunkedFile; position: number; length: number }> = [];
    let offset = from;
    while (records.length < maxRecords && offset < this.log.highWatermark) {
      const result = this.log.read(offset, { maxBytes: READ_MAX_BYTES, upTo: 'highWatermark', decode: true });
      const lastBatch = result.batches.at(-1);
      if (lastBatch === undefined) break;
      result.batches.forEach((batch, i) => {
        const file = this.log.file(segmentFileName(batch.segmentBaseOffset, 'log'));
        if (file !== undefined) touched.push({ file, position: batch.position, length: batch.sizeInBytes });
        // A fetch returns whole batches: skip records below the offset asked for, as a consumer does.
        for (const record of result.decoded?.[i]?.records ?? []) {
          if (record.offset < offset || records.length >= maxRecords) continue;
          records.push(toRecordView(record, batch));
        }
      });
      offset = lastBatch.lastOffset + 1;
    }
    for (const t of touched) this.pageCache.touchRange(t.file, t.position, t.length);
    const last = records.at(-1);
    return {
      fromOffset: from,
      records,
      nextOffset: last === undefined ? from : last.offset + 1,
      logStartOffset: this.log.logStartOffset,
      highWatermark: this.log.highWatermark,
    };
  }

  readBatchBytes(offset: number): BatchBytes {
    const result = this.log.read(offset, { maxBytes: 1, upTo: 'logEndOffset', minOneMessage: true });
    const batch = result.batches[0];
    if (batch === undefined) throw new RangeError(`no batch holds offset ${offset}`);
    const segmentFile = segmentFileName(batch.segmentBaseOffset, 'log');
    const file = this.log.file(segmentFile);
    if (file !== undefined) this.pageCache.touchRange(file, batch.position, batch.sizeInBytes);
    return {
      baseOffset: batch.baseOffset,
      segmentFile,
      position: batch.position,
      bytes: result.records.slice(0, batch.sizeInBytes),
    };
  }

  view(): ViewRecord[] {
    const cache = this.pageCache.stats();
    const stats = this.persister.stats;
    return [
      ...buildLogView(
        describeLog(this.log, {
          brokerId: SLICE_BROKER_ID,
          logDir: SLICE_LOG_DIR,
          retentionCheckIntervalMs: SLICE_LOG_MANAGER_CONFIG.logRetentionCheckIntervalMs,
          nextRetentionCheckMs: this.manager.state().nextRetentionCheckMs,
        }),
      ),
      ...buildRunView({
        nowMs: this.clock.nowMs,
        seed: this.seed,
        commandCount: this.history.length,
        pageCache: {
          hits: cache.hits,
          misses: cache.misses,
          residentBytes: cache.usedBytes,
          budgetBytes: cache.budgetBytes,
        },
        persistence: {
          bytesWritten: stats.bytesWritten,
          pendingBytes: stats.pendingBytes,
          flushes: this.flushes,
          restored: this.restored,
          lastError: this.storageError ?? (stats.lastError === undefined ? null : String(stats.lastError)),
          notSaved: this.notSaved,
        },
      }),
    ];
  }

  async persist(): Promise<void> {
    if (this.disposed) return;
    try {
      // State is taken when the transaction is built, with the bytes of that same moment.
      const result = await this.persister.flush({ meta: () => ({ [SLICE_META_KEY]: this.toState() }) });
      if (result.writes > 0 && result.committed) this.flushes += 1;
      // Committed chunks are clean: now the cache may drop the least recently used ones.
      this.pageCache.evictToBudget();
    } catch (error) {
      // Never rejects: the simulation goes on in memory and the view shows why saving stopped.
      this.storageError = error instanceof Error ? error.message : String(error);
    }
  }

  idle(): Promise<void> {
    return this.persister.idle();
  }

  chunkLoadOptions(): LoadChunkOptions {
    return { fileIds: this.fileIds, pageCache: this.pageCache };
  }

  noteNotSaved(reason: NotSavedReason): void {
    this.notSaved = reason;
  }

  dispose(): void {
    this.disposed = true;
    this.persister.detach(SLICE_STORE_DIR);
  }

  toState(): SliceState {
    return sliceStateOf({
      seed: this.seed,
      rng: this.rng,
      clock: this.clock,
      log: this.log,
      manager: this.manager,
      history: this.history,
    });
  }

  /** An append writes at the tail of the active segment: count it as the access it is. */
  private touchActive(appendedBytes: number): void {
    const segment = this.log.activeSegment.log;
    this.pageCache.touchRange(segment, segment.size - appendedBytes, appendedBytes);
  }
}
