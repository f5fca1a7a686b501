/**
 * Codec throughput: `npx tsx engine/codec/codec.bench.ts`. Plain lines, one figure each. Workload: 16-byte
 * keys, 100-byte values, 100-record batches. Each figure is the median of several timed runs after a
 * warm-up, so JIT tiers and GC pauses do not decide it.
 */
import { filled } from '../bench-kit';
import { crc32c } from './crc32c';
import { murmur2 } from './murmur2';
import { decodeRecordBatches, encodeRecordBatch, type RecordInput } from './record-batch';

const RECORDS_PER_BATCH = 100;
const KEY_BYTES = 16;
const VALUE_BYTES = 100;
const DECODE_RECORDS = 200_000;
const CRC_BYTES = 64 * 1024 * 1024;
const RUNS = 7;

function makeBatch(batchIndex: number): RecordInput[] {
  const records: RecordInput[] = [];
  for (let i = 0; i < RECORDS_PER_BATCH; i++) {
    records.push({
      timestamp: 1_700_000_000_000 + batchIndex * 1000 + i,
      key: filled(KEY_BYTES, batchIndex * RECORDS_PER_BATCH + i),
      value: filled(VALUE_BYTES, ~(batchIndex * RECORDS_PER_BATCH + i)),
    });
  }
  return records;
}

/** Median wall time in ms of `RUNS` calls of `fn`, after two warm-up calls. */
function medianMs(fn: () => void, runs = RUNS): number {
  fn();
  fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? Number.NaN;
}

const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms).toLocaleString('en-US');
const mbPerSecond = (bytes: number, ms: number) => ((bytes / 1e6) * 1000) / ms;

/** Encode figure; returns the encoded batches concatenated, as a segment file would hold them. */
function benchEncode(lines: string[]): Uint8Array {
  const batchCount = DECODE_RECORDS / RECORDS_PER_BATCH;
  const inputs = Array.from({ length: batchCount }, (_, i) => makeBatch(i));
  let encoded: Uint8Array[] = [];
  const encodeMs = medianMs(() => {
    encoded = inputs.map((records, i) => encodeRecordBatch({ baseOffset: i * RECORDS_PER_BATCH, records }));
  });
  const segment = new Uint8Array(encoded.reduce((n, bytes) => n + bytes.length, 0));
  let at = 0;
  for (const bytes of encoded) {
    segment.set(bytes, at);
    at += bytes.length;
  }
  lines.push(
    `encode: ${perSecond(DECODE_RECORDS, encodeMs)} records/s, ${mbPerSecond(segment.length, encodeMs).toFixed(0)} MB/s (${batchCount} batches of ${RECORDS_PER_BATCH}, ${KEY_BYTES} B keys, ${VALUE_BYTES} B values; target ≥ 1,000,000 records/s)`,
  );
  return segment;
}

function benchDecode(lines: string[], segment: Uint8Array): void {
  let decodedRecords = 0;
  const decodeMs = medianMs(() => {
    decodedRecords = 0;
    for (const batch of decodeRecordBatches(segment)) decodedRecords += batch.records.length;
  });
  if (decodedRecords !== DECODE_RECORDS)
    throw new Error(`decoded ${decodedRecords} records, expected ${DECODE_RECORDS}`);
  lines.push(
    `decode: ${perSecond(DECODE_RECORDS, decodeMs)} records/s, ${mbPerSecond(segment.length, decodeMs).toFixed(0)} MB/s (${(segment.length / 1e6).toFixed(1)} MB in one call, CRCs checked; target ≥ 1,000,000 records/s)`,
  );
}

function benchCrc(lines: string[]): void {
  const input = filled(CRC_BYTES, 7);
  const crcMs = medianMs(() => {
    crc32c(input);
  });
  lines.push(
    `crc32c: ${((CRC_BYTES / 1048576) * (1000 / crcMs)).toFixed(0)} MiB/s (64 MiB buffer, median of ${RUNS}; target ≥ 800 MiB/s)`,
  );
}

function benchMurmur2(lines: string[]): void {
  const keys = Array.from({ length: 1000 }, (_, i) => filled(KEY_BYTES, i));
  const rounds = 1000;
  let sink = 0; // consumed below so the hashing cannot be optimised away
  const hashMs = medianMs(() => {
    for (let r = 0; r < rounds; r++) for (const key of keys) sink ^= murmur2(key);
  });
  if (!Number.isInteger(sink)) throw new Error('murmur2 returned a non-integer');
  lines.push(`murmur2: ${perSecond(keys.length * rounds, hashMs)} hashes/s (${KEY_BYTES} B keys)`);
}

/** Runs every benchmark and returns one line per figure. Inputs of one figure are dropped before the
 * next, so no figure pays for another's garbage. */
export function run(): string[] {
  const lines: string[] = [];
  benchDecode(lines, benchEncode(lines));
  benchCrc(lines);
  benchMurmur2(lines);
  return lines;
}

for (const line of run()) console.log(line);
