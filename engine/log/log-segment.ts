/**
 * One segment (Kafka's `LogSegment`): the `.log` file of back-to-back batches, its sparse offset index
 * and time index, and the bookkeeping that decides index entries (§2.4) and rolling (§2.6).
 *
 * Every method that may hit an evicted chunk (ColdChunkError) does all its reads before its first write,
 * so the host can load the chunk and call again.
 */
import { ChunkedFile } from './chunked-file';
import { ensureResidentAt, type LogOffsetPosition, searchForOffsetWithSize } from './file-records';
import { OffsetIndex } from './offset-index';
import {
  largestTimestampBefore,
  readBatches,
  readNextOffset,
  summarizeBatches,
  summarizeBatchesBefore,
} from './segment-scan';
import type {
  NewSegmentParams,
  RollParams,
  RollReason,
  SegmentFiles,
  SegmentRead,
  SegmentState,
} from './segment-types';
import { TimeIndex, type TimestampOffset } from './time-index';

export type {
  NewSegmentParams,
  RollParams,
  RollReason,
  SegmentFiles,
  SegmentRead,
  SegmentState,
} from './segment-types';

export class LogSegment {
  /** Kafka's `created`: wall-clock creation, used for time-based roll only when records carry no timestamps. */
  private createdMs: number;
  /** Stand-in for the file's mtime: `largestTimestamp` falls back to it. */
  private lastModifiedMs: number;
  /** Max timestamp of the first append into this segment: the start of the time-based roll window. */
  private rollingBasedTimestamp: number | null;
  private bytesSinceLastIndexEntry: number;
  private maxTimestampAndOffset: TimestampOffset;
  /** One past the last offset stored (kept in memory so views never scan the file). */
  private nextOffsetValue: number;
  /** Records stored: below nextOffset − baseOffset once compaction left gaps. */
  private recordCountValue: number;

  private constructor(
    readonly baseOffset: number,
    readonly log: ChunkedFile,
    readonly offsetIndex: OffsetIndex,
    readonly timeIndex: TimeIndex,
    readonly indexIntervalBytes: number,
    readonly maxIndexBytes: number,
    readonly rollJitterMs: number,
    state: Pick<
      SegmentState,
      | 'createdMs'
      | 'lastModifiedMs'
      | 'rollingBasedTimestamp'
      | 'bytesSinceLastIndexEntry'
      | 'nextOffset'
      | 'recordCount'
    > & {
      maxTimestampAndOffset: TimestampOffset;
    },
  ) {
    this.nextOffsetValue = state.nextOffset;
    this.recordCountValue = state.recordCount;
    this.createdMs = state.createdMs;
    this.lastModifiedMs = state.lastModifiedMs;
    this.rollingBasedTimestamp = state.rollingBasedTimestamp;
    this.bytesSinceLastIndexEntry = state.bytesSinceLastIndexEntry;
    this.maxTimestampAndOffset = state.maxTimestampAndOffset;
  }

  /**
   * A new, empty segment with fresh files.
   *
   * @example
   *   const segment = LogSegment.create({ baseOffset: 0, indexIntervalBytes: 4096,
   *     maxIndexBytes: 10_485_760, rollJitterMs: 0, nowMs: 0 });
   */
  static create(params: NewSegmentParams): LogSegment {
    const files = {
      log: new ChunkedFile(params.chunkBytes),
      offsetIndex: new ChunkedFile(params.chunkBytes),
      timeIndex: new ChunkedFile(params.chunkBytes),
    };
    return LogSegment.open(files, params);
  }

  /** A segment over existing files whose indexes are already right (index state read from the files). */
  static open(files: SegmentFiles, params: NewSegmentParams): LogSegment {
    const offsetIndex = new OffsetIndex(files.offsetIndex, params.baseOffset, params.maxIndexBytes);
    const timeIndex = new TimeIndex(files.timeIndex, params.baseOffset, params.maxIndexBytes);
    return new LogSegment(
      params.baseOffset,
      files.log,
      offsetIndex,
      timeIndex,
      params.indexIntervalBytes,
      params.maxIndexBytes,
      params.rollJitterMs,
      {
        createdMs: params.nowMs,
        lastModifiedMs: params.nowMs,
        rollingBasedTimestamp: null,
        bytesSinceLastIndexEntry: 0,
        maxTimestampAndOffset: timeIndex.lastEntry,
        nextOffset: params.baseOffset,
        recordCount: 0,
      },
    );
  }

  /** Rebuilds a segment from {@link state} and its files, reading no bytes (files may be cold). */
  static restore(state: SegmentState, files: SegmentFiles): LogSegment {
    const { baseOffset, maxIndexBytes } = state;
    return new LogSegment(
      baseOffset,
      files.log,
      new OffsetIndex(
        files.offsetIndex,
        baseOffset,
        maxIndexBytes,
        state.offsetIndexCapacity,
        state.offsetIndexLastOffset,
      ),
      new TimeIndex(
        files.timeIndex,
        baseOffset,
        maxIndexBytes,
        state.timeIndexCapacity,
        state.timeIndexLastEntry,
      ),
      state.indexIntervalBytes,
      maxIndexBytes,
      state.rollJitterMs,
      {
        ...state,
        maxTimestampAndOffset: {
          timestamp: state.maxTimestampSoFar,
          offset: state.offsetOfMaxTimestampSoFar,
        },
      },
    );
  }

  state(): SegmentState {
    return {
      baseOffset: this.baseOffset,
      rollJitterMs: this.rollJitterMs,
      createdMs: this.createdMs,
      lastModifiedMs: this.lastModifiedMs,
      rollingBasedTimestamp: this.rollingBasedTimestamp,
      bytesSinceLastIndexEntry: this.bytesSinceLastIndexEntry,
      maxTimestampSoFar: this.maxTimestampAndOffset.timestamp,
      offsetOfMaxTimestampSoFar: this.maxTimestampAndOffset.offset,
      indexIntervalBytes: this.indexIntervalBytes,
      maxIndexBytes: this.maxIndexBytes,
      offsetIndexCapacity: this.offsetIndex.maxEntries,
      timeIndexCapacity: this.timeIndex.maxEntries,
      offsetIndexLastOffset: this.offsetIndex.lastOffset,
      timeIndexLastEntry: this.timeIndex.lastEntry,
      nextOffset: this.nextOffsetValue,
      recordCount: this.recordCountValue,
    };
  }

  /** Size of the `.log` file in bytes. */
  get size(): number {
    return this.log.size;
  }

  /** One past the last offset stored in this segment (its base offset when empty). */
  get nextOffset(): number {
    return this.nextOffsetValue;
  }

  /** Records stored in this segment. */
  get recordCount(): number {
    return this.recordCountValue;
  }

  get maxTimestampSoFar(): number {
    return this.maxTimestampAndOffset.timestamp;
  }

  get offsetOfMaxTimestampSoFar(): number {
    return this.maxTimestampAndOffset.offset;
  }

  /** The start of the time-based roll window, or null before the first append. */
  get rollingTimestamp(): number | null {
    return this.rollingBasedTimestamp;
  }

  get bytesSinceLastIndex(): number {
    return this.bytesSinceLastIndexEntry;
  }

  get creationTimeMs(): number {
    return this.createdMs;
  }

  get lastModified(): number {
    return this.lastModifiedMs;
  }

  /** The cleaner gives a replacement segment the last-modified time of the segments it replaces. */
  setLastModified(ms: number): void {
    this.lastModifiedMs = ms;
  }

  /**
   * Kafka's `largestTimestamp`, what retention.ms compares against: the largest record timestamp in the
   * segment, or the file's last-modified time when the records carry none (§3.3).
   */
  get largestTimestamp(): number {
    return this.maxTimestampSoFar >= 0 ? this.maxTimestampSoFar : this.lastModifiedMs;
  }

  /**
   * Appends batches whose offsets, max timestamp and sizes the caller already knows, adding index
   * entries per §2.4: the check `bytesSinceLastIndexEntry > index.interval.bytes` happens before this
   * append's bytes are counted, so the first append of a segment is never indexed. `largestOffset` is
   * what an index entry records (the cleaner passes the last retained record's offset, as Kafka does).
   */
  append(
    largestOffset: number,
    largestTimestampMs: number,
    offsetOfMaxTimestamp: number,
    records: Uint8Array,
    nowMs: number,
  ): void {
    if (records.length === 0) return;
    if (!this.offsetIndex.canAppendOffset(largestOffset)) {
      throw new RangeError(`offset ${largestOffset} overflows the segment based at ${this.baseOffset}`);
    }
    ensureResidentAt(this.log);
    ensureResidentAt(this.offsetIndex.file);
    ensureResidentAt(this.timeIndex.file);
    const physicalPosition = this.log.size;
    if (physicalPosition === 0) this.rollingBasedTimestamp = largestTimestampMs;
    this.log.append(records);
    this.lastModifiedMs = nowMs;
    if (largestTimestampMs > this.maxTimestampSoFar) {
      this.maxTimestampAndOffset = { timestamp: largestTimestampMs, offset: offsetOfMaxTimestamp };
    }
    if (this.bytesSinceLastIndexEntry > this.indexIntervalBytes) {
      this.offsetIndex.append(largestOffset, physicalPosition);
      this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += records.length;
    // `largestOffset` is below the last header's last offset when the cleaner rebuilt the last batch.
    const summary = summarizeBatches(records);
    this.nextOffsetValue = Math.max(largestOffset, summary.lastOffset) + 1;
    this.recordCountValue += summary.recordCount;
  }

  /**
   * Kafka's `shouldRoll` (§2.6), returning which condition holds first, or null: size, then time (record
   * timestamps, not the clock, unless the segment has none), then full indexes, then offset overflow.
   */
  shouldRoll(params: RollParams): RollReason | null {
    const size = this.size;
    if (size > params.maxSegmentBytes - params.messagesSize) return 'segment.bytes';
    const timeWaitedMs =
      this.rollingBasedTimestamp !== null && this.rollingBasedTimestamp >= 0
        ? params.maxTimestampInMessages - this.rollingBasedTimestamp
        : params.nowMs - this.createdMs;
    if (size > 0 && timeWaitedMs > params.maxSegmentMs - this.rollJitterMs) return 'segment.ms';
    if (this.offsetIndex.isFull()) return 'index full';
    if (this.timeIndex.isFull()) return 'time index full';
    if (!this.offsetIndex.canAppendOffset(params.maxOffsetInMessages)) return 'offset overflow';
    return null;
  }

  /** Kafka's `translateOffset`: index floor lookup, then scan to the first batch with lastOffset ≥ offset. */
  translateOffset(offset: number, startingFilePosition = 0): LogOffsetPosition | null {
    const mapping = this.offsetIndex.lookup(offset);
    return searchForOffsetWithSize(this.log, offset, Math.max(mapping.position, startingFilePosition));
  }

  /**
   * Whole batches starting with the one holding `startOffset`, at most `maxBytes` in total (at least one
   * batch when `minOneMessage`), and only batches whose last offset is below `maxOffset` (the HW or LEO
   * cap). Null when no batch at or after `startOffset` is in this segment.
   */
  read(startOffset: number, maxBytes: number, maxOffset: number, minOneMessage: boolean): SegmentRead | null {
    const start = this.translateOffset(startOffset);
    return start === null ? null : readBatches(this.log, start, maxBytes, maxOffset, minOneMessage);
  }

  /** Kafka's `readNextOffset`: one past the last batch's last offset, or baseOffset when empty. */
  readNextOffset(): number {
    return readNextOffset(this.log, this.offsetIndex, this.baseOffset);
  }

  /**
   * Kafka's `LogSegment.truncateTo`: cuts the `.log` at the start of the first batch whose last offset is
   * ≥ offset — so a batch holding `offset` goes entirely, even if it starts below — trims both indexes,
   * re-allocates them (the segment becomes active) and recomputes the max timestamp. Returns bytes cut.
   */
  truncateTo(offset: number, nowMs: number): number {
    const mapping = this.translateOffset(offset);
    const cutAt = mapping === null ? this.log.size : mapping.position;
    const maxAfter =
      this.maxTimestampSoFar >= 0 ? largestTimestampBefore(this, this.baseOffset, offset, cutAt) : null;
    const kept = summarizeBatchesBefore(this.log, this.baseOffset, cutAt);
    // Touch both indexes whole now, so an evicted index chunk fails here rather than halfway through.
    this.offsetIndex.allEntries();
    this.timeIndex.allEntries();
    ensureResidentAt(this.log, cutAt);
    const truncated = this.log.size - cutAt;
    if (truncated > 0) this.log.truncate(cutAt);
    this.offsetIndex.truncateTo(offset);
    this.timeIndex.truncateTo(offset);
    this.offsetIndex.resize(this.maxIndexBytes);
    this.timeIndex.resize(this.maxIndexBytes);
    if (this.log.size === 0) {
      this.createdMs = nowMs;
      this.rollingBasedTimestamp = null;
    }
    this.bytesSinceLastIndexEntry = 0;
    if (maxAfter !== null) this.maxTimestampAndOffset = maxAfter;
    this.nextOffsetValue = kept.nextOffset;
    this.recordCountValue = kept.recordCount;
    return truncated;
  }

  /** At roll: the final time-index entry for the max timestamp (if larger) and trimmed indexes (§2.3). */
  onBecomeInactiveSegment(): void {
    ensureResidentAt(this.timeIndex.file);
    this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.trimToValidSize();
    this.timeIndex.trimToValidSize();
  }

  /** Re-allocates both indexes to segment.index.bytes (the active segment after loading, §2.2). */
  resizeIndexes(maxIndexBytes: number): void {
    this.offsetIndex.resize(maxIndexBytes);
    this.timeIndex.resize(maxIndexBytes);
  }
}
