/**
 * Builders shared by the log layer's tests: records and batches of an exact byte size, so tests can
 * reproduce the reference's worked examples (1 KiB appends, 1000-byte segments) byte for byte.
 */
import { recordBatchSizeInBytes } from '../codec';
import type { AppendRecord, LeaderAppendInput } from './log';
import { DEFAULT_LOG_CONFIG, type LogConfig } from './log-config';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function text(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : decoder.decode(bytes);
}

/**
 * A one-record batch input whose encoded batch is exactly `batchBytes` long (value padded with 'x').
 *
 * @example
 *   sizedBatch(1024, 0); // a 1 KiB batch
 */
export function sizedBatch(
  batchBytes: number,
  timestamp: number,
  key: Uint8Array | null = null,
): LeaderAppendInput {
  for (let n = Math.max(0, batchBytes - 80); n <= batchBytes; n++) {
    const record: AppendRecord = { timestamp, key, value: new Uint8Array(n).fill(0x78) };
    if (recordBatchSizeInBytes([record]) === batchBytes) return { records: [record] };
  }
  throw new RangeError(`no one-record batch of exactly ${batchBytes} bytes`);
}

/** A batch of keyed string records, all at `timestamp`. */
export function keyedBatch(
  timestamp: number,
  ...pairs: Array<[string | null, string | null]>
): LeaderAppendInput {
  return {
    records: pairs.map(([k, v]) => ({
      timestamp,
      key: k === null ? null : utf8(k),
      value: v === null ? null : utf8(v),
    })),
  };
}

/** A config for tests: defaults with overrides. */
export function testConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return { ...DEFAULT_LOG_CONFIG, ...overrides };
}

/** A deterministic stand-in for the owner's PRNG (xorshift32). */
export function seededInts(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x | 0;
  };
}
