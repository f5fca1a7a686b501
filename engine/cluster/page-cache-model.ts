/**
 * One broker machine's operating-system page cache, as a model for the metrics view (the notes' "page
 * cache" point: Kafka leaves caching to the OS, so a consumer at the tail is served from memory and one
 * replaying old data goes to disk). It decides nothing in the simulation — reads succeed either way —
 * it only counts what would have been a hit or a miss.
 *
 * Our simplifications, stated once:
 * - The budget is a fixed number of bytes per broker ({@link DEFAULT_PAGE_CACHE_BYTES}, the cluster
 *   option `pageCacheBytes`). A real broker's cache is whatever memory the OS has free.
 * - Residency is tracked per 64 KiB chunk of each segment file, least recently used chunk evicted
 *   first. A chunk holds one contiguous cached range; a read or write next to or apart from it widens it
 *   to cover both (the kernel's readahead would fill such a gap).
 * - Hits and misses are counted in bytes: of each fetch read (consumer or follower), the bytes found
 *   cached are hits, the rest misses (then read from disk into the cache). Writes (appends) are cached
 *   as they happen and count as neither.
 * - Only the `.log` files are modelled (indexes are small and hot). The cleaner's reads and writes are
 *   not (a cleaned segment starts uncached), nor are reads other than Fetch (ListOffsets, group loads).
 *
 * Work is per append and per fetch read (a few chunk lookups), never per record.
 *
 * @example
 *   const cache = new PageCacheModel(64 * 1024 * 1024);
 *   cache.written('orders-0', 0, 0, 1000);   // an append: bytes 0..999 of segment 0 are cached
 *   cache.read('orders-0', 0, 0, 1000);      // a tail read: 1000 hit bytes
 */

/** Our default budget per broker: 64 MiB (a real broker uses the OS's free memory). */
export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;
/** Residency granularity: 64 KiB of a segment file (the Foundation's chunk size). */
export const PAGE_CACHE_CHUNK_BYTES = 64 * 1024;

interface CachedChunk {
  readonly segment: CachedSegment;
  readonly index: number;
  /** The cached byte range within the segment file, [fromPosition, toPosition). */
  fromPosition: number;
  toPosition: number;
}

interface CachedSegment {
  readonly logName: string;
  readonly baseOffset: number;
  readonly chunks: Array<CachedChunk | undefined>;
}

export interface PageCacheCounters {
  /** Fetch-read bytes found in the cache. */
  readonly hitBytes: number;
  /** Fetch-read bytes that had to come from disk. */
  readonly missBytes: number;
  /** Bytes cached now. */
  readonly usedBytes: number;
  readonly budgetBytes: number;
  /** Bytes dropped to stay within the budget (not counting deleted files). */
  readonly evictedBytes: number;
}

export class PageCacheModel {
  private readonly segmentsByLog = new Map<string, Map<number, CachedSegment>>();
  /** Every cached chunk, least recently used first (a Set keeps insertion order). */
  private readonly lru = new Set<CachedChunk>();
  private used = 0;
  private hits = 0;
  private misses = 0;
  private evicted = 0;

  constructor(readonly budgetBytes: number = DEFAULT_PAGE_CACHE_BYTES) {
    if (!(budgetBytes >= 0) || !Number.isFinite(budgetBytes))
      throw new RangeError(`pageCacheBytes must be a finite number ≥ 0, got ${budgetBytes}`);
  }

  counters(): PageCacheCounters {
    return {
      hitBytes: this.hits,
      missBytes: this.misses,
      usedBytes: this.used,
      budgetBytes: this.budgetBytes,
      evictedBytes: this.evicted,
    };
  }

  /** An append wrote `[position, position + length)` of the segment file: those pages are cached now. */
  written(logName: string, segmentBaseOffset: number, position: number, length: number): void {
    if (length <= 0) return;
    const segment = this.segment(logName, segmentBaseOffset, true) as CachedSegment;
    this.forEachChunk(position, length, (index, from, to) => this.cache(segment, index, from, to));
    this.evictToBudget();
  }

  /**
   * A fetch read `[position, position + length)` of the segment file. Counts the cached bytes as hits
   * and the rest as misses; afterwards the whole range is cached (it was read from disk).
   */
  read(logName: string, segmentBaseOffset: number, position: number, length: number): void {
    if (length <= 0) return;
    const segment = this.segment(logName, segmentBaseOffset, true) as CachedSegment;
    this.forEachChunk(position, length, (index, from, to) => {
      const chunk = segment.chunks[index];
      const hit = chunk
        ? Math.max(0, Math.min(to, chunk.toPosition) - Math.max(from, chunk.fromPosition))
        : 0;
      this.hits += hit;
      this.misses += to - from - hit;
      this.cache(segment, index, from, to);
    });
    this.evictToBudget();
  }

  /** The segment file was deleted (retention, truncation, compaction): its pages are freed. */
  segmentDeleted(logName: string, segmentBaseOffset: number): void {
    const segments = this.segmentsByLog.get(logName);
    const segment = segments?.get(segmentBaseOffset);
    if (!segments || !segment) return;
    for (const chunk of segment.chunks) if (chunk) this.drop(chunk);
    segments.delete(segmentBaseOffset);
  }

  /** The segment file was truncated to `sizeInBytes`: pages past the new end are gone. */
  segmentTruncated(logName: string, segmentBaseOffset: number, sizeInBytes: number): void {
    const segment = this.segment(logName, segmentBaseOffset, false);
    if (!segment) return;
    for (const chunk of segment.chunks) {
      if (!chunk || chunk.toPosition <= sizeInBytes) continue;
      if (chunk.fromPosition >= sizeInBytes) {
        this.drop(chunk);
        continue;
      }
      this.used -= chunk.toPosition - sizeInBytes;
      chunk.toPosition = sizeInBytes;
    }
  }

  /** The whole log left this broker's disk (topic deleted). */
  logDeleted(logName: string): void {
    const segments = this.segmentsByLog.get(logName);
    if (!segments) return;
    for (const base of [...segments.keys()]) this.segmentDeleted(logName, base);
    this.segmentsByLog.delete(logName);
  }

  /** The machine lost power: memory is empty and the OS counters start again. */
  clear(): void {
    this.segmentsByLog.clear();
    this.lru.clear();
    this.used = 0;
    this.hits = 0;
    this.misses = 0;
    this.evicted = 0;
  }

  /** Whether any byte of `[position, position + length)` of the segment is cached (for tests and views). */
  isCached(logName: string, segmentBaseOffset: number, position: number, length: number): boolean {
    const segment = this.segment(logName, segmentBaseOffset, false);
    if (!segment) return false;
    let cached = false;
    this.forEachChunk(position, length, (index, from, to) => {
      const chunk = segment.chunks[index];
      if (chunk && chunk.fromPosition < to && chunk.toPosition > from) cached = true;
    });
    return cached;
  }

  private segment(logName: string, baseOffset: number, create: boolean): CachedSegment | undefined {
    let segments = this.segmentsByLog.get(logName);
    if (!segments) {
      if (!create) return undefined;
      segments = new Map();
      this.segmentsByLog.set(logName, segments);
    }
    let segment = segments.get(baseOffset);
    if (!segment && create) {
      segment = { logName, baseOffset, chunks: [] };
      segments.set(baseOffset, segment);
    }
    return segment;
  }

  /** Calls `visit` with each chunk's part `[from, to)` of the byte range. */
  private forEachChunk(
    position: number,
    length: number,
    visit: (index: number, from: number, to: number) => void,
  ): void {
    const end = position + length;
    const first = Math.floor(position / PAGE_CACHE_CHUNK_BYTES);
    const last = Math.floor((end - 1) / PAGE_CACHE_CHUNK_BYTES);
    for (let index = first; index <= last; index++) {
      const chunkStart = index * PAGE_CACHE_CHUNK_BYTES;
      visit(index, Math.max(position, chunkStart), Math.min(end, chunkStart + PAGE_CACHE_CHUNK_BYTES));
    }
  }

  /** Caches `[from, to)` of one chunk and makes the chunk most recently used. */
  private cache(segment: CachedSegment, index: number, from: number, to: number): void {
    const chunk = segment.chunks[index];
    if (!chunk) {
      const fresh: CachedChunk = { segment, index, fromPosition: from, toPosition: to };
      segment.chunks[index] = fresh;
      this.lru.add(fresh);
      this.used += to - from;
      return;
    }
    const before = chunk.toPosition - chunk.fromPosition;
    chunk.fromPosition = Math.min(chunk.fromPosition, from);
    chunk.toPosition = Math.max(chunk.toPosition, to);
    this.used += chunk.toPosition - chunk.fromPosition - before;
    this.lru.delete(chunk);
    this.lru.add(chunk);
  }

  private drop(chunk: CachedChunk): void {
    this.used -= chunk.toPosition - chunk.fromPosition;
    this.lru.delete(chunk);
    chunk.segment.chunks[chunk.index] = undefined;
  }

  private evictToBudget(): void {
    if (this.used <= this.budgetBytes) return;
    for (const chunk of this.lru) {
      if (this.used <= this.budgetBytes) return;
      this.evicted += chunk.toPosition - chunk.fromPosition;
      this.drop(chunk);
    }
  }
}
