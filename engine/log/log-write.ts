/**
 * Writing validated batches to a log (Kafka's `UnifiedLog.append` once offsets are assigned): the
 * leader-epoch cache, the segment.bytes check, roll-before-append (§2.6) and the active segment's
 * append (§2.4). The log moves its LEO afterwards.
 *
 * Page cache contract: everything that may meet an evicted chunk is touched before the first change.
 */
import { ensureResidentAt } from './file-records';
import type { Log } from './log';
import type { AnalyzedAppend } from './log-append';
import { effectiveSegmentMs } from './log-config';
import { recordBatchTooLarge } from './log-errors';
import type { LogAppendResult } from './log-types';
import type { RollReason } from './segment-types';

/**
 * Appends `bytes` (whose facts `info` holds) to `log`'s active segment, rolling first if §2.6 says so,
 * and reports it as a `records-appended` event. Throws RECORD_LIST_TOO_LARGE when the append could never
 * fit a segment.
 */
export function writeToActiveSegment(
  log: Log,
  bytes: Uint8Array,
  info: AnalyzedAppend,
  nowMs: number,
  origin: 'leader' | 'follower',
  logAppendTime: number,
): LogAppendResult {
  ensureActiveWritable(log);
  for (const { header } of info.batches) {
    if (header.partitionLeaderEpoch >= 0)
      log.maybeAssignEpochStartOffset(header.partitionLeaderEpoch, header.baseOffset);
  }
  const segmentBytes = log.config.segmentBytes;
  if (info.sizeInBytes > segmentBytes) throw recordBatchTooLarge(log.name, info.sizeInBytes, segmentBytes);
  const rolled = maybeRoll(log, info, nowMs);
  const segment = log.activeSegment;
  segment.append(info.lastOffset, info.maxTimestamp, info.offsetOfMaxTimestamp, bytes, nowMs);
  log.pushEvent({
    type: 'records-appended',
    baseOffset: info.firstOffset,
    lastOffset: info.lastOffset,
    sizeInBytes: info.sizeInBytes,
    segmentBaseOffset: segment.baseOffset,
    origin,
  });
  return {
    baseOffset: info.firstOffset,
    lastOffset: info.lastOffset,
    logAppendTime,
    maxTimestamp: info.maxTimestamp,
    sizeInBytes: info.sizeInBytes,
    recordCount: info.recordCount,
    logStartOffset: log.logStartOffset,
    segmentBaseOffset: segment.baseOffset,
    rolled,
  };
}

/** What an append of no batches reports. */
export function emptyAppendResult(log: Log): LogAppendResult {
  return {
    baseOffset: -1,
    lastOffset: -1,
    logAppendTime: -1,
    maxTimestamp: -1,
    sizeInBytes: 0,
    recordCount: 0,
    logStartOffset: log.logStartOffset,
    segmentBaseOffset: log.activeSegment.baseOffset,
    rolled: null,
  };
}

/** The active segment's files must be resident before an append changes anything. */
function ensureActiveWritable(log: Log): void {
  const active = log.activeSegment;
  ensureResidentAt(active.log);
  ensureResidentAt(active.offsetIndex.file);
  ensureResidentAt(active.timeIndex.file);
}

/** Kafka's `maybeRoll`: rolls to max(first incoming offset, LEO) when the active segment says so. */
function maybeRoll(log: Log, info: AnalyzedAppend, nowMs: number): RollReason | null {
  const reason = log.activeSegment.shouldRoll({
    maxSegmentMs: effectiveSegmentMs(log.config),
    maxSegmentBytes: log.config.segmentBytes,
    maxTimestampInMessages: info.maxTimestamp,
    maxOffsetInMessages: info.lastOffset,
    messagesSize: info.sizeInBytes,
    nowMs,
  });
  if (reason !== null) log.roll(nowMs, info.firstOffset, reason);
  return reason;
}
