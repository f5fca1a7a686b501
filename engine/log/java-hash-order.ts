/**
 * The iteration order of a `java.util.HashMap<Long, …>`, which is the order of the entries in a producer
 * snapshot: `ProducerStateManager.writeSnapshot` walks its `producers` HashMap. Java iterates the table's
 * buckets in index order and each bucket's chain in insertion order (a resize splits chains without
 * reordering them), so the order is a stable sort of the insertion order by bucket index — given the
 * table's capacity, which only grows (`clear()` keeps the table).
 *
 * Not modelled: a bucket of 9+ keys in a table of 64+ becomes a red-black tree, whose root moves to the
 * front of the chain. That takes nine producer ids sharing their low hash bits; ids handed out in
 * blocks from 0, as KRaft's ProducerIdControlManager does, never get there.
 */

/** `HashMap`'s initial table size and load factor; `TREEIFY_THRESHOLD` and `MIN_TREEIFY_CAPACITY`. */
const DEFAULT_CAPACITY = 16;
const LOAD_FACTOR = 0.75;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;
const TWO_POW_32 = 4_294_967_296;

/**
 * `HashMap.hash(Long.valueOf(value))`: `Long.hashCode` folds the high word into the low one, then
 * HashMap spreads the high 16 bits down.
 *
 * @example
 *   javaLongHash(1000); // 1000
 */
export function javaLongHash(value: number): number {
  const high = Math.floor(value / TWO_POW_32) | 0;
  const h = ((value >>> 0) ^ high) | 0;
  return h ^ (h >>> 16);
}

/** The bucket `value` falls in with a table of `capacity` (a power of two). */
export function bucketOf(value: number, capacity: number): number {
  return javaLongHash(value) & (capacity - 1);
}

/**
 * The table capacity after `HashMap.put` of a key not in the map: the first put allocates 16 slots; a
 * chain reaching 9 nodes in a table under 64 doubles it (`treeifyBin`); more than 0.75 × capacity
 * entries doubles it (`putVal`).
 *
 * @example
 *   capacityAfterPut(16, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 12); // 32 (13 > 12)
 */
export function capacityAfterPut(capacity: number, keysBefore: Iterable<number>, newKey: number): number {
  let table = capacity === 0 ? DEFAULT_CAPACITY : capacity;
  let size = 1;
  let chain = 1;
  const bucket = bucketOf(newKey, table);
  for (const key of keysBefore) {
    size++;
    if (bucketOf(key, table) === bucket) chain++;
  }
  if (chain > TREEIFY_THRESHOLD && table < MIN_TREEIFY_CAPACITY) table *= 2;
  if (size > table * LOAD_FACTOR) table *= 2;
  return table;
}

/**
 * Keys in the order a HashMap with this capacity iterates them, given their insertion order.
 *
 * @example
 *   javaHashMapOrder([17, 1, 16], 16); // [16, 17, 1]: bucket 0, then bucket 1 in insertion order
 */
export function javaHashMapOrder(keysInInsertionOrder: readonly number[], capacity: number): number[] {
  if (capacity === 0) return [];
  return keysInInsertionOrder
    .map((key, i) => ({ key, i, bucket: bucketOf(key, capacity) }))
    .sort((a, b) => a.bucket - b.bucket || a.i - b.i)
    .map((k) => k.key);
}
