import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive } from './murmur2';

const utf8 = (text: string) => new TextEncoder().encode(text);

// KAFKA-REFERENCE §7.2: key, murmur2, toPositive, % 3, % 4, % 6.
const table: Array<[string, number, number, number, number, number]> = [
  ['21', -973932308, 1173551340, 0, 0, 0],
  ['foobar', -790332482, 1357151166, 0, 2, 0],
  ['a-little-bit-long-string', -985981536, 1161502112, 2, 0, 2],
  ['a-little-bit-longer-string', -1486304829, 661178819, 2, 3, 5],
  ['abc', 479470107, 479470107, 0, 3, 3],
  ['', 275646681, 275646681, 0, 1, 3],
  ['a', -1563381124, 584102524, 1, 0, 4],
  ['key', -1079937367, 1067546281, 1, 1, 1],
  ['key1', 28543940, 28543940, 2, 0, 2],
  ['key2', 1674751211, 1674751211, 2, 3, 5],
  ['key3', -1745673403, 401810245, 1, 1, 1],
  ['hello', 2132663229, 2132663229, 0, 1, 3],
  ['user-1', 1404122828, 1404122828, 2, 0, 2],
];

describe('murmur2', () => {
  it.each(table)('hashes %j like Java Utils.murmur2', (key, hash, positive, mod3, mod4, mod6) => {
    expect(murmur2(utf8(key))).toBe(hash);
    expect(toPositive(hash)).toBe(positive);
    expect(partitionForKey(utf8(key), 3)).toBe(mod3);
    expect(partitionForKey(utf8(key), 4)).toBe(mod4);
    expect(partitionForKey(utf8(key), 6)).toBe(mod6);
  });

  it('maps key2 to partition 2 of 3 and 5 of 6 (§13)', () => {
    expect(partitionForKey(utf8('key2'), 3)).toBe(2);
    expect(partitionForKey(utf8('key2'), 6)).toBe(5);
  });

  it('toPositive clears the sign bit rather than negating', () => {
    expect(toPositive(-5)).toBe(2147483643);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(7)).toBe(7);
  });

  it('hashes high bytes as unsigned', () => {
    // Each tail length 1..3 and a full block of 0xff bytes: signed-byte mistakes change these.
    const hashes = [1, 2, 3, 4].map((n) => murmur2(new Uint8Array(n).fill(0xff)));
    expect(new Set(hashes).size).toBe(4);
    for (const h of hashes) expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31).toBe(true);
  });

  it('rejects a partition count that is not a positive integer', () => {
    expect(() => partitionForKey(utf8('k'), 0)).toThrow(/positive integer/);
    expect(() => partitionForKey(utf8('k'), 2.5)).toThrow(/positive integer/);
    expect(() => partitionForKey(utf8('k'), Number.NaN)).toThrow(/positive integer/);
  });
});
