import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinatorPartitionFor,
  javaHashMapKeyOrder,
  javaStringHashCode,
  utilsAbs,
} from './java-string-hash';

describe('javaStringHashCode', () => {
  it('matches Java for the reference group ids', () => {
    expect(javaStringHashCode('my-group')).toBe(-1906497762);
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('g')).toBe(103);
    // "polygenelubricants" is the classic string whose hashCode is Integer.MIN_VALUE.
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
  });

  it('hashes UTF-16 code units, so a surrogate pair counts as two chars', () => {
    expect(javaStringHashCode('😀')).toBe(0xd83d * 31 + 0xde00);
  });

  it('equals the textbook sum s[0]*31^(n-1) + … + s[n-1] taken mod 2^32', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        let h = 0n;
        for (let i = 0; i < s.length; i++) h = (h * 31n + BigInt(s.charCodeAt(i))) % 2n ** 32n;
        expect(javaStringHashCode(s)).toBe(Number(BigInt.asIntN(32, h)));
      }),
      { seed: 8101 },
    );
  });
});

describe('utilsAbs', () => {
  it('is Math.abs except that Integer.MIN_VALUE maps to 0', () => {
    expect(utilsAbs(-2147483648)).toBe(0);
    expect(utilsAbs(-5)).toBe(5);
    expect(utilsAbs(2147483647)).toBe(2147483647);
    expect(utilsAbs(0)).toBe(0);
  });
});

describe('coordinatorPartitionFor', () => {
  it.each([
    ['my-group', 12],
    ['test-group', 12],
    ['group1', 40],
    ['g', 3],
    ['demo-group', 15],
    ['console-consumer-12345', 6],
    ['polygenelubricants', 0],
  ])('%s → partition %i of 50', (groupId, partition) => {
    expect(coordinatorPartitionFor(groupId, 50)).toBe(partition);
  });

  it('always lands in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (groupId, n) => {
        const p = coordinatorPartitionFor(groupId, n);
        expect(p >= 0 && p < n).toBe(true);
      }),
      { seed: 8102 },
    );
  });

  it('rejects a partition count below 1', () => {
    expect(() => coordinatorPartitionFor('g', 0)).toThrow(RangeError);
  });
});

describe('javaHashMapKeyOrder', () => {
  it('walks buckets in index order (consumer3 hashes to bucket 10, consumer1 to 12)', () => {
    expect(javaHashMapKeyOrder(['consumer1', 'consumer2', 'consumer3'])).toEqual([
      'consumer3',
      'consumer2',
      'consumer1',
    ]);
  });

  it('keeps insertion order within a bucket', () => {
    // 'Aa' and 'BB' share hashCode 2112, so they share a bucket at every capacity.
    expect(javaHashMapKeyOrder(['BB', 'Aa'])).toEqual(['BB', 'Aa']);
    expect(javaHashMapKeyOrder(['Aa', 'BB'])).toEqual(['Aa', 'BB']);
  });

  it('grows the table past 12 keys, which reorders them', () => {
    const keys = Array.from({ length: 13 }, (_, i) => `member-${i}`);
    const order = javaHashMapKeyOrder(keys);
    expect([...order].sort()).toEqual([...keys].sort());
    const bucket = (k: string, capacity: number) => {
      const h = javaStringHashCode(k);
      return (h ^ (h >>> 16)) & (capacity - 1);
    };
    const buckets = order.map((k) => bucket(k, 32));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
  });
});
