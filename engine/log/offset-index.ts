/**
 * The `.index` file (KAFKA-REFERENCE §2.2): 8-byte entries, int32 offset relative to the segment's base
 * offset then int32 byte position in the `.log` of the batch the entry points at. Sparse: entries are
 * added per §2.4 by the segment, never here.
 */
import { AbstractIndex } from './abstract-index';
import type { ChunkedFile } from './chunked-file';

export const OFFSET_INDEX_ENTRY_BYTES = 8;

/** An offset and the byte position of the batch holding it (Kafka's `OffsetPosition`). */
export interface OffsetPosition {
  readonly offset: number;
  readonly position: number;
}

export class OffsetIndex extends AbstractIndex {
  /** Offset of the last entry, or baseOffset when empty; kept in memory so appends never read the file. */
  private lastOffsetCached: number;

  /**
   * @param lastOffset the last entry's offset when re-opening a non-empty file without reading it
   *   (restore); read from the file when omitted.
   * @example
   *   const index = new OffsetIndex(new ChunkedFile(), 100, 10_485_760);
   *   index.append(140, 4120);
   *   index.lookup(150); // { offset: 140, position: 4120 }
   */
  constructor(
    file: ChunkedFile,
    baseOffset: number,
    maxIndexBytes: number,
    capacityEntries?: number,
    lastOffset?: number,
  ) {
    super(file, baseOffset, OFFSET_INDEX_ENTRY_BYTES, maxIndexBytes, capacityEntries);
    this.lastOffsetCached =
      lastOffset ?? (this.entries === 0 ? baseOffset : this.entry(this.entries - 1).offset);
  }

  /** Kafka's `lastOffset`: the last entry's offset, baseOffset if there is none. */
  get lastOffset(): number {
    return this.lastOffsetCached;
  }

  /** Entry `n` with its offset made absolute. */
  entry(n: number): OffsetPosition {
    if (n < 0 || n >= this.entries) throw new RangeError(`offset index entry ${n} of ${this.entries}`);
    return { offset: this.baseOffset + this.entryInt32(n, 0), position: this.entryInt32(n, 4) };
  }

  /** Appends (offset, position); offsets must increase. Throws when full, as Kafka does. */
  append(offset: number, position: number): void {
    if (this.isFull()) throw new RangeError(`Attempt to append to a full index (size = ${this.entries}).`);
    if (this.entries > 0 && offset <= this.lastOffsetCached) {
      throw new RangeError(
        `Attempt to append an offset (${offset}) to position ${this.entries} no larger than the last offset appended (${this.lastOffsetCached}).`,
      );
    }
    const bytes = new Uint8Array(OFFSET_INDEX_ENTRY_BYTES);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, this.relativeOffset(offset));
    view.setInt32(4, position);
    this.file.append(bytes);
    this.lastOffsetCached = offset;
  }

  /**
   * The entry with the largest offset ≤ target, or (baseOffset, 0) when there is none: where a scan for
   * `target` starts (§2.5 step 2).
   */
  lookup(targetOffset: number): OffsetPosition {
    const slot = this.largestLowerBoundSlot(targetOffset, (n) => this.baseOffset + this.entryInt32(n, 0));
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : this.entry(slot);
  }

  /**
   * Removes entries with offset ≥ `offset` (Kafka's three cases: none ≤ offset → empty; an entry exactly
   * at offset → drop it and later ones; else keep up to the largest entry below).
   */
  truncateTo(offset: number): void {
    const slot = this.largestLowerBoundSlot(offset, (n) => this.baseOffset + this.entryInt32(n, 0));
    let keep: number;
    if (slot < 0) keep = 0;
    else if (this.entry(slot).offset === offset) keep = slot;
    else keep = slot + 1;
    const newLast = keep === 0 ? this.baseOffset : this.entry(keep - 1).offset;
    this.truncateToEntries(keep);
    this.lastOffsetCached = newLast;
  }

  /** Empties the index and re-allocates it (recovery rebuilds it from the `.log`). */
  reset(maxIndexBytes: number): void {
    this.truncateToEntries(0);
    this.lastOffsetCached = this.baseOffset;
    this.resize(maxIndexBytes);
  }

  /** Every entry, for views and tests. */
  allEntries(): OffsetPosition[] {
    return Array.from({ length: this.entries }, (_, n) => this.entry(n));
  }
}
