/**
 * Reading a segment's `.log` without changing it: the batches a fetch returns (§2.5), the next offset, and
 * what truncation must know before it cuts (Kafka's `LogSegment.read`, `readNextOffset`,
 * `readLargestTimestamp`). Pure functions over the segment's files; they may throw ColdChunkError.
 */
import { readBatchHeader } from '../codec';
import type { ChunkedFile } from './chunked-file';
import { batchesFrom, type LogOffsetPosition } from './file-records';
import type { OffsetIndex } from './offset-index';
import type { SegmentRead } from './segment-types';
import type { TimeIndex, TimestampOffset } from './time-index';

/** Sum of recordsCount over the batches in `bytes`, and the last batch's last offset. */
export function summarizeBatches(bytes: Uint8Array): { recordCount: number; lastOffset: number } {
  let recordCount = 0;
  let lastOffset = -1;
  for (let position = 0; position < bytes.length; ) {
    const header = readBatchHeader(bytes, position);
    recordCount += header.recordsCount;
    lastOffset = header.lastOffset;
    position += header.sizeInBytes;
  }
  return { recordCount, lastOffset };
}

/**
 * Whole batches from `start` (the batch holding the fetch offset), at most `maxBytes` in total (at least
 * that first batch when `minOneMessage`), and only batches whose last offset is below `maxOffset`.
 */
export function readBatches(
  log: ChunkedFile,
  start: LogOffsetPosition,
  maxBytes: number,
  maxOffset: number,
  minOneMessage: boolean,
): SegmentRead {
  const limit = minOneMessage ? Math.max(maxBytes, start.size) : maxBytes;
  const batches: Array<{ position: number; baseOffset: number; lastOffset: number }> = [];
  let total = 0;
  for (const { position, header } of batchesFrom(log, start.position)) {
    if (header.lastOffset >= maxOffset || total + header.sizeInBytes > limit) break;
    batches.push({ position, baseOffset: header.baseOffset, lastOffset: header.lastOffset });
    total += header.sizeInBytes;
  }
  const bytes = total === 0 ? new Uint8Array(0) : log.readView(start.position, total);
  return { startPosition: start.position, bytes, batches };
}

/** Kafka's `readNextOffset`: one past the last batch's last offset, or `baseOffset` when empty. */
export function readNextOffset(log: ChunkedFile, offsetIndex: OffsetIndex, baseOffset: number): number {
  let next = baseOffset;
  const from = offsetIndex.entries === 0 ? 0 : offsetIndex.lookup(offsetIndex.lastOffset).position;
  for (const { header } of batchesFrom(log, from)) next = header.lastOffset + 1;
  return next;
}

/** Next offset and record count of the batches that start before byte `end`. */
export function summarizeBatchesBefore(
  log: ChunkedFile,
  baseOffset: number,
  end: number,
): { nextOffset: number; recordCount: number } {
  let nextOffset = baseOffset;
  let recordCount = 0;
  for (const { position, header } of batchesFrom(log)) {
    if (position >= end) break;
    nextOffset = header.lastOffset + 1;
    recordCount += header.recordsCount;
  }
  return { nextOffset, recordCount };
}

/**
 * Kafka's `readLargestTimestamp` as it will be after truncating to `offset` at byte `cutAt`: the last
 * surviving time-index entry, or a larger batch max timestamp found scanning after it.
 */
export function largestTimestampBefore(
  segment: { readonly log: ChunkedFile; readonly offsetIndex: OffsetIndex; readonly timeIndex: TimeIndex },
  baseOffset: number,
  offset: number,
  cutAt: number,
): TimestampOffset {
  const surviving = segment.timeIndex.allEntries().filter((e) => e.offset < offset);
  const lastEntry = surviving.at(-1) ?? { timestamp: -1, offset: baseOffset };
  const from = segment.offsetIndex.lookup(lastEntry.offset).position;
  let best = lastEntry;
  for (const { position, header } of batchesFrom(segment.log, from)) {
    if (position >= cutAt) break;
    if (header.maxTimestamp > best.timestamp)
      best = { timestamp: header.maxTimestamp, offset: header.lastOffset };
  }
  return best;
}
