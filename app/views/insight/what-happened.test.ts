import { describe, expect, it } from 'vitest';
import type { PartitionRecord, SendRecord, TopicRecord } from '../../../engine/view/types';
import { SAMPLE_AT_MS, SAMPLE_EVENTS, sampleRecord } from './event-samples';
import type { EventOf } from './insight-format';
import { describeWhat, type SendContext, whatHappenedItems } from './what-happened';

const send = (over: Partial<SendRecord> = {}): SendRecord => ({
  kind: 'send',
  id: 'send:0',
  seq: 0,
  topic: 'orders',
  key: 'k',
  value: 'v',
  acks: 'all',
  partition: 0,
  sentMs: SAMPLE_AT_MS,
  done: true,
  offset: 42,
  error: null,
  errorMessage: null,
  auto: false,
  ...over,
});

const topic = { minInsyncReplicas: 2 } as TopicRecord;
const partition = { isr: [1], leader: 1 } as unknown as PartitionRecord;
const ctx: SendContext = { topic, partition };

const deleted = (broker: number, baseOffset = 17): EventOf<'segment-deleted'> => ({
  ...SAMPLE_EVENTS['segment-deleted'],
  broker,
  baseOffset,
});

describe('whatHappenedItems', () => {
  it('lists the explained events and the send, newest first', () => {
    const events = [
      sampleRecord(SAMPLE_EVENTS['records-appended'], 1, SAMPLE_AT_MS - 10),
      sampleRecord(SAMPLE_EVENTS['isr-shrunk'], 2, SAMPLE_AT_MS + 10),
      sampleRecord(SAMPLE_EVENTS['leader-elected'], 3, SAMPLE_AT_MS + 20),
    ];
    const items = whatHappenedItems(events, send());
    expect(items.map((i) => i.kind)).toEqual(['election', 'isr', 'send']);
  });

  it('merges the same segment deleted on several brokers', () => {
    const events = [
      sampleRecord(deleted(1), 1),
      sampleRecord(deleted(3), 2),
      sampleRecord(deleted(2), 3),
      sampleRecord(deleted(2, 40), 4),
    ];
    const items = whatHappenedItems(events, undefined);
    expect(items).toHaveLength(2);
    const first = items[1];
    expect(first?.kind === 'deletion' && [...first.brokers].sort()).toEqual([1, 2, 3]);
    const text = describeWhat('en', first as NonNullable<typeof first>, ctx);
    expect(text.headline).toBe('Segment 00000000000000000017.log of orders-0 deleted on brokers 1, 2, 3');
    expect(text.detail).toContain('Retention time breached');
  });

  it('groups elections of one moment and one cause', () => {
    const elected = SAMPLE_EVENTS['leader-elected'];
    const events = [0, 1, 2, 3, 4, 5].map((p) =>
      sampleRecord({ ...elected, partition: p }, p + 1, SAMPLE_AT_MS),
    );
    const items = whatHappenedItems(events, undefined);
    expect(items).toHaveLength(1);
    const text = describeWhat('en', items[0] as NonNullable<(typeof items)[0]>, ctx);
    expect(text.headline).toBe('New leaders for 6 partitions');
    expect(text.detail).toContain('orders-0 → broker 2, orders-1 → broker 2');
    expect(text.detail).toContain('+2 more');
  });

  it('keeps only a handful of items', () => {
    const events = Array.from({ length: 20 }, (_, i) => sampleRecord(deleted(1, i * 10), i + 1));
    expect(whatHappenedItems(events, send(), 5)).toHaveLength(5);
  });
});

describe('describeWhat for a send', () => {
  const say = (lang: 'ko' | 'en', s: SendRecord, c: SendContext = ctx) =>
    describeWhat(lang, { kind: 'send', atMs: s.sentMs, send: s, retry: null }, c);

  it('says where an acknowledged record is stored and what the acks setting promised', () => {
    const all = say('en', send());
    expect(all.headline).toBe('Acknowledged: stored at orders-0, offset 42 (acks=all)');
    expect(all.detail).toContain('ISR now = [1]');
    expect(say('en', send({ acks: '1' })).detail).toContain('acks=1');
    expect(say('en', send({ acks: '0', offset: -1 })).headline).toBe('Sent with acks=0: orders-0');
    expect(say('ko', send({ done: false, partition: -1 })).headline).toContain('응답을 기다리는 중');
  });

  it('explains NOT_ENOUGH_REPLICAS with min.insync.replicas and the ISR now', () => {
    const failed = send({
      error: 'NOT_ENOUGH_REPLICAS',
      errorMessage: 'Messages are rejected since there are fewer in-sync replicas than required.',
      offset: -1,
    });
    const en = say('en', failed);
    expect(en.headline).toBe('Failed: NOT_ENOUGH_REPLICAS');
    expect(en.detail).toBe(
      'acks=all needs at least min.insync.replicas (2) replicas in the ISR; the ISR of orders-0 is now [1] (1).',
    );
    expect(en.kafkaText).toContain('fewer in-sync replicas');
    const ko = say('ko', failed);
    expect(ko.detail).toContain('min.insync.replicas(2)');
    expect(ko.detail).toContain('ISR = [1]');
  });

  it('explains other errors, and leaves unknown ones to Kafka’s own text', () => {
    const noLeader = { ...partition, leader: -1 } as PartitionRecord;
    expect(say('en', send({ error: 'NOT_LEADER_OR_FOLLOWER' })).detail).toContain('now broker 1');
    expect(
      say('en', send({ error: 'NOT_LEADER_OR_FOLLOWER' }), { topic, partition: noLeader }).detail,
    ).toContain('has no leader right now');
    expect(say('en', send({ error: 'REQUEST_TIMED_OUT' })).detail).toContain('request.timeout.ms');
    expect(say('en', send({ error: 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' })).detail).toContain(
      'wrote the record',
    );
    expect(say('en', send({ error: 'CORRUPT_MESSAGE', errorMessage: 'bad' })).detail).toBeNull();
  });
});

describe('a send being retried', () => {
  it('says the producer is retrying, why, and how often it failed', () => {
    const failed = SAMPLE_EVENTS['produce-failed'];
    const pending = send({ done: false, offset: -1, partition: 2, sentMs: SAMPLE_AT_MS });
    const events = [
      sampleRecord(failed, 1, SAMPLE_AT_MS - 100),
      sampleRecord({ ...failed, partition: 1 }, 2, SAMPLE_AT_MS + 50),
      sampleRecord(failed, 3, SAMPLE_AT_MS + 100),
      sampleRecord(failed, 4, SAMPLE_AT_MS + 200),
    ];
    const [item] = whatHappenedItems(events, pending);
    expect(item?.kind === 'send' && item.retry?.failures).toBe(2);
    const text = describeWhat('en', item as NonNullable<typeof item>, ctx);
    expect(text.headline).toBe('Retrying after NOT_ENOUGH_REPLICAS (2 failures so far)');
    expect(text.detail).toContain('min.insync.replicas (2)');
    expect(text.kafkaText).toContain('fewer in-sync replicas');
    const ko = describeWhat('ko', item as NonNullable<typeof item>, ctx);
    expect(ko.headline).toBe('재시도 중: NOT_ENOUGH_REPLICAS (지금까지 실패 2번)');
  });

  it('has no retry once the send is answered', () => {
    const [item] = whatHappenedItems(
      [sampleRecord(SAMPLE_EVENTS['produce-failed'], 1)],
      send({ partition: 2 }),
    );
    expect(item?.kind === 'send' && item.retry).toBeNull();
  });
});

describe('describeWhat for events', () => {
  it('tells offline partitions and lost acknowledged records', () => {
    const items = whatHappenedItems(
      [
        sampleRecord(SAMPLE_EVENTS['partition-offline'], 1),
        sampleRecord(SAMPLE_EVENTS['acknowledged-records-lost'], 2),
      ],
      undefined,
    );
    const texts = items.map((i) => describeWhat('en', i, ctx));
    expect(texts[0]?.headline).toBe('2 acknowledged records lost');
    expect(texts[0]?.detail).toContain('orders-0 offsets 45–46');
    expect(texts[1]?.headline).toBe('orders-1 is offline: no leader');
    expect(texts[1]?.detail).toContain('ISR [3]');
  });

  it('tells an ISR shrink with the lag that caused it', () => {
    const items = whatHappenedItems([sampleRecord(SAMPLE_EVENTS['isr-shrunk'], 1)], undefined);
    const text = describeWhat('ko', items[0] as NonNullable<(typeof items)[0]>, ctx);
    expect(text.headline).toBe('orders-0 ISR 축소: [1, 2, 3] → [1, 2]');
    expect(text.detail).toContain('10.5초');
    expect(text.detail).toContain('replica.lag.time.max.ms = 10초');
  });
});
