/**
 * Why a segment was deleted, in the user's language, from the `segment-deleted` event the broker's log
 * reported (the rule and the numbers it compared): retention time breached by the segment's largest
 * timestamp, size breached, or the log start offset passing it. Pure.
 *
 * @example
 *   describeDeletion('en', { kind: 'retention.ms', largestTimestamp: 0, nowMs: 90_000, retentionMs: 60_000 });
 *   // { short: 'retention.ms', long: 'Retention time breached: the segment's largest timestamp … 1.5 min old …' }
 */
import type { EventRecord, ViewId } from '../../../engine/view/types';
import { segmentViewId } from '../../../engine/view/types';
import { formatBytes, formatSimTimeShort } from '../../format';
import { type Lang, translate } from '../../i18n/i18n';

export type SegmentDeletedBody = Extract<EventRecord['body'], { type: 'segment-deleted' }>;
export type DeletionReason = SegmentDeletedBody['reason'];

/** The newest `segment-deleted` event of each segment, by segment view id. */
export function deletionsBySegment(events: readonly EventRecord[]): Map<ViewId, SegmentDeletedBody> {
  const out = new Map<ViewId, SegmentDeletedBody>();
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  for (const e of sorted) {
    const body = e.body;
    if (body.type !== 'segment-deleted') continue;
    out.set(segmentViewId(body.broker, body.topic, body.partition, body.baseOffset, true), body);
  }
  return out;
}

export interface DeletionText {
  /** A few words for the block itself. */
  readonly short: string;
  /** The whole reason, with the numbers (accessible name, tooltip). */
  readonly long: string;
}

export function describeDeletion(lang: Lang, reason: DeletionReason): DeletionText {
  switch (reason.kind) {
    case 'retention.ms':
      return {
        short: 'retention.ms',
        long: translate(lang, 'log.deleted.retentionMs', {
          largest: formatSimTimeShort(lang, reason.largestTimestamp),
          age: roughDuration(lang, reason.nowMs - reason.largestTimestamp),
          limit: roughDuration(lang, reason.retentionMs),
        }),
      };
    case 'retention.bytes':
      return {
        short: 'retention.bytes',
        long: translate(lang, 'log.deleted.retentionBytes', {
          size: formatBytes(lang, reason.logSizeBytes),
          limit: formatBytes(lang, reason.retentionBytes),
          segment: formatBytes(lang, reason.segmentSizeBytes),
        }),
      };
    case 'log start offset':
      return {
        short: translate(lang, 'log.deleted.short.logStart'),
        long: translate(lang, 'log.deleted.logStart', {
          start: reason.logStartOffset,
          next: reason.nextSegmentBaseOffset,
        }),
      };
    case 'log truncation':
      return {
        short: translate(lang, 'log.deleted.short.truncation'),
        long: translate(lang, 'log.deleted.truncation', { offset: reason.truncationOffset }),
      };
    case 'log roll':
      return { short: translate(lang, 'log.deleted.short.roll'), long: translate(lang, 'log.deleted.roll') };
    case 'compaction':
      return {
        short: translate(lang, 'log.deleted.short.compaction'),
        long: translate(lang, 'log.deleted.compaction', { base: reason.replacedBy }),
      };
  }
}

/** "1.5분" / "1.5 min": the largest unit that gives a number ≥ 1, one decimal at most. */
export function roughDuration(lang: Lang, ms: number): string {
  const units = [
    [86_400_000, 'duration.d'],
    [3_600_000, 'duration.h'],
    [60_000, 'duration.min'],
    [1000, 'duration.s'],
  ] as const;
  for (const [size, key] of units) {
    if (Math.abs(ms) >= size) return translate(lang, key, { n: Math.round((ms / size) * 10) / 10 });
  }
  return translate(lang, 'duration.ms', { n: Math.round(ms) });
}
