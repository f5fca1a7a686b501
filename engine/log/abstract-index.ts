/**
 * What the offset index and the time index share (Kafka's `AbstractIndex`): fixed-size big-endian
 * entries in a file, a capacity fixed by `segment.index.bytes`, binary search, truncation and trimming.
 *
 * File size vs. allocation: Kafka pre-allocates an active segment's index files to `segment.index.bytes`
 * (rounded down to a whole number of entries) and trims them to the entries actually written when the
 * segment stops being active, so `ls -l` on a broker shows 10485760-byte index files for active segments.
 * Here the file holds only the written entries ({@link sizeInBytes}); {@link allocatedBytes} is the size
 * Kafka's file would have on disk.
 */
import type { ChunkedFile } from './chunked-file';

export abstract class AbstractIndex {
  /** How many entries the file may hold: `floor(segment.index.bytes / entrySize)`, or the entries
   * written once trimmed (a trimmed index is full). */
  protected capacityEntries: number;

  constructor(
    readonly file: ChunkedFile,
    readonly baseOffset: number,
    readonly entrySize: number,
    maxIndexBytes: number,
    capacityEntries?: number,
  ) {
    if (file.size % entrySize !== 0) {
      throw new RangeError(
        `index file of ${file.size} bytes is not a whole number of ${entrySize}-byte entries`,
      );
    }
    this.capacityEntries = capacityEntries ?? Math.floor(maxIndexBytes / entrySize);
  }

  /** Entries written. */
  get entries(): number {
    return this.file.size / this.entrySize;
  }

  /** Kafka's `maxEntries`. */
  get maxEntries(): number {
    return this.capacityEntries;
  }

  /** Bytes of entries written (the logical file size). */
  get sizeInBytes(): number {
    return this.file.size;
  }

  /** The file's size on a real broker: pre-allocated while active, trimmed after roll. */
  get allocatedBytes(): number {
    return this.capacityEntries * this.entrySize;
  }

  /** Kafka's `isFull`: no room for another entry. */
  isFull(): boolean {
    return this.entries >= this.capacityEntries;
  }

  /** Kafka's `canAppendOffset`: the offset fits the int32 relative offset of an entry. */
  canAppendOffset(offset: number): boolean {
    const relative = offset - this.baseOffset;
    return relative >= 0 && relative <= 0x7fffffff;
  }

  /** Shrinks the allocation to the entries written (`trimToValidSize`, done when a segment is rolled). */
  trimToValidSize(): void {
    this.capacityEntries = this.entries;
  }

  /** Re-allocates to `segment.index.bytes` (Kafka's `resize`, when truncation makes a segment active again). */
  resize(maxIndexBytes: number): void {
    this.capacityEntries = Math.max(this.entries, Math.floor(maxIndexBytes / this.entrySize));
  }

  /**
   * The big-endian int32 at `fieldOffset` of entry `n`, read in place (index lookups run on every fetch).
   * May throw ColdChunkError (the page cache evicted the chunk).
   */
  protected entryInt32(n: number, fieldOffset: number): number {
    return this.file.readInt32(n * this.entrySize + fieldOffset);
  }

  /** Kafka's `largestLowerBoundSlotFor`: the last slot whose key is ≤ target, or −1. */
  protected largestLowerBoundSlot(target: number, keyOf: (slot: number) => number): number {
    const count = this.entries;
    if (count === 0 || keyOf(0) > target) return -1;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (keyOf(mid) <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Drops entries past `count`. Reports the file change through `file.truncate` (dirty chunk). */
  protected truncateToEntries(count: number): void {
    this.file.truncate(count * this.entrySize);
  }

  /** The relative offset (int32) Kafka stores for `offset`; throws if it does not fit. */
  protected relativeOffset(offset: number): number {
    if (!this.canAppendOffset(offset)) {
      throw new RangeError(`offset ${offset} does not fit an index of a segment based at ${this.baseOffset}`);
    }
    return offset - this.baseOffset;
  }
}
