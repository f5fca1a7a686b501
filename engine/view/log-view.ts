/**
 * Builds the view model (types.ts) from plain descriptions of a log and of the run around it. Pure:
 * no engine classes, no I/O, so it is tested with literal inputs; `engine/worker/log-source.ts`
 * describes a live `Log` in these terms.
 *
 * @example
 *   const records = [...buildLogView(describeLog(log, where)), ...buildRunView(run)];
 */
import type {
  ClockRecord,
  LogFileRecord,
  PageCacheRecord,
  PartitionRecord,
  PersistenceRecord,
  SegmentRecord,
  ViewId,
  ViewRecord,
} from './types';
import { CLOCK_ID, PAGE_CACHE_ID, PERSISTENCE_ID } from './types';

/** One segment as the log knows it. */
export interface SegmentSource {
  readonly baseOffset: number;
  /** One past the last offset stored in the segment. */
  readonly nextOffset: number;
  /** Records stored; below nextOffset − baseOffset only after compaction. */
  readonly recordCount: number;
  /** The `.log` file's name as it is now (`….log` or `….log.deleted`). */
  readonly logFileName: string;
  readonly sizeBytes: number;
  readonly indexBytes: number;
  readonly timeIndexBytes: number;
  /** −1 when the segment holds no timestamps. */
  readonly largestTimestampMs: number;
}

export interface LogViewSource {
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  readonly logDir: string;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly config: {
    readonly segmentBytes: number;
    readonly segmentMs: number;
    readonly retentionMs: number;
    readonly retentionBytes: number;
    readonly fileDeleteDelayMs: number;
    readonly retentionCheckIntervalMs: number;
  };
  /** The log manager's schedule for this log. */
  readonly schedule: {
    readonly nextRetentionCheckMs: number;
    readonly nextFileDeletionMs: number;
  };
  /** Live segments, oldest first; the last one is the active segment. */
  readonly segments: readonly SegmentSource[];
  /** Segments renamed to `.deleted`, waiting for `file.delete.delay.ms`. */
  readonly deletedSegments: readonly SegmentSource[];
  /** Every file in the partition directory with its size (the `ls -l`). */
  readonly files: readonly { readonly name: string; readonly sizeBytes: number }[];
}

export interface RunViewSource {
  readonly nowMs: number;
  readonly seed: number;
  readonly commandCount: number;
  readonly pageCache: Omit<PageCacheRecord, 'kind' | 'id'>;
  readonly persistence: Omit<PersistenceRecord, 'kind' | 'id'>;
}

export function partitionViewId(dirName: string): ViewId {
  return `partition:${dirName}`;
}

export function segmentViewId(dirName: string, logFileName: string): ViewId {
  return `segment:${dirName}/${logFileName}`;
}

export function fileViewId(dirName: string, name: string): ViewId {
  return `file:${dirName}/${name}`;
}

export function buildLogView(log: LogViewSource): ViewRecord[] {
  if (log.segments.length === 0) throw new Error('a log always has an active segment');
  const dirName = `${log.topic}-${log.partition}`;
  const partitionId = partitionViewId(dirName);
  const partition: PartitionRecord = {
    kind: 'partition',
    id: partitionId,
    topic: log.topic,
    partition: log.partition,
    brokerId: log.brokerId,
    logDir: log.logDir,
    dirName,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
    sizeBytes: log.segments.reduce((sum, s) => sum + s.sizeBytes, 0),
    segmentCount: log.segments.length,
    ...log.config,
    ...log.schedule,
  };
  const last = log.segments.length - 1;
  const segment = (s: SegmentSource, active: boolean, deleted: boolean): SegmentRecord => ({
    kind: 'segment',
    id: segmentViewId(dirName, s.logFileName),
    partitionId,
    fileName: s.logFileName,
    baseOffset: s.baseOffset,
    nextOffset: s.nextOffset,
    sizeBytes: s.sizeBytes,
    recordCount: s.recordCount,
    active,
    deleted,
    indexBytes: s.indexBytes,
    timeIndexBytes: s.timeIndexBytes,
    largestTimestampMs: s.largestTimestampMs,
  });
  const files = log.files.map(
    (f): LogFileRecord => ({
      kind: 'file',
      id: fileViewId(dirName, f.name),
      partitionId,
      name: f.name,
      sizeBytes: f.sizeBytes,
    }),
  );
  return [
    partition,
    ...log.deletedSegments.map((s) => segment(s, false, true)),
    ...log.segments.map((s, i) => segment(s, i === last, false)),
    ...files,
  ];
}

export function buildRunView(run: RunViewSource): ViewRecord[] {
  const clock: ClockRecord = {
    kind: 'clock',
    id: CLOCK_ID,
    nowMs: run.nowMs,
    seed: run.seed,
    commandCount: run.commandCount,
  };
  const pageCache: PageCacheRecord = { kind: 'pageCache', id: PAGE_CACHE_ID, ...run.pageCache };
  const persistence: PersistenceRecord = { kind: 'persistence', id: PERSISTENCE_ID, ...run.persistence };
  return [clock, pageCache, persistence];
}
