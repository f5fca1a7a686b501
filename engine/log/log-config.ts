/**
 * The settings one partition's log obeys (Kafka's `LogConfig`), in camelCase with units last, and the
 * broker-level settings of the log manager's background tasks. Defaults are Kafka 3.9's
 * (KAFKA-REFERENCE §12). Topic config names and their validation live in `topic-config.ts`.
 */

/**
 * Stand-in for Java's `Long.MAX_VALUE` (9223372036854775807), the "off" value of several configs.
 * It is `Number.MAX_SAFE_INTEGER` rather than `Infinity` so that state stays JSON-serialisable
 * (`JSON.stringify(Infinity)` is `null`) and arithmetic such as `nowMs - x` stays finite and exact.
 */
export const LONG_MAX_VALUE = Number.MAX_SAFE_INTEGER;

/** One entry of `cleanup.policy`. */
export type CleanupPolicyName = 'delete' | 'compact';

export type TimestampTypeName = 'CreateTime' | 'LogAppendTime';

/** Settings of one log (Kafka's topic-level configs that the log layer obeys). */
export interface LogConfig {
  /** `segment.bytes`: a segment rolls when an append would take its .log past this size. */
  readonly segmentBytes: number;
  /** `segment.ms`: a segment rolls when its records span more than this (record timestamps). */
  readonly segmentMs: number;
  /** `segment.jitter.ms`: upper bound of the random reduction of segment.ms, drawn per segment. */
  readonly segmentJitterMs: number;
  /** `segment.index.bytes`: capacity of each .index/.timeindex file. */
  readonly segmentIndexBytes: number;
  /** `index.interval.bytes`: bytes of batches between offset-index entries. */
  readonly indexIntervalBytes: number;
  /** `retention.ms`: −1 keeps data forever. */
  readonly retentionMs: number;
  /** `retention.bytes`: per partition replica; −1 is unlimited. */
  readonly retentionBytes: number;
  /** `file.delete.delay.ms`: time between renaming a segment to `.deleted` and removing it. */
  readonly fileDeleteDelayMs: number;
  /** `cleanup.policy`: any of delete, compact (both = compaction then retention). */
  readonly cleanupPolicy: readonly CleanupPolicyName[];
  /** `min.cleanable.dirty.ratio`: compaction starts when the dirty ratio is strictly above this. */
  readonly minCleanableDirtyRatio: number;
  /** `delete.retention.ms`: how long a tombstone survives after its first cleaning. */
  readonly deleteRetentionMs: number;
  /** `min.compaction.lag.ms`: records younger than this are never compacted. */
  readonly minCompactionLagMs: number;
  /** `max.compaction.lag.ms`: dirty records older than this force compaction ({@link LONG_MAX_VALUE} = off). */
  readonly maxCompactionLagMs: number;
  /** `max.message.bytes`: the largest record batch the log accepts. */
  readonly maxMessageBytes: number;
  /** `message.timestamp.type`. */
  readonly messageTimestampType: TimestampTypeName;
  /** `message.timestamp.before.max.ms`: how far in the past a CreateTime timestamp may be. */
  readonly messageTimestampBeforeMaxMs: number;
  /** `message.timestamp.after.max.ms`: how far in the future a CreateTime timestamp may be. */
  readonly messageTimestampAfterMaxMs: number;
}

/**
 * Kafka 3.9 defaults.
 *
 * @example
 *   const config: LogConfig = { ...DEFAULT_LOG_CONFIG, segmentBytes: 1000, retentionBytes: 2500 };
 */
export const DEFAULT_LOG_CONFIG: LogConfig = Object.freeze({
  segmentBytes: 1_073_741_824,
  segmentMs: 604_800_000,
  segmentJitterMs: 0,
  segmentIndexBytes: 10_485_760,
  indexIntervalBytes: 4096,
  retentionMs: 604_800_000,
  retentionBytes: -1,
  fileDeleteDelayMs: 60_000,
  cleanupPolicy: Object.freeze(['delete'] as const),
  minCleanableDirtyRatio: 0.5,
  deleteRetentionMs: 86_400_000,
  minCompactionLagMs: 0,
  maxCompactionLagMs: LONG_MAX_VALUE,
  maxMessageBytes: 1_048_588,
  messageTimestampType: 'CreateTime',
  messageTimestampBeforeMaxMs: LONG_MAX_VALUE,
  messageTimestampAfterMaxMs: LONG_MAX_VALUE,
});

/** Kafka's `LogConfig.compact`: the policy includes compaction. */
export function isCompacted(config: LogConfig): boolean {
  return config.cleanupPolicy.includes('compact');
}

/** Kafka's `LogConfig.delete`: the policy includes time/size retention. */
export function isDeleteEnabled(config: LogConfig): boolean {
  return config.cleanupPolicy.includes('delete');
}

/**
 * Kafka's `LogConfig.maxSegmentMs`: for compacted topics a finite max.compaction.lag.ms also bounds
 * segment.ms, so the active segment rolls and becomes cleanable (§2.6, §4.4).
 */
export function effectiveSegmentMs(config: LogConfig): number {
  if (isCompacted(config) && config.maxCompactionLagMs > 0)
    return Math.min(config.maxCompactionLagMs, config.segmentMs);
  return config.segmentMs;
}

/**
 * Kafka's `LogConfig.randomSegmentJitter`: `abs(randomInt) % min(segment.jitter.ms, segment.ms)`, 0 when
 * jitter is off. `nextInt` returns a 32-bit signed integer from the caller's seeded PRNG; Java's
 * `Utils.abs` maps Integer.MIN_VALUE to 0.
 *
 * @example
 *   randomSegmentJitterMs({ ...DEFAULT_LOG_CONFIG, segmentJitterMs: 1000 }, () => -2500); // 500
 */
export function randomSegmentJitterMs(config: LogConfig, nextInt: () => number): number {
  if (config.segmentJitterMs === 0) return 0;
  const n = nextInt() | 0;
  const abs = n === -2147483648 ? 0 : Math.abs(n);
  return abs % Math.min(config.segmentJitterMs, config.segmentMs);
}

/** Broker settings of the log manager's scheduled tasks (not per topic). */
export interface LogManagerConfig {
  /** `log.retention.check.interval.ms`: period of the retention task. */
  readonly logRetentionCheckIntervalMs: number;
  /** `log.initial.task.delay.ms` (internal): delay before the first retention check after startup. */
  readonly logInitialTaskDelayMs: number;
  /** `log.cleaner.backoff.ms`: how long the cleaner sleeps when no log needs cleaning. */
  readonly logCleanerBackoffMs: number;
  /** `log.cleaner.enable`: run the compactor at all. */
  readonly logCleanerEnable: boolean;
}

export const DEFAULT_LOG_MANAGER_CONFIG: LogManagerConfig = Object.freeze({
  logRetentionCheckIntervalMs: 300_000,
  logInitialTaskDelayMs: 30_000,
  logCleanerBackoffMs: 15_000,
  logCleanerEnable: true,
});
