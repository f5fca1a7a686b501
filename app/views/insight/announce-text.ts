/**
 * What the polite live region says: a short sentence per kind of important event, bursts merged ("3
 * segments deleted"), at most one announcement per interval. Pure: the Announcer feeds it events and
 * wall-clock times.
 */
import { type Lang, type MessageKey, translate, translateCount } from '../../i18n/i18n';
import { ANNOUNCED_TYPES, type AnnouncedType, isAnnounced } from './event-subject';
import { brokerList, type EventBody, type EventOf, tpName } from './insight-format';

type Announced = EventOf<AnnouncedType>;

/** Kinds of news said in one announcement; the rest is counted ("2 more."). */
const MAX_PARTS = 3;

/**
 * One announcement for `events` (oldest first), the most important kinds first; null when none of them
 * is worth saying.
 */
export function announcementText(lang: Lang, events: readonly EventBody[]): string | null {
  const byType = new Map<AnnouncedType, Announced[]>();
  for (const e of events) {
    if (!isAnnounced(e)) continue;
    const list = byType.get(e.type) ?? [];
    list.push(e);
    byType.set(e.type, list);
  }
  const parts: string[] = [];
  let skipped = 0;
  for (const type of ANNOUNCED_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    if (parts.length < MAX_PARTS) parts.push(partText(lang, type, list));
    else skipped += list.length;
  }
  if (parts.length === 0) return null;
  if (skipped > 0) parts.push(translate(lang, 'insight.say.more', { n: skipped }));
  return parts.join(' ');
}

function partText(lang: Lang, type: AnnouncedType, list: readonly Announced[]): string {
  const newest = list[list.length - 1] as Announced;
  switch (type) {
    case 'broker-stopped':
    case 'broker-started': {
      const brokers = unique((list as EventOf<'broker-stopped' | 'broker-started'>[]).map((e) => e.broker));
      const key: MessageKey = brokers.length > 1 ? `insight.say.${type}.many` : `insight.say.${type}`;
      return translate(lang, key, { brokers: brokers.join(', ') });
    }
    case 'controller-changed': {
      const e = newest as EventOf<'controller-changed'>;
      return e.controllerId < 0
        ? translate(lang, 'insight.say.controller-changed.none')
        : translate(lang, 'insight.say.controller-changed', { controller: e.controllerId });
    }
    case 'acknowledged-records-lost': {
      const n = (list as EventOf<'acknowledged-records-lost'>[]).reduce((sum, e) => sum + e.count, 0);
      return translateCount(lang, 'insight.say.acknowledged-records-lost', n);
    }
    case 'segment-deleted': {
      if (list.length > 1) return translate(lang, 'insight.say.segment-deleted.many', { n: list.length });
      const e = newest as EventOf<'segment-deleted'>;
      return translate(lang, 'insight.say.segment-deleted', {
        broker: e.broker,
        tp: tpName(e.topic, e.partition),
        base: e.baseOffset,
      });
    }
    case 'leader-elected':
    case 'partition-offline':
    case 'isr-shrunk':
    case 'isr-expanded':
      return partitionPart(lang, type, list as PartitionNews[]);
  }
}

type PartitionNews = EventOf<'leader-elected' | 'partition-offline' | 'isr-shrunk' | 'isr-expanded'>;

/** One partition: its own sentence (its latest state); several: how many partitions. */
function partitionPart(lang: Lang, type: PartitionNews['type'], list: readonly PartitionNews[]): string {
  const partitions = unique(list.map((e) => tpName(e.topic, e.partition)));
  if (partitions.length > 1) return translate(lang, `insight.say.${type}.many`, { n: partitions.length });
  const e = list[list.length - 1] as PartitionNews;
  const tp = tpName(e.topic, e.partition);
  switch (e.type) {
    case 'leader-elected':
      return translate(lang, 'insight.say.leader-elected', { tp, leader: e.leader });
    case 'partition-offline':
      return translate(lang, 'insight.say.partition-offline', { tp });
    case 'isr-shrunk':
    case 'isr-expanded':
      return translate(lang, `insight.say.${e.type}`, { tp, isr: brokerList(e.to) });
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * At most one announcement per `intervalMs`, and a short `gatherMs` wait after the first news so a
 * burst spread over a few frames is said once.
 *
 * @example
 *   throttle.add(events, now); const wait = throttle.due(now); // 0: say it now
 *   if (wait === 0) announce(announcementText(lang, throttle.take(now)));
 */
export class AnnounceThrottle {
  private pending: EventBody[] = [];
  private firstPendingMs = 0;
  private lastSaidMs = Number.NEGATIVE_INFINITY;

  constructor(
    readonly intervalMs = 1500,
    readonly gatherMs = 250,
  ) {}

  /** Keeps the announced kinds among `events`. */
  add(events: readonly EventBody[], nowMs: number): void {
    const news = events.filter(isAnnounced);
    if (news.length === 0) return;
    if (this.pending.length === 0) this.firstPendingMs = nowMs;
    this.pending.push(...news);
  }

  /** Ms until the pending news may be said (0 = now), or null when nothing is pending. */
  due(nowMs: number): number | null {
    if (this.pending.length === 0) return null;
    const at = Math.max(this.lastSaidMs + this.intervalMs, this.firstPendingMs + this.gatherMs);
    return Math.max(0, at - nowMs);
  }

  /** The pending news, oldest first; counts as said at `nowMs`. */
  take(nowMs: number): EventBody[] {
    const out = this.pending;
    this.pending = [];
    this.lastSaidMs = nowMs;
    return out;
  }

  /** Forgets pending news (a rewind or a new cluster: what was pending never happened). */
  clear(): void {
    this.pending = [];
  }
}
