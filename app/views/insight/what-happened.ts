/**
 * "What just happened": the last request's outcome and the few latest events a teacher explains — a
 * segment deleted and by which rule, a leader elected and how, an ISR shrink and the lag behind it, a
 * partition gone offline, acknowledged records lost. Items are built from the store's records (pure),
 * then put into words in the current language.
 */
import type { EventRecord, PartitionRecord, SendRecord, TopicRecord } from '../../../engine/view/types';
import { type Lang, type MessageKey, translate, translateCount } from '../../i18n/i18n';
import { deletionWhy, electionWhy, isrShrinkWhy } from './event-why';
import { brokerList, type EventOf, segmentFileName, tpName } from './insight-format';

/** While a send is unanswered: the newest failed attempt at its partition since it was sent, and how many. */
export type SendRetry = { readonly event: EventOf<'produce-failed'>; readonly failures: number } | null;

export type WhatItem =
  | {
      readonly kind: 'send';
      readonly atMs: number;
      readonly send: SendRecord;
      readonly retry: SendRetry;
    }
  | {
      readonly kind: 'deletion';
      readonly atMs: number;
      readonly event: EventOf<'segment-deleted'>;
      /** Brokers that deleted the same segment of their replica for the same rule. */
      readonly brokers: number[];
    }
  /** Elections of one moment and one cause (a broker's death moves many leaders at once). */
  | { readonly kind: 'election'; readonly atMs: number; readonly events: EventOf<'leader-elected'>[] }
  | { readonly kind: 'isr'; readonly atMs: number; readonly events: EventOf<'isr-shrunk'>[] }
  | { readonly kind: 'offline'; readonly atMs: number; readonly event: EventOf<'partition-offline'> }
  | { readonly kind: 'lost'; readonly atMs: number; readonly event: EventOf<'acknowledged-records-lost'> };

export const WHAT_MAX_ITEMS = 5;

/** The newest items, newest first: the send (if any) among the explained events. */
export function whatHappenedItems(
  events: readonly EventRecord[],
  send: SendRecord | undefined,
  max = WHAT_MAX_ITEMS,
): WhatItem[] {
  const items: WhatItem[] = [];
  const groups = new Map<string, WhatItem>();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  for (const record of newestFirst) {
    const key = groupKey(record);
    if (key === null) continue;
    const existing = groups.get(key);
    if (existing) {
      merge(existing, record);
      continue;
    }
    if (items.length >= max) continue;
    const item = newItem(record);
    groups.set(key, item);
    items.push(item);
  }
  if (send) items.push({ kind: 'send', atMs: send.sentMs, send, retry: retryOf(send, newestFirst) });
  // Stable: an event and the send of the same millisecond keep the event first (it is newer by seq).
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.atMs - a.item.atMs || a.i - b.i)
    .slice(0, max)
    .map((x) => x.item);
}

/**
 * A send still waiting is being retried when its producer's attempts at its partition fail (Kafka retries
 * NOT_ENOUGH_REPLICAS every `retry.backoff.ms` until `delivery.timeout.ms`): the newest such failure
 * since the send, and how many.
 */
function retryOf(send: SendRecord, newestFirst: readonly EventRecord[]): SendRetry {
  if (send.done) return null;
  let newest: EventOf<'produce-failed'> | null = null;
  let failures = 0;
  for (const record of newestFirst) {
    if (record.atMs < send.sentMs) break;
    const e = record.body;
    if (e.type !== 'produce-failed' || !e.willRetry || e.topic !== send.topic) continue;
    if (send.partition >= 0 && e.partition !== send.partition) continue;
    newest ??= e;
    failures++;
  }
  return newest ? { event: newest, failures } : null;
}

function groupKey(record: EventRecord): string | null {
  const e = record.body;
  switch (e.type) {
    case 'segment-deleted':
      return `deletion/${e.topic}-${e.partition}/${e.baseOffset}/${e.reason.kind}`;
    case 'leader-elected':
      return `election/${record.atMs}/${e.reason}/${e.previousLeader}`;
    case 'isr-shrunk':
      return `isr/${record.atMs}/${e.cause}`;
    case 'partition-offline':
    case 'acknowledged-records-lost':
      return `${e.type}/${record.seq}`;
    default:
      return null;
  }
}

function newItem(record: EventRecord): WhatItem {
  const e = record.body;
  const atMs = record.atMs;
  switch (e.type) {
    case 'segment-deleted':
      return { kind: 'deletion', atMs, event: e, brokers: [e.broker] };
    case 'leader-elected':
      return { kind: 'election', atMs, events: [e] };
    case 'isr-shrunk':
      return { kind: 'isr', atMs, events: [e] };
    case 'partition-offline':
      return { kind: 'offline', atMs, event: e };
    case 'acknowledged-records-lost':
      return { kind: 'lost', atMs, event: e };
    default:
      throw new Error(`no item for ${e.type}`);
  }
}

/** Adds an older event to an item of the same group (events arrive newest first). */
function merge(item: WhatItem, record: EventRecord): void {
  const e = record.body;
  if (item.kind === 'deletion' && e.type === 'segment-deleted') {
    if (!item.brokers.includes(e.broker)) item.brokers.unshift(e.broker);
  } else if (item.kind === 'election' && e.type === 'leader-elected') {
    item.events.unshift(e);
  } else if (item.kind === 'isr' && e.type === 'isr-shrunk') {
    item.events.unshift(e);
  }
}

export interface WhatText {
  readonly tag: string;
  readonly headline: string;
  readonly detail: string | null;
  /** Kafka's own text (an exception message), shown untranslated. */
  readonly kafkaText: string | null;
}

/** What the send's sentences need to know about its topic and partition now. */
export interface SendContext {
  readonly topic: TopicRecord | undefined;
  readonly partition: PartitionRecord | undefined;
}

/** Partitions listed in a grouped item before "+N more". */
const LISTED = 4;

export function describeWhat(lang: Lang, item: WhatItem, ctx: SendContext): WhatText {
  const t = (key: MessageKey, params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  switch (item.kind) {
    case 'send':
      return describeSend(lang, item.send, item.retry, ctx);
    case 'deletion': {
      const e = item.event;
      const brokers = [...item.brokers].sort((a, b) => a - b);
      return {
        tag: t('insight.what.tag.deletion'),
        headline: translateCount(lang, 'insight.what.deletion', brokers.length, {
          brokers: brokers.join(', '),
          tp: tpName(e.topic, e.partition),
          file: segmentFileName(e.baseOffset),
        }),
        detail: deletionWhy(lang, e.reason),
        kafkaText: null,
      };
    }
    case 'election': {
      const first = item.events[0] as EventOf<'leader-elected'>;
      const one = item.events.length === 1;
      return {
        tag: t('insight.what.tag.election'),
        headline: one
          ? t('insight.what.election', {
              tp: tpName(first.topic, first.partition),
              leader: first.leader,
              epoch: first.leaderEpoch,
            })
          : t('insight.what.electionMany', { n: item.events.length }),
        detail: one
          ? electionWhy(lang, first)
          : `${electionWhy(lang, first)} ${listed(lang, item.events, (e) =>
              t('insight.what.electedItem', { tp: tpName(e.topic, e.partition), leader: e.leader }),
            )}`,
        kafkaText: null,
      };
    }
    case 'isr': {
      const first = item.events[0] as EventOf<'isr-shrunk'>;
      const one = item.events.length === 1;
      return {
        tag: t('insight.what.tag.isr'),
        headline: one
          ? t('insight.what.isr', {
              tp: tpName(first.topic, first.partition),
              from: brokerList(first.from),
              to: brokerList(first.to),
            })
          : t('insight.what.isrMany', { n: item.events.length }),
        detail: one
          ? isrShrinkWhy(lang, first)
          : `${isrShrinkWhy(lang, first)} ${listed(lang, item.events, (e) =>
              t('insight.what.isrItem', {
                tp: tpName(e.topic, e.partition),
                from: brokerList(e.from),
                to: brokerList(e.to),
              }),
            )}`,
        kafkaText: null,
      };
    }
    case 'offline': {
      const e = item.event;
      return {
        tag: t('insight.what.tag.offline'),
        headline: t('insight.what.offline', { tp: tpName(e.topic, e.partition) }),
        detail: t('insight.what.offlineWhy', { isr: brokerList(e.isr) }),
        kafkaText: null,
      };
    }
    case 'lost': {
      const e = item.event;
      return {
        tag: t('insight.what.tag.lost'),
        headline: translateCount(lang, 'insight.what.lost', e.count),
        detail: t('insight.what.lostWhy', {
          tp: tpName(e.topic, e.partition),
          from: e.fromOffset,
          to: e.toOffset,
        }),
        kafkaText: null,
      };
    }
  }
}

function listed<T>(lang: Lang, items: readonly T[], text: (item: T) => string): string {
  const shown = items.slice(0, LISTED).map(text);
  if (items.length > LISTED)
    shown.push(translate(lang, 'insight.what.andMore', { n: items.length - LISTED }));
  return shown.join(', ');
}

/** Errors we explain beyond Kafka's own message. */
const EXPLAINED_ERRORS = new Set([
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'REQUEST_TIMED_OUT',
  'UNKNOWN_TOPIC_OR_PARTITION',
]);

function describeSend(lang: Lang, send: SendRecord, retry: SendRetry, ctx: SendContext): WhatText {
  const tag = translate(lang, 'insight.what.tag.send');
  // The partitioner has not chosen yet (or the metadata never came): name the topic alone.
  const tp = send.partition >= 0 ? tpName(send.topic, send.partition) : send.topic;
  const isr = ctx.partition ? brokerList(ctx.partition.isr) : translate(lang, 'insight.na');
  if (!send.done && retry) {
    return {
      tag,
      headline: translateCount(lang, 'insight.what.send.retrying', retry.failures, {
        error: retry.event.error,
      }),
      detail: sendErrorWhy(lang, retry.event.error, tp, isr, ctx),
      kafkaText: retry.event.message,
    };
  }
  if (!send.done) {
    return {
      tag,
      headline: translate(lang, 'insight.what.send.pending', { topic: send.topic, acks: send.acks }),
      detail: null,
      kafkaText: null,
    };
  }
  if (send.error === null) {
    if (send.acks === '0') {
      return {
        tag,
        headline: translate(lang, 'insight.what.send.acks0', { tp }),
        detail: translate(lang, 'insight.what.send.why.zero'),
        kafkaText: null,
      };
    }
    return {
      tag,
      headline: translate(lang, 'insight.what.send.acked', { tp, offset: send.offset, acks: send.acks }),
      detail:
        send.acks === '1'
          ? translate(lang, 'insight.what.send.why.one')
          : translate(lang, 'insight.what.send.why.all', { isr }),
      kafkaText: null,
    };
  }
  return {
    tag,
    headline: translate(lang, 'insight.what.send.failed', { error: send.error }),
    detail: sendErrorWhy(lang, send.error, tp, isr, ctx),
    kafkaText: send.errorMessage,
  };
}

function sendErrorWhy(lang: Lang, error: string, tp: string, isr: string, ctx: SendContext): string | null {
  if (!EXPLAINED_ERRORS.has(error)) return null;
  const leader = ctx.partition?.leader ?? -1;
  // The old leader is gone and no new one yet: say that, not "retry on broker −1".
  const code = error === 'NOT_LEADER_OR_FOLLOWER' && leader < 0 ? 'LEADER_NOT_AVAILABLE' : error;
  return translate(lang, `insight.what.send.why.${code}` as MessageKey, {
    tp,
    isr,
    count: ctx.partition?.isr.length ?? 0,
    min: ctx.topic?.minInsyncReplicas ?? translate(lang, 'insight.na'),
    leader,
  });
}
