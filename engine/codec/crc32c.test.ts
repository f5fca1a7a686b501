import { describe, expect, it } from 'vitest';
import { crc32c, crc32cUpdate } from './crc32c';

const ascii = (text: string) => new TextEncoder().encode(text);

/** Bit-at-a-time CRC-32C straight from the definition, to check the table-driven one against. */
function referenceCrc32c(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32c', () => {
  it('matches the standard check value for "123456789"', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
  });

  it('matches the RFC 3720 vectors (32 zero bytes, 32 0xff bytes, ascending, descending)', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it('is 0 for no bytes and unsigned for every input', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
    expect(crc32c(ascii('a'))).toBe(0xc1d04330);
  });

  it('agrees with the bit-at-a-time definition for every length 0..100 and any alignment', () => {
    const data = Uint8Array.from({ length: 140 }, (_, i) => (i * 167 + 13) & 0xff);
    for (let start = 0; start < 20; start += 3) {
      for (let length = 0; length <= 100; length++) {
        expect(crc32c(data, start, start + length)).toBe(
          referenceCrc32c(data.subarray(start, start + length)),
        );
      }
    }
  });

  it('continues across chunks with crc32cUpdate', () => {
    const data = ascii('123456789');
    expect(crc32cUpdate(crc32c(data, 0, 4), data, 4)).toBe(0xe3069283);
    expect(crc32cUpdate(0, data)).toBe(0xe3069283);
  });

  it('rejects a range outside the buffer', () => {
    expect(() => crc32c(new Uint8Array(4), 0, 5)).toThrow(/outside/);
    expect(() => crc32c(new Uint8Array(4), 3, 2)).toThrow(/outside/);
  });
});
