import type { ChunkedFile } from '../log/chunked-file';

/**
 * The brokers' page cache: which chunks of which files are in memory, bounded by a byte budget, with
 * the hits and misses users watch (a consumer at the tail reads from memory; one replaying old data
 * goes to disk). Least recently used CLEAN chunks are evicted first. Dirty chunks (not yet handed to
 * the persister) and pinned chunks (handed over, write not committed) are never evicted: dropping one
 * would lose bytes or let a cold read fetch a stale copy. If everything is dirty or pinned the cache
 * runs over budget until the persister catches up ({@link PageCache.overBudgetBytes}).
 *
 * Recency is the order of accesses (a counter, never the wall clock), so a replay evicts the same chunks.
 *
 * How the host counts a read: try it; on `ColdChunkError` call `loadChunk` (counts the miss and loads);
 * retry; when the read succeeds, `touchRange` the bytes it covered (hits, except the chunk just loaded,
 * whose miss already counted for this access).
 *
 * @example
 *   const cache = new PageCache(64 * 1024 * 1024);
 *   cache.track(file, 'broker-1/orders-0/00000000000000000000.log');
 *   cache.touchRange(file, 0, 100); // a hit per resident chunk read
 *   cache.evictToBudget();
 */
export class PageCache {
  /** Bytes of chunk buffers the cache aims to hold at most. */
  budgetBytes: number;
  private used = 0;
  private hitCount = 0;
  private missCount = 0;
  private evictionCount = 0;
  private evictedByteCount = 0;
  /** Counts accesses; stamps each entry so views can show age without a clock. */
  private accessCounter = 0;
  private readonly files = new Map<ChunkedFile, TrackedFile>();
  /** Every resident chunk the cache knows, least recently used first (Set keeps insertion order). */
  private readonly lru = new Set<Entry>();
  /** Chunk index → pin count, per file: writes in flight. */
  private readonly pins = new Map<ChunkedFile, Map<number, number>>();

  constructor(budgetBytes: number) {
    if (!(budgetBytes >= 0)) throw new RangeError(`budgetBytes ${budgetBytes}`);
    this.budgetBytes = budgetBytes;
  }

  get usedBytes(): number {
    return this.used;
  }
  get hits(): number {
    return this.hitCount;
  }
  get misses(): number {
    return this.missCount;
  }
  get evictions(): number {
    return this.evictionCount;
  }
  get evictedBytes(): number {
    return this.evictedByteCount;
  }
  /** How far over budget the cache is because the rest is dirty or pinned (0 when within budget). */
  get overBudgetBytes(): number {
    return Math.max(0, this.used - this.budgetBytes);
  }

  /** Starts accounting a file's resident chunks (on create or load); again to rename its label. */
  track(file: ChunkedFile, label = ''): void {
    const tracked = this.files.get(file);
    if (tracked !== undefined) {
      tracked.label = label;
      return;
    }
    this.files.set(file, { label, entries: new Map(), awaitingLoad: new Set() });
    for (let index = 0; index < file.chunkCount; index++) if (file.isResident(index)) this.admit(file, index);
  }

  /** Stops accounting a deleted file; its memory goes with the file object. */
  forget(file: ChunkedFile): void {
    const tracked = this.files.get(file);
    if (tracked === undefined) return;
    for (const entry of tracked.entries.values()) this.drop(tracked, entry);
    this.files.delete(file);
    this.pins.delete(file);
  }

  /**
   * One access to chunk `index` (a read or a write). Returns whether it was resident: a hit, or a miss
   * the caller must load (then {@link admit} it).
   */
  touch(file: ChunkedFile, index: number): boolean {
    const tracked = this.tracked(file);
    this.accessCounter += 1;
    const entry = tracked.entries.get(index);
    if (!file.isResident(index)) {
      if (entry !== undefined) this.drop(tracked, entry);
      tracked.awaitingLoad.add(index);
      this.missCount += 1;
      return false;
    }
    if (entry?.justLoaded) entry.justLoaded = false;
    else this.hitCount += 1;
    this.makeMostRecent(tracked, file, index);
    return true;
  }

  /** {@link touch} for every chunk overlapping `[position, position + length)`. */
  touchRange(file: ChunkedFile, position: number, length: number): void {
    if (length <= 0) return;
    const first = Math.floor(position / file.chunkBytes);
    const last = Math.floor((position + length - 1) / file.chunkBytes);
    for (let index = first; index <= last; index++) this.touch(file, index);
  }

  /**
   * Accounts a resident chunk the cache did not see arrive: loaded from the store after a miss (it
   * becomes most recent, and the retried access that follows is not counted again) or written by the
   * log without a touch (accounted in place). Does not count a hit or a miss.
   */
  admit(file: ChunkedFile, index: number): void {
    if (!file.isResident(index)) return;
    const tracked = this.tracked(file);
    if (tracked.awaitingLoad.delete(index)) {
      this.makeMostRecent(tracked, file, index).justLoaded = true;
      return;
    }
    const entry = tracked.entries.get(index);
    if (entry === undefined) this.makeMostRecent(tracked, file, index);
    else this.resize(entry);
  }

  /** Keeps a chunk in memory until {@link unpin} (its write is in flight). Pins nest. */
  pin(file: ChunkedFile, index: number): void {
    const perFile = this.pins.get(file) ?? new Map<number, number>();
    this.pins.set(file, perFile);
    perFile.set(index, (perFile.get(index) ?? 0) + 1);
  }

  unpin(file: ChunkedFile, index: number): void {
    const perFile = this.pins.get(file);
    const count = perFile?.get(index);
    if (perFile === undefined || count === undefined) return;
    if (count > 1) perFile.set(index, count - 1);
    else perFile.delete(index);
    if (perFile.size === 0) this.pins.delete(file);
  }

  isPinned(file: ChunkedFile, index: number): boolean {
    return this.pins.get(file)?.has(index) ?? false;
  }

  /**
   * Evicts least recently used clean, unpinned chunks until within budget. Returns the bytes freed;
   * whatever is left over budget is dirty or pinned ({@link overBudgetBytes}).
   */
  evictToBudget(): number {
    let freed = 0;
    for (const entry of this.lru) {
      if (this.used <= this.budgetBytes) break;
      const tracked = this.files.get(entry.file);
      if (tracked === undefined) continue;
      // A truncate can drop a resident chunk behind the cache's back: just stop counting it.
      if (!entry.file.isResident(entry.index)) {
        this.drop(tracked, entry);
        continue;
      }
      if (entry.file.isDirty(entry.index) || this.isPinned(entry.file, entry.index)) continue;
      const bytes = entry.file.evict(entry.index);
      this.drop(tracked, entry);
      this.evictionCount += 1;
      this.evictedByteCount += bytes;
      freed += bytes;
    }
    return freed;
  }

  /** Re-reads a file's resident chunks (after a truncate, or appends the cache was not told about). */
  sync(file: ChunkedFile): void {
    const tracked = this.files.get(file);
    if (tracked === undefined) return;
    for (const entry of tracked.entries.values()) {
      if (file.isResident(entry.index)) this.resize(entry);
      else this.drop(tracked, entry);
    }
    for (let index = 0; index < file.chunkCount; index++) this.admit(file, index);
  }

  /** Per tracked file, what is in memory (for the storage view), in tracking order. */
  residency(): FileResidency[] {
    const out: FileResidency[] = [];
    for (const [file, tracked] of this.files) {
      let residentBytes = 0;
      let lastAccess = 0;
      for (const entry of tracked.entries.values()) {
        residentBytes += entry.bytes;
        lastAccess = Math.max(lastAccess, entry.lastAccess);
      }
      out.push({
        file,
        label: tracked.label,
        chunkCount: file.chunkCount,
        residentChunks: tracked.entries.size,
        residentBytes,
        pinnedChunks: this.pins.get(file)?.size ?? 0,
        lastAccess,
      });
    }
    return out;
  }

  /** Each chunk of a file as the storage view colours it. */
  chunkStates(file: ChunkedFile): ChunkState[] {
    const states: ChunkState[] = [];
    for (let index = 0; index < file.chunkCount; index++) {
      if (!file.isResident(index)) states.push('cold');
      else if (file.isDirty(index)) states.push('dirty');
      else if (this.isPinned(file, index)) states.push('in-flight');
      else states.push('clean');
    }
    return states;
  }

  stats(): PageCacheStats {
    return {
      budgetBytes: this.budgetBytes,
      usedBytes: this.used,
      overBudgetBytes: this.overBudgetBytes,
      hits: this.hitCount,
      misses: this.missCount,
      evictions: this.evictionCount,
      evictedBytes: this.evictedByteCount,
    };
  }

  private tracked(file: ChunkedFile): TrackedFile {
    const existing = this.files.get(file);
    if (existing !== undefined) return existing;
    this.track(file);
    return this.tracked(file);
  }

  private makeMostRecent(tracked: TrackedFile, file: ChunkedFile, index: number): Entry {
    const entry = tracked.entries.get(index) ?? { file, index, bytes: 0, justLoaded: false, lastAccess: 0 };
    tracked.entries.set(index, entry);
    this.lru.delete(entry);
    this.lru.add(entry);
    entry.lastAccess = this.accessCounter;
    this.resize(entry);
    return entry;
  }

  /**
   * Re-measures an entry. WARNING: this counts the chunk's whole buffer, relying on ChunkedFile giving
   * each chunk its own buffer (it does: growth allocates, load slices), so a small file's spare
   * capacity is charged as the memory it is.
   */
  private resize(entry: Entry): void {
    const bytes = entry.file.peekChunk(entry.index)?.buffer.byteLength ?? 0;
    this.used += bytes - entry.bytes;
    entry.bytes = bytes;
  }

  private drop(tracked: TrackedFile, entry: Entry): void {
    tracked.entries.delete(entry.index);
    this.lru.delete(entry);
    this.used -= entry.bytes;
  }
}

/** A chunk in the storage view: not in memory, unwritten, being written, or safely on disk. */
export type ChunkState = 'cold' | 'dirty' | 'in-flight' | 'clean';

export interface FileResidency {
  readonly file: ChunkedFile;
  readonly label: string;
  readonly chunkCount: number;
  readonly residentChunks: number;
  readonly residentBytes: number;
  readonly pinnedChunks: number;
  /** The access counter at the file's latest touch (0: never touched since tracked). */
  readonly lastAccess: number;
}

export interface PageCacheStats {
  readonly budgetBytes: number;
  readonly usedBytes: number;
  readonly overBudgetBytes: number;
  readonly hits: number;
  readonly misses: number;
  readonly evictions: number;
  readonly evictedBytes: number;
}

interface Entry {
  readonly file: ChunkedFile;
  readonly index: number;
  /** Buffer bytes counted in `used` for this chunk. */
  bytes: number;
  /** Loaded after a counted miss; the access that retries is not counted a second time. */
  justLoaded: boolean;
  lastAccess: number;
}

interface TrackedFile {
  label: string;
  readonly entries: Map<number, Entry>;
  /** Chunks whose miss was counted and whose load has not been admitted yet. */
  readonly awaitingLoad: Set<number>;
}
