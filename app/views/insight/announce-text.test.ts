import { describe, expect, it } from 'vitest';
import { AnnounceThrottle, announcementText } from './announce-text';
import { SAMPLE_BODIES, SAMPLE_EVENTS } from './event-samples';
import { isAnnounced } from './event-subject';
import type { EventOf } from './insight-format';

const deleted = (broker: number, baseOffset: number): EventOf<'segment-deleted'> => ({
  ...SAMPLE_EVENTS['segment-deleted'],
  broker,
  baseOffset,
});

describe('announcementText', () => {
  it('says nothing for events that are not announced', () => {
    expect(
      announcementText('en', [SAMPLE_EVENTS['records-appended'], SAMPLE_EVENTS['member-joined']]),
    ).toBeNull();
  });

  it('has a short sentence for every announced type, in both languages', () => {
    for (const body of SAMPLE_BODIES.filter(isAnnounced)) {
      for (const lang of ['ko', 'en'] as const) {
        const text = announcementText(lang, [body]);
        expect(text).toBeTruthy();
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(announcementText('en', [SAMPLE_EVENTS['isr-shrunk']])).toBe('ISR of orders-0 shrank to [1, 2].');
    expect(announcementText('ko', [SAMPLE_EVENTS['leader-elected']])).toBe('orders-1 새 리더: 브로커 2.');
    expect(announcementText('en', [SAMPLE_EVENTS['segment-deleted']])).toBe(
      'Broker 2 deleted segment 17 of orders-0.',
    );
  });

  it('merges a burst into counts', () => {
    expect(announcementText('en', [deleted(1, 0), deleted(2, 0), deleted(3, 0)])).toBe('3 segments deleted.');
    expect(announcementText('ko', [deleted(1, 0), deleted(2, 0)])).toBe('세그먼트 2개 삭제.');
    const elected = SAMPLE_EVENTS['leader-elected'];
    expect(
      announcementText('en', [
        elected,
        { ...elected, partition: 2 },
        { ...elected, partition: 2, leader: 1 },
      ]),
    ).toBe('New leaders elected for 2 partitions.');
    expect(
      announcementText('en', [
        { type: 'broker-stopped', broker: 1, how: 'kill' },
        { type: 'broker-stopped', broker: 2, how: 'kill' },
      ]),
    ).toBe('Brokers 1, 2 stopped.');
    const lost = SAMPLE_EVENTS['acknowledged-records-lost'];
    expect(announcementText('en', [lost, { ...lost, count: 3 }])).toBe('5 acknowledged records lost.');
    expect(announcementText('en', [{ ...lost, count: 1 }])).toBe('1 acknowledged record lost.');
  });

  it('puts the most important news first and counts what does not fit', () => {
    const text = announcementText('en', [
      SAMPLE_EVENTS['segment-deleted'],
      SAMPLE_EVENTS['isr-shrunk'],
      SAMPLE_EVENTS['leader-elected'],
      SAMPLE_EVENTS['broker-stopped'],
      SAMPLE_EVENTS['controller-changed'],
    ]);
    expect(text).toBe(
      'Broker 3 stopped. Broker 2 is the new controller. orders-1: broker 2 is the new leader. 2 more.',
    );
  });
});

describe('AnnounceThrottle', () => {
  it('waits a moment to gather a burst, then at least the interval between announcements', () => {
    const throttle = new AnnounceThrottle(1500, 250);
    expect(throttle.due(0)).toBeNull();
    throttle.add([SAMPLE_EVENTS['records-appended']], 0);
    expect(throttle.due(0)).toBeNull();
    throttle.add([deleted(1, 0)], 1000);
    expect(throttle.due(1000)).toBe(250);
    throttle.add([deleted(2, 0)], 1100);
    expect(throttle.due(1250)).toBe(0);
    expect(throttle.take(1250)).toHaveLength(2);
    expect(throttle.due(1300)).toBeNull();
    throttle.add([deleted(3, 0)], 1400);
    expect(throttle.due(1400)).toBe(1350);
    expect(throttle.due(2750)).toBe(0);
  });

  it('forgets pending news on clear', () => {
    const throttle = new AnnounceThrottle();
    throttle.add([deleted(1, 0)], 0);
    throttle.clear();
    expect(throttle.due(10_000)).toBeNull();
  });
});
