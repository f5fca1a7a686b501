import { describe, expect, it } from 'vitest';
import { partitionForKey } from '../index';
import { createCluster } from './cluster';
import { buildClusterView } from './cluster-view';
import { KEY_ORDER_MAX_KEYS, KEY_ORDER_SAMPLES, KeyOrderLedger } from './key-order-ledger';

const sent = (key: string | null, sendSeq: number) => ({ input: { key }, sendSeq });

describe('KeyOrderLedger', () => {
  it('accepts records of a key acknowledged in send order', () => {
    const ledger = new KeyOrderLedger();
    ledger.acknowledged('p', 't', 0, 0, [sent('a', 0), sent('b', 1), sent('a', 2)]);
    ledger.acknowledged('p', 't', 0, 3, [sent('a', 3), sent(null, 4)]);
    expect(ledger.violationCount()).toBe(0);
  });

  it('catches a retried batch landing after a later one (the earlier send at the higher offset)', () => {
    const ledger = new KeyOrderLedger();
    ledger.acknowledged('p', 't', 0, 10, [sent('k', 1)]); // batch 2 succeeded first
    ledger.acknowledged('p', 't', 0, 11, [sent('k', 0)]); // batch 1, retried, lands after it
    expect(ledger.violationCount()).toBe(1);
    expect(ledger.recentViolations()).toEqual([
      {
        clientId: 'p',
        topic: 't',
        key: 'k',
        earlier: { partition: 0, offset: 11 },
        later: { partition: 0, offset: 10 },
      },
    ]);
  });

  it('catches a later send acknowledged at a lower offset (the earlier record lost from the log)', () => {
    const ledger = new KeyOrderLedger();
    ledger.acknowledged('p', 't', 0, 5, [sent('k', 0)]);
    ledger.acknowledged('p', 't', 0, 4, [sent('k', 1)]);
    expect(ledger.recentViolations()[0]).toMatchObject({
      earlier: { partition: 0, offset: 5 },
      later: { partition: 0, offset: 4 },
    });
  });

  it('catches a key moving to another partition (the topic grew)', () => {
    const ledger = new KeyOrderLedger();
    ledger.acknowledged('p', 't', 1, 7, [sent('k', 0)]);
    ledger.acknowledged('p', 't', 3, 0, [sent('k', 1)]);
    ledger.acknowledged('p', 't', 3, 1, [sent('k', 2)]); // settled in its new partition
    expect(ledger.violationCount()).toBe(1);
    expect(ledger.recentViolations()[0]).toMatchObject({
      earlier: { partition: 1, offset: 7 },
      later: { partition: 3, offset: 0 },
    });
  });

  it('keeps keys apart per producer and per topic, and ignores acks=0 (no offset)', () => {
    const ledger = new KeyOrderLedger();
    ledger.acknowledged('p1', 't', 0, 10, [sent('k', 1)]);
    ledger.acknowledged('p2', 't', 0, 5, [sent('k', 2)]);
    ledger.acknowledged('p1', 'u', 0, 5, [sent('k', 2)]);
    ledger.acknowledged('p1', 't', 0, -1, [sent('k', 3)]);
    expect(ledger.violationCount()).toBe(0);
  });

  it('keeps only the last few violations, counting all', () => {
    const ledger = new KeyOrderLedger();
    for (let i = 0; i < KEY_ORDER_SAMPLES + 5; i++) {
      ledger.acknowledged('p', 't', 0, 100, [sent(`k${i}`, 1)]);
      ledger.acknowledged('p', 't', 0, 101, [sent(`k${i}`, 0)]);
    }
    expect(ledger.violationCount()).toBe(KEY_ORDER_SAMPLES + 5);
    expect(ledger.recentViolations()).toHaveLength(KEY_ORDER_SAMPLES);
    expect(ledger.recentViolations()[0]?.key).toBe('k5');
  });

  it('stays bounded: past the key limit the oldest key is forgotten', () => {
    const ledger = new KeyOrderLedger();
    const records = Array.from({ length: KEY_ORDER_MAX_KEYS + 1 }, (_, i) => sent(`k${i}`, i));
    ledger.acknowledged('p', 't', 0, 0, records);
    // k1 (at offset 1) is still remembered: a later send of it at offset 0 is caught.
    ledger.acknowledged('p', 't', 0, 0, [sent('k1', KEY_ORDER_MAX_KEYS + 5)]);
    expect(ledger.violationCount()).toBe(1);
    // k0 was forgotten: moving it to another partition goes unseen.
    ledger.acknowledged('p', 't', 1, 0, [sent('k0', KEY_ORDER_MAX_KEYS + 6)]);
    expect(ledger.violationCount()).toBe(1);
  });
});

describe('per-key order in a cluster', () => {
  /** One partition, a first send to learn metadata; then the producer's next request to the leader is lost. */
  function retryScenario(producerConfig: { acks: string; enableIdempotence?: boolean }) {
    const cluster = createCluster({ brokers: 3, seed: 21 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer({ ...producerConfig, requestTimeoutMs: 2000 });
    producer.send({ topic: 't', key: 'warm-up', value: '0' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    const leader = cluster.describeTopics(['t'])[0]?.partitions[0]?.leader ?? -1;
    cluster.network.dropNext('client-1', `broker-${leader}`);
    const first = producer.send({ topic: 't', key: 'k', value: 'first' });
    const second = producer.send({ topic: 't', key: 'k', value: 'second' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 30_000);
    return { cluster, first, second };
  }

  it('sees a retried batch land after a later one (acks=1, retries, max.in.flight 5, idempotence off)', () => {
    const { cluster, first, second } = retryScenario({ acks: '1' });
    // The first send's request was lost; the second went in its own request meanwhile and landed first.
    expect(second.offset).toBe(1);
    expect(first.offset).toBe(2);
    const view = buildClusterView(cluster);
    expect(view.keyOrderViolations).toBe(1);
    expect(view.recentKeyOrderViolations).toEqual([
      {
        clientId: 'producer-1',
        topic: 't',
        key: 'k',
        earlier: { partition: 0, offset: 2 },
        later: { partition: 0, offset: 1 },
      },
    ]);
  });

  it('keeps the order with the idempotent producer (one batch per partition in flight)', () => {
    const { cluster, first, second } = retryScenario({ acks: 'all' });
    expect([first.offset, second.offset]).toEqual([1, 2]);
    expect(buildClusterView(cluster).keyOrderViolations).toBe(0);
  });

  it('sees keys move to other partitions when the topic grows', () => {
    const cluster = createCluster({ brokers: 3, seed: 22 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 1 });
    const producer = cluster.newProducer({ acks: 'all' });
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const sendAll = () => {
      for (const key of keys) producer.send({ topic: 't', key, value: key });
      producer.flush();
      cluster.runUntil(() => producer.idle(), 10_000);
    };
    sendAll();
    cluster.createPartitions('t', 4);
    cluster.advance(301_000); // metadata.max.age.ms: the producer learns of the new partitions
    sendAll();
    const moved = keys.filter((k) => partitionForKey(new TextEncoder().encode(k), 4) !== 0).length;
    expect(moved).toBeGreaterThan(0);
    const view = buildClusterView(cluster);
    expect(view.keyOrderViolations).toBe(moved);
    expect(
      view.recentKeyOrderViolations.every((v) => v.earlier.partition === 0 && v.later.partition !== 0),
    ).toBe(true);
  });
});
