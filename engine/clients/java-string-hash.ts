/**
 * Java's `String.hashCode` and the places Kafka's behaviour depends on it: the group coordinator's
 * partition (KAFKA-REFERENCE §8.1, `GroupMetadataManager.partitionFor`) and the iteration order of a
 * `java.util.HashMap<String, …>`, which decides ties inside the sticky assignors.
 */

/**
 * `String.hashCode`: `h = 31 * h + c` over the UTF-16 code units, wrapping at 32 bits.
 *
 * @example
 *   javaStringHashCode('my-group'); // -1906497762
 */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    // Math.imul keeps the product exact in 32 bits; a plain `*` loses low bits past 2^53.
    h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  }
  return h;
}

/**
 * Kafka's `Utils.abs`: `Math.abs`, except Integer.MIN_VALUE (whose negation overflows back to itself)
 * maps to 0, so the result is always a valid array index.
 *
 * @example
 *   utilsAbs(-2147483648); // 0
 */
export function utilsAbs(n: number): number {
  const i = n | 0;
  return i === -2147483648 ? 0 : Math.abs(i);
}

/**
 * The `__consumer_offsets` partition holding a group: `Utils.abs(groupId.hashCode) % partitions`. The
 * group's coordinator is that partition's leader. Transactional ids use the same rule over
 * `__transaction_state`.
 *
 * @example
 *   coordinatorPartitionFor('my-group', 50); // 12
 */
export function coordinatorPartitionFor(groupId: string, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return utilsAbs(javaStringHashCode(groupId)) % numPartitions;
}

/** `HashMap`'s default initial table size and load factor. */
const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;

/**
 * The order a `new HashMap<String, …>()` iterates `keys` after they were put in this order (distinct
 * keys, no removals). Java walks the buckets in index order, each bucket's chain in insertion order, and
 * a resize splits chains without reordering them: so this is a stable sort by bucket index, where the
 * bucket is `(h ^ (h >>> 16)) & (capacity - 1)` and the table doubles whenever size > 0.75 × capacity.
 * Not modelled: a chain of 9+ keys becoming a tree, which needs 9 keys sharing their low hash bits.
 *
 * @example
 *   javaHashMapKeyOrder(['consumer1', 'consumer2', 'consumer3']); // ['consumer3', 'consumer2', 'consumer1']
 */
export function javaHashMapKeyOrder(keys: readonly string[]): string[] {
  let capacity = DEFAULT_CAPACITY;
  while (keys.length > capacity * LOAD_FACTOR) capacity *= 2;
  const mask = capacity - 1;
  return keys
    .map((key, index) => {
      const h = javaStringHashCode(key);
      return { key, index, bucket: (h ^ (h >>> 16)) & mask };
    })
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((entry) => entry.key);
}
