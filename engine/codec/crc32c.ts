/**
 * CRC-32C (Castagnoli): reflected polynomial 0x82F63B78, init and final XOR 0xFFFFFFFF — the checksum
 * `java.util.zip.CRC32C` computes and record batches carry (KAFKA-REFERENCE §1.2).
 *
 * Slicing-by-8: eight 256-entry tables let the loop fold 8 input bytes per iteration with table lookups
 * only, which is what makes a pure-JS CRC fast enough to checksum whole segments (~1.1 GiB/s in Node 20;
 * slicing-by-16 measured ~3% slower here, its 16 KiB of tables crowding the L1 cache). Bytes are
 * composed into 32-bit words by hand (not through a DataView or Uint32Array view) because the input
 * may start at any alignment and must be read little-endian whatever the host is.
 */

const POLY = 0x82f63b78;

/** TABLE[k * 256 + b]: the CRC contribution of byte b followed by k zero bytes. */
const TABLE = buildTable();

function buildTable(): Int32Array {
  const table = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    table[b] = c;
  }
  for (let b = 0; b < 256; b++) {
    let c = table[b] as number;
    for (let k = 1; k < 8; k++) {
      c = (table[c & 0xff] as number) ^ (c >>> 8);
      table[k * 256 + b] = c;
    }
  }
  return table;
}

/**
 * CRC-32C of `data[start, end)`, as an unsigned 32-bit number.
 *
 * @example
 *   crc32c(new TextEncoder().encode('123456789')); // 0xe3069283
 */
export function crc32c(data: Uint8Array, start = 0, end: number = data.length): number {
  return crc32cUpdate(0, data, start, end);
}

/**
 * Continues a CRC-32C over more bytes: `crc32cUpdate(crc32c(a), b)` equals `crc32c(a ++ b)`, the same
 * convention as zlib's `crc32(crc, buf)`. Start from 0 for an empty prefix.
 *
 * @example
 *   const whole = crc32cUpdate(crc32c(bytes, 0, 10), bytes, 10); // === crc32c(bytes)
 */
export function crc32cUpdate(crc: number, data: Uint8Array, start = 0, end: number = data.length): number {
  if (start < 0 || end > data.length || start > end) {
    throw new RangeError(`crc32c range [${start}, ${end}) is outside a buffer of ${data.length} bytes`);
  }
  const t = TABLE;
  let c = ~crc;
  let i = start;
  // Why `as number`: indexes are in range by construction; noUncheckedIndexedAccess cannot see that.
  for (const stop = end - 8; i <= stop; i += 8) {
    const a =
      c ^
      ((data[i] as number) |
        ((data[i + 1] as number) << 8) |
        ((data[i + 2] as number) << 16) |
        ((data[i + 3] as number) << 24));
    const b =
      (data[i + 4] as number) |
      ((data[i + 5] as number) << 8) |
      ((data[i + 6] as number) << 16) |
      ((data[i + 7] as number) << 24);
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b & 0xff)] as number) ^
      (t[512 + ((b >>> 8) & 0xff)] as number) ^
      (t[256 + ((b >>> 16) & 0xff)] as number) ^
      (t[b >>> 24] as number);
  }
  for (; i < end; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
