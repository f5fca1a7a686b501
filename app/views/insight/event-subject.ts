/**
 * What an event is about: its timeline category, the thing clicking it selects (a broker, a partition,
 * a replica, a group…), and whether it belongs to the current selection (the timeline highlights those).
 * Pure; the exhaustive tables fail the type check when events.ts gains a type.
 */
import type { Selection } from '../../store/ui-slice';
import type { EventBody, EventType } from './insight-format';

export const EVENT_CATEGORIES = ['brokers', 'elections', 'log', 'producers', 'groups', 'network'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

const CATEGORY: Readonly<Record<EventType, EventCategory>> = {
  'broker-started': 'brokers',
  'broker-stopped': 'brokers',
  'broker-registered': 'brokers',
  'broker-expired': 'brokers',
  'controller-changed': 'brokers',
  'topic-created': 'brokers',
  'topic-deleted': 'brokers',
  'partitions-added': 'brokers',
  'leader-elected': 'elections',
  'partition-offline': 'elections',
  'isr-shrunk': 'elections',
  'isr-expanded': 'elections',
  'acknowledged-records-lost': 'elections',
  'records-appended': 'log',
  'follower-fetched': 'log',
  'high-watermark-advanced': 'log',
  'log-truncated': 'log',
  'segment-rolled': 'log',
  'segment-deleted': 'log',
  'segments-compacted': 'log',
  'log-start-offset-advanced': 'log',
  'produce-acked': 'producers',
  'produce-failed': 'producers',
  'group-rebalanced': 'groups',
  'group-state-changed': 'groups',
  'member-joined': 'groups',
  'member-left': 'groups',
  'offset-committed': 'groups',
  'offset-reset': 'groups',
  'message-lost': 'network',
};

export function eventCategory(body: EventBody): EventCategory {
  return CATEGORY[body.type];
}

/** Every event type, for tests that must cover them all. */
export const EVENT_TYPES = Object.keys(CATEGORY) as EventType[];

/** The thing the event is about, selected when the user clicks it; null when nothing fits. */
export function eventSubject(body: EventBody): Selection | null {
  switch (body.type) {
    case 'broker-started':
    case 'broker-stopped':
    case 'broker-registered':
    case 'broker-expired':
      return { kind: 'broker', brokerId: body.broker };
    case 'controller-changed':
      return body.controllerId >= 0 ? { kind: 'broker', brokerId: body.controllerId } : { kind: 'zookeeper' };
    case 'topic-created':
    case 'topic-deleted':
    case 'partitions-added':
      return { kind: 'topic', topic: body.topic };
    case 'records-appended':
    case 'follower-fetched':
    case 'high-watermark-advanced':
    case 'log-truncated':
    case 'segment-rolled':
    case 'segment-deleted':
    case 'segments-compacted':
    case 'log-start-offset-advanced':
      return { kind: 'replica', topic: body.topic, partition: body.partition, brokerId: body.broker };
    case 'leader-elected':
    case 'partition-offline':
    case 'isr-shrunk':
    case 'isr-expanded':
    case 'acknowledged-records-lost':
    case 'produce-acked':
    case 'produce-failed':
    case 'offset-reset':
      return { kind: 'partition', topic: body.topic, partition: body.partition };
    case 'group-rebalanced':
    case 'group-state-changed':
    case 'member-joined':
    case 'member-left':
    case 'offset-committed':
      return { kind: 'group', groupId: body.groupId };
    case 'message-lost': {
      const broker = brokerOfNode(body.to) ?? brokerOfNode(body.from);
      return broker === null ? null : { kind: 'broker', brokerId: broker };
    }
  }
}

/** `broker-3` → 3; other network nodes (`zookeeper`, `client-1`) → null. */
export function brokerOfNode(node: string): number | null {
  const m = /^broker-(\d+)$/.exec(node);
  return m ? Number(m[1]) : null;
}

/** Brokers an event names (its broker, a leader, the ISR before and after…), for "is this about broker N". */
function brokersOf(body: EventBody): readonly number[] {
  switch (body.type) {
    case 'controller-changed':
      return [body.controllerId, body.previous];
    case 'leader-elected':
      return [body.leader, body.previousLeader];
    case 'isr-shrunk':
      return [body.leader, ...body.removed.map((r) => r.broker)];
    case 'isr-expanded':
      return [body.leader, body.added];
    case 'follower-fetched':
      return [body.broker, body.leader];
    case 'message-lost':
      return [brokerOfNode(body.from) ?? -1, brokerOfNode(body.to) ?? -1];
    default:
      return 'broker' in body ? [body.broker] : [];
  }
}

/** True when the event concerns the selected thing (the timeline marks it). */
export function eventTouches(body: EventBody, selection: Selection | null): boolean {
  if (selection === null) return false;
  switch (selection.kind) {
    case 'broker':
      return brokersOf(body).includes(selection.brokerId);
    case 'topic':
      return 'topic' in body && body.topic === selection.topic;
    case 'partition':
    case 'record':
      return 'partition' in body && body.topic === selection.topic && body.partition === selection.partition;
    case 'replica':
      return (
        'partition' in body &&
        body.topic === selection.topic &&
        body.partition === selection.partition &&
        (!('broker' in body) || body.broker === selection.brokerId)
      );
    case 'group':
      return 'groupId' in body && body.groupId === selection.groupId;
    default:
      return false;
  }
}

/** The events the polite live region reads aloud. */
export const ANNOUNCED_TYPES = [
  'acknowledged-records-lost',
  'broker-stopped',
  'broker-started',
  'controller-changed',
  'partition-offline',
  'leader-elected',
  'isr-shrunk',
  'isr-expanded',
  'segment-deleted',
] as const satisfies readonly EventType[];
export type AnnouncedType = (typeof ANNOUNCED_TYPES)[number];

export function isAnnounced(body: EventBody): body is Extract<EventBody, { type: AnnouncedType }> {
  return (ANNOUNCED_TYPES as readonly string[]).includes(body.type);
}
