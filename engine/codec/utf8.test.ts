import { describe, expect, it } from 'vitest';
import { readUtf8, utf8Length, writeUtf8 } from './utf8';

const samples = ['', 'id', 'trace-id', 'é', 'ключ', '日本', '😀', 'a😀b', 'x'.repeat(100), 'ü'.repeat(40)];

describe('utf8 header keys', () => {
  it.each(samples)('writes %j exactly as TextEncoder does and reads it back', (text) => {
    const expected = new TextEncoder().encode(text);
    expect(utf8Length(text)).toBe(expected.length);
    const buf = new Uint8Array(expected.length + 4);
    expect(writeUtf8(buf, 2, text)).toBe(2 + expected.length);
    expect(buf.subarray(2, 2 + expected.length)).toEqual(expected);
    expect(readUtf8(buf, 2, 2 + expected.length)).toBe(text);
  });

  it('sizes lone surrogates as U+FFFD (3 bytes), as TextEncoder writes them', () => {
    for (const text of ['\ud800', 'a\udc00b', '\ud83d']) {
      const buf = new Uint8Array(16);
      expect(writeUtf8(buf, 0, text)).toBe(utf8Length(text));
      expect(readUtf8(buf, 0, utf8Length(text))).toBe(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
    }
  });

  it('decodes malformed bytes to U+FFFD, as Java new String(bytes, UTF_8) does', () => {
    expect(readUtf8(new Uint8Array([0x61, 0xff, 0x62]), 0, 3)).toBe('a\ufffdb');
  });
});
