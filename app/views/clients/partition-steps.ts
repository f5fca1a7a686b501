/**
 * How the Java producer picks a partition for one record, as steps a learner can follow while typing
 * (KAFKA-REFERENCE §7.1–7.3): an explicit partition wins; else a key (unless `partitioner.ignore.keys`)
 * goes UTF-8 bytes → murmur2 (signed 32-bit) → toPositive (& 0x7fffffff) → % numPartitions; else the
 * built-in uniform sticky partitioner chooses inside the accumulator. Pure: the hash is the engine's
 * own codec (the same function the simulated producer runs), never a second implementation.
 *
 * @example
 *   partitionSteps({ key: 'key2', partitioner: 'default', explicitPartition: null, numPartitions: 3 });
 *   // → { kind: 'hashed', hash: { murmur2: 1674751211, positive: 1674751211, partition: 2, … } }
 */
import { murmur2, toPositive } from '../../../engine/codec/murmur2';

export type PartitionerChoice = 'default' | 'ignore-keys';

/** Bytes listed one by one; longer keys show the first ones and a count of the rest. */
export const MAX_LISTED_BYTES = 16;

export interface HashSteps {
  /** The key's UTF-8 bytes (what `StringSerializer` sends), as two-digit hex. */
  readonly bytesHex: readonly string[];
  readonly byteCount: number;
  /** Java's `Utils.murmur2`: a signed 32-bit int. */
  readonly murmur2: number;
  /** The same 32 bits as unsigned hex (`0x…`), so the sign bit can be seen going away. */
  readonly murmur2Hex: string;
  /** `murmur2 & 0x7fffffff`. */
  readonly positive: number;
  readonly positiveHex: string;
  /** Every partition of the topic (leaderless ones too), or null when the topic is not known yet. */
  readonly numPartitions: number | null;
  /** `positive % numPartitions`, or null without a partition count. */
  readonly partition: number | null;
}

export type PartitionSteps =
  /** The record names its partition: used as is, the key is not hashed. `valid` = within the topic. */
  | { readonly kind: 'explicit'; readonly partition: number; readonly valid: boolean | null }
  /** The key decides: the hash steps end in the partition. */
  | { readonly kind: 'hashed'; readonly hash: HashSteps }
  /**
   * No key (or keys ignored): the uniform sticky partitioner picks a partition in the accumulator and
   * keeps it for about `batch.size` bytes. `hash` is shown for an ignored key, to compare.
   */
  | { readonly kind: 'sticky'; readonly reason: 'null-key' | 'ignore-keys'; readonly hash: HashSteps | null };

export interface PartitionInput {
  /** null = no key. An empty string is a key (zero bytes), as in Kafka. */
  readonly key: string | null;
  readonly partitioner: PartitionerChoice;
  readonly explicitPartition: number | null;
  readonly numPartitions: number | null;
}

const encoder = new TextEncoder();

const hex8 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** The hash steps for one key; `numPartitions` null or < 1 leaves the last step open. */
export function hashSteps(key: string, numPartitions: number | null): HashSteps {
  const bytes = encoder.encode(key);
  const hash = murmur2(bytes);
  const positive = toPositive(hash);
  const count =
    numPartitions !== null && Number.isInteger(numPartitions) && numPartitions >= 1 ? numPartitions : null;
  const listed: string[] = [];
  for (let i = 0; i < Math.min(bytes.length, MAX_LISTED_BYTES); i++)
    listed.push((bytes[i] as number).toString(16).padStart(2, '0'));
  return {
    bytesHex: listed,
    byteCount: bytes.length,
    murmur2: hash,
    murmur2Hex: hex8(hash),
    positive,
    positiveHex: hex8(positive),
    numPartitions: count,
    partition: count === null ? null : positive % count,
  };
}

/** Kafka's order of precedence (§7.1), without a custom `partitioner.class`. */
export function partitionSteps(input: PartitionInput): PartitionSteps {
  const explicit = input.explicitPartition;
  if (explicit !== null) {
    const valid = explicit < 0 ? false : input.numPartitions === null ? null : explicit < input.numPartitions;
    return { kind: 'explicit', partition: explicit, valid };
  }
  if (input.key === null) return { kind: 'sticky', reason: 'null-key', hash: null };
  const hash = hashSteps(input.key, input.numPartitions);
  if (input.partitioner === 'ignore-keys') return { kind: 'sticky', reason: 'ignore-keys', hash };
  return { kind: 'hashed', hash };
}
