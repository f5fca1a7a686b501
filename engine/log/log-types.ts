/**
 * Shapes the log's public API speaks in: what a producer hands over, what an append reports, how a log
 * is created. Kept apart from `log.ts` so callers can import types without the class.
 */
import { encodeRecordBatch, type RecordHeader } from '../codec';
import type { LeaderEpochCache } from './leader-epoch-cache';
import type { LogConfig } from './log-config';
import type { LogDir } from './log-dir';
import type { LogSegment, RollReason } from './log-segment';
import type { ProducerStateManager } from './producer-state';

/** A record as a producer hands it over. */
export interface AppendRecord {
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers?: RecordHeader[];
}

/** One producer batch to append as leader; identity fields are −1 (plain producer) when omitted. */
export interface LeaderAppendInput {
  readonly records: readonly AppendRecord[];
  readonly producerId?: number;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
}

/** What an append did (Kafka's `LogAppendInfo`, as a produce response reports it). */
export interface LogAppendResult {
  /** Offset of the first record, −1 for an empty append. */
  readonly baseOffset: number;
  readonly lastOffset: number;
  /** The broker time stamped on LogAppendTime topics, −1 otherwise. */
  readonly logAppendTime: number;
  readonly maxTimestamp: number;
  readonly sizeInBytes: number;
  readonly recordCount: number;
  readonly logStartOffset: number;
  /** The segment the batches went to. */
  readonly segmentBaseOffset: number;
  /** Set when this append rolled a new segment first. */
  readonly rolled: RollReason | null;
}

export interface LogCreateParams {
  readonly topic: string;
  readonly partition: number;
  readonly config: LogConfig;
  readonly nowMs: number;
  /** 32-bit signed integers from the owner's seeded PRNG; drawn only when segment.jitter.ms > 0. */
  readonly nextInt: () => number;
  /** Offset of the first segment of an empty log (default 0). */
  readonly logStartOffset?: number;
  /** Chunk size of new files (default 64 KiB). */
  readonly chunkBytes?: number;
}

/** @internal Everything a Log is made of; used by create, restore and recover. */
export interface LogInit {
  readonly topic: string;
  readonly partition: number;
  readonly config: LogConfig;
  readonly nextInt: () => number;
  readonly dir: LogDir;
  readonly segments: LogSegment[];
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly leaderEpochCache: LeaderEpochCache;
  readonly cleanerCheckpoint: number | null;
  readonly producerStateManager: ProducerStateManager;
}

/** The producer batch bytes for a leader append of plain records (baseOffset 0, as a producer writes it). */
export function encodeLeaderInput(input: LeaderAppendInput): Uint8Array {
  return encodeRecordBatch({
    baseOffset: 0,
    ...(input.producerId === undefined ? {} : { producerId: input.producerId }),
    ...(input.producerEpoch === undefined ? {} : { producerEpoch: input.producerEpoch }),
    ...(input.baseSequence === undefined ? {} : { baseSequence: input.baseSequence }),
    records: input.records.map((r) => ({
      timestamp: r.timestamp,
      key: r.key,
      value: r.value,
      ...(r.headers === undefined ? {} : { headers: r.headers }),
    })),
  });
}
