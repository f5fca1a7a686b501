/**
 * Key order of the JVM maps Kafka hands to Jackson when it writes znode JSON. Jackson writes a map in
 * its iteration order, so a byte-exact znode needs the map's order:
 *
 * - `scala.collection.mutable.HashMap` (Scala 2.13.14, Kafka 3.9's build): buckets in index order,
 *   each bucket sorted by improved hash (`h ^ h >>> 16`); the table starts at a size from the number of
 *   entries given to `mutable.Map(...)` and doubles when an insert would reach 0.75 × its length.
 * - `scala.collection.immutable.Map`: `Map1`..`Map4` keep insertion order; 5+ entries are a CHAMP trie
 *   (`immutable.HashMap`), iterated node by node: a node's own entries by 5-bit hash slice, then its
 *   sub-nodes, depth first, with the hash improved by `scala.collection.Hashing.improve`.
 * - `java.util.Properties` (a `ConcurrentHashMap` since Java 9): bins in index order, each bin in
 *   insertion order, a resize splitting bins as `ConcurrentHashMap.transfer` does.
 */

/**
 * `String.hashCode`: over UTF-16 code units with 32-bit wrap-around.
 *
 * @example
 *   javaStringHashCode('version'); // 351608024
 */
export function javaStringHashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * Order of a Scala 2.13 `mutable.HashMap` built by `mutable.Map(first n entries)` and then `+=` of
 * the rest. `initialEntries` is n (0 for `mutable.Map()`), which sizes the first table.
 *
 * @example
 *   scalaMutableHashMapOrder(['version', 'partitions', 'adding_replicas', 'removing_replicas', 'topic_id'], 4);
 *   // ['partitions', 'topic_id', 'adding_replicas', 'removing_replicas', 'version']
 */
export function scalaMutableHashMapOrder(keys: readonly string[], initialEntries: number): string[] {
  // HashMap.from: capacity ((n + 1) / 0.75) when the size is known, else 16; tableSizeFor rounds it.
  const capacity = initialEntries > 0 ? Math.trunc((initialEntries + 1) / 0.75) : 16;
  let length = Math.min(highestOneBit(Math.max(capacity - 1, 4)) * 2, 1 << 30);
  let threshold = Math.trunc(length * 0.75);
  for (let size = 0; size < keys.length; size++) {
    if (size + 1 >= threshold) {
      length *= 2;
      threshold = Math.trunc(length * 0.75);
    }
  }
  return keys
    .map((key, insertion) => {
      const hash = javaStringHashCode(key);
      return { key, insertion, hash: hash ^ (hash >>> 16) };
    })
    .sort(
      (a, b) =>
        (a.hash & (length - 1)) - (b.hash & (length - 1)) || a.hash - b.hash || a.insertion - b.insertion,
    )
    .map((entry) => entry.key);
}

function highestOneBit(n: number): number {
  return n <= 0 ? 0 : 2 ** Math.floor(Math.log2(n));
}

/**
 * Order of a Scala 2.13 immutable `Map` with these keys inserted in this order.
 *
 * @example
 *   scalaImmutableMapOrder(['version', 'leader', 'leader_epoch', 'controller_epoch', 'isr']);
 *   // ['controller_epoch', 'leader', 'version', 'leader_epoch', 'isr']
 */
export function scalaImmutableMapOrder(keys: readonly string[]): string[] {
  if (keys.length <= 4) return [...keys];
  return champOrder(
    keys.map((key) => ({ key, hash: scalaImprove(javaStringHashCode(key)) })),
    0,
  );
}

/** `scala.collection.Hashing.improve`, the CHAMP map's hash spreader. */
function scalaImprove(hcode: number): number {
  let h = (hcode + ~(hcode << 9)) | 0;
  h ^= h >>> 14;
  h = (h + (h << 4)) | 0;
  return h ^ (h >>> 10);
}

function champOrder(entries: readonly { key: string; hash: number }[], shift: number): string[] {
  if (shift >= 32) return entries.map((e) => e.key); // a collision node keeps insertion order
  const slots = new Map<number, { key: string; hash: number }[]>();
  for (const entry of entries) {
    const mask = (entry.hash >>> shift) & 31;
    const slot = slots.get(mask) ?? [];
    slot.push(entry);
    slots.set(mask, slot);
  }
  const masks = [...slots.keys()].sort((a, b) => a - b);
  const own: string[] = [];
  const deeper: string[] = [];
  for (const mask of masks) {
    const slot = slots.get(mask) ?? [];
    if (slot.length === 1 && slot[0] !== undefined) own.push(slot[0].key);
    else deeper.push(...champOrder(slot, shift + 5));
  }
  return [...own, ...deeper];
}

/**
 * Order of a `java.util.Properties` after `setProperty` of these keys in this order (Java 9+: a
 * `ConcurrentHashMap` of initial capacity 8, i.e. 16 bins, resized when the count reaches 0.75 × bins).
 *
 * @example
 *   javaPropertiesOrder(['retention.ms', 'cleanup.policy']); // bin order, not insertion order
 */
export function javaPropertiesOrder(keys: readonly string[]): string[] {
  let table: { key: string; hash: number }[][] = Array.from({ length: 16 }, () => []);
  let sizeCtl = 12;
  let count = 0;
  for (const key of keys) {
    const h = javaStringHashCode(key);
    const hash = (h ^ (h >>> 16)) & 0x7fffffff;
    table[hash & (table.length - 1)]?.push({ key, hash });
    count++;
    if (count >= sizeCtl) {
      table = transfer(table);
      sizeCtl = Math.trunc(table.length * 0.75);
    }
  }
  return table.flatMap((bin) => bin.map((node) => node.key));
}

/**
 * `ConcurrentHashMap.transfer` for list bins: the trailing run of nodes bound for the same half keeps
 * its order; the nodes before it are prepended one by one, so they come out reversed.
 */
function transfer(table: readonly { key: string; hash: number }[][]): { key: string; hash: number }[][] {
  const n = table.length;
  const next: { key: string; hash: number }[][] = Array.from({ length: 2 * n }, () => []);
  table.forEach((bin, i) => {
    const first = bin[0];
    if (first === undefined) return;
    let runBit = first.hash & n;
    let lastRun = 0;
    bin.forEach((node, j) => {
      if ((node.hash & n) !== runBit) {
        runBit = node.hash & n;
        lastRun = j;
      }
    });
    const tail = bin.slice(lastRun);
    let low = runBit === 0 ? tail : [];
    let high = runBit === 0 ? [] : tail;
    for (const node of bin.slice(0, lastRun)) {
      if ((node.hash & n) === 0) low = [node, ...low];
      else high = [node, ...high];
    }
    next[i] = low;
    next[i + n] = high;
  });
  return next;
}
