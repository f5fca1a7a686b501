/**
 * Encoding an uncompressed magic-2 record batch (KAFKA-REFERENCE §1.1–1.4). Two passes: the first sizes
 * every record (and validates), the second writes into one buffer allocated at the exact size; then the
 * CRC-32C of bytes 21..end goes in at byte 17.
 */
import {
  ATTRIBUTES_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  COMPRESSION_CODEC_MASK,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  NO_PARTITION_LEADER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  NO_TIMESTAMP,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
} from './batch-layout';
import { crc32c } from './crc32c';
import { writeInt64 } from './int64';
import type { RecordBatchInput, RecordHeader, RecordInput } from './types';
import { utf8Length, writeUtf8 } from './utf8';
import { sizeOfVarint, sizeOfVarlong, writeVarint, writeVarlong } from './varint';

/**
 * Body sizes from the sizing pass, reused by the writing pass. Module-level scratch is safe: encoding is
 * synchronous and never re-entered.
 */
let bodySizes = new Int32Array(1024);

/**
 * Encodes one uncompressed magic-2 batch. Offsets run baseOffset, +1, +2, … unless records carry an
 * explicit `offsetDelta`; baseTimestamp is the first record's timestamp and maxTimestamp the largest
 * (both −1 for no records) unless overridden; omitted producer fields and leader epoch are −1.
 *
 * @example
 *   const bytes = encodeRecordBatch({
 *     baseOffset: 0,
 *     records: [{ timestamp: 1700000000000, key: null, value: new TextEncoder().encode('hello') }],
 *   }); // 73 bytes, CRC 3863061579 (KAFKA-REFERENCE §1.8 Example A)
 */
export function encodeRecordBatch(batch: RecordBatchInput): Uint8Array {
  const records = batch.records;
  const count = records.length;
  const attributes = batch.attributes ?? 0;
  checkBatchFields(batch, attributes);
  const baseTimestamp =
    batch.baseTimestamp ?? (count > 0 ? (records[0] as RecordInput).timestamp : NO_TIMESTAMP);
  if (bodySizes.length < count) bodySizes = new Int32Array(Math.max(count, bodySizes.length * 2));
  const sizes = bodySizes;

  let size = RECORD_BATCH_OVERHEAD;
  let maxTimestamp = NO_TIMESTAMP;
  let lastDelta = -1;
  for (let i = 0; i < count; i++) {
    const record = records[i] as RecordInput;
    const timestamp = record.timestamp;
    if (!Number.isSafeInteger(timestamp))
      throw new RangeError(`record ${i}: timestamp ${timestamp} is not a safe integer`);
    if (i === 0 || timestamp > maxTimestamp) maxTimestamp = timestamp;
    const offsetDelta = record.offsetDelta ?? i;
    if (offsetDelta !== i) checkOffsetDelta(offsetDelta, lastDelta, i);
    lastDelta = offsetDelta;
    const body = recordBodySize(record, timestamp - baseTimestamp, offsetDelta);
    sizes[i] = body;
    size += sizeOfVarint(body) + body;
  }
  if (size > 0x7fffffff) throw new RangeError(`record batch of ${size} bytes exceeds the int32 batch length`);
  const lastOffsetDelta = batch.lastOffsetDelta ?? Math.max(lastDelta, 0);
  if (!isInt32(lastOffsetDelta) || lastOffsetDelta < lastDelta) {
    throw new RangeError(
      `lastOffsetDelta ${lastOffsetDelta} is below the last record's offsetDelta ${lastDelta}`,
    );
  }

  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  writeBatchHeader(view, batch, {
    batchLength: size - LOG_OVERHEAD,
    attributes,
    lastOffsetDelta,
    baseTimestamp,
    maxTimestamp: batch.maxTimestamp ?? maxTimestamp,
  });

  let p = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < count; i++) {
    const record = records[i] as RecordInput;
    p = writeVarint(bytes, p, sizes[i] as number);
    bytes[p++] = 0; // record attributes: none are defined
    p = writeVarlong(bytes, p, record.timestamp - baseTimestamp);
    p = writeVarint(bytes, p, record.offsetDelta ?? i);
    p = writeBytesField(bytes, p, record.key);
    p = writeBytesField(bytes, p, record.value);
    p = writeHeaders(bytes, p, record.headers);
  }
  view.setUint32(CRC_OFFSET, crc32c(bytes, ATTRIBUTES_OFFSET, size));
  return bytes;
}

/** Header fields the encoder derives rather than copies from the input. */
interface DerivedHeaderFields {
  batchLength: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
}

/** Writes the 61-byte header except the CRC, which needs the records written first. */
function writeBatchHeader(view: DataView, batch: RecordBatchInput, derived: DerivedHeaderFields): void {
  writeInt64(view, 0, batch.baseOffset);
  view.setInt32(BATCH_LENGTH_OFFSET, derived.batchLength);
  view.setInt32(PARTITION_LEADER_EPOCH_OFFSET, batch.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH);
  view.setInt8(MAGIC_OFFSET, CURRENT_MAGIC);
  view.setInt16(ATTRIBUTES_OFFSET, derived.attributes);
  view.setInt32(LAST_OFFSET_DELTA_OFFSET, derived.lastOffsetDelta);
  writeInt64(view, BASE_TIMESTAMP_OFFSET, derived.baseTimestamp);
  writeInt64(view, MAX_TIMESTAMP_OFFSET, derived.maxTimestamp);
  writeInt64(view, PRODUCER_ID_OFFSET, batch.producerId ?? NO_PRODUCER_ID);
  view.setInt16(PRODUCER_EPOCH_OFFSET, batch.producerEpoch ?? NO_PRODUCER_EPOCH);
  view.setInt32(BASE_SEQUENCE_OFFSET, batch.baseSequence ?? NO_SEQUENCE);
  view.setInt32(RECORDS_COUNT_OFFSET, batch.records.length);
}

/**
 * Exact encoded size of a batch of these records, for roll checks before encoding (§2.6). Same defaults
 * as {@link encodeRecordBatch}, with an optional baseTimestamp override.
 *
 * @example
 *   recordBatchSizeInBytes([{ timestamp: 0, key: null, value: null }]); // 61 + 8
 */
export function recordBatchSizeInBytes(records: readonly RecordInput[], baseTimestamp?: number): number {
  const count = records.length;
  const base = baseTimestamp ?? (count > 0 ? (records[0] as RecordInput).timestamp : NO_TIMESTAMP);
  let size = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < count; i++) {
    const record = records[i] as RecordInput;
    const body = recordBodySize(record, record.timestamp - base, record.offsetDelta ?? i);
    size += sizeOfVarint(body) + body;
  }
  return size;
}

/** §1.4: attributes + timestampDelta + offsetDelta + key + value + headers (everything after length). */
function recordBodySize(record: RecordInput, timestampDelta: number, offsetDelta: number): number {
  return (
    1 +
    sizeOfVarlong(timestampDelta) +
    sizeOfVarint(offsetDelta) +
    bytesFieldSize(record.key) +
    bytesFieldSize(record.value) +
    headersSize(record.headers)
  );
}

function bytesFieldSize(field: Uint8Array | null): number {
  return field === null ? 1 : sizeOfVarint(field.length) + field.length;
}

function headersSize(headers: readonly RecordHeader[] | undefined): number {
  if (headers === undefined) return 1;
  let size = sizeOfVarint(headers.length);
  for (const header of headers) {
    const keyBytes = utf8Length(header.key);
    size += sizeOfVarint(keyBytes) + keyBytes + bytesFieldSize(header.value);
  }
  return size;
}

function writeBytesField(bytes: Uint8Array, position: number, field: Uint8Array | null): number {
  if (field === null) {
    bytes[position] = 1; // varint −1: null
    return position + 1;
  }
  const p = writeVarint(bytes, position, field.length);
  const n = field.length;
  // TypedArray.set costs more than it saves for a short key or value.
  if (n < 64) for (let i = 0; i < n; i++) bytes[p + i] = field[i] as number;
  else bytes.set(field, p);
  return p + n;
}

function writeHeaders(
  bytes: Uint8Array,
  position: number,
  headers: readonly RecordHeader[] | undefined,
): number {
  if (headers === undefined) {
    bytes[position] = 0; // varint 0: no headers
    return position + 1;
  }
  let p = writeVarint(bytes, position, headers.length);
  for (const header of headers) {
    p = writeVarint(bytes, p, utf8Length(header.key));
    p = writeUtf8(bytes, p, header.key);
    p = writeBytesField(bytes, p, header.value);
  }
  return p;
}

function checkOffsetDelta(offsetDelta: number, previous: number, index: number): void {
  if (!isInt32(offsetDelta) || offsetDelta <= previous) {
    throw new RangeError(
      `record ${index}: offsetDelta ${offsetDelta} must be an int32 above the previous (${previous})`,
    );
  }
}

function checkBatchFields(batch: RecordBatchInput, attributes: number): void {
  if (!Number.isSafeInteger(batch.baseOffset) || batch.baseOffset < 0) {
    throw new RangeError(`baseOffset ${batch.baseOffset} is not a non-negative safe integer`);
  }
  if ((attributes & COMPRESSION_CODEC_MASK) !== 0) {
    throw new RangeError(
      `attributes ${attributes} name a compression codec; only uncompressed batches are encoded`,
    );
  }
  if (!isInt16(attributes)) throw new RangeError(`attributes ${attributes} is not an int16`);
  checkOptional('partitionLeaderEpoch', batch.partitionLeaderEpoch, isInt32);
  checkOptional('producerId', batch.producerId, Number.isSafeInteger);
  checkOptional('producerEpoch', batch.producerEpoch, isInt16);
  checkOptional('baseSequence', batch.baseSequence, isInt32);
  checkOptional('baseTimestamp', batch.baseTimestamp, Number.isSafeInteger);
  checkOptional('maxTimestamp', batch.maxTimestamp, Number.isSafeInteger);
}

function checkOptional(name: string, value: number | undefined, valid: (n: number) => boolean): void {
  if (value !== undefined && !valid(value)) throw new RangeError(`${name} ${value} is out of range`);
}

function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff;
}

function isInt16(n: number): boolean {
  return Number.isInteger(n) && n >= -0x8000 && n <= 0x7fff;
}
