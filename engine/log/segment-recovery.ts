/**
 * Kafka's `LogSegment.recover`, used when a log is loaded from its files alone: rebuild a segment's
 * indexes and bookkeeping from its `.log`, cutting the file at the first invalid batch (bad header or
 * CRC, cut short, or an offset that overflows the segment).
 */
import { CorruptRecordError, verifyBatchCrc } from '../codec';
import { type BatchRef, batchAt, batchesFrom } from './file-records';
import { LogSegment, type NewSegmentParams, type SegmentFiles } from './log-segment';
import { OffsetIndex, type OffsetPosition } from './offset-index';
import { TimeIndex, type TimestampOffset } from './time-index';

/** What recovery found while scanning a `.log`. */
interface Scan {
  validBytes: number;
  lastIndexEntry: number;
  offsetEntries: OffsetPosition[];
  timeEntries: TimestampOffset[];
  max: TimestampOffset;
  nextOffset: number;
  recordCount: number;
}

function scan(
  files: SegmentFiles,
  baseOffset: number,
  indexIntervalBytes: number,
  onBatch?: (ref: BatchRef) => void,
): Scan {
  const result: Scan = {
    validBytes: 0,
    lastIndexEntry: 0,
    offsetEntries: [],
    timeEntries: [],
    max: { timestamp: -1, offset: baseOffset },
    nextOffset: baseOffset,
    recordCount: 0,
  };
  const log = files.log;
  try {
    for (const ref of batchesFrom(log)) {
      const { header } = ref;
      const at = result.validBytes;
      if (at + header.sizeInBytes > log.size || !verifyBatchCrc(log.read(at, header.sizeInBytes), 0)) break;
      const relativeOffset = header.lastOffset - baseOffset;
      if (relativeOffset < 0 || relativeOffset > 0x7fffffff) break; // Kafka would split the segment; here it is cut
      if (header.maxTimestamp > result.max.timestamp)
        result.max = { timestamp: header.maxTimestamp, offset: header.lastOffset };
      // Same rule as appends (§2.4): bytes since the last indexed batch's start, strictly greater.
      if (at - result.lastIndexEntry > indexIntervalBytes) {
        result.offsetEntries.push({ offset: header.lastOffset, position: at });
        result.timeEntries.push(result.max);
        result.lastIndexEntry = at;
      }
      result.validBytes += header.sizeInBytes;
      result.nextOffset = header.lastOffset + 1;
      result.recordCount += header.recordsCount;
      onBatch?.(ref);
    }
  } catch (e) {
    if (!(e instanceof CorruptRecordError)) throw e;
  }
  return result;
}

/**
 * Recovers one segment over `files`: truncates the `.log` after its last valid batch, rewrites both
 * index files from scratch, appends the final time-index entry and trims the indexes as a closed segment
 * has them (the log re-allocates the active one's). `onBatch` sees each valid batch (the leader-epoch
 * cache is rebuilt from them). Returns the segment and the bytes cut.
 */
export function recoverSegment(
  files: SegmentFiles,
  params: NewSegmentParams,
  onBatch?: (ref: BatchRef) => void,
): { segment: LogSegment; truncatedBytes: number } {
  const { baseOffset, maxIndexBytes } = params;
  const found = scan(files, baseOffset, params.indexIntervalBytes, onBatch);
  const truncatedBytes = files.log.size - found.validBytes;
  if (truncatedBytes > 0) files.log.truncate(found.validBytes);
  for (const file of [files.offsetIndex, files.timeIndex]) if (file.size > 0) file.truncate(0);
  const offsetIndex = new OffsetIndex(files.offsetIndex, baseOffset, maxIndexBytes);
  for (const entry of found.offsetEntries) offsetIndex.append(entry.offset, entry.position);
  const timeIndex = new TimeIndex(files.timeIndex, baseOffset, maxIndexBytes);
  for (const entry of found.timeEntries) timeIndex.maybeAppend(entry.timestamp, entry.offset);
  timeIndex.maybeAppend(found.max.timestamp, found.max.offset, true);
  const segment = LogSegment.restore(
    {
      baseOffset,
      rollJitterMs: params.rollJitterMs,
      createdMs: params.nowMs,
      lastModifiedMs: params.nowMs,
      rollingBasedTimestamp: found.validBytes > 0 ? batchAt(files.log, 0).header.maxTimestamp : null,
      bytesSinceLastIndexEntry: 0,
      maxTimestampSoFar: found.max.timestamp,
      offsetOfMaxTimestampSoFar: found.max.offset,
      indexIntervalBytes: params.indexIntervalBytes,
      maxIndexBytes,
      offsetIndexCapacity: offsetIndex.entries,
      timeIndexCapacity: timeIndex.entries,
      offsetIndexLastOffset: offsetIndex.lastOffset,
      timeIndexLastEntry: timeIndex.lastEntry,
      nextOffset: found.nextOffset,
      recordCount: found.recordCount,
    },
    files,
  );
  return { segment, truncatedBytes };
}
