/**
 * Decoding consecutive magic-2 batches (KAFKA-REFERENCE §1.4 decoding rules). Each batch's CRC is checked
 * before its records are parsed, so corrupt bytes are reported as a CRC error rather than as whatever
 * nonsense the record parser would make of them.
 *
 * Keys, values and header values never alias the caller's buffer: segment chunks are mutable
 * (truncation, in-place offset stamping) and a decoded record must not change under its reader. Each
 * batch's records area is copied once and the fields are disjoint views of that private copy:
 * allocating a buffer per field costs ~400 ns for anything over 64 bytes (V8 then allocates off-heap),
 * a view ~20 ns. WARNING: so a field's `.buffer` is its whole batch copy; use `byteOffset` and `length`,
 * or `slice()` a field to keep it without retaining the rest of its batch.
 */

import { checkedBatchEnd, readHeaderFromView, viewOf } from './batch-header';
import {
  ATTRIBUTES_OFFSET,
  COMPRESSION_CODEC_MASK,
  CRC_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  TIMESTAMP_TYPE_MASK,
} from './batch-layout';
import { crc32c } from './crc32c';
import { CorruptRecordError } from './errors';
import { corrupt, RecordReader } from './record-reader';
import type { DecodedRecord, DecodedRecordBatch, RecordBatchHeader } from './types';

/**
 * Decodes every batch in `bytes` (e.g. a segment file's contents), in order. `bytes` may be a view into a
 * larger buffer; positions in errors are relative to `bytes[0]`. Throws {@link CorruptRecordError} on a
 * CRC mismatch (message contains "CRC"), truncation, an unsupported magic or compression codec, or
 * records inconsistent with their sizes.
 *
 * @example
 *   const [batch] = decodeRecordBatches(encodeRecordBatch({ baseOffset: 7, records }));
 *   batch.records[0].offset; // 7
 */
export function decodeRecordBatches(bytes: Uint8Array): DecodedRecordBatch[] {
  const view = viewOf(bytes);
  const batches: DecodedRecordBatch[] = [];
  let position = 0;
  while (position < bytes.length) {
    const end = checkedBatchEnd(view, position);
    const header = readHeaderFromView(view, position);
    checkCrcAndCodec(bytes, position, end, header);
    batches.push({
      baseOffset: header.baseOffset,
      batchLength: header.batchLength,
      partitionLeaderEpoch: header.partitionLeaderEpoch,
      magic: header.magic,
      crc: header.crc,
      attributes: header.attributes,
      lastOffsetDelta: header.lastOffsetDelta,
      baseTimestamp: header.baseTimestamp,
      maxTimestamp: header.maxTimestamp,
      producerId: header.producerId,
      producerEpoch: header.producerEpoch,
      baseSequence: header.baseSequence,
      records: decodeRecords(bytes, position, end, header),
    });
    position = end;
  }
  return batches;
}

function checkCrcAndCodec(bytes: Uint8Array, position: number, end: number, header: RecordBatchHeader): void {
  const actualCrc = crc32c(bytes, position + ATTRIBUTES_OFFSET, end);
  if (actualCrc !== header.crc) {
    throw new CorruptRecordError(
      `record batch at byte ${position} is corrupt: stored CRC ${header.crc} but CRC-32C of bytes ${position + ATTRIBUTES_OFFSET}..${end} is ${actualCrc}`,
      position + CRC_OFFSET,
    );
  }
  const codec = header.attributes & COMPRESSION_CODEC_MASK;
  if (codec !== 0) {
    throw new CorruptRecordError(
      `record batch at byte ${position} uses compression codec ${codec}; only uncompressed batches are decoded`,
      position + ATTRIBUTES_OFFSET,
    );
  }
}

/** Parses the records of the batch at `[position, end)`; they must fill the records area exactly. */
function decodeRecords(
  bytes: Uint8Array,
  position: number,
  end: number,
  header: RecordBatchHeader,
): DecodedRecord[] {
  const count = header.recordsCount;
  if (count < 0) throw corrupt(`negative recordsCount ${count}`, position + RECORDS_COUNT_OFFSET);
  const { baseOffset, baseTimestamp, maxTimestamp } = header;
  const logAppendTime = (header.attributes & TIMESTAMP_TYPE_MASK) !== 0;
  const reader = new RecordReader(bytes, position + RECORD_BATCH_OVERHEAD, end);
  const records: DecodedRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (reader.position >= end)
      throw corrupt(`batch declares ${count} records but ends after ${i}`, reader.position);
    const length = reader.varint(end);
    const bodyStart = reader.position;
    const recordEnd = bodyStart + length;
    if (length < 0 || recordEnd > end) {
      throw corrupt(`record ${i} claims ${length} bytes, past the batch end ${end}`, bodyStart);
    }
    reader.position++; // record attributes: none are defined
    const timestampDelta = reader.varlong(recordEnd);
    const offsetDelta = reader.varint(recordEnd);
    const key = reader.bytesField(recordEnd);
    const value = reader.bytesField(recordEnd);
    const headers = reader.headers(recordEnd);
    if (reader.position !== recordEnd) {
      throw corrupt(
        `record ${i} declares ${length} bytes but its fields take ${reader.position - bodyStart}`,
        bodyStart,
      );
    }
    records.push({
      offset: baseOffset + offsetDelta,
      timestamp: logAppendTime ? maxTimestamp : baseTimestamp + timestampDelta,
      key,
      value,
      headers,
    });
  }
  if (reader.position !== end) {
    throw corrupt(
      `${end - reader.position} bytes remain after the batch's ${count} records`,
      reader.position,
    );
  }
  return records;
}
