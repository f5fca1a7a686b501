/**
 * What a log reports about itself, for the cluster's event stream, captions and the timeline. Each event
 * names Kafka's concept and carries the numbers a student needs to see why it happened.
 */
import type { RollReason } from './log-segment';

/** Why a segment was deleted, with the values the rule compared. */
export type SegmentDeletionReason =
  /** `now − largestTimestamp > retention.ms` (§3.3). */
  | {
      readonly kind: 'retention.ms';
      readonly largestTimestamp: number;
      readonly nowMs: number;
      readonly retentionMs: number;
    }
  /** The log was over retention.bytes by at least this segment's size. */
  | {
      readonly kind: 'retention.bytes';
      readonly logSizeBytes: number;
      readonly retentionBytes: number;
      readonly segmentSizeBytes: number;
    }
  /** The next segment starts at or below the log start offset (DeleteRecords, follower catching up). */
  | {
      readonly kind: 'log start offset';
      readonly logStartOffset: number;
      readonly nextSegmentBaseOffset: number;
    }
  /** Follower truncation removed segments above the truncation offset. */
  | { readonly kind: 'log truncation'; readonly truncationOffset: number }
  /** An empty active segment replaced at roll (Kafka's KAFKA-6388 path, tiny segment.index.bytes). */
  | { readonly kind: 'log roll' }
  /** Replaced by a compacted segment. */
  | { readonly kind: 'compaction'; readonly replacedBy: number };

export type LogStartOffsetReason =
  | 'segment deletion'
  | 'leader offset incremented'
  | 'client record deletion';

export type LogEvent =
  | {
      readonly type: 'records-appended';
      readonly baseOffset: number;
      readonly lastOffset: number;
      readonly sizeInBytes: number;
      readonly segmentBaseOffset: number;
      readonly origin: 'leader' | 'follower';
    }
  | {
      readonly type: 'segment-rolled';
      /** The segment that stopped being active (null if it was replaced, see 'log roll'). */
      readonly previousBaseOffset: number | null;
      readonly baseOffset: number;
      /** A §2.6 condition, or 'retention' when every segment was deletable (§3.3 active-segment rule). */
      readonly reason: RollReason | 'retention';
    }
  | {
      readonly type: 'segment-deleted';
      readonly baseOffset: number;
      readonly sizeInBytes: number;
      readonly reason: SegmentDeletionReason;
      /** The `.deleted` names and when they will be removed. */
      readonly renamedTo: readonly string[];
      readonly fileDeleteDueMs: number;
    }
  | { readonly type: 'files-deleted'; readonly names: readonly string[] }
  | {
      readonly type: 'log-start-offset-advanced';
      readonly from: number;
      readonly to: number;
      readonly reason: LogStartOffsetReason;
    }
  | {
      readonly type: 'truncated';
      readonly fromLogEndOffset: number;
      readonly toOffset: number;
      /** True for truncateFullyAndStartAt (every segment replaced). */
      readonly fully: boolean;
    }
  | {
      readonly type: 'segments-compacted';
      readonly firstDirtyOffset: number;
      readonly endOffset: number;
      readonly recordsBefore: number;
      readonly recordsAfter: number;
      readonly bytesBefore: number;
      readonly bytesAfter: number;
      readonly tombstonesRemoved: number;
      readonly segmentsBefore: readonly number[];
      readonly segmentsAfter: readonly number[];
    };
