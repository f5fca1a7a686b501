/**
 * Walks the records of one uncompressed batch without copying or allocating per record: what a broker's
 * validator needs (offset delta, timestamp, whether the key is null) at a fraction of a full decode's
 * cost. The caller has already checked the batch's CRC and framing (`verifyBatchCrc`); the walk still
 * bounds every field by its record's end, so a lying length is reported, never followed.
 */
import { RECORD_BATCH_OVERHEAD, TIMESTAMP_TYPE_MASK } from './batch-layout';
import { corrupt } from './record-reader';
import type { RecordBatchHeader } from './types';
import { type ByteCursor, readVarint, readVarlong } from './varint';

/** Called once per record, in order; `index` counts records from 0. */
export type RecordVisitor = (
  index: number,
  offsetDelta: number,
  timestamp: number,
  keyIsNull: boolean,
) => void;

/**
 * @example
 *   const header = readBatchHeader(bytes, 0);
 *   scanRecords(bytes, 0, header, (i, delta, ts, keyIsNull) => { ... });
 */
export function scanRecords(
  bytes: Uint8Array,
  position: number,
  header: RecordBatchHeader,
  visit: RecordVisitor,
): void {
  const end = position + header.sizeInBytes;
  const logAppendTime = (header.attributes & TIMESTAMP_TYPE_MASK) !== 0;
  const cursor: ByteCursor = { position: position + RECORD_BATCH_OVERHEAD };
  // One-byte varints (most lengths and deltas) skip the general loop; a truncated or over-long one is
  // reported as a corrupt record, like a full decode would.
  const varint = (limit: number, read: typeof readVarint): number => {
    const p = cursor.position;
    const b = bytes[p] as number;
    if (p < limit && b < 0x80) {
      cursor.position = p + 1;
      return (b >>> 1) ^ -(b & 1);
    }
    try {
      return read(bytes, cursor, limit);
    } catch (e) {
      if (e instanceof RangeError) throw corrupt(e.message, cursor.position);
      throw e;
    }
  };
  for (let i = 0; i < header.recordsCount; i++) {
    const length = varint(end, readVarint);
    const recordEnd = cursor.position + length;
    if (length < 0 || recordEnd > end) {
      throw corrupt(`record ${i} claims ${length} bytes, past the batch end ${end}`, cursor.position);
    }
    cursor.position++; // record attributes
    const timestampDelta = varint(recordEnd, readVarlong);
    const offsetDelta = varint(recordEnd, readVarint);
    const keyLength = varint(recordEnd, readVarint);
    if (keyLength < -1 || cursor.position + Math.max(0, keyLength) > recordEnd) {
      throw corrupt(`record ${i} has an invalid key length ${keyLength}`, cursor.position);
    }
    visit(
      i,
      offsetDelta,
      logAppendTime ? header.maxTimestamp : header.baseTimestamp + timestampDelta,
      keyLength === -1,
    );
    cursor.position = recordEnd; // value and headers are not needed here
  }
  if (cursor.position !== end) {
    throw corrupt(`${end - cursor.position} bytes remain after the batch's records`, cursor.position);
  }
}
