import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/i18n';
import { SAMPLE_AT_MS, SAMPLE_EVENTS } from './event-samples';
import { eventSentence } from './event-sentence';
import { EVENT_TYPES } from './event-subject';
import type { EventBody } from './insight-format';

const say = (lang: 'ko' | 'en', body: EventBody) => eventSentence(lang, { atMs: SAMPLE_AT_MS, body });

/** The numbers a sentence must show for each sample (ids, offsets, counts). */
const NUMBERS: Record<keyof typeof SAMPLE_EVENTS, readonly string[]> = {
  'broker-started': ['2'],
  'broker-stopped': ['3'],
  'broker-registered': ['/brokers/ids/2', '0x100000002'],
  'broker-expired': ['3', '0x100000003', '18.5'],
  'controller-changed': ['2', '1', '7'],
  'topic-created': ['orders', '3'],
  'topic-deleted': ['orders'],
  'partitions-added': ['3', '6'],
  'leader-elected': ['orders-1', '2', '4', '[2, 1]'],
  'partition-offline': ['orders-1', '[3]'],
  'isr-shrunk': ['orders-0', '[1, 2, 3]', '[1, 2]', '10.5', 'replica.lag.time.max.ms'],
  'isr-expanded': ['orders-0', '[1, 2]', '[1, 2, 3]'],
  'records-appended': ['1', 'orders-0', '40', '44'],
  'follower-fetched': ['2', '1', 'orders-0', '40', '5'],
  'high-watermark-advanced': ['orders-0', '40', '45'],
  'log-truncated': ['3', 'orders-0', '47', '45'],
  'segment-rolled': ['00000000000000000042.log', 'segment.bytes'],
  'segment-deleted': ['00000000000000000017.log', '2', 'retention.ms', '8', '7'],
  'segments-compacted': ['12', '4'],
  'log-start-offset-advanced': ['0', '17'],
  'produce-acked': ['producer-1', 'orders-2', '9', 'acks=all'],
  'produce-failed': ['NOT_ENOUGH_REPLICAS', 'orders-2', '3', 'fewer in-sync replicas'],
  'group-rebalanced': ['billing', '6', 'range', '2'],
  'group-state-changed': ['billing', 'Stable', 'PreparingRebalance'],
  'member-joined': ['billing', 'consumer-billing-2-def'],
  'member-left': ['billing', 'session.timeout.ms'],
  'offset-committed': ['billing', 'orders-1', '33'],
  'offset-reset': ['orders-1', '5', '17', 'auto.offset.reset=earliest', 'OFFSET_OUT_OF_RANGE'],
  'message-lost': ['Fetch', 'broker-2', 'broker-1'],
  'acknowledged-records-lost': ['2', 'orders-0', '45', '46'],
};

describe('eventSentence', () => {
  it('has a sample for every event type', () => {
    expect(Object.keys(SAMPLE_EVENTS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  for (const lang of LANGS) {
    for (const [type, body] of Object.entries(SAMPLE_EVENTS) as [keyof typeof SAMPLE_EVENTS, EventBody][]) {
      it(`says ${type} in ${lang} with its numbers`, () => {
        const text = say(lang, body);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toContain('undefined');
        for (const n of NUMBERS[type]) expect(text).toContain(n);
      });
    }
  }

  it('writes Korean in Korean and English in English', () => {
    for (const body of Object.values(SAMPLE_EVENTS)) {
      expect(say('ko', body)).toMatch(/[가-힣]/);
      expect(say('en', body)).not.toMatch(/[가-힣]/);
    }
  });

  it('says how each election chose its leader', () => {
    const base = SAMPLE_EVENTS['leader-elected'];
    expect(say('en', base)).toContain(
      'The leader (broker 3) was lost: the first live ISR member in assignment order.',
    );
    expect(say('en', { ...base, reason: 'unclean' })).toContain('unclean.leader.election.enable=true');
    expect(say('en', { ...base, reason: 'new-partition' })).toContain('first live replica of the assignment');
    expect(say('en', { ...base, reason: 'preferred' })).toContain('preferred leader');
    expect(say('ko', { ...base, reason: 'offline-recovered' })).toContain('ISR 브로커가 돌아와');
  });

  it('names each deletion rule with the numbers it compared', () => {
    const base = SAMPLE_EVENTS['segment-deleted'];
    expect(say('en', base)).toContain('largest timestamp');
    expect(say('en', base)).toContain('is 8 d old, more than retention.ms (7 d)');
    expect(
      say('en', {
        ...base,
        reason: { kind: 'retention.bytes', logSizeBytes: 5000, retentionBytes: 2048, segmentSizeBytes: 1024 },
      }),
    ).toContain('retention.bytes (2 KiB)');
    expect(
      say('en', {
        ...base,
        reason: { kind: 'log start offset', logStartOffset: 30, nextSegmentBaseOffset: 25 },
      }),
    ).toContain('starts at offset 25, at or below the log start offset 30');
    expect(say('ko', { ...base, reason: { kind: 'log truncation', truncationOffset: 12 } })).toContain(
      '오프셋 12',
    );
    expect(say('en', { ...base, reason: { kind: 'log roll' } })).toContain('replaced at roll');
    expect(say('en', { ...base, reason: { kind: 'compaction', replacedBy: 0 } })).toContain(
      'compacted segment',
    );
  });

  it('explains an ISR shrink by broker failure without a lag', () => {
    const base = SAMPLE_EVENTS['isr-shrunk'];
    const text = say('en', { ...base, removed: [{ broker: 3, lagMs: null }], cause: 'broker-failure' });
    expect(text).toContain('The controller removed stopped broker 3 from the ISR.');
    expect(say('en', { ...base, removed: [{ broker: 3, lagMs: null }] })).toContain(
      'did not catch up within',
    );
  });

  it('covers the variants of stops, controllers, truncations, rolls, resets and losses', () => {
    expect(say('en', { type: 'broker-stopped', broker: 1, how: 'power-off' })).toContain('lost power');
    expect(say('en', { type: 'controller-changed', controllerId: 1, controllerEpoch: 1, previous: -1 })).toBe(
      'Broker 1 became controller (controller epoch 1): it created /controller first.',
    );
    expect(
      say('en', { type: 'controller-changed', controllerId: -1, controllerEpoch: 1, previous: 2 }),
    ).toContain('No controller');
    const truncated = SAMPLE_EVENTS['log-truncated'];
    expect(say('en', { ...truncated, cause: 'above-leader-end' })).toContain("new leader's log end");
    expect(say('en', { ...truncated, cause: 'power-loss' })).toContain('fsynced');
    const rolled = SAMPLE_EVENTS['segment-rolled'];
    for (const reason of [
      'segment.ms',
      'index full',
      'time index full',
      'offset overflow',
      'retention',
    ] as const)
      expect(say('ko', { ...rolled, reason })).toMatch(/[가-힣]/);
    const reset = SAMPLE_EVENTS['offset-reset'];
    expect(say('en', { ...reset, from: null, cause: 'no-committed-offset' })).toContain(
      'no committed offset',
    );
    expect(say('en', { ...SAMPLE_EVENTS['member-left'], reason: 'leave' })).toContain('LeaveGroup');
    expect(say('en', { ...SAMPLE_EVENTS['message-lost'], reason: 'dropped' })).toContain('dropped by you');
    expect(say('en', { ...SAMPLE_EVENTS['produce-failed'], willRetry: false, records: 1 })).toContain(
      '1 record to orders-2 failed',
    );
    expect(say('en', { ...SAMPLE_EVENTS['produce-acked'], acks: 0, baseOffset: -1 })).toContain('acks=0');
  });

  it('uses singular and plural English', () => {
    expect(say('en', { ...SAMPLE_EVENTS['topic-created'], partitions: 1 })).toContain('1 partition,');
    expect(say('en', SAMPLE_EVENTS['topic-created'])).toContain('3 partitions,');
    expect(say('en', SAMPLE_EVENTS['acknowledged-records-lost'])).toMatch(/^2 acknowledged records lost/);
  });
});
