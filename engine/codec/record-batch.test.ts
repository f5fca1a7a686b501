import { describe, expect, it } from 'vitest';
import {
  CorruptRecordError,
  decodeRecordBatches,
  encodeRecordBatch,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  type RecordInput,
  readBatchHeader,
  recordBatchSizeInBytes,
  TIMESTAMP_TYPE_MASK,
  verifyBatchCrc,
  writeBaseOffset,
  writePartitionLeaderEpoch,
} from './record-batch';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const storedCrc = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(17);
const t = 1700000000000;

/** Decodes bytes expected to hold exactly one batch. */
function decodeOne(bytes: Uint8Array) {
  const batches = decodeRecordBatches(bytes);
  expect(batches).toHaveLength(1);
  const [batch] = batches;
  if (batch === undefined) throw new Error('no batch');
  return batch;
}

const exampleA = {
  baseOffset: 0,
  partitionLeaderEpoch: 0,
  records: [{ timestamp: t, key: null, value: utf8('hello') }],
};
const exampleD = (baseOffset: number) => ({
  baseOffset,
  records: [
    { timestamp: t, key: null, value: utf8('hello') },
    { timestamp: t + 5, key: null, value: utf8('world') },
  ],
});

describe('encodeRecordBatch: KAFKA-REFERENCE §1.8', () => {
  it('Example A: 73 bytes, exactly the reference hex, CRC 3863061579', () => {
    const bytes = encodeRecordBatch(exampleA);
    expect(bytes.length).toBe(73);
    expect(hex(bytes)).toBe(
      [
        '0000000000000000', // baseOffset 0
        '0000003d', // batchLength 61
        '00000000', // partitionLeaderEpoch 0
        '02', // magic
        'e641a44b', // crc
        '0000', // attributes
        '00000000', // lastOffsetDelta
        '0000018bcfe56800', // baseTimestamp
        '0000018bcfe56800', // maxTimestamp
        'ffffffffffffffff', // producerId
        'ffff', // producerEpoch
        'ffffffff', // baseSequence
        '00000001', // recordsCount
        '16000000010a68656c6c6f00', // the record
      ].join(''),
    );
    expect(storedCrc(bytes)).toBe(3863061579);
  });

  it('Example B: key k1, value v1: 72 bytes, CRC 1805946501, record bytes as listed', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: t, key: utf8('k1'), value: utf8('v1') }],
    });
    expect(bytes.length).toBe(72);
    expect(storedCrc(bytes)).toBe(1805946501);
    expect(hex(bytes.subarray(RECORD_BATCH_OVERHEAD))).toBe('14000000046b3104763100');
  });

  it('Example C: idempotent producer (id 0, epoch 0, sequence 0): 73 bytes, CRC 3140263910', () => {
    const bytes = encodeRecordBatch({ ...exampleA, producerId: 0, producerEpoch: 0, baseSequence: 0 });
    expect(bytes.length).toBe(73);
    expect(storedCrc(bytes)).toBe(3140263910);
  });

  it('Example D: two records, 85 bytes, CRC 4016646773 for baseOffset 0 and 5', () => {
    const at0 = encodeRecordBatch(exampleD(0));
    const at5 = encodeRecordBatch(exampleD(5));
    expect(at0.length).toBe(85);
    expect(storedCrc(at0)).toBe(4016646773);
    expect(storedCrc(at5)).toBe(4016646773);
    // length 11, attrs 0, timestampDelta 5 (0a), offsetDelta 1 (02), null key, value 'world', 0 headers
    expect(hex(at0.subarray(RECORD_BATCH_OVERHEAD + 12))).toBe('16000a02010a776f726c6400');
    const header = readBatchHeader(at5, 0);
    expect(header).toMatchObject({ baseOffset: 5, lastOffsetDelta: 1, lastOffset: 6, maxTimestamp: t + 5 });
  });

  it('Example A has the same CRC with baseOffset 5 and any leader epoch (fields outside the CRC)', () => {
    expect(storedCrc(encodeRecordBatch({ ...exampleA, baseOffset: 5, partitionLeaderEpoch: 9 }))).toBe(
      3863061579,
    );
  });

  it('an empty batch is the 61-byte header with timestamps −1', () => {
    const bytes = encodeRecordBatch({ baseOffset: 0, records: [] });
    expect(bytes.length).toBe(RECORD_BATCH_OVERHEAD);
    expect(readBatchHeader(bytes, 0)).toMatchObject({ recordsCount: 0, baseTimestamp: -1, maxTimestamp: -1 });
    expect(decodeOne(bytes).records).toEqual([]);
  });

  it('rejects values the format cannot carry', () => {
    expect(() => encodeRecordBatch({ baseOffset: -1, records: [] })).toThrow(/baseOffset/);
    expect(() => encodeRecordBatch({ baseOffset: 0, attributes: 1, records: [] })).toThrow(/compression/);
    expect(() => encodeRecordBatch({ baseOffset: 0, producerEpoch: 40000, records: [] })).toThrow(
      /producerEpoch/,
    );
    expect(() =>
      encodeRecordBatch({ baseOffset: 0, records: [{ timestamp: 0.5, key: null, value: null }] }),
    ).toThrow(/timestamp/);
  });
});

describe('recordBatchSizeInBytes', () => {
  it('equals the encoded length', () => {
    const records: RecordInput[] = [
      { timestamp: t, key: utf8('k'), value: null, headers: [{ key: 'é-key', value: utf8('v') }] },
      { timestamp: t - 100_000, key: null, value: new Uint8Array(300) },
    ];
    expect(recordBatchSizeInBytes(records)).toBe(encodeRecordBatch({ baseOffset: 3, records }).length);
    expect(recordBatchSizeInBytes([])).toBe(RECORD_BATCH_OVERHEAD);
  });
});

describe('decodeRecordBatches', () => {
  it('decodes Example D with offsets from baseOffset and the batch header fields', () => {
    const batch = decodeOne(encodeRecordBatch(exampleD(5)));
    expect(batch).toMatchObject({
      baseOffset: 5,
      batchLength: 73,
      partitionLeaderEpoch: -1,
      magic: 2,
      crc: 4016646773,
      attributes: 0,
      lastOffsetDelta: 1,
      baseTimestamp: t,
      maxTimestamp: t + 5,
      producerId: -1,
      producerEpoch: -1,
      baseSequence: -1,
    });
    expect(batch.records).toEqual([
      { offset: 5, timestamp: t, key: null, value: utf8('hello'), headers: [] },
      { offset: 6, timestamp: t + 5, key: null, value: utf8('world'), headers: [] },
    ]);
  });

  it('round-trips null and empty keys, values and header values, and non-ASCII header keys', () => {
    const records: RecordInput[] = [
      { timestamp: t, key: null, value: null, headers: [{ key: 'trace', value: null }] },
      {
        timestamp: t,
        key: new Uint8Array(0),
        value: new Uint8Array(0),
        headers: [{ key: '', value: new Uint8Array(0) }],
      },
      { timestamp: t, key: utf8('k'), value: utf8('v'), headers: [{ key: 'ключ😀', value: utf8('x') }] },
    ];
    const decoded = decodeOne(encodeRecordBatch({ baseOffset: 0, records })).records;
    expect(decoded.map((r) => [r.key, r.value, r.headers])).toEqual(
      records.map((r) => [r.key, r.value, r.headers ?? []]),
    );
  });

  it('round-trips records out of time order (negative timestamp deltas, some past 32 bits)', () => {
    const timestamps = [t, t - 1, t + 10, t - 5_000_000_000, 0, t];
    const records = timestamps.map((timestamp) => ({ timestamp, key: null, value: null }));
    const batch = decodeOne(encodeRecordBatch({ baseOffset: 100, records }));
    expect(batch.baseTimestamp).toBe(t);
    expect(batch.maxTimestamp).toBe(t + 10);
    expect(batch.records.map((r) => r.timestamp)).toEqual(timestamps);
    expect(batch.records.map((r) => r.offset)).toEqual([100, 101, 102, 103, 104, 105]);
  });

  it('gives every record of a LogAppendTime batch the batch maxTimestamp', () => {
    const bytes = encodeRecordBatch({
      ...exampleD(0),
      attributes: TIMESTAMP_TYPE_MASK,
      maxTimestamp: t + 999,
    });
    const batch = decodeOne(bytes);
    expect(batch.attributes).toBe(TIMESTAMP_TYPE_MASK);
    expect(batch.records.map((r) => r.timestamp)).toEqual([t + 999, t + 999]);
  });

  it('decodes a compacted batch with offset gaps by offsetDelta', () => {
    const bytes = encodeRecordBatch({
      baseOffset: 10,
      lastOffsetDelta: 9,
      records: [
        { timestamp: t, key: utf8('a'), value: utf8('1'), offsetDelta: 2 },
        { timestamp: t, key: utf8('b'), value: null, offsetDelta: 7 },
      ],
    });
    const batch = decodeOne(bytes);
    expect(batch.lastOffsetDelta).toBe(9);
    expect(batch.records.map((r) => r.offset)).toEqual([12, 17]);
    expect(readBatchHeader(bytes, 0)).toMatchObject({ recordsCount: 2, lastOffset: 19 });
    expect(() =>
      encodeRecordBatch({
        baseOffset: 0,
        records: [{ timestamp: t, key: null, value: null, offsetDelta: -1 }],
      }),
    ).toThrow(/offsetDelta/);
  });

  it('decodes consecutive batches from a view with a nonzero byteOffset', () => {
    const first = encodeRecordBatch(exampleA);
    const second = encodeRecordBatch({ ...exampleD(1), partitionLeaderEpoch: 3 });
    const backing = new Uint8Array(7 + first.length + second.length + 5).fill(0xee);
    backing.set(first, 7);
    backing.set(second, 7 + first.length);
    const view = backing.subarray(7, 7 + first.length + second.length);
    const batches = decodeRecordBatches(view);
    expect(batches.map((b) => b.records.map((r) => r.offset))).toEqual([[0], [1, 2]]);
    expect(batches[1]?.partitionLeaderEpoch).toBe(3);
    expect(readBatchHeader(view, first.length).baseOffset).toBe(1);
  });

  it('returns copies: changing the input afterwards does not change decoded values', () => {
    const bytes = encodeRecordBatch(exampleA);
    const batch = decodeOne(bytes);
    bytes.fill(0);
    expect(batch.records[0]?.value).toEqual(utf8('hello'));
  });

  it('decodes nothing from no bytes', () => {
    expect(decodeRecordBatches(new Uint8Array(0))).toEqual([]);
  });
});

describe('decodeRecordBatches: corrupt input', () => {
  it('throws a CRC error when a record byte is flipped', () => {
    const bytes = encodeRecordBatch(exampleD(0));
    bytes[RECORD_BATCH_OVERHEAD + 7] = (bytes[RECORD_BATCH_OVERHEAD + 7] ?? 0) ^ 0x01;
    expect(() => decodeRecordBatches(bytes)).toThrow(/CRC/);
    expect(() => decodeRecordBatches(bytes)).toThrow(CorruptRecordError);
    expect(verifyBatchCrc(bytes, 0)).toBe(false);
  });

  it('names the corrupt batch when it is not the first', () => {
    const first = encodeRecordBatch(exampleA);
    const second = encodeRecordBatch(exampleD(1));
    second[30] = (second[30] ?? 0) ^ 0x80; // baseTimestamp is covered by the CRC
    const bytes = new Uint8Array([...first, ...second]);
    expect(() => decodeRecordBatches(bytes)).toThrow(
      `record batch at byte ${first.length} is corrupt: stored CRC`,
    );
  });

  it('reports truncation inside the header and inside the records, with the position', () => {
    const bytes = encodeRecordBatch(exampleD(0));
    expect(() => decodeRecordBatches(bytes.subarray(0, 40))).toThrow(
      'truncated record batch at byte 0: a header needs 61 bytes, 40 remain',
    );
    expect(() => decodeRecordBatches(bytes.subarray(0, 80))).toThrow(
      'truncated record batch at byte 0: it declares 85 bytes, 80 remain',
    );
    const two = new Uint8Array([...bytes, ...bytes.subarray(0, 10)]);
    expect(() => decodeRecordBatches(two)).toThrow('truncated record batch at byte 85');
  });

  it('rejects an unsupported magic, naming the byte', () => {
    const bytes = encodeRecordBatch(exampleA);
    bytes[16] = 1;
    expect(() => decodeRecordBatches(bytes)).toThrow('unsupported magic 1 at byte 16');
  });

  it('rejects a batchLength shorter than a header', () => {
    const bytes = encodeRecordBatch(exampleA);
    new DataView(bytes.buffer).setInt32(8, 10);
    expect(() => decodeRecordBatches(bytes)).toThrow(/batchLength 10 at byte 8/);
  });

  it('rejects records that disagree with the declared count, even with a valid CRC', () => {
    // A recordsCount that is too large, re-checksummed so the structural check is what fails.
    const bytes = encodeRecordBatch({ ...exampleD(0) });
    new DataView(bytes.buffer).setInt32(57, 3);
    restamp(bytes);
    expect(() => decodeRecordBatches(bytes)).toThrow(/declares 3 records but ends after 2/);
    new DataView(bytes.buffer).setInt32(57, 1);
    restamp(bytes);
    expect(() => decodeRecordBatches(bytes)).toThrow(/12 bytes remain after the batch's 1 records/);
  });
});

describe('decodeRecordBatches: malformed records under a valid CRC', () => {
  it('reports a varint running past its record as a CorruptRecordError naming the byte', () => {
    const bytes = encodeRecordBatch(exampleA);
    bytes[bytes.length - 1] = 0x80; // headersCount now claims a continuation byte the record does not have
    restamp(bytes);
    expect(() => decodeRecordBatches(bytes)).toThrow(CorruptRecordError);
    expect(() => decodeRecordBatches(bytes)).toThrow('varint truncated at byte 73');
  });

  it('reports a value longer than its record', () => {
    const bytes = encodeRecordBatch(exampleA);
    bytes[RECORD_BATCH_OVERHEAD + 5] = 0x14; // valueLength 5 → 10
    restamp(bytes);
    expect(() => decodeRecordBatches(bytes)).toThrow(
      'field of 10 bytes runs past its record end 73 (at byte 67)',
    );
  });
});

describe('header helpers', () => {
  it('readBatchHeader reads every field without decoding records', () => {
    const bytes = encodeRecordBatch({
      ...exampleD(41),
      partitionLeaderEpoch: 2,
      producerId: 7,
      producerEpoch: 1,
      baseSequence: 30,
    });
    expect(readBatchHeader(bytes, 0)).toEqual({
      baseOffset: 41,
      batchLength: 73,
      sizeInBytes: 85,
      partitionLeaderEpoch: 2,
      magic: 2,
      crc: storedCrc(bytes),
      attributes: 0,
      lastOffsetDelta: 1,
      lastOffset: 42,
      baseTimestamp: t,
      maxTimestamp: t + 5,
      producerId: 7,
      producerEpoch: 1,
      baseSequence: 30,
      recordsCount: 2,
    });
    expect(LOG_OVERHEAD + readBatchHeader(bytes, 0).batchLength).toBe(bytes.length);
  });

  it('writeBaseOffset and writePartitionLeaderEpoch patch in place and keep the CRC valid', () => {
    const bytes = encodeRecordBatch(exampleD(0));
    writeBaseOffset(bytes, 0, 2 ** 40);
    writePartitionLeaderEpoch(bytes, 0, 17);
    expect(verifyBatchCrc(bytes, 0)).toBe(true);
    const batch = decodeOne(bytes);
    expect(batch.baseOffset).toBe(2 ** 40);
    expect(batch.partitionLeaderEpoch).toBe(17);
    expect(batch.records.map((r) => r.offset)).toEqual([2 ** 40, 2 ** 40 + 1]);
    expect(storedCrc(bytes)).toBe(4016646773);
  });

  it('verifyBatchCrc and the writers reject a position without a whole batch', () => {
    const bytes = encodeRecordBatch(exampleA);
    expect(() => verifyBatchCrc(bytes.subarray(0, 70), 0)).toThrow(/truncated/);
    expect(() => writeBaseOffset(bytes, 20, 0)).toThrow(/truncated/);
    expect(() => writeBaseOffset(bytes, 0, -1)).toThrow(/baseOffset/);
    expect(() => writePartitionLeaderEpoch(bytes, 0, 1.5)).toThrow(/partitionLeaderEpoch/);
  });
});

/** Recomputes the stored CRC after a test edits covered bytes (the edit is then only structural). */
function restamp(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  view.setUint32(17, crc32cOf(bytes.subarray(21)));
}

function crc32cOf(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
