import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  METADATA_TOPIC_ID,
  randomClusterId,
  randomJavaUuid,
  randomTopicId,
  uuidBytesToBase64,
  ZERO_UUID,
} from './uuid';

/** A `nextInt` that replays `words` (signed 32-bit ints), counting how many it handed out. */
function replay(words: readonly number[]) {
  let i = 0;
  const next = () => {
    const w = words[i % words.length] as number;
    i++;
    return w | 0;
  };
  return { next, drawn: () => i };
}

const WORDS = [0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210];
const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('uuidBytesToBase64', () => {
  it('encodes like Base64.getUrlEncoder().withoutPadding()', () => {
    expect(uuidBytesToBase64(new Uint8Array(16))).toBe(ZERO_UUID);
    const one = new Uint8Array(16);
    one[15] = 1;
    expect(uuidBytesToBase64(one)).toBe(METADATA_TOPIC_ID);
    // Checked against Python's base64.urlsafe_b64encode: '-' and '_' replace '+' and '/'.
    const bytes = Uint8Array.from([
      0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0x4d, 0xef, 0xbe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10,
    ]);
    expect(uuidBytesToBase64(bytes)).toBe('ASNFZ4mrTe--3LqYdlQyEA');
  });
});

describe('randomJavaUuid', () => {
  it('forces the version and variant bits of UUID.randomUUID', () => {
    const { next, drawn } = replay(WORDS);
    // Bytes 0123456789abcdef fedcba9876543210 with byte 6 (cd → 4d) and byte 8 (fe → be) forced.
    expect(randomJavaUuid(next)).toBe('01234567-89ab-4def-bedc-ba9876543210');
    expect(drawn()).toBe(4);
  });

  it('always has the shape of a version-4 UUID', () => {
    fc.assert(
      fc.property(fc.array(int32, { minLength: 4, maxLength: 4 }), (words) => {
        expect(randomJavaUuid(replay(words).next)).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      }),
      { seed: 1011 },
    );
  });
});

describe('randomTopicId', () => {
  it('is the Base64 form of the same UUID', () => {
    expect(randomTopicId(replay(WORDS).next)).toBe('ASNFZ4mrTe--3LqYdlQyEA');
  });

  it("draws again when the id would start with '-'", () => {
    // A first byte of 0xf8 encodes to '-'; the second UUID is the one above.
    const { next, drawn } = replay([0xf8000000, 0, 0, 0, ...WORDS]);
    expect(randomTopicId(next)).toBe('ASNFZ4mrTe--3LqYdlQyEA');
    expect(drawn()).toBe(8);
  });

  it('is 22 URL-safe characters, never starting with "-", with the version visible at index 8', () => {
    fc.assert(
      fc.property(fc.array(int32, { minLength: 4, maxLength: 4 }), (words) => {
        const id = randomTopicId(replay([...words, ...WORDS]).next);
        expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
        // Byte 6's high nibble 0100 is the top of character 8: one of Q, R, S, T.
        expect('QRST').toContain(id[8]);
        expect(id).not.toBe(ZERO_UUID);
      }),
      { seed: 1012 },
    );
  });
});

describe('randomClusterId', () => {
  it('draws once and keeps a leading "-", as CoreUtils.generateUuidAsBase64 does', () => {
    const { next, drawn } = replay([0xf8000000, 0, 0, 0, ...WORDS]);
    expect(randomClusterId(next)).toBe('-AAAAAAAQACAAAAAAAAAAA');
    expect(drawn()).toBe(4);
  });
});
