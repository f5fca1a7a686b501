/**
 * Which segments retention may delete (KAFKA-REFERENCE §3.3, Kafka's `UnifiedLog.deleteOldSegments` and
 * `LocalLog.deletableSegments`): pure functions over the segment list, so the rules can be read — and
 * tested — apart from the file handling that follows a decision.
 */
import type { Log } from './log';
import { isDeleteEnabled } from './log-config';
import type { SegmentDeletionReason } from './log-events';
import type { LogSegment } from './log-segment';

/** A segment retention chose, and why. */
export interface DeletableSegment {
  readonly segment: LogSegment;
  readonly reason: SegmentDeletionReason;
}

/** Decides one segment; null means "no", which stops the walk. */
export type RetentionPredicate = (
  segment: LogSegment,
  next: LogSegment | undefined,
) => SegmentDeletionReason | null;

/**
 * Walks segments oldest first and stops at the first "no". A segment qualifies when the high watermark
 * is at or above its upper bound (next segment's base offset, or the LEO for the last) — checked first,
 * so the size rule's running total only moves for segments the HW allows — then the predicate says yes,
 * and it is not the last segment while empty.
 */
export function deletableSegments(
  segments: readonly LogSegment[],
  logEndOffset: number,
  highWatermark: number,
  predicate: RetentionPredicate,
): DeletableSegment[] {
  const deletable: DeletableSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as LogSegment;
    const next = segments[i + 1];
    const upperBound = next?.baseOffset ?? logEndOffset;
    if (highWatermark < upperBound) break;
    const reason = predicate(segment, next);
    const isLastSegmentAndEmpty = next === undefined && segment.size === 0;
    if (reason === null || isLastSegmentAndEmpty) break;
    deletable.push({ segment, reason });
  }
  return deletable;
}

/** `retention.ms`: the segment's newest record is older than the limit (`now − largestTimestamp > retention.ms`). */
export function retentionMsPredicate(nowMs: number, retentionMs: number): RetentionPredicate {
  return (segment) => {
    const largestTimestamp = segment.largestTimestamp;
    return nowMs - largestTimestamp > retentionMs
      ? { kind: 'retention.ms', largestTimestamp, nowMs, retentionMs }
      : null;
  };
}

/**
 * `retention.bytes`: starting from `diff = logSize − retention.bytes`, a segment goes if it fits in what
 * is left of the excess (`diff − size ≥ 0`), so the log is trimmed in whole segments only. Null when the
 * rule does not apply (unlimited, or the log is under the limit).
 */
export function retentionSizePredicate(
  logSizeBytes: number,
  retentionBytes: number,
): RetentionPredicate | null {
  if (retentionBytes < 0 || logSizeBytes < retentionBytes) return null;
  let diff = logSizeBytes - retentionBytes;
  return (segment) => {
    const segmentSizeBytes = segment.size;
    if (diff - segmentSizeBytes < 0) return null;
    diff -= segmentSizeBytes;
    return { kind: 'retention.bytes', logSizeBytes, retentionBytes, segmentSizeBytes };
  };
}

/** Start-offset rule: the next segment begins at or below the log start offset. */
export function logStartOffsetPredicate(logStartOffset: number): RetentionPredicate {
  return (_segment, next) =>
    next !== undefined && next.baseOffset <= logStartOffset
      ? { kind: 'log start offset', logStartOffset, nextSegmentBaseOffset: next.baseOffset }
      : null;
}

/**
 * Kafka's `UnifiedLog.deleteOldSegments` on `log` at `nowMs`: the start-offset rule, then — if
 * cleanup.policy includes delete — size, then time, each walk on what the previous left. Returns the
 * number of segments deleted.
 */
export function deleteOldSegments(log: Log, nowMs: number): number {
  const config = log.config;
  let deleted = deleteMatching(log, logStartOffsetPredicate(log.logStartOffset), nowMs);
  if (!isDeleteEnabled(config)) return deleted;
  deleted += deleteMatching(log, retentionSizePredicate(log.size, config.retentionBytes), nowMs);
  if (config.retentionMs >= 0)
    deleted += deleteMatching(log, retentionMsPredicate(nowMs, config.retentionMs), nowMs);
  return deleted;
}

/**
 * Kafka's `deleteSegments`: if every segment would go, roll an empty one at the LEO first; then move the
 * log start offset to the segment after the last one deleted and only then remove the segments, in that
 * order (so the event stream reads like the broker's log: "Incremented log start offset to 10 due to
 * SegmentDeletion", then "Deleting segments …"); last, the producer snapshots named after every segment
 * found deletable become `.snapshot.deleted` (`deleteProducerSnapshots(deletable, asyncDelete = true)`).
 */
function deleteMatching(log: Log, predicate: RetentionPredicate | null, nowMs: number): number {
  if (predicate === null) return 0;
  const deletable = deletableSegments(log.segments, log.logEndOffset, log.highWatermark, predicate);
  if (deletable.length === 0) return 0;
  let toDelete = deletable;
  if (deletable.length === log.segments.length) {
    const rolled = log.roll(nowMs, undefined, 'retention');
    if (deletable.at(-1)?.segment.baseOffset === rolled.baseOffset) toDelete = deletable.slice(0, -1);
  }
  const last = toDelete.at(-1)?.segment;
  if (last !== undefined) {
    const next = log.segments[log.segments.indexOf(last) + 1] as LogSegment;
    log.maybeIncrementLogStartOffset(next.baseOffset, 'segment deletion');
    log.removeAndDeleteSegments(toDelete, nowMs);
  }
  log.deleteProducerSnapshots(
    deletable.map((d) => d.segment),
    nowMs,
  );
  return deletable.length;
}
