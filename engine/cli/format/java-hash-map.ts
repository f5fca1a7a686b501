/**
 * The iteration order of the Java hash maps and sets that Kafka's tools print from. Java walks a
 * `HashMap`'s buckets in index order and each bucket's chain in insertion order; a resize splits chains
 * without reordering them. So a map's order is a stable sort of its insertion order by bucket index,
 * `(h ^ (h >>> 16)) & (capacity - 1)`, at the table's final capacity.
 *
 * Capacities follow JDK 21 (the JVM of the official apache/kafka:3.9 image): `new HashMap<>(Map)` and
 * `new HashSet<>(Collection)` presize with `ceil(n / 0.75)` (JDK 8–18 used `n / 0.75 + 1`, which can
 * give a table twice as large). Not modelled: a chain of 9+ keys turning into a tree, which takes nine
 * keys sharing their low hash bits.
 */

const LOAD_FACTOR = 0.75;
const DEFAULT_CAPACITY = 16;

/**
 * `String.hashCode`: `h = 31 * h + c` over UTF-16 code units, wrapping at 32 bits.
 *
 * @example
 *   javaStringHash('my-group'); // -1906497762
 */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * `TopicPartition.hashCode`: `31 * (31 + partition) + topic.hashCode()`.
 *
 * @example
 *   topicPartitionHash('demo', 0) === (961 + javaStringHash('demo')) | 0; // true
 */
export function topicPartitionHash(topic: string, partition: number): number {
  return (Math.imul(31, (31 + partition) | 0) + javaStringHash(topic)) | 0;
}

/**
 * joptsimple's `OptionSpec.hashCode` for a one-name option: `List.hashCode` of `[name]`.
 *
 * @example
 *   optionSpecHash('list') === (31 + javaStringHash('list')) | 0; // true
 */
export function optionSpecHash(name: string): number {
  return (31 + javaStringHash(name)) | 0;
}

/** `HashMap.tableSizeFor`: the smallest power of two ≥ `capacity` (1 for 0 and 1). */
export function tableSizeFor(capacity: number): number {
  let size = 1;
  while (size < capacity) size *= 2;
  return size;
}

function grow(capacity: number, size: number): number {
  let table = capacity;
  while (size > Math.floor(table * LOAD_FACTOR)) table *= 2;
  return table;
}

/**
 * The table capacity of a `HashMap` after `size` distinct puts: `new HashMap<>()` when
 * `initialCapacity` is undefined, else `new HashMap<>(initialCapacity)`.
 *
 * @example
 *   hashMapCapacity(13); // 32 (13 > 0.75 × 16)
 *   hashMapCapacity(3, 3); // 4
 */
export function hashMapCapacity(size: number, initialCapacity?: number): number {
  const first = initialCapacity === undefined ? DEFAULT_CAPACITY : tableSizeFor(initialCapacity);
  return grow(first, size);
}

/**
 * The capacity of `new HashMap<>(map)` copying a map of `size` entries (JDK 19+).
 *
 * @example
 *   copiedHashMapCapacity(3); // 4
 */
export function copiedHashMapCapacity(size: number): number {
  return grow(tableSizeFor(Math.ceil(size / LOAD_FACTOR)), size);
}

/**
 * The capacity of `new HashSet<>(collection)` of `size` elements (JDK 19+: `newHashMap(max(n, 12))`).
 *
 * @example
 *   hashSetCapacity(4); // 16
 */
export function hashSetCapacity(size: number): number {
  return grow(tableSizeFor(Math.ceil(Math.max(size, 12) / LOAD_FACTOR)), size);
}

/**
 * The order a hash map with `capacity` slots iterates `items`, given their insertion order.
 *
 * @example
 *   javaHashOrder(['b', 'a'], javaStringHash, 16); // ['a', 'b'] ('a' = 97 is bucket 1, 'b' bucket 2)
 */
export function javaHashOrder<T>(items: readonly T[], hash: (item: T) => number, capacity: number): T[] {
  const mask = capacity - 1;
  return items
    .map((item, index) => {
      const h = hash(item);
      return { item, index, bucket: (h ^ (h >>> 16)) & mask };
    })
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((entry) => entry.item);
}
