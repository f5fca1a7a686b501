import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32c, crc32cUpdate } from './crc32c';
import {
  decodeRecordBatches,
  encodeRecordBatch,
  type RecordInput,
  recordBatchSizeInBytes,
} from './record-batch';
import {
  decodeVarint,
  decodeVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  writeVarint,
  writeVarlong,
} from './varint';

// Pinned seeds: a failure reproduces exactly; add any seed that ever failed as a named regression test.
const SEED = 20_241_025;
const t = 1_700_000_000_000;

const nullableBytes = fc.option(fc.uint8Array({ maxLength: 200 }), { nil: null });
// Header keys: mostly short ASCII (the fast path), sometimes any well-formed Unicode.
const headerKey = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const header = fc.record({ key: headerKey, value: nullableBytes });
// Timestamps around "now" with deltas both ways, some spanning more than 2^32 ms.
const timestamp = fc.oneof(
  fc.integer({ min: t - 100_000, max: t + 100_000 }),
  fc.integer({ min: 0, max: 2 * t }),
);
const record: fc.Arbitrary<RecordInput> = fc.record(
  { timestamp, key: nullableBytes, value: nullableBytes, headers: fc.array(header, { maxLength: 3 }) },
  { requiredKeys: ['timestamp', 'key', 'value'] },
);
const records = fc.array(record, { maxLength: 30 });
const identity = fc.record({
  partitionLeaderEpoch: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
  producerId: fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER }),
  producerEpoch: fc.integer({ min: -1, max: 32767 }),
  baseSequence: fc.integer({ min: -1, max: 2 ** 31 - 1 }),
});

describe('record batch round trip (property)', () => {
  it('decode(encode(batch)) gives back every record, offset and header field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), identity, records, (baseOffset, ids, input) => {
        const bytes = encodeRecordBatch({ baseOffset, ...ids, records: input });
        expect(bytes.length).toBe(recordBatchSizeInBytes(input));
        const [batch, ...rest] = decodeRecordBatches(bytes);
        expect(rest).toEqual([]);
        expect(batch).toMatchObject({ baseOffset, ...ids, lastOffsetDelta: Math.max(input.length - 1, 0) });
        const timestamps = input.map((r) => r.timestamp);
        expect(batch?.maxTimestamp).toBe(input.length > 0 ? Math.max(...timestamps) : -1);
        expect(batch?.records).toEqual(
          input.map((r, i) => ({
            offset: baseOffset + i,
            timestamp: r.timestamp,
            key: r.key,
            value: r.value,
            headers: r.headers ?? [],
          })),
        );
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('concatenated batches decode back in order with their offsets', () => {
    fc.assert(
      fc.property(fc.array(records, { minLength: 1, maxLength: 6 }), fc.nat(40), (batches, gap) => {
        let nextOffset = 1000;
        const parts = batches.map((input) => {
          const bytes = encodeRecordBatch({ baseOffset: nextOffset, records: input });
          nextOffset += Math.max(input.length, 1) + gap;
          return bytes;
        });
        const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + 3);
        let at = 3; // decode from a view that does not start at the buffer's first byte
        for (const p of parts) {
          all.set(p, at);
          at += p.length;
        }
        const decoded = decodeRecordBatches(all.subarray(3));
        expect(decoded.map((b) => b.records.length)).toEqual(batches.map((b) => b.length));
        const offsets = decoded.flatMap((b) => b.records.map((r) => r.offset));
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThan(offsets[i - 1] ?? -1);
        decoded.forEach((b, i) => {
          expect(b.records.map((r) => r.offset - b.baseOffset)).toEqual(batches[i]?.map((_, j) => j));
        });
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});

describe('varint and crc32c (property)', () => {
  it('varint round-trips every int32 in sizeOfVarint bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (value) => {
        const buf = new Uint8Array(6);
        const end = writeVarint(buf, 1, value);
        expect(end - 1).toBe(sizeOfVarint(value));
        expect(decodeVarint(buf, 1)).toEqual({ value, position: end });
      }),
      { seed: SEED + 2, numRuns: 2000 },
    );
  });

  it('varlong round-trips every safe integer in sizeOfVarlong bytes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        const buf = new Uint8Array(12);
        const end = writeVarlong(buf, 2, value);
        expect(end - 2).toBe(sizeOfVarlong(value));
        expect(decodeVarlong(buf, 2)).toEqual({ value, position: end });
      }),
      { seed: SEED + 3, numRuns: 2000 },
    );
  });

  it('incremental crc32c over any split equals the one-shot crc32c', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), (data, a, b) => {
        const [i, j] = [a % (data.length + 1), b % (data.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const split = crc32cUpdate(crc32cUpdate(crc32c(data, 0, i), data, i, j), data, j);
        expect(split).toBe(crc32c(data));
      }),
      { seed: SEED + 4, numRuns: 500 },
    );
  });
});
