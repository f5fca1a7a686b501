/**
 * Reading batches out of a `.log` file by their headers (Kafka's `FileRecords`): walk the 61-byte
 * headers without decoding records, find the batch holding an offset.
 */
import { RECORD_BATCH_OVERHEAD, type RecordBatchHeader, readBatchHeader } from '../codec';
import { type ChunkedFile, ColdChunkError } from './chunked-file';

/** A batch's header and where it starts in its file. */
export interface BatchRef {
  readonly position: number;
  readonly header: RecordBatchHeader;
}

/**
 * The header of the batch at `position`. Throws the codec's CorruptRecordError on bad bytes and
 * ColdChunkError when the page cache evicted the chunk.
 */
export function batchAt(file: ChunkedFile, position: number): BatchRef {
  return { position, header: readBatchHeader(file.read(position, RECORD_BATCH_OVERHEAD), 0) };
}

/**
 * Every batch from `startPosition` to the end of the file, in order.
 *
 * @example
 *   for (const { position, header } of batchesFrom(segment.log)) console.log(position, header.lastOffset);
 */
export function* batchesFrom(file: ChunkedFile, startPosition = 0): Generator<BatchRef> {
  let position = startPosition;
  while (position < file.size) {
    const ref = batchAt(file, position);
    yield ref;
    position += ref.header.sizeInBytes;
  }
}

/** Kafka's `LogOffsetPosition`: the batch found for an offset. */
export interface LogOffsetPosition {
  /** The batch's last offset. */
  readonly offset: number;
  readonly position: number;
  readonly size: number;
}

/**
 * Kafka's `searchForOffsetWithSize`: scanning from `startPosition`, the first batch whose last offset is
 * ≥ target (it holds the target, or the target fell in a compaction gap before it), or null.
 */
export function searchForOffsetWithSize(
  file: ChunkedFile,
  targetOffset: number,
  startPosition: number,
): LogOffsetPosition | null {
  // Hot path (every fetch at a log's tail scans up to index.interval.bytes of batches): read just the
  // three fields it needs, in place. A header that does not look sane goes through batchAt, which
  // throws the codec's CorruptRecordError as before.
  let position = startPosition;
  while (position < file.size) {
    if (position + RECORD_BATCH_OVERHEAD > file.size) return searchSlowly(file, targetOffset, position);
    const size = LOG_OVERHEAD + file.readInt32(position + BATCH_LENGTH_OFFSET);
    if (size < RECORD_BATCH_OVERHEAD || position + size > file.size)
      return searchSlowly(file, targetOffset, position);
    const baseOffset = file.readInt32(position) * 2 ** 32 + (file.readInt32(position + 4) >>> 0);
    const lastOffset = baseOffset + file.readInt32(position + LAST_OFFSET_DELTA_OFFSET);
    if (lastOffset >= targetOffset) return { offset: lastOffset, position, size };
    position += size;
  }
  return null;
}

/** Byte positions inside a v2 batch header (KAFKA-REFERENCE §1.1). */
const BATCH_LENGTH_OFFSET = 8;
const LOG_OVERHEAD = 12;
const LAST_OFFSET_DELTA_OFFSET = 23;

function searchSlowly(
  file: ChunkedFile,
  targetOffset: number,
  startPosition: number,
): LogOffsetPosition | null {
  for (const { position, header } of batchesFrom(file, startPosition)) {
    if (header.lastOffset >= targetOffset)
      return { offset: header.lastOffset, position, size: header.sizeInBytes };
  }
  return null;
}

/** The largest batch max timestamp at or after `startPosition` and the last offset of its batch. */
export function largestTimestampAfter(
  file: ChunkedFile,
  startPosition: number,
): { timestamp: number; offset: number } {
  let timestamp = -1;
  let offset = -1;
  for (const { header } of batchesFrom(file, startPosition)) {
    if (header.maxTimestamp > timestamp) {
      timestamp = header.maxTimestamp;
      offset = header.lastOffset;
    }
  }
  return { timestamp, offset };
}

/**
 * Throws the page cache's ColdChunkError if the chunk that a write or truncation at `position` (default:
 * the end of the file) would touch is evicted. Log operations call this before mutating anything, so a
 * cold chunk aborts them cleanly and the host can load the chunk and retry.
 */
export function ensureResidentAt(file: ChunkedFile, position: number = file.size): void {
  if (position % file.chunkBytes === 0) return; // touches no partly-written chunk
  const chunk = Math.floor(position / file.chunkBytes);
  if (chunk < file.chunkCount && !file.isResident(chunk)) throw new ColdChunkError(file, chunk);
}
