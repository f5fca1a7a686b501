/**
 * Kafka's key hash and default key→partition rule (KAFKA-REFERENCE §7.1–7.2), bit-for-bit equal to
 * Java's `Utils.murmur2`: 32-bit MurmurHash2, seed 0x9747b28c, in wrapping int arithmetic (`Math.imul`,
 * `>>>`; a plain `*` would lose the low bits once products pass 2^53).
 */

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/**
 * MurmurHash2 of `data` as Java's `Utils.murmur2` returns it: a signed 32-bit int.
 *
 * @example
 *   murmur2(new TextEncoder().encode('21')); // -973932308
 */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const blocks = length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const b = i << 2;
    // `as number`: b + 3 < length by construction.
    let k =
      (data[b] as number) |
      ((data[b + 1] as number) << 8) |
      ((data[b + 2] as number) << 16) |
      ((data[b + 3] as number) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const base = blocks << 2;
  // Java's switch falls through: a 3-byte tail mixes all three bytes, a 2-byte tail two.
  const tail = length & 3;
  if (tail === 3) h ^= (data[base + 2] as number) << 16;
  if (tail >= 2) h ^= (data[base + 1] as number) << 8;
  if (tail >= 1) {
    h ^= data[base] as number;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * Kafka's `Utils.toPositive`: clears the sign bit (not `Math.abs`; −5 maps to 2147483643).
 *
 * @example
 *   toPositive(-973932308); // 1173551340
 */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * The partition the Java producer picks for a non-null key: `toPositive(murmur2(key)) % numPartitions`,
 * where numPartitions counts every partition of the topic.
 *
 * @example
 *   partitionForKey(new TextEncoder().encode('key2'), 6); // 5
 */
export function partitionForKey(key: Uint8Array, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return toPositive(murmur2(key)) % numPartitions;
}
