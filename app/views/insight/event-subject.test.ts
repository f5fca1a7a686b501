import { describe, expect, it } from 'vitest';
import { SAMPLE_BODIES, SAMPLE_EVENTS } from './event-samples';
import {
  brokerOfNode,
  EVENT_CATEGORIES,
  eventCategory,
  eventSubject,
  eventTouches,
  isAnnounced,
} from './event-subject';

describe('eventCategory', () => {
  it('puts every event type in one of the six categories', () => {
    for (const body of SAMPLE_BODIES) expect(EVENT_CATEGORIES).toContain(eventCategory(body));
  });

  it('files events where a teacher would look for them', () => {
    expect(eventCategory(SAMPLE_EVENTS['controller-changed'])).toBe('brokers');
    expect(eventCategory(SAMPLE_EVENTS['isr-shrunk'])).toBe('elections');
    expect(eventCategory(SAMPLE_EVENTS['leader-elected'])).toBe('elections');
    expect(eventCategory(SAMPLE_EVENTS['segment-deleted'])).toBe('log');
    expect(eventCategory(SAMPLE_EVENTS['produce-failed'])).toBe('producers');
    expect(eventCategory(SAMPLE_EVENTS['member-left'])).toBe('groups');
    expect(eventCategory(SAMPLE_EVENTS['message-lost'])).toBe('network');
  });
});

describe('eventSubject', () => {
  it('selects the thing each event is about', () => {
    expect(eventSubject(SAMPLE_EVENTS['broker-stopped'])).toEqual({ kind: 'broker', brokerId: 3 });
    expect(eventSubject(SAMPLE_EVENTS['controller-changed'])).toEqual({ kind: 'broker', brokerId: 2 });
    expect(
      eventSubject({ type: 'controller-changed', controllerId: -1, controllerEpoch: 3, previous: 2 }),
    ).toEqual({ kind: 'zookeeper' });
    expect(eventSubject(SAMPLE_EVENTS['topic-created'])).toEqual({ kind: 'topic', topic: 'orders' });
    expect(eventSubject(SAMPLE_EVENTS['leader-elected'])).toEqual({
      kind: 'partition',
      topic: 'orders',
      partition: 1,
    });
    expect(eventSubject(SAMPLE_EVENTS['segment-deleted'])).toEqual({
      kind: 'replica',
      topic: 'orders',
      partition: 0,
      brokerId: 2,
    });
    expect(eventSubject(SAMPLE_EVENTS['group-rebalanced'])).toEqual({ kind: 'group', groupId: 'billing' });
    expect(eventSubject(SAMPLE_EVENTS['message-lost'])).toEqual({ kind: 'broker', brokerId: 1 });
    expect(
      eventSubject({ type: 'message-lost', from: 'client-1', to: 'zookeeper', api: 'x', reason: 'dropped' }),
    ).toBe(null);
  });

  it('gives every event type a subject except lost messages between non-brokers', () => {
    for (const body of SAMPLE_BODIES) expect(eventSubject(body)).not.toBeNull();
  });

  it('reads broker ids from network node names', () => {
    expect(brokerOfNode('broker-12')).toBe(12);
    expect(brokerOfNode('client-1')).toBeNull();
    expect(brokerOfNode('zookeeper')).toBeNull();
  });
});

describe('eventTouches', () => {
  it('matches events to the selected broker, partition, replica, topic and group', () => {
    const shrink = SAMPLE_EVENTS['isr-shrunk'];
    expect(eventTouches(shrink, { kind: 'broker', brokerId: 3 })).toBe(true);
    expect(eventTouches(shrink, { kind: 'broker', brokerId: 2 })).toBe(false);
    expect(eventTouches(shrink, { kind: 'partition', topic: 'orders', partition: 0 })).toBe(true);
    expect(eventTouches(shrink, { kind: 'partition', topic: 'orders', partition: 1 })).toBe(false);
    expect(eventTouches(shrink, { kind: 'topic', topic: 'orders' })).toBe(true);
    const deleted = SAMPLE_EVENTS['segment-deleted'];
    expect(eventTouches(deleted, { kind: 'replica', topic: 'orders', partition: 0, brokerId: 2 })).toBe(true);
    expect(eventTouches(deleted, { kind: 'replica', topic: 'orders', partition: 0, brokerId: 1 })).toBe(
      false,
    );
    expect(eventTouches(SAMPLE_EVENTS['member-joined'], { kind: 'group', groupId: 'billing' })).toBe(true);
    expect(eventTouches(SAMPLE_EVENTS['member-joined'], { kind: 'group', groupId: 'other' })).toBe(false);
    expect(eventTouches(SAMPLE_EVENTS['broker-started'], null)).toBe(false);
    expect(eventTouches(SAMPLE_EVENTS['controller-changed'], { kind: 'broker', brokerId: 1 })).toBe(true);
  });
});

describe('isAnnounced', () => {
  it('reads aloud the important changes only', () => {
    const said = SAMPLE_BODIES.filter(isAnnounced).map((b) => b.type);
    expect(said.sort()).toEqual(
      [
        'acknowledged-records-lost',
        'broker-started',
        'broker-stopped',
        'controller-changed',
        'isr-expanded',
        'isr-shrunk',
        'leader-elected',
        'partition-offline',
        'segment-deleted',
      ].sort(),
    );
  });
});
