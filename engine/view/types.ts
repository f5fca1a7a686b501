/**
 * The view model: a compact, serialisable picture of what the UI draws, built by the engine and mirrored
 * by the UI's store. Every piece is a flat, immutable record with a stable `id` and a `kind`; when
 * something changes the engine builds a new record and the worker sends "which ids changed"
 * (see {@link ViewDiff}), never a deep delta. Fields hold primitives only, so two records compare with a
 * shallow check.
 *
 * No DOM, no engine classes here: `app/` imports these types.
 */

/** `partition:<topic>-<partition>`, `segment:<dir>/<log file name>`, `file:<dir>/<name>`, or a singleton. */
export type ViewId = string;

/** The simulated clock and what makes this run reproducible. Singleton id {@link CLOCK_ID}. */
export interface ClockRecord {
  readonly kind: 'clock';
  readonly id: ViewId;
  /** Simulated time, ms since the Unix epoch (never wall time). */
  readonly nowMs: number;
  /** The seed of the run's SeededRandom: same seed + same commands = same cluster. */
  readonly seed: number;
  /** How many commands (produce, advanceTime) built this state. */
  readonly commandCount: number;
}

/** One partition replica's log, as `kafka-log-dirs.sh` and the broker's metrics would describe it. */
export interface PartitionRecord {
  readonly kind: 'partition';
  readonly id: ViewId;
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  /** The broker's `log.dirs` entry, e.g. `/tmp/kafka-logs`. */
  readonly logDir: string;
  /** `<topic>-<partition>`, the directory under {@link logDir}. */
  readonly dirName: string;
  readonly logStartOffset: number;
  /** LEO: the offset the next appended record will get. */
  readonly logEndOffset: number;
  /** HW: consumers read below it. */
  readonly highWatermark: number;
  /** Sum of the live segments' `.log` sizes (what `retention.bytes` compares against). */
  readonly sizeBytes: number;
  readonly segmentCount: number;
  /** Topic configs in force, shown by their Kafka names in the UI. */
  readonly segmentBytes: number;
  readonly segmentMs: number;
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly fileDeleteDelayMs: number;
  /** The broker's `log.retention.check.interval.ms`: how often retention looks at this log. */
  readonly retentionCheckIntervalMs: number;
  /** When the log manager next checks retention, −1 if never. */
  readonly nextRetentionCheckMs: number;
  /** When the next `.deleted` files are removed, −1 if none wait. */
  readonly nextFileDeletionMs: number;
}

/** A segment: its `.log` file plus indexes. Deleted ones stay listed until their files are removed. */
export interface SegmentRecord {
  readonly kind: 'segment';
  readonly id: ViewId;
  readonly partitionId: ViewId;
  /** The `.log` file's current name, e.g. `00000000000000000000.log` or `….log.deleted`. */
  readonly fileName: string;
  readonly baseOffset: number;
  /** One past the last offset stored in this segment (= baseOffset for an empty one). */
  readonly nextOffset: number;
  readonly sizeBytes: number;
  readonly recordCount: number;
  /** The segment appends go to. */
  readonly active: boolean;
  /** Renamed to `.deleted` by retention; gone after `file.delete.delay.ms`. */
  readonly deleted: boolean;
  readonly indexBytes: number;
  readonly timeIndexBytes: number;
  /** Largest record timestamp in the segment (what `retention.ms` compares against), −1 if none. */
  readonly largestTimestampMs: number;
}

/** One file in the partition directory, as `ls -l` would list it. */
export interface LogFileRecord {
  readonly kind: 'file';
  readonly id: ViewId;
  readonly partitionId: ViewId;
  readonly name: string;
  readonly sizeBytes: number;
}

/** The broker's page cache in front of the store (the notes' "Page Cache" point). Singleton. */
export interface PageCacheRecord {
  readonly kind: 'pageCache';
  readonly id: ViewId;
  readonly hits: number;
  readonly misses: number;
  readonly residentBytes: number;
  readonly budgetBytes: number;
}

/** How far the browser's "disk" (IndexedDB) has caught up with the simulation. Singleton. */
export interface PersistenceRecord {
  readonly kind: 'persistence';
  readonly id: ViewId;
  /** Bytes written to the store since the worker started. */
  readonly bytesWritten: number;
  /** Bytes changed in memory but not yet written. */
  readonly pendingBytes: number;
  readonly flushes: number;
  /** True when this run was restored from the store after a reload. */
  readonly restored: boolean;
  /** The last storage failure's message, or null. The simulation goes on in memory regardless. */
  readonly lastError: string | null;
  /** Why this run is not being saved at all (it lives in memory only), or null when it is. */
  readonly notSaved: NotSavedReason | null;
}

/**
 * Why a run lives in memory only: another tab owns the saved cluster, the browser gives no IndexedDB,
 * or the saved run could not be read (it is kept untouched until the user resets).
 */
export interface NotSavedReason {
  readonly reason: 'other-tab' | 'no-storage' | 'unreadable';
  /** The underlying error's message, for the curious (not translated). */
  readonly detail: string;
}

export type ViewRecord =
  | ClockRecord
  | PartitionRecord
  | SegmentRecord
  | LogFileRecord
  | PageCacheRecord
  | PersistenceRecord;

export type ViewKind = ViewRecord['kind'];

export const CLOCK_ID: ViewId = 'clock';
export const PAGE_CACHE_ID: ViewId = 'pageCache';
export const PERSISTENCE_ID: ViewId = 'persistence';

/** Everything the UI draws, sent whole on connect and reset. */
export interface ViewSnapshot {
  readonly records: readonly ViewRecord[];
}

/**
 * What changed since the previous snapshot or patch, squashed (tldraw's store diff, minus the `from`
 * side: the UI already holds it). An id appears in at most one of the three lists.
 */
export interface ViewDiff {
  readonly added: readonly ViewRecord[];
  readonly updated: readonly ViewRecord[];
  readonly removed: readonly ViewId[];
}

/** One record of a page read on request (records are never pushed wholesale). */
export interface RecordView {
  readonly offset: number;
  readonly timestampMs: number;
  /** UTF-8 text of the key; null for a null key. */
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: readonly { readonly key: string; readonly value: string | null }[];
  /** The batch holding the record (its base offset and size on disk). */
  readonly batchBaseOffset: number;
  readonly batchSizeBytes: number;
  /** Base offset of the segment whose `.log` holds the batch. */
  readonly segmentBaseOffset: number;
}

export interface RecordsPage {
  /** The offset asked for, after clamping to the log start offset. */
  readonly fromOffset: number;
  readonly records: readonly RecordView[];
  /** Where the next page starts. */
  readonly nextOffset: number;
  readonly logStartOffset: number;
  readonly highWatermark: number;
}
