/**
 * Describes a live {@link Log} in the plain terms of {@link LogViewSource}. Reads sizes and offsets
 * only, never file bytes, so it never needs a cold chunk.
 *
 * Sizes are what `ls -l` on a broker shows: an active segment's `.index`/`.timeindex` are
 * pre-allocated to `segment.index.bytes` (10 MiB by default) and trimmed when the segment rolls.
 */
import { DELETED_FILE_SUFFIX, parseSegmentFileName, segmentFileName } from '../log/file-names';
import type { Log } from '../log/log';
import type { LogSegment } from '../log/log-segment';
import type { LogViewSource, SegmentSource } from '../view/log-view';

export interface LogPlacement {
  readonly brokerId: number;
  /** The broker's `log.dirs` entry, e.g. `/tmp/kafka-logs`. */
  readonly logDir: string;
  /** The broker's `log.retention.check.interval.ms`. */
  readonly retentionCheckIntervalMs: number;
  /** When the log manager next checks retention (−1: never). */
  readonly nextRetentionCheckMs: number;
}

export function describeLog(log: Log, where: LogPlacement): LogViewSource {
  const live = log.segments;
  const active = log.activeSegment;
  // ls -l sizes: pre-allocated index files for the active segment.
  const allocated = new Map<string, number>([
    [fileName(active, 'index'), active.offsetIndex.allocatedBytes],
    [fileName(active, 'timeindex'), active.timeIndex.allocatedBytes],
  ]);
  const files = log.files().map(({ name, file }) => ({ name, sizeBytes: allocated.get(name) ?? file.size }));
  const sizeOf = new Map(files.map((f) => [f.name, f.sizeBytes]));

  const deletedBases = files
    .map((f) => parseSegmentFileName(f.name))
    .filter((p) => p !== null && p.kind === 'log' && p.extraSuffix === DELETED_FILE_SUFFIX)
    .map((p) => p?.baseOffset ?? 0)
    .sort((a, b) => a - b);
  // Offsets are contiguous in a delete-policy log, so a segment ends where the next one (deleted or live) starts.
  const allBases = [...deletedBases, ...live.map((s) => s.baseOffset)].sort((a, b) => a - b);
  const nextBase = (base: number) => allBases.find((b) => b > base) ?? log.logEndOffset;

  const segments: SegmentSource[] = live.map((s, i) => {
    const nextOffset = i === live.length - 1 ? log.logEndOffset : (live[i + 1] as LogSegment).baseOffset;
    return {
      baseOffset: s.baseOffset,
      nextOffset,
      recordCount: nextOffset - s.baseOffset,
      logFileName: fileName(s, 'log'),
      sizeBytes: s.size,
      indexBytes: sizeOf.get(fileName(s, 'index')) ?? 0,
      timeIndexBytes: sizeOf.get(fileName(s, 'timeindex')) ?? 0,
      largestTimestampMs: s.maxTimestampSoFar,
    };
  });
  const deletedSegments: SegmentSource[] = deletedBases.map((base) => {
    const nextOffset = nextBase(base);
    const deleted = (kind: 'log' | 'index' | 'timeindex') => segmentFileName(base, kind, DELETED_FILE_SUFFIX);
    return {
      baseOffset: base,
      nextOffset,
      recordCount: nextOffset - base,
      logFileName: deleted('log'),
      sizeBytes: sizeOf.get(deleted('log')) ?? 0,
      indexBytes: sizeOf.get(deleted('index')) ?? 0,
      timeIndexBytes: sizeOf.get(deleted('timeindex')) ?? 0,
      largestTimestampMs: -1,
    };
  });

  const c = log.config;
  return {
    topic: log.topic,
    partition: log.partition,
    brokerId: where.brokerId,
    logDir: where.logDir,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
    config: {
      segmentBytes: c.segmentBytes,
      segmentMs: c.segmentMs,
      retentionMs: c.retentionMs,
      retentionBytes: c.retentionBytes,
      fileDeleteDelayMs: c.fileDeleteDelayMs,
      retentionCheckIntervalMs: where.retentionCheckIntervalMs,
    },
    schedule: {
      nextRetentionCheckMs: where.nextRetentionCheckMs,
      nextFileDeletionMs: log.nextFileDeletionDueMs() ?? -1,
    },
    segments,
    deletedSegments,
    files,
  };
}

function fileName(segment: LogSegment, kind: 'log' | 'index' | 'timeindex'): string {
  return segmentFileName(segment.baseOffset, kind);
}
