/**
 * Reading a batch header and patching the two fields the broker stamps in place, without decoding
 * records: what the log layer needs to scan segments, assign offsets and check CRCs.
 */
import {
  ATTRIBUTES_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  TIMESTAMP_TYPE_MASK,
} from './batch-layout';
import { crc32c } from './crc32c';
import { CorruptRecordError } from './errors';
import { readInt64, writeInt64 } from './int64';
import type { RecordBatchHeader } from './types';

/** A DataView over exactly the caller's view, so positions are relative to `bytes[0]`. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Reads the 61-byte header of the batch at `position`. Throws {@link CorruptRecordError} if fewer than 61
 * bytes remain, the magic is not 2, or batchLength is too small for a header. It does not check that the
 * whole batch (`sizeInBytes`) is present, nor the CRC (see {@link verifyBatchCrc}).
 *
 * @example
 *   const h = readBatchHeader(segmentBytes, 0);
 *   const next = readBatchHeader(segmentBytes, h.sizeInBytes); // the following batch
 */
export function readBatchHeader(bytes: Uint8Array, position: number): RecordBatchHeader {
  return readHeaderFromView(viewOf(bytes), position);
}

/** {@link readBatchHeader} on a DataView the caller already has (the decoder reuses one per call). */
export function readHeaderFromView(view: DataView, position: number): RecordBatchHeader {
  checkHeaderAt(view, position);
  const baseOffset = readInt64(view, position);
  const batchLength = view.getInt32(position + BATCH_LENGTH_OFFSET);
  const lastOffsetDelta = view.getInt32(position + LAST_OFFSET_DELTA_OFFSET);
  return {
    baseOffset,
    batchLength,
    sizeInBytes: LOG_OVERHEAD + batchLength,
    partitionLeaderEpoch: view.getInt32(position + PARTITION_LEADER_EPOCH_OFFSET),
    magic: view.getInt8(position + MAGIC_OFFSET),
    crc: view.getUint32(position + CRC_OFFSET),
    attributes: view.getInt16(position + ATTRIBUTES_OFFSET),
    lastOffsetDelta,
    lastOffset: baseOffset + lastOffsetDelta,
    baseTimestamp: readInt64(view, position + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: readInt64(view, position + MAX_TIMESTAMP_OFFSET),
    producerId: readInt64(view, position + PRODUCER_ID_OFFSET),
    producerEpoch: view.getInt16(position + PRODUCER_EPOCH_OFFSET),
    baseSequence: view.getInt32(position + BASE_SEQUENCE_OFFSET),
    recordsCount: view.getInt32(position + RECORDS_COUNT_OFFSET),
  };
}

/** Guards shared by every header reader; the message names the problem and the byte. */
function checkHeaderAt(view: DataView, position: number): void {
  const remaining = view.byteLength - position;
  if (position < 0 || remaining < RECORD_BATCH_OVERHEAD) {
    throw new CorruptRecordError(
      `truncated record batch at byte ${position}: a header needs ${RECORD_BATCH_OVERHEAD} bytes, ${Math.max(remaining, 0)} remain`,
      position,
    );
  }
  const magic = view.getInt8(position + MAGIC_OFFSET);
  if (magic !== CURRENT_MAGIC) {
    throw new CorruptRecordError(
      `unsupported magic ${magic} at byte ${position + MAGIC_OFFSET} (batch at byte ${position}): only magic ${CURRENT_MAGIC} is supported`,
      position + MAGIC_OFFSET,
    );
  }
  const batchLength = view.getInt32(position + BATCH_LENGTH_OFFSET);
  if (batchLength < RECORD_BATCH_OVERHEAD - LOG_OVERHEAD) {
    throw new CorruptRecordError(
      `batchLength ${batchLength} at byte ${position + BATCH_LENGTH_OFFSET} is smaller than a batch header (${RECORD_BATCH_OVERHEAD - LOG_OVERHEAD})`,
      position + BATCH_LENGTH_OFFSET,
    );
  }
}

/**
 * True when the stored CRC equals CRC-32C of bytes 21..end of the batch at `position`. Throws
 * {@link CorruptRecordError} if the header is malformed or the batch is not wholly present.
 *
 * @example
 *   verifyBatchCrc(encodeRecordBatch(batch), 0); // true
 */
export function verifyBatchCrc(bytes: Uint8Array, position: number): boolean {
  const view = viewOf(bytes);
  const end = checkedBatchEnd(view, position);
  return view.getUint32(position + CRC_OFFSET) === crc32c(bytes, position + ATTRIBUTES_OFFSET, end);
}

/** End (exclusive) of the batch at `position`, after checking its header and that all of it is present. */
export function checkedBatchEnd(view: DataView, position: number): number {
  checkHeaderAt(view, position);
  const end = position + LOG_OVERHEAD + view.getInt32(position + BATCH_LENGTH_OFFSET);
  if (end > view.byteLength) {
    throw new CorruptRecordError(
      `truncated record batch at byte ${position}: it declares ${end - position} bytes, ${view.byteLength - position} remain`,
      position,
    );
  }
  return end;
}

/**
 * Overwrites the baseOffset of the batch at `position` in place, as the leader does on append (§1.5).
 * baseOffset is outside the CRC, so the batch stays valid.
 *
 * @example
 *   writeBaseOffset(batchBytes, 0, logEndOffset);
 */
export function writeBaseOffset(bytes: Uint8Array, position: number, baseOffset: number): void {
  if (!Number.isSafeInteger(baseOffset) || baseOffset < 0) {
    throw new RangeError(`baseOffset ${baseOffset} is not a non-negative safe integer`);
  }
  const view = viewOf(bytes);
  checkHeaderAt(view, position);
  writeInt64(view, position, baseOffset);
}

/**
 * Overwrites the partitionLeaderEpoch of the batch at `position` in place, as the leader stamps its epoch
 * on append (§1.5). The field is outside the CRC, so the batch stays valid.
 *
 * @example
 *   writePartitionLeaderEpoch(batchBytes, 0, leaderEpoch);
 */
export function writePartitionLeaderEpoch(bytes: Uint8Array, position: number, epoch: number): void {
  if (!Number.isInteger(epoch) || epoch < -1 || epoch > 0x7fffffff) {
    throw new RangeError(`partitionLeaderEpoch ${epoch} is not an int32 ≥ -1`);
  }
  const view = viewOf(bytes);
  checkHeaderAt(view, position);
  view.setInt32(position + PARTITION_LEADER_EPOCH_OFFSET, epoch);
}

/**
 * Kafka's `DefaultRecordBatch.setMaxTimestamp`, in place: sets the timestamp-type bit (LogAppendTime or
 * CreateTime) and maxTimestamp of the batch at `position`, then recomputes its CRC (both fields are
 * covered by it). Does nothing when neither changes, so the common CreateTime append keeps its CRC.
 *
 * @example
 *   writeMaxTimestamp(bytes, 0, readBatchHeader(bytes, 0), true, nowMs); // the broker's LogAppendTime
 */
export function writeMaxTimestamp(
  bytes: Uint8Array,
  position: number,
  header: RecordBatchHeader,
  logAppendTime: boolean,
  maxTimestamp: number,
): void {
  const attributes = logAppendTime
    ? header.attributes | TIMESTAMP_TYPE_MASK
    : header.attributes & ~TIMESTAMP_TYPE_MASK;
  if (attributes === header.attributes && maxTimestamp === header.maxTimestamp) return;
  const view = viewOf(bytes);
  checkHeaderAt(view, position);
  view.setInt16(position + ATTRIBUTES_OFFSET, attributes);
  writeInt64(view, position + MAX_TIMESTAMP_OFFSET, maxTimestamp);
  const end = position + header.sizeInBytes;
  view.setUint32(position + CRC_OFFSET, crc32c(bytes, position + ATTRIBUTES_OFFSET, end));
}
