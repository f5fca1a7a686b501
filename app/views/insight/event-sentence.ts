/**
 * Every cluster event as one sentence in the current language, with its numbers (the timeline's rows).
 * The switch is exhaustive: a new event type in engine/cluster/events.ts fails the type check here until
 * it has its sentence in both languages.
 *
 * @example
 *   eventSentence('en', { atMs, body: { type: 'broker-started', broker: 2 } }); // 'Broker 2 started.'
 */
import type { EventRecord } from '../../../engine/view/types';
import { formatBytes, formatDuration } from '../../format';
import { type Lang, translate, translateCount } from '../../i18n/i18n';
import { deletionWhy, electionWhy, isrShrinkWhy, rollWhy, truncationWhy } from './event-why';
import { acksLabel, brokerList, formatSpan, segmentFileName, tpName } from './insight-format';

export function eventSentence(lang: Lang, event: Pick<EventRecord, 'atMs' | 'body'>): string {
  const e = event.body;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  switch (e.type) {
    case 'broker-started':
      return t('insight.ev.broker-started', { broker: e.broker });
    case 'broker-stopped':
      return t(`insight.ev.broker-stopped.${e.how}`, { broker: e.broker });
    case 'broker-registered':
      return t('insight.ev.broker-registered', { broker: e.broker, session: e.sessionId });
    case 'broker-expired':
      return t('insight.ev.broker-expired', {
        broker: e.broker,
        session: e.sessionId,
        silence: formatSpan(lang, event.atMs - e.lastHeardMs),
        timeout: formatDuration(lang, e.sessionTimeoutMs),
      });
    case 'controller-changed': {
      const params = { controller: e.controllerId, previous: e.previous, epoch: e.controllerEpoch };
      if (e.controllerId < 0) return t('insight.ev.controller-changed.none', params);
      if (e.previous < 0) return t('insight.ev.controller-changed.first', params);
      return t('insight.ev.controller-changed', params);
    }
    case 'topic-created':
      return translateCount(lang, 'insight.ev.topic-created', e.partitions, {
        topic: e.topic,
        rf: e.replicationFactor,
      });
    case 'topic-deleted':
      return t('insight.ev.topic-deleted', { topic: e.topic });
    case 'partitions-added':
      return t('insight.ev.partitions-added', { topic: e.topic, from: e.from, to: e.to });
    case 'leader-elected':
      return t('insight.ev.leader-elected', {
        tp: tpName(e.topic, e.partition),
        leader: e.leader,
        epoch: e.leaderEpoch,
        isr: brokerList(e.isr),
        why: electionWhy(lang, e),
      });
    case 'partition-offline':
      return t('insight.ev.partition-offline', { tp: tpName(e.topic, e.partition), isr: brokerList(e.isr) });
    case 'isr-shrunk':
      return t('insight.ev.isr-shrunk', {
        tp: tpName(e.topic, e.partition),
        from: brokerList(e.from),
        to: brokerList(e.to),
        why: isrShrinkWhy(lang, e),
      });
    case 'isr-expanded':
      return t('insight.ev.isr-expanded', {
        tp: tpName(e.topic, e.partition),
        from: brokerList(e.from),
        to: brokerList(e.to),
        broker: e.added,
      });
    case 'records-appended':
      return t(`insight.ev.records-appended.${e.origin}`, {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        base: e.baseOffset,
        last: e.lastOffset,
        epoch: e.leaderEpoch,
      });
    case 'follower-fetched':
      return translateCount(lang, 'insight.ev.follower-fetched', e.records, {
        broker: e.broker,
        leader: e.leader,
        tp: tpName(e.topic, e.partition),
        offset: e.fetchOffset,
      });
    case 'high-watermark-advanced':
      return t('insight.ev.high-watermark-advanced', {
        tp: tpName(e.topic, e.partition),
        broker: e.broker,
        from: e.from,
        to: e.to,
      });
    case 'log-truncated':
      return t('insight.ev.log-truncated', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        from: e.fromLogEndOffset,
        to: e.toOffset,
        why: truncationWhy(lang, e.cause),
      });
    case 'segment-rolled':
      return t('insight.ev.segment-rolled', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        file: segmentFileName(e.baseOffset),
        why: rollWhy(lang, e.reason),
      });
    case 'segment-deleted':
      return t('insight.ev.segment-deleted', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        file: segmentFileName(e.baseOffset),
        size: formatBytes(lang, e.sizeInBytes),
        why: deletionWhy(lang, e.reason),
      });
    case 'segments-compacted':
      return t('insight.ev.segments-compacted', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        before: e.recordsBefore,
        after: e.recordsAfter,
      });
    case 'log-start-offset-advanced':
      return t('insight.ev.log-start-offset-advanced', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        from: e.from,
        to: e.to,
      });
    case 'produce-acked':
      return translateCount(
        lang,
        e.acks === 0 ? 'insight.ev.produce-acked.acks0' : 'insight.ev.produce-acked',
        e.records,
        {
          client: e.clientId,
          tp: tpName(e.topic, e.partition),
          offset: e.baseOffset,
          acks: acksLabel(e.acks),
        },
      );
    case 'produce-failed':
      return translateCount(
        lang,
        e.willRetry ? 'insight.ev.produce-failed.retry' : 'insight.ev.produce-failed.final',
        e.records,
        // Kafka's message ends with a full stop; the sentence adds its own after the parenthesis.
        {
          client: e.clientId,
          tp: tpName(e.topic, e.partition),
          error: e.error,
          message: e.message.replace(/\.$/, ''),
        },
      );
    case 'group-rebalanced':
      return t('insight.ev.group-rebalanced', {
        group: e.groupId,
        generation: e.generationId,
        protocol: e.protocol,
        members: e.assignments.length,
        leader: e.leader,
      });
    case 'group-state-changed':
      return t('insight.ev.group-state-changed', {
        group: e.groupId,
        from: e.from,
        to: e.to,
        reason: e.reason,
      });
    case 'member-joined':
      return t('insight.ev.member-joined', { group: e.groupId, member: e.memberId });
    case 'member-left':
      return t(`insight.ev.member-left.${e.reason}`, { group: e.groupId, member: e.memberId });
    case 'offset-committed':
      return t('insight.ev.offset-committed', {
        group: e.groupId,
        tp: tpName(e.topic, e.partition),
        offset: e.offset,
      });
    case 'offset-reset':
      return t(`insight.ev.offset-reset.${e.cause}`, {
        client: e.clientId,
        tp: tpName(e.topic, e.partition),
        from: e.from ?? translate(lang, 'insight.na'),
        to: e.to,
        policy: e.policy,
      });
    case 'message-lost':
      return t(`insight.ev.message-lost.${e.reason}`, { api: e.api, from: e.from, to: e.to });
    case 'acknowledged-records-lost':
      return translateCount(lang, 'insight.ev.acknowledged-records-lost', e.count, {
        tp: tpName(e.topic, e.partition),
        from: e.fromOffset,
        to: e.toOffset,
      });
    default:
      return unreachable(e);
  }
}

function unreachable(e: never): string {
  return (e as { type: string }).type;
}
