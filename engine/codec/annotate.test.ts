import { describe, expect, it } from 'vitest';
import { annotateRecordBatch } from './annotate';
import { CorruptRecordError } from './errors';
import { encodeRecordBatch } from './record-batch';

const utf8 = (text: string) => new TextEncoder().encode(text);
const t = 1700000000000;

describe('annotateRecordBatch', () => {
  it('labels every header field of Example A and each record field, in byte order without gaps', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: t, key: null, value: utf8('hello') }],
    });
    const ranges = annotateRecordBatch(bytes, 0);
    expect(ranges.map((r) => r.field)).toEqual([
      'baseOffset',
      'batchLength',
      'partitionLeaderEpoch',
      'magic',
      'crc',
      'attributes',
      'lastOffsetDelta',
      'baseTimestamp',
      'maxTimestamp',
      'producerId',
      'producerEpoch',
      'baseSequence',
      'recordsCount',
      'records[0].length',
      'records[0].attributes',
      'records[0].timestampDelta',
      'records[0].offsetDelta',
      'records[0].keyLength',
      'records[0].valueLength',
      'records[0].value',
      'records[0].headersCount',
    ]);
    let next = 0;
    for (const range of ranges) {
      expect(range.start).toBe(next);
      next = range.end;
    }
    expect(next).toBe(bytes.length);
    expect(ranges.find((r) => r.field === 'crc')?.value).toBe(3863061579);
    expect(ranges.find((r) => r.field === 'records[0].length')?.value).toBe(11);
    expect(ranges.find((r) => r.field === 'records[0].keyLength')?.value).toBe(-1);
  });

  it('labels header fields and uses absolute positions for a batch not at byte 0', () => {
    const first = encodeRecordBatch({ baseOffset: 0, records: [] });
    const second = encodeRecordBatch({
      baseOffset: 1,
      records: [{ timestamp: t, key: utf8('k'), value: null, headers: [{ key: 'id', value: utf8('42') }] }],
    });
    const bytes = new Uint8Array([...first, ...second]);
    const ranges = annotateRecordBatch(bytes, first.length);
    expect(ranges[0]).toEqual({ start: 61, end: 69, field: 'baseOffset', value: 1 });
    // The record starts at byte 122: length, attributes, timestampDelta, offsetDelta, keyLength, key,
    // valueLength (null), headersCount take one byte each, so the header starts at 130.
    expect(ranges.filter((r) => r.field.includes('headers[0]'))).toEqual([
      { start: 61 + 61 + 8, end: 61 + 61 + 9, field: 'records[0].headers[0].keyLength', value: 2 },
      { start: 61 + 61 + 9, end: 61 + 61 + 11, field: 'records[0].headers[0].key', value: 'id' },
      { start: 61 + 61 + 11, end: 61 + 61 + 12, field: 'records[0].headers[0].valueLength', value: 2 },
      { start: 61 + 61 + 12, end: 61 + 61 + 14, field: 'records[0].headers[0].value', value: '2 bytes' },
    ]);
    expect(ranges.at(-1)?.end).toBe(bytes.length);
  });
});

describe('annotateRecordBatch on bad bytes', () => {
  it('still explains a batch whose CRC is wrong, and throws CorruptRecordError on a truncated varint', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: t, key: null, value: utf8('hello') }],
    });
    bytes[20] = (bytes[20] ?? 0) ^ 0xff; // corrupt the stored CRC: annotation does not check it
    expect(annotateRecordBatch(bytes, 0).find((r) => r.field === 'records[0].value')?.value).toBe('5 bytes');
    bytes[bytes.length - 1] = 0x80; // headersCount runs past the batch
    expect(() => annotateRecordBatch(bytes, 0)).toThrow(CorruptRecordError);
  });
});
