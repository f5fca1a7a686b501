/**
 * Kafka's identifiers made from random UUIDs (KAFKA-REFERENCE §10), drawn from the seeded RNG instead
 * of `SecureRandom`. Every one starts as a `java.util.UUID.randomUUID()`: 16 random bytes with the
 * version (4) and variant (0b10) bits forced, so only 122 bits are random. Kafka prints them either as
 * 22 characters of URL-safe Base64 without padding (`org.apache.kafka.common.Uuid.toString`) or, for
 * consumer member ids, in Java's `8-4-4-4-12` hex form.
 *
 * `nextInt` returns signed 32-bit ints; each draw supplies 4 bytes, big-endian, 4 draws per UUID.
 */

/** `Uuid.ZERO_UUID`: "no id" (a topic created before ids existed, or an unknown one). */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** `Uuid.METADATA_TOPIC_ID` (= `Uuid.ONE_UUID`): KRaft's `__cluster_metadata` topic. */
export const METADATA_TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';

const BASE64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 16 bytes of `java.util.UUID.randomUUID()`. */
function randomUuidBytes(nextInt: () => number): Uint8Array {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i += 4) {
    const word = nextInt();
    bytes[i] = word >>> 24;
    bytes[i + 1] = word >>> 16;
    bytes[i + 2] = word >>> 8;
    bytes[i + 3] = word;
  }
  // Version 4 in the high nibble of byte 6, IETF variant (0b10) in the top bits of byte 8.
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return bytes;
}

/**
 * `Base64.getUrlEncoder().withoutPadding()` of 16 bytes: 22 characters.
 *
 * @example
 *   uuidBytesToBase64(new Uint8Array(16)); // 'AAAAAAAAAAAAAAAAAAAAAA'
 */
export function uuidBytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += BASE64_URL[b0 >> 2];
    out += BASE64_URL[((b0 & 0x03) << 4) | ((b1 ?? 0) >> 4)];
    if (b1 !== undefined) out += BASE64_URL[((b1 & 0x0f) << 2) | ((b2 ?? 0) >> 6)];
    if (b2 !== undefined) out += BASE64_URL[b2 & 0x3f];
  }
  return out;
}

/**
 * A topic id as `Uuid.randomUuid()` makes it: a random UUID, drawn again while it is a reserved id
 * (zero or one) or its Base64 form starts with '-' (which would read as a command-line option).
 *
 * @example
 *   randomTopicId(() => rng.nextInt()); // e.g. 'QXDbQ2ztS4OAzg3KqgnDBw'
 */
export function randomTopicId(nextInt: () => number): string {
  for (;;) {
    const id = uuidBytesToBase64(randomUuidBytes(nextInt));
    // The version bits make ZERO and ONE impossible here; checked anyway, as Kafka does.
    if (id !== ZERO_UUID && id !== METADATA_TOPIC_ID && !id.startsWith('-')) return id;
  }
}

/**
 * A ZooKeeper-mode cluster id (`/cluster/id`), from `CoreUtils.generateUuidAsBase64`: the same Base64
 * form as a topic id, but drawn once, with no check, so it may start with '-'. (A KRaft cluster id comes
 * from `kafka-storage.sh random-uuid`, which is `Uuid.randomUuid`: use `randomTopicId`.)
 *
 * @example
 *   randomClusterId(() => rng.nextInt()); // e.g. '9ojroUMqQWWLRNUp2Ex5HQ'
 */
export function randomClusterId(nextInt: () => number): string {
  return uuidBytesToBase64(randomUuidBytes(nextInt));
}

/**
 * `UUID.randomUUID().toString()`: lowercase hex `8-4-4-4-12`, whose 13th digit is always 4 and 17th one
 * of 8, 9, a, b. Consumer member ids are `<client.id>-<this>`.
 *
 * @example
 *   randomJavaUuid(() => rng.nextInt()); // e.g. 'ead142e2-75fb-44d7-b3e1-fbae4a1c71c2'
 */
export function randomJavaUuid(nextInt: () => number): string {
  const hex = Array.from(randomUuidBytes(nextInt), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
