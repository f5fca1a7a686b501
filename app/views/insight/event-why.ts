/**
 * The "why" of an event, in Kafka's terms and with its numbers: how a leader was chosen, why replicas
 * left the ISR, which retention rule deleted a segment, why a segment rolled or a log was truncated.
 * Shared by the timeline's sentences and the "what just happened" panel. Pure.
 */
import { formatBytes, formatDuration, formatSimTime } from '../../format';
import { type Lang, type MessageKey, translate } from '../../i18n/i18n';
import { type EventOf, formatSpan } from './insight-format';

export type SegmentDeletionReason = EventOf<'segment-deleted'>['reason'];
export type RollReason = EventOf<'segment-rolled'>['reason'];
export type ElectionReason = EventOf<'leader-elected'>['reason'];

/** How the controller chose the leader (ElectionReason). */
export function electionWhy(lang: Lang, e: EventOf<'leader-elected'>): string {
  return translate(lang, `insight.why.election.${e.reason}`, { previous: e.previousLeader });
}

/** Why each removed replica left the ISR: its lag against `replica.lag.time.max.ms`, or its broker died. */
export function isrShrinkWhy(lang: Lang, e: EventOf<'isr-shrunk'>): string {
  if (e.cause === 'broker-failure') {
    return translate(lang, 'insight.why.isr.brokerFailure', {
      brokers: e.removed.map((r) => r.broker).join(', '),
    });
  }
  const max = formatDuration(lang, e.replicaLagTimeMaxMs);
  return e.removed
    .map((r) =>
      r.lagMs === null
        ? translate(lang, 'insight.why.isr.laggedUnknown', { broker: r.broker, max })
        : translate(lang, 'insight.why.isr.lagged', {
            broker: r.broker,
            lag: formatSpan(lang, r.lagMs),
            max,
          }),
    )
    .join(' ');
}

/** Which rule deleted the segment, with the values it compared (SegmentDeletionReason). */
export function deletionWhy(lang: Lang, reason: SegmentDeletionReason): string {
  switch (reason.kind) {
    case 'retention.ms':
      return translate(lang, 'insight.why.delete.retentionMs', {
        largest: formatSimTime(lang, reason.largestTimestamp),
        age: formatSpan(lang, reason.nowMs - reason.largestTimestamp),
        retention: formatDuration(lang, reason.retentionMs),
      });
    case 'retention.bytes':
      return translate(lang, 'insight.why.delete.retentionBytes', {
        logSize: formatBytes(lang, reason.logSizeBytes),
        retention: formatBytes(lang, reason.retentionBytes),
        segmentSize: formatBytes(lang, reason.segmentSizeBytes),
      });
    case 'log start offset':
      return translate(lang, 'insight.why.delete.logStartOffset', {
        next: reason.nextSegmentBaseOffset,
        lso: reason.logStartOffset,
      });
    case 'log truncation':
      return translate(lang, 'insight.why.delete.logTruncation', { offset: reason.truncationOffset });
    case 'log roll':
      return translate(lang, 'insight.why.delete.logRoll');
    case 'compaction':
      return translate(lang, 'insight.why.delete.compaction', { replacedBy: reason.replacedBy });
  }
}

const ROLL_KEYS: Readonly<Record<RollReason, MessageKey>> = {
  'segment.bytes': 'insight.why.roll.segmentBytes',
  'segment.ms': 'insight.why.roll.segmentMs',
  'index full': 'insight.why.roll.indexFull',
  'time index full': 'insight.why.roll.timeIndexFull',
  'offset overflow': 'insight.why.roll.offsetOverflow',
  retention: 'insight.why.roll.retention',
};

export function rollWhy(lang: Lang, reason: RollReason): string {
  return translate(lang, ROLL_KEYS[reason]);
}

export function truncationWhy(lang: Lang, cause: EventOf<'log-truncated'>['cause']): string {
  return translate(lang, `insight.why.truncate.${cause}`);
}
