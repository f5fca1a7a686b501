import { describe, expect, it } from 'vitest';
import { readBatchHeader } from './batch-header';
import { encodeRecordBatch } from './encode';
import { scanRecords } from './record-scan';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('scanRecords', () => {
  it('visits every record with its offset delta, timestamp and key nullness, without decoding', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 10,
      records: [
        { timestamp: 1_700_000_000_005, key: utf8('k'), value: utf8('a') },
        { timestamp: 1_700_000_000_000, key: null, value: null, headers: [{ key: 'h', value: utf8('x') }] },
        { timestamp: 1_700_000_000_009, key: utf8(''), value: utf8('c') },
      ],
    });
    const seen: Array<[number, number, number, boolean]> = [];
    scanRecords(bytes, 0, readBatchHeader(bytes, 0), (...args) => seen.push(args));
    expect(seen).toEqual([
      [0, 0, 1_700_000_000_005, false],
      [1, 1, 1_700_000_000_000, true],
      [2, 2, 1_700_000_000_009, false],
    ]);
  });

  it('reports a record whose length runs past the batch as corrupt', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: 0, key: null, value: utf8('hello') }],
    });
    bytes[61] = 0x7e; // record length varint: 63 bytes, far past the 73-byte batch
    expect(() => scanRecords(bytes, 0, readBatchHeader(bytes, 0), () => {})).toThrow(/past the batch end/);
  });
});
