/**
 * Reading a log by offset (KAFKA-REFERENCE §2.5, Kafka's `UnifiedLog.read` + `LocalLog.read`): the
 * errors and the empty-at-the-cap rule, whole batches from one segment per read.
 */
import { type DecodedRecord, type DecodedRecordBatch, decodeRecordBatches } from '../codec';
import { offsetAboveLogEnd, offsetBelowLogStart } from './log-errors';
import type { LogSegment } from './log-segment';

/** How far a read may go: consumers read below the high watermark, followers up to the log end offset. */
export type ReadCap = 'highWatermark' | 'logEndOffset';

export interface ReadOptions {
  /** Byte budget; whole batches only. */
  readonly maxBytes: number;
  readonly upTo: ReadCap;
  /** Return the first batch even if it exceeds maxBytes (Kafka's `minOneMessage`, true for fetches). */
  readonly minOneMessage?: boolean;
  /** Also decode the batches (costs a CRC check and a parse per batch). */
  readonly decode?: boolean;
}

/** A batch returned by a read, located in its segment. */
export interface FetchedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly sizeInBytes: number;
  readonly segmentBaseOffset: number;
  readonly position: number;
}

export interface LogReadResult {
  readonly fetchOffset: number;
  /**
   * The batches' bytes exactly as stored (what a fetch response carries). Read-only: when they lie in
   * one chunk this is a view of the segment file (zero-copy, as Kafka's sendfile); copy before mutating
   * or transferring it.
   */
  readonly records: Uint8Array;
  readonly batches: readonly FetchedBatch[];
  /** Present when `decode` was asked for. Records below fetchOffset are included, as Kafka sends them. */
  readonly decoded?: readonly DecodedRecordBatch[];
  readonly highWatermark: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
}

/** The offsets a read is checked against. */
export interface ReadBounds {
  readonly partition: string;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
}

/** Index of the segment with the greatest base offset ≤ offset, or −1 (Kafka's `floorSegment`). */
export function floorSegmentIndex(segments: readonly LogSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as LogSegment).baseOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Reads from `fetchOffset`. OFFSET_OUT_OF_RANGE below the log start offset or above the log end offset;
 * an empty result at or above the cap (HW or LEO) — fetching exactly at the HW is how a caught-up
 * consumer waits, not an error. Data comes from one segment only, as in Kafka: the next read continues
 * in the next segment.
 */
export function readLog(
  segments: readonly LogSegment[],
  bounds: ReadBounds,
  fetchOffset: number,
  options: ReadOptions,
): LogReadResult {
  const { partition, logStartOffset, logEndOffset, highWatermark } = bounds;
  if (fetchOffset < logStartOffset) throw offsetBelowLogStart(fetchOffset, partition, logStartOffset);
  const first = floorSegmentIndex(segments, fetchOffset);
  if (fetchOffset > logEndOffset || first < 0) throw offsetAboveLogEnd(fetchOffset, partition, logEndOffset);
  const cap = options.upTo === 'highWatermark' ? highWatermark : logEndOffset;
  const empty: LogReadResult = {
    fetchOffset,
    records: new Uint8Array(0),
    batches: [],
    ...(options.decode === true ? { decoded: [] } : {}),
    highWatermark,
    logStartOffset,
    logEndOffset,
  };
  if (fetchOffset >= cap) return empty;
  for (let i = first; i < segments.length; i++) {
    const segment = segments[i] as LogSegment;
    const read = segment.read(fetchOffset, options.maxBytes, cap, options.minOneMessage ?? true);
    if (read === null) continue;
    const batches = read.batches.map((b, k) => ({
      baseOffset: b.baseOffset,
      lastOffset: b.lastOffset,
      sizeInBytes: (read.batches[k + 1]?.position ?? read.startPosition + read.bytes.length) - b.position,
      segmentBaseOffset: segment.baseOffset,
      position: b.position,
    }));
    return {
      ...empty,
      records: read.bytes,
      batches,
      ...(options.decode === true ? { decoded: decodeRecordBatches(read.bytes) } : {}),
    };
  }
  return empty;
}

/** A decoded record with the batch facts a records view shows next to it. */
export interface LogRecord extends DecodedRecord {
  readonly batchBaseOffset: number;
  readonly partitionLeaderEpoch: number;
  readonly segmentBaseOffset: number;
}

/**
 * Up to `maxRecords` decoded records with offset ≥ `fromOffset` (clamped into the log), across segments
 * — the records cursor of the partition view. Compaction gaps are skipped silently.
 */
export function readRecords(
  segments: readonly LogSegment[],
  bounds: ReadBounds,
  fromOffset: number,
  maxRecords: number,
  upTo: ReadCap = 'logEndOffset',
): LogRecord[] {
  const out: LogRecord[] = [];
  let offset = Math.max(fromOffset, bounds.logStartOffset);
  const cap = upTo === 'highWatermark' ? bounds.highWatermark : bounds.logEndOffset;
  while (out.length < maxRecords && offset < cap) {
    const result = readLog(segments, bounds, offset, { maxBytes: 256 * 1024, upTo, decode: true });
    const decoded = result.decoded ?? [];
    const lastBatch = result.batches.at(-1);
    // Empty: the next batch reaches the cap (readLog already moves on past segments with nothing left).
    if (lastBatch === undefined) break;
    decoded.forEach((batch, i) => {
      const segmentBaseOffset = result.batches[i]?.segmentBaseOffset ?? -1;
      for (const record of batch.records) {
        if (record.offset < offset || out.length >= maxRecords) continue;
        out.push({
          ...record,
          batchBaseOffset: batch.baseOffset,
          partitionLeaderEpoch: batch.partitionLeaderEpoch,
          segmentBaseOffset,
        });
      }
    });
    offset = lastBatch.lastOffset + 1;
  }
  return out;
}
