/**
 * UTF-8 for header keys. Keys are short and nearly always ASCII, so both directions take a plain
 * char-code loop and fall back to TextEncoder/TextDecoder only for other text. Lone surrogates count
 * as U+FFFD (3 bytes), exactly what TextEncoder writes, so sizes and writes always agree.
 */

const encoder = new TextEncoder();
// Non-fatal: malformed input decodes to U+FFFD, as Java's `new String(bytes, UTF_8)` does.
const decoder = new TextDecoder();

/**
 * Number of bytes `writeUtf8` writes for `text`.
 *
 * @example
 *   utf8Length('é'); // 2
 */
export function utf8Length(text: string): number {
  const n = text.length;
  let size = n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      size += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      size += 2; // a surrogate pair: 2 UTF-16 units become 4 bytes
      i++;
    } else {
      size += 2; // any other BMP unit, lone surrogates included (as U+FFFD), is 3 bytes
    }
  }
  return size;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Writes `text` as UTF-8 at `position` and returns the position after it. The caller has sized the
 * buffer with `utf8Length`.
 *
 * @example
 *   writeUtf8(buf, 0, 'id'); // 2
 */
export function writeUtf8(bytes: Uint8Array, position: number, text: string): number {
  const n = text.length;
  let p = position;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return position + encoder.encodeInto(text, bytes.subarray(position)).written;
    bytes[p++] = c;
  }
  return p;
}

/**
 * Decodes `bytes[start, end)` as UTF-8.
 *
 * @example
 *   readUtf8(new Uint8Array([0x69, 0x64]), 0, 2); // 'id'
 */
export function readUtf8(bytes: Uint8Array, start: number, end: number): string {
  // String.fromCharCode per byte beats TextDecoder's call overhead for short ASCII keys.
  if (end - start > 64) return decoder.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 0x80) return decoder.decode(bytes.subarray(start, end));
    text += String.fromCharCode(c);
  }
  return text;
}
