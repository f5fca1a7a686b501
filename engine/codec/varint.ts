/**
 * Zig-zag varints (int32) and varlongs (int64) as Kafka writes them inside records (KAFKA-REFERENCE §1.4):
 * the signed value is mapped to unsigned (`0,-1,1,-2 → 0,1,2,3`) and emitted 7 bits at a time, least
 * significant group first, bit 7 set on every byte but the last.
 *
 * Varlongs carry JS numbers. A varlong's zig-zag image of a large negative number does not fit a double
 * exactly (−(2^53−1) maps to 2^54−3), so varlongs are handled as two 32-bit halves, never as one number.
 */

/** Where a read ended; readers advance `position` past the bytes they consumed. */
export interface ByteCursor {
  position: number;
}

/** The result of a one-off read: the value and the position just after it. */
export interface VarintRead {
  value: number;
  position: number;
}

const TWO_POW_32 = 4294967296;

/**
 * Bytes `writeVarint` uses for a 32-bit signed value (1..5).
 *
 * @example
 *   sizeOfVarint(300); // 2
 */
export function sizeOfVarint(value: number): number {
  const zz = ((value << 1) ^ (value >> 31)) >>> 0;
  if (zz < 0x80) return 1;
  if (zz < 0x4000) return 2;
  if (zz < 0x200000) return 3;
  if (zz < 0x10000000) return 4;
  return 5;
}

/**
 * Bytes `writeVarlong` uses for a safe-integer value (1..10).
 *
 * @example
 *   sizeOfVarlong(-65); // 2
 */
export function sizeOfVarlong(value: number): number {
  if (fitsInt31(value)) return sizeOfVarint(value);
  let { hi, lo } = zigZag64(value);
  let size = 1;
  while (hi !== 0 || lo > 0x7f) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    size++;
  }
  return size;
}

/**
 * Writes a 32-bit signed `value` as a zig-zag varint at `position`; returns the position after it.
 *
 * @example
 *   const buf = new Uint8Array(5);
 *   writeVarint(buf, 0, 300); // 2; buf starts d8 04
 */
export function writeVarint(bytes: Uint8Array, position: number, value: number): number {
  let zz = ((value << 1) ^ (value >> 31)) >>> 0;
  let p = position;
  while (zz > 0x7f) {
    bytes[p++] = (zz & 0x7f) | 0x80;
    zz >>>= 7;
  }
  bytes[p++] = zz;
  return p;
}

/**
 * Writes a safe-integer `value` as a zig-zag varlong at `position`; returns the position after it.
 *
 * @example
 *   writeVarlong(buf, 0, -1); // 1; buf[0] === 0x01
 */
export function writeVarlong(bytes: Uint8Array, position: number, value: number): number {
  if (fitsInt31(value)) return writeVarint(bytes, position, value);
  let { hi, lo } = zigZag64(value);
  let p = position;
  while (hi !== 0 || lo > 0x7f) {
    bytes[p++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  bytes[p++] = lo;
  return p;
}

/**
 * Integers below 2^30 in magnitude have a zig-zag image within 31 bits, so the 32-bit path is exact for
 * them; the `| 0` comparison also sends fractions and NaN to the checked 64-bit path.
 */
function fitsInt31(value: number): boolean {
  return (value | 0) === value && value >= -0x40000000 && value < 0x40000000;
}

/** Zig-zag image of a 64-bit value as unsigned 32-bit halves: `(n << 1) ^ (n >> 63)`. */
function zigZag64(value: number): { hi: number; lo: number } {
  if (!Number.isSafeInteger(value)) throw new RangeError(`varlong value ${value} is not a safe integer`);
  const high = Math.floor(value / TWO_POW_32);
  const low = value - high * TWO_POW_32; // 0 .. 2^32-1
  const sign = high >> 31; // 0 or -1 (all ones)
  return {
    hi: (((high << 1) | (low >>> 31)) ^ sign) >>> 0,
    lo: ((low << 1) ^ sign) >>> 0,
  };
}

/**
 * Reads a zig-zag varint at `cursor.position` and advances the cursor. Throws if the varint runs past
 * `end` or is longer than 5 bytes (Java's `ByteUtils.readVarint` rejects those too).
 *
 * @example
 *   const cursor = { position: 0 };
 *   readVarint(new Uint8Array([0xd8, 0x04]), cursor); // 300; cursor.position === 2
 */
export function readVarint(bytes: Uint8Array, cursor: ByteCursor, end: number = bytes.length): number {
  let p = cursor.position;
  let zz = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (p >= end) throw new RangeError(`varint truncated at byte ${p}`);
    const b = bytes[p++] as number;
    zz |= (b & 0x7f) << shift;
    if (b < 0x80) {
      cursor.position = p;
      return (zz >>> 1) ^ -(zz & 1);
    }
  }
  throw new RangeError(`varint longer than 5 bytes at byte ${cursor.position}`);
}

/**
 * Reads a zig-zag varlong at `cursor.position` and advances the cursor. Values beyond ±2^53 lose
 * precision (they are not produced by this codec). Throws past `end` or beyond 10 bytes.
 *
 * @example
 *   readVarlong(new Uint8Array([0x81, 0x01]), { position: 0 }); // -65
 */
export function readVarlong(bytes: Uint8Array, cursor: ByteCursor, end: number = bytes.length): number {
  let p = cursor.position;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 10; i++) {
    if (p >= end) throw new RangeError(`varlong truncated at byte ${p}`);
    const b = bytes[p++] as number;
    const bits = b & 0x7f;
    if (i < 4) {
      lo |= bits << (7 * i);
    } else if (i === 4) {
      lo |= bits << 28; // the low 4 bits land in lo, the high 3 in hi
      hi = bits >>> 4;
    } else {
      hi |= bits << (7 * i - 32);
    }
    if (b < 0x80) {
      cursor.position = p;
      const sign = -(lo & 1);
      const valueLo = (((lo >>> 1) | (hi << 31)) ^ sign) >>> 0;
      const valueHi = ((hi >>> 1) ^ sign) | 0;
      return valueHi * TWO_POW_32 + valueLo;
    }
  }
  throw new RangeError(`varlong longer than 10 bytes at byte ${cursor.position}`);
}

/**
 * One-off varint read without a cursor object of your own.
 *
 * @example
 *   decodeVarint(new Uint8Array([0x80, 0x01]), 0); // { value: 64, position: 2 }
 */
export function decodeVarint(bytes: Uint8Array, position: number): VarintRead {
  const cursor = { position };
  const value = readVarint(bytes, cursor);
  return { value, position: cursor.position };
}

/**
 * One-off varlong read without a cursor object of your own.
 *
 * @example
 *   decodeVarlong(new Uint8Array([0x01]), 0); // { value: -1, position: 1 }
 */
export function decodeVarlong(bytes: Uint8Array, position: number): VarintRead {
  const cursor = { position };
  const value = readVarlong(bytes, cursor);
  return { value, position: cursor.position };
}
