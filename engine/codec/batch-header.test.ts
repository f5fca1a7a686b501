import { describe, expect, it } from 'vitest';
import { readBatchHeader, verifyBatchCrc, writeMaxTimestamp } from './batch-header';
import { TIMESTAMP_TYPE_MASK } from './batch-layout';
import { decodeRecordBatches } from './decode';
import { encodeRecordBatch } from './encode';

const T = 1_700_000_000_000;
const batch = () =>
  encodeRecordBatch({
    baseOffset: 0,
    records: [
      { timestamp: T, key: null, value: Uint8Array.of(1) },
      { timestamp: T + 5, key: null, value: Uint8Array.of(2) },
    ],
  });

describe('writeMaxTimestamp (DefaultRecordBatch.setMaxTimestamp)', () => {
  it('stamps LogAppendTime: sets attribute bit 3 and maxTimestamp, and the CRC stays valid', () => {
    const bytes = batch();
    writeMaxTimestamp(bytes, 0, readBatchHeader(bytes, 0), true, T + 60_000);
    const header = readBatchHeader(bytes, 0);
    expect(header.attributes & TIMESTAMP_TYPE_MASK).toBe(TIMESTAMP_TYPE_MASK);
    expect(header.maxTimestamp).toBe(T + 60_000);
    expect(verifyBatchCrc(bytes, 0)).toBe(true);
    // Every record of a LogAppendTime batch reads as the broker's time.
    expect(decodeRecordBatches(bytes)[0]?.records.map((r) => r.timestamp)).toEqual([T + 60_000, T + 60_000]);
  });

  it('leaves an unchanged CreateTime batch byte for byte alone', () => {
    const bytes = batch();
    const before = bytes.slice();
    writeMaxTimestamp(bytes, 0, readBatchHeader(bytes, 0), false, T + 5);
    expect(bytes).toEqual(before);
  });

  it('works on a batch that is not the first in the buffer', () => {
    const first = batch();
    const bytes = new Uint8Array(first.length * 2);
    bytes.set(first);
    bytes.set(batch(), first.length);
    writeMaxTimestamp(bytes, first.length, readBatchHeader(bytes, first.length), false, T + 9);
    expect(readBatchHeader(bytes, first.length).maxTimestamp).toBe(T + 9);
    expect(verifyBatchCrc(bytes, first.length)).toBe(true);
    expect(bytes.subarray(0, first.length)).toEqual(first);
  });
});
