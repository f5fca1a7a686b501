/**
 * The idempotent producer (§7.5, on by default since 3.2 for acks=all): a producer id from the brokers'
 * ZooKeeper block, sequence numbers per partition, and a retried batch recognised by the leader and not
 * appended twice — the point of idempotence when a response is lost.
 */
import { describe, expect, it } from 'vitest';
import { readBatchHeader } from '../codec';
import { createCluster } from './cluster';
import { PRODUCER_ID_BLOCK_PATH } from './zookeeper';

describe('idempotent producer', () => {
  it("gets an id from the answering broker's block (each broker claims 1000 ids at start) and numbers its batches", () => {
    const cluster = createCluster({ brokers: 3, seed: 41 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer({ acks: 'all' });
    for (let i = 0; i < 3; i++) {
      producer.send({ topic: 't', key: null, value: `v${i}` });
      producer.flush();
      cluster.runUntil(() => producer.idle(), 10_000);
    }
    // Brokers 1, 2, 3 registered in that order and claimed 0–999, 1000–1999, 2000–2999.
    expect(JSON.parse(cluster.zk.getData(PRODUCER_ID_BLOCK_PATH).data ?? '{}')).toMatchObject({
      version: 1,
      block_start: '2000',
      block_end: '2999',
    });
    const leader = cluster.admin.leaderBroker({ topic: 't', partition: 0 });
    const log = leader?.partitions.get('t-0')?.log;
    const headers = [0, 1, 2].map((o) => log?.batchHeaderAt(o));
    const producerId = headers[0]?.producerId ?? -1;
    expect([0, 1000, 2000]).toContain(producerId);
    expect(headers.map((h) => [h?.producerId, h?.producerEpoch, h?.baseSequence])).toEqual([
      [producerId, 0, 0],
      [producerId, 0, 1],
      [producerId, 0, 2],
    ]);
  });

  it('does not duplicate a batch whose response was lost: the retry gets the original offset', () => {
    const cluster = createCluster({ brokers: 3, seed: 42 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer({ acks: 'all', requestTimeoutMs: 2000 });
    const warmup = producer.send({ topic: 't', key: null, value: 'warm-up' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    expect(warmup.offset).toBe(0);
    const leader = cluster.describeTopics(['t'])[0]?.partitions[0]?.leader ?? -1;
    // The leader's answer to the next produce is lost on the way back.
    const client = [...cluster.network.inFlight()].length; // nothing in flight now
    expect(client).toBe(0);
    cluster.dropNext(leader, 'zookeeper'); // unrelated drop, to show drops are per link
    const producerNode = 'client-1';
    cluster.network.dropNext(`broker-${leader}`, producerNode);
    const result = producer.send({ topic: 't', key: null, value: 'exactly once' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 30_000);
    expect(result.error).toBeNull();
    expect(result.offset).toBe(1);
    const log = cluster.brokers.get(leader)?.partitions.get('t-0')?.log;
    expect(log?.logEndOffset).toBe(2);
    expect(
      cluster
        .events()
        .some((e) => e.type === 'produce-failed' && e.error === 'REQUEST_TIMED_OUT' && e.willRetry),
    ).toBe(true);
    const bytes = log?.read(1, { maxBytes: 1 << 20, upTo: 'logEndOffset' }).records ?? new Uint8Array(0);
    expect(readBatchHeader(bytes, 0).baseSequence).toBe(1);
  });

  it('a plain producer (acks=1) has no producer id and a lost answer means a duplicate', () => {
    const cluster = createCluster({ brokers: 3, seed: 43 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer({ acks: '1', requestTimeoutMs: 2000 });
    producer.send({ topic: 't', key: null, value: 'warm-up' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    const leader = cluster.describeTopics(['t'])[0]?.partitions[0]?.leader ?? -1;
    cluster.network.dropNext(`broker-${leader}`, 'client-1');
    producer.send({ topic: 't', key: null, value: 'twice' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 30_000);
    const log = cluster.brokers.get(leader)?.partitions.get('t-0')?.log;
    expect(log?.logEndOffset).toBe(3);
    expect(log?.batchHeaderAt(1)?.producerId).toBe(-1);
  });
});
