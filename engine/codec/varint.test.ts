import { describe, expect, it } from 'vitest';
import {
  decodeVarint,
  decodeVarlong,
  readVarint,
  sizeOfVarint,
  sizeOfVarlong,
  writeVarint,
  writeVarlong,
} from './varint';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

function encodeVarint(value: number): string {
  const buf = new Uint8Array(5);
  return hex(buf.subarray(0, writeVarint(buf, 0, value)));
}

function encodeVarlong(value: number): string {
  const buf = new Uint8Array(10);
  return hex(buf.subarray(0, writeVarlong(buf, 0, value)));
}

// KAFKA-REFERENCE §1.4.
const examples: Array<[number, string]> = [
  [0, '00'],
  [-1, '01'],
  [1, '02'],
  [5, '0a'],
  [11, '16'],
  [63, '7e'],
  [64, '80 01'],
  [-65, '81 01'],
  [300, 'd8 04'],
];

describe('varint', () => {
  it.each(examples)('encodes %i as %s, as varint and varlong', (value, expected) => {
    expect(encodeVarint(value)).toBe(expected);
    expect(encodeVarlong(value)).toBe(expected);
    expect(sizeOfVarint(value)).toBe(expected.split(' ').length);
    expect(sizeOfVarlong(value)).toBe(expected.split(' ').length);
  });

  it.each(examples)('decodes %i back from %s', (value, encoded) => {
    const bytes = Uint8Array.from(encoded.split(' '), (b) => Number.parseInt(b, 16));
    expect(decodeVarint(bytes, 0)).toEqual({ value, position: bytes.length });
    expect(decodeVarlong(bytes, 0)).toEqual({ value, position: bytes.length });
  });

  it('covers the int32 extremes in 5 bytes', () => {
    expect(encodeVarint(2147483647)).toBe('fe ff ff ff 0f');
    expect(encodeVarint(-2147483648)).toBe('ff ff ff ff 0f');
    expect(decodeVarint(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 0).value).toBe(-2147483648);
  });

  it('writes varlongs past 32 bits as Java does', () => {
    // Expected bytes from a reference encoder over arbitrary-precision integers (Python).
    expect(encodeVarlong(1700000000000)).toBe('80 a0 ab fe f9 62');
    expect(encodeVarlong(Number.MAX_SAFE_INTEGER)).toBe('fe ff ff ff ff ff ff 1f');
    expect(encodeVarlong(Number.MIN_SAFE_INTEGER)).toBe('fd ff ff ff ff ff ff 1f');
    expect(encodeVarlong(-(2 ** 31))).toBe('ff ff ff ff 0f');
    expect(encodeVarlong(2 ** 31)).toBe('80 80 80 80 10');
    expect(sizeOfVarlong(Number.MAX_SAFE_INTEGER)).toBe(8);
  });

  it('round-trips the safe-integer extremes exactly', () => {
    for (const value of [
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      2 ** 52,
      -(2 ** 52) - 1,
      2 ** 32,
      -(2 ** 32),
    ]) {
      const buf = new Uint8Array(10);
      const end = writeVarlong(buf, 0, value);
      expect(end).toBe(sizeOfVarlong(value));
      expect(decodeVarlong(buf, 0)).toEqual({ value, position: end });
    }
  });

  it('rejects a varlong that is not a safe integer', () => {
    expect(() => writeVarlong(new Uint8Array(10), 0, 2 ** 53)).toThrow(/safe integer/);
    expect(() => writeVarlong(new Uint8Array(10), 0, 1.5)).toThrow(/safe integer/);
  });

  it('writes at a position and advances a cursor', () => {
    const buf = new Uint8Array(8);
    const p = writeVarint(buf, 3, 300);
    expect(p).toBe(5);
    const cursor = { position: 3 };
    expect(readVarint(buf, cursor)).toBe(300);
    expect(cursor.position).toBe(5);
  });

  it('reports truncated and over-long varints with the byte position', () => {
    expect(() => decodeVarint(new Uint8Array([0x80, 0x80]), 0)).toThrow('varint truncated at byte 2');
    expect(() => decodeVarint(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), 0)).toThrow(
      /longer than 5 bytes/,
    );
    expect(() => decodeVarlong(new Uint8Array(11).fill(0x80), 0)).toThrow(/longer than 10 bytes/);
    expect(() => decodeVarlong(new Uint8Array([0x80]), 0)).toThrow('varlong truncated at byte 1');
  });
});
