import { describe, expect, it } from 'vitest';
import { bucketOf, capacityAfterPut, javaHashMapOrder, javaLongHash } from './java-hash-order';

// java.util.HashMap (OpenJDK 17/21): hash(key) = h ^ (h >>> 16) with h = Long.hashCode = (int)(v ^ (v >>> 32));
// bucket = hash & (n − 1); table 16 at the first put, doubled past 0.75 × n entries or when a chain
// reaches 9 nodes in a table under 64 (treeifyBin).
describe('java.util.HashMap<Long, …> iteration order', () => {
  it('hashes longs as Long.hashCode spread by HashMap.hash', () => {
    expect(javaLongHash(0)).toBe(0);
    expect(javaLongHash(1000)).toBe(1000);
    expect(javaLongHash(2 ** 32 + 5)).toBe(4); // (int)(v ^ (v >>> 32)) = 5 ^ 1
    expect(javaLongHash(0x12345)).toBe(0x12345 ^ 0x1);
    expect(bucketOf(17, 16)).toBe(1);
  });

  it('iterates buckets in index order, each in insertion order', () => {
    expect(javaHashMapOrder([17, 1, 16], 16)).toEqual([16, 17, 1]);
    expect(javaHashMapOrder([3, 2, 1, 0], 16)).toEqual([0, 1, 2, 3]);
    expect(javaHashMapOrder([1000, 2000, 3000], 16)).toEqual([2000, 1000, 3000]); // buckets 0, 8, 8
    expect(javaHashMapOrder([3000, 2000, 1000], 32)).toEqual([1000, 2000, 3000]); // buckets 8, 16, 24
  });

  it('grows the table past 12 entries, and for a ninth key in one bucket of a small table', () => {
    expect(capacityAfterPut(0, [], 5)).toBe(16);
    const twelve = Array.from({ length: 12 }, (_, i) => i);
    expect(capacityAfterPut(16, twelve.slice(0, 11), 11)).toBe(16);
    expect(capacityAfterPut(16, twelve, 12)).toBe(32);
    const sameBucket = Array.from({ length: 8 }, (_, i) => i * 16); // all in bucket 0 of 16
    expect(capacityAfterPut(16, sameBucket, 128)).toBe(32);
  });
});
