/**
 * The shapes a segment speaks in (Kafka's `RollParams`, the roll reasons the UI names, what a read
 * returns, what a reload saves), apart from `log-segment.ts` so callers can import them without the class.
 */
import type { ChunkedFile } from './chunked-file';
import type { TimestampOffset } from './time-index';

/** Why a segment rolled, in the words the UI shows (the config that caused it). */
export type RollReason =
  | 'segment.bytes'
  | 'segment.ms'
  | 'index full'
  | 'time index full'
  | 'offset overflow';

/** Kafka's `RollParams`: what `shouldRoll` looks at. */
export interface RollParams {
  /** `LogConfig.maxSegmentMs` (segment.ms, or less for compacted topics). */
  readonly maxSegmentMs: number;
  readonly maxSegmentBytes: number;
  /** Largest timestamp of the batches about to be appended. */
  readonly maxTimestampInMessages: number;
  /** Last offset of the batches about to be appended. */
  readonly maxOffsetInMessages: number;
  /** Bytes about to be appended. */
  readonly messagesSize: number;
  readonly nowMs: number;
}

/** Everything about a segment that is not file bytes: what a reload needs to continue exactly. */
export interface SegmentState {
  readonly baseOffset: number;
  readonly rollJitterMs: number;
  readonly createdMs: number;
  readonly lastModifiedMs: number;
  readonly rollingBasedTimestamp: number | null;
  readonly bytesSinceLastIndexEntry: number;
  readonly maxTimestampSoFar: number;
  readonly offsetOfMaxTimestampSoFar: number;
  readonly indexIntervalBytes: number;
  readonly maxIndexBytes: number;
  readonly offsetIndexCapacity: number;
  readonly timeIndexCapacity: number;
  readonly offsetIndexLastOffset: number;
  readonly timeIndexLastEntry: TimestampOffset;
  readonly nextOffset: number;
  readonly recordCount: number;
}

export interface SegmentFiles {
  readonly log: ChunkedFile;
  readonly offsetIndex: ChunkedFile;
  readonly timeIndex: ChunkedFile;
}

/** Whole batches read from a segment. */
export interface SegmentRead {
  /** Position of the first batch returned (the batch holding the fetch offset). */
  readonly startPosition: number;
  /** The batches' bytes, back to back, exactly as stored. */
  readonly bytes: Uint8Array;
  readonly batches: ReadonlyArray<{
    readonly position: number;
    readonly baseOffset: number;
    readonly lastOffset: number;
  }>;
}

export interface NewSegmentParams {
  readonly baseOffset: number;
  readonly indexIntervalBytes: number;
  readonly maxIndexBytes: number;
  /** Drawn once by the caller with `randomSegmentJitterMs`. */
  readonly rollJitterMs: number;
  readonly nowMs: number;
  readonly chunkBytes?: number;
}
