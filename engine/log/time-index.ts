/**
 * The `.timeindex` file (KAFKA-REFERENCE §2.3): 12-byte entries, int64 timestamp then int32 offset
 * relative to the segment's base offset. An entry (T, O) says: no record after offset O has a timestamp
 * ≤ T that was not already seen. Entries strictly increase in timestamp.
 */
import { AbstractIndex } from './abstract-index';
import type { ChunkedFile } from './chunked-file';

export const TIME_INDEX_ENTRY_BYTES = 12;
const NO_TIMESTAMP = -1;
const TWO_POW_32 = 4294967296;

/** Kafka's `TimestampOffset`. */
export interface TimestampOffset {
  readonly timestamp: number;
  readonly offset: number;
}

export class TimeIndex extends AbstractIndex {
  private lastEntryCached: TimestampOffset;

  /**
   * @param lastEntry the last entry when re-opening a non-empty file without reading it (restore).
   * @example
   *   const index = new TimeIndex(new ChunkedFile(), 0, 10_485_760);
   *   index.maybeAppend(1700000000000, 41);
   *   index.lookup(1700000000500); // { timestamp: 1700000000000, offset: 41 }
   */
  constructor(
    file: ChunkedFile,
    baseOffset: number,
    maxIndexBytes: number,
    capacityEntries?: number,
    lastEntry?: TimestampOffset,
  ) {
    super(file, baseOffset, TIME_INDEX_ENTRY_BYTES, maxIndexBytes, capacityEntries);
    this.lastEntryCached = lastEntry ?? this.lastEntryFromFile(this.entries);
  }

  /** The last entry, or (−1, baseOffset) when empty. */
  get lastEntry(): TimestampOffset {
    return this.lastEntryCached;
  }

  /**
   * Kafka reserves the last slot for the entry written at roll, so the time index counts as full one
   * entry early (`TimeIndex.isFull`: entries ≥ maxEntries − 1). With the default 10 MiB that is 873,812
   * entries; with `segment.index.bytes` < 24 every append rolls.
   */
  override isFull(): boolean {
    return this.entries >= this.capacityEntries - 1;
  }

  entry(n: number): TimestampOffset {
    if (n < 0 || n >= this.entries) throw new RangeError(`time index entry ${n} of ${this.entries}`);
    const timestamp = this.entryInt32(n, 0) * TWO_POW_32 + (this.entryInt32(n, 4) >>> 0);
    return { timestamp, offset: this.baseOffset + this.entryInt32(n, 8) };
  }

  /**
   * Appends (timestamp, offset) only if timestamp is strictly greater than the last entry's (§2.3).
   * `skipFullCheck` is for the final entry at roll, which uses the reserved slot; if even that slot does
   * not exist (segment.index.bytes < 12, where Kafka's own write would overflow) the entry is skipped.
   */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull()) {
      throw new RangeError(`Attempt to append to a full time index (size = ${this.entries}).`);
    }
    const last = this.lastEntryCached;
    if (this.entries !== 0 && offset < last.offset) {
      throw new RangeError(
        `Attempt to append an offset (${offset}) no larger than the last offset appended (${last.offset})`,
      );
    }
    if (this.entries !== 0 && timestamp < last.timestamp) {
      throw new RangeError(
        `Attempt to append a timestamp (${timestamp}) no larger than the last timestamp appended (${last.timestamp})`,
      );
    }
    if (timestamp <= last.timestamp) return;
    if (this.entries >= this.capacityEntries) return;
    const bytes = new Uint8Array(TIME_INDEX_ENTRY_BYTES);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, Math.floor(timestamp / TWO_POW_32));
    view.setUint32(4, timestamp >>> 0);
    view.setInt32(8, this.relativeOffset(offset));
    this.file.append(bytes);
    this.lastEntryCached = { timestamp, offset };
  }

  /** The entry with the largest timestamp ≤ target, or (−1, baseOffset). */
  lookup(targetTimestamp: number): TimestampOffset {
    const slot = this.largestLowerBoundSlot(targetTimestamp, (n) => this.entry(n).timestamp);
    return slot < 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(slot);
  }

  /** Removes entries with offset ≥ `offset` (same three cases as the offset index, searched by offset). */
  truncateTo(offset: number): void {
    const slot = this.largestLowerBoundSlot(offset, (n) => this.entry(n).offset);
    let keep: number;
    if (slot < 0) keep = 0;
    else if (this.entry(slot).offset === offset) keep = slot;
    else keep = slot + 1;
    const newLast = this.lastEntryFromFile(keep);
    this.truncateToEntries(keep);
    this.lastEntryCached = newLast;
  }

  /** Empties the index and re-allocates it (recovery rebuilds it from the `.log`). */
  reset(maxIndexBytes: number): void {
    this.truncateToEntries(0);
    this.lastEntryCached = { timestamp: NO_TIMESTAMP, offset: this.baseOffset };
    this.resize(maxIndexBytes);
  }

  allEntries(): TimestampOffset[] {
    return Array.from({ length: this.entries }, (_, n) => this.entry(n));
  }

  private lastEntryFromFile(count: number): TimestampOffset {
    return count === 0 ? { timestamp: NO_TIMESTAMP, offset: this.baseOffset } : this.entry(count - 1);
  }
}
