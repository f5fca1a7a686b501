/**
 * Labelled byte ranges of one record batch, for the annotated hex view: every header field and every
 * record field, in byte order. Labels use Kafka's field names (§1.1, §1.4).
 */

import { checkedBatchEnd, readHeaderFromView, viewOf } from './batch-header';
import {
  ATTRIBUTES_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
} from './batch-layout';
import { CorruptRecordError } from './errors';
import { readUtf8 } from './utf8';
import { type ByteCursor, readVarint, readVarlong } from './varint';

/** One labelled range `[start, end)` of the batch's bytes; `field` is prefixed by record/header index. */
export interface ByteAnnotation {
  start: number;
  end: number;
  /** e.g. `crc`, `records[2].valueLength`, `records[0].headers[1].key`. */
  field: string;
  /** The decoded value: a number, a string for header keys, null for null fields, or byte count text. */
  value: number | string | null;
}

/**
 * Annotates the batch at `position` of `bytes`. Positions are absolute in `bytes`. It does not check the
 * CRC (a corrupt batch should still be explainable) but throws {@link CorruptRecordError} on truncation.
 *
 * @example
 *   annotateRecordBatch(encodeRecordBatch(batch), 0)[0]; // { start: 0, end: 8, field: 'baseOffset', value: 0 }
 */
export function annotateRecordBatch(bytes: Uint8Array, position: number): ByteAnnotation[] {
  const view = viewOf(bytes);
  const end = checkedBatchEnd(view, position);
  const h = readHeaderFromView(view, position);
  const out: ByteAnnotation[] = [];
  const at = (offset: number, size: number, field: string, value: number): void => {
    out.push({ start: position + offset, end: position + offset + size, field, value });
  };
  at(0, 8, 'baseOffset', h.baseOffset);
  at(BATCH_LENGTH_OFFSET, 4, 'batchLength', h.batchLength);
  at(PARTITION_LEADER_EPOCH_OFFSET, 4, 'partitionLeaderEpoch', h.partitionLeaderEpoch);
  at(MAGIC_OFFSET, 1, 'magic', h.magic);
  at(CRC_OFFSET, 4, 'crc', h.crc);
  at(ATTRIBUTES_OFFSET, 2, 'attributes', h.attributes);
  at(LAST_OFFSET_DELTA_OFFSET, 4, 'lastOffsetDelta', h.lastOffsetDelta);
  at(BASE_TIMESTAMP_OFFSET, 8, 'baseTimestamp', h.baseTimestamp);
  at(MAX_TIMESTAMP_OFFSET, 8, 'maxTimestamp', h.maxTimestamp);
  at(PRODUCER_ID_OFFSET, 8, 'producerId', h.producerId);
  at(PRODUCER_EPOCH_OFFSET, 2, 'producerEpoch', h.producerEpoch);
  at(BASE_SEQUENCE_OFFSET, 4, 'baseSequence', h.baseSequence);
  at(RECORDS_COUNT_OFFSET, 4, 'recordsCount', h.recordsCount);
  const cursor: ByteCursor = { position: position + RECORD_BATCH_OVERHEAD };
  try {
    for (let i = 0; i < h.recordsCount && cursor.position < end; i++) {
      annotateRecord(bytes, cursor, end, `records[${i}]`, out);
    }
  } catch (e) {
    // Varint readers throw RangeError; callers of the codec catch one error type.
    if (e instanceof RangeError) throw new CorruptRecordError(e.message, cursor.position);
    throw e;
  }
  return out;
}

function annotateRecord(
  bytes: Uint8Array,
  cursor: ByteCursor,
  end: number,
  prefix: string,
  out: ByteAnnotation[],
): void {
  const varint = (field: string): number => {
    const start = cursor.position;
    const value = readVarint(bytes, cursor, end);
    out.push({ start, end: cursor.position, field: `${prefix}.${field}`, value });
    return value;
  };
  varint('length');
  out.push({
    start: cursor.position,
    end: cursor.position + 1,
    field: `${prefix}.attributes`,
    value: bytes[cursor.position] ?? 0,
  });
  cursor.position++;
  const start = cursor.position;
  const timestampDelta = readVarlong(bytes, cursor, end);
  out.push({ start, end: cursor.position, field: `${prefix}.timestampDelta`, value: timestampDelta });
  varint('offsetDelta');
  bytesField(bytes, cursor, end, `${prefix}.key`, out);
  bytesField(bytes, cursor, end, `${prefix}.value`, out);
  const headerCount = varint('headersCount');
  for (let j = 0; j < headerCount; j++) {
    const headerPrefix = `${prefix}.headers[${j}]`;
    const keyStart = cursor.position;
    const keyLength = readVarint(bytes, cursor, end);
    out.push({ start: keyStart, end: cursor.position, field: `${headerPrefix}.keyLength`, value: keyLength });
    const keyEnd = Math.min(cursor.position + Math.max(keyLength, 0), end);
    out.push({
      start: cursor.position,
      end: keyEnd,
      field: `${headerPrefix}.key`,
      value: readUtf8(bytes, cursor.position, keyEnd),
    });
    cursor.position = keyEnd;
    bytesField(bytes, cursor, end, `${headerPrefix}.value`, out);
  }
}

/** `<name>Length` then, unless null, `<name>` covering the bytes (value: their count). */
function bytesField(
  bytes: Uint8Array,
  cursor: ByteCursor,
  end: number,
  name: string,
  out: ByteAnnotation[],
): void {
  const start = cursor.position;
  const length = readVarint(bytes, cursor, end);
  out.push({ start, end: cursor.position, field: `${name}Length`, value: length });
  if (length < 0) return;
  const dataEnd = Math.min(cursor.position + length, end);
  out.push({
    start: cursor.position,
    end: dataEnd,
    field: name,
    value: `${dataEnd - cursor.position} bytes`,
  });
  cursor.position = dataEnd;
}
