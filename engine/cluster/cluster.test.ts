/**
 * Example tests of the replication rules (KAFKA-REFERENCE §5, §9.2), each on a small cluster driven
 * through the same commands a user or script would issue.
 */
import { describe, expect, it } from 'vitest';

import { type Cluster, createCluster } from './cluster';
import { buildClusterView } from './cluster-view';

function produce(cluster: Cluster, topic: string, n: number, acks = 'all') {
  const producer = cluster.newProducer({ acks, requestTimeoutMs: 5000, deliveryTimeoutMs: 20_000 });
  const results = Array.from({ length: n }, (_, i) =>
    producer.send({ topic, key: null, value: `v${i}`, partition: 0 }),
  );
  producer.flush();
  cluster.runUntil(() => producer.idle(), 30_000);
  return results;
}

function leaderOf(cluster: Cluster, topic: string, partition = 0) {
  return cluster.describeTopics([topic])[0]?.partitions[partition];
}

describe('replication', () => {
  it('advances the HW only when every ISR member has the records (§5.3)', () => {
    const cluster = createCluster({ brokers: 3, seed: 3 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const results = produce(cluster, 't', 5);
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    cluster.advance(1000);
    for (const broker of cluster.brokers.values()) {
      const p = broker.partitions.get('t-0');
      expect(p?.log.logEndOffset).toBe(5);
      expect(p?.log.highWatermark).toBe(5);
    }
    const hwEvents = cluster.events().filter((e) => e.type === 'high-watermark-advanced' && e.topic === 't');
    expect(hwEvents.length).toBeGreaterThan(0);
  });

  it('shrinks the ISR of a cut-off follower after replica.lag.time.max.ms, not before (§5.4)', () => {
    const cluster = createCluster({ brokers: 3, seed: 5 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const leader = leaderOf(cluster, 't')?.leader ?? -1;
    const follower = [1, 2, 3].find((id) => id !== leader && cluster.controllerId() !== id) ?? -1;
    // A slow follower (everything it sends takes 60 s) stays registered in ZooKeeper but falls behind.
    cluster.slow(follower, 60_000);
    produce(cluster, 't', 3, '1');
    cluster.advance(20_000);
    expect(leaderOf(cluster, 't')?.isr).toContain(follower);
    cluster.advance(30_000);
    const shrink = cluster.events().find((e) => e.type === 'isr-shrunk' && e.cause === 'lag');
    expect(shrink).toBeDefined();
    if (shrink?.type === 'isr-shrunk') {
      expect(shrink.removed.map((r) => r.broker)).toEqual([follower]);
      expect(shrink.removed[0]?.lagMs).toBeGreaterThan(30_000);
    }
    expect(leaderOf(cluster, 't')?.isr).not.toContain(follower);
    // Fast again, it catches up and rejoins (§5.5).
    cluster.slow(follower, 0);
    cluster.advance(90_000);
    expect(leaderOf(cluster, 't')?.isr).toContain(follower);
    expect(cluster.events().some((e) => e.type === 'isr-expanded' && e.added === follower)).toBe(true);
  });

  it('elects the first live ISR replica in assignment order when the leader dies (§5.9, §9.2)', () => {
    const cluster = createCluster({ brokers: 3, seed: 9 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
    const before = leaderOf(cluster, 't');
    const oldLeader = before?.leader ?? -1;
    cluster.killBroker(oldLeader);
    cluster.advance(25_000);
    const after = leaderOf(cluster, 't');
    const expected = before?.replicas.find((id) => id !== oldLeader);
    expect(after?.leader).toBe(expected);
    expect(after?.leaderEpoch).toBe(1);
    expect(after?.isr).not.toContain(oldLeader);
    const election = cluster.events().find((e) => e.type === 'leader-elected' && e.reason === 'clean');
    expect(election).toBeDefined();
    // The broker's death is noticed by its ZooKeeper session expiring, 12-18 s after the kill.
    const expired = cluster.events().find((e) => e.type === 'broker-expired');
    expect(expired?.type === 'broker-expired' && expired.sessionTimeoutMs).toBe(18_000);
  });

  it('refuses acks=all with NOT_ENOUGH_REPLICAS when the ISR is below min.insync.replicas (§5.7)', () => {
    const cluster = createCluster({ brokers: 2, seed: 11 });
    cluster.createTopic('t', {
      partitions: 1,
      replicationFactor: 2,
      configs: { 'min.insync.replicas': '2' },
    });
    const leader = leaderOf(cluster, 't')?.leader ?? -1;
    const follower = leader === 1 ? 2 : 1;
    cluster.killBroker(follower);
    cluster.advance(30_000);
    expect(leaderOf(cluster, 't')?.isr).toEqual([leader]);
    const producer = cluster.newProducer({ acks: 'all', retries: 0 });
    const result = producer.send({ topic: 't', key: null, value: 'x' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    expect(result.error).toBe('NOT_ENOUGH_REPLICAS');
    expect(result.errorClass).toBe('org.apache.kafka.common.errors.NotEnoughReplicasException');
    // acks=1 needs no ISR check.
    const ok = produce(cluster, 't', 1, '1');
    expect(ok[0]?.error).toBeNull();
  });

  it('loses acknowledged records in an unclean election, and counts them (§5.9)', () => {
    const cluster = createCluster({ brokers: 3, seed: 21 });
    cluster.createTopic('t', {
      partitions: 1,
      replicationFactor: 2,
      configs: { 'unclean.leader.election.enable': 'true' },
    });
    const { leader, replicas } = leaderOf(cluster, 't') ?? { leader: -1, replicas: [] };
    const follower = replicas.find((id) => id !== leader) ?? -1;
    produce(cluster, 't', 5);
    cluster.advance(1000);
    // The follower is cut off and falls out of the ISR; the leader keeps acknowledging alone.
    cluster.isolate(follower);
    cluster.advance(50_000);
    expect(leaderOf(cluster, 't')?.isr).toEqual([leader]);
    const acked = produce(cluster, 't', 3);
    expect(acked.every((r) => r.error === null)).toBe(true);
    // The leader dies; the stale follower comes back and is elected although it is not in the ISR.
    cluster.killBroker(leader);
    cluster.heal();
    cluster.advance(60_000);
    expect(leaderOf(cluster, 't')?.leader).toBe(follower);
    expect(cluster.events().some((e) => e.type === 'leader-elected' && e.reason === 'unclean')).toBe(true);
    expect(cluster.ackLedger.lostCount()).toBe(3);
    expect(buildClusterView(cluster).acknowledgedButLost).toBe(3);
    expect(buildClusterView(cluster).lostRanges).toEqual([
      { topicPartition: 't-0', fromOffset: 5, toOffset: 7 },
    ]);
    // The old leader returns, truncates to the new leader's history: the 3 records are gone everywhere.
    cluster.startBroker(leader);
    cluster.advance(60_000);
    const old = cluster.brokers.get(leader)?.partitions.get('t-0');
    expect(old?.log.logEndOffset).toBe(5);
    expect(cluster.events().some((e) => e.type === 'log-truncated' && e.broker === leader)).toBe(true);
  });

  it('keeps the partition offline when unclean election is off and no ISR member is alive', () => {
    const cluster = createCluster({ brokers: 3, seed: 22 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 2 });
    const { leader, replicas } = leaderOf(cluster, 't') ?? { leader: -1, replicas: [] };
    const follower = replicas.find((id) => id !== leader) ?? -1;
    cluster.isolate(follower);
    cluster.advance(50_000);
    cluster.killBroker(leader);
    cluster.heal();
    cluster.advance(60_000);
    expect(leaderOf(cluster, 't')?.leader).toBe(-1);
    expect(leaderOf(cluster, 't')?.isr).toEqual([leader]);
    cluster.startBroker(leader);
    cluster.advance(30_000);
    expect(leaderOf(cluster, 't')?.leader).toBe(leader);
  });

  it('a power cut loses what the OS had not written back; a kill does not', () => {
    const cluster = createCluster({ brokers: 1, seed: 4 });
    cluster.createTopic('t', { partitions: 1, replicationFactor: 1 });
    produce(cluster, 't', 4);
    cluster.advance(60_000);
    produce(cluster, 't', 2);
    cluster.killBroker(1);
    expect(cluster.brokers.get(1)?.logs.get('t-0')?.logEndOffset).toBe(6);
    cluster.startBroker(1);
    cluster.advance(30_000);
    produce(cluster, 't', 2);
    cluster.powerOffBroker(1);
    // The last 2 records were appended < 30 s ago: only the page cache had them.
    expect(cluster.brokers.get(1)?.logs.get('t-0')?.logEndOffset).toBe(6);
  });

  it('runs retention on every replica, and the log start offset moves on followers too (§3, §5.2)', () => {
    const cluster = createCluster({ brokers: 3, seed: 8 });
    cluster.createTopic('t', {
      partitions: 1,
      replicationFactor: 3,
      configs: { 'segment.bytes': '200', 'retention.ms': '60000' },
    });
    // One batch per request: a batch larger than segment.bytes would be refused (RECORD_LIST_TOO_LARGE).
    for (let i = 0; i < 20; i++) produce(cluster, 't', 1);
    cluster.advance(7 * 24 * 3600 * 1000);
    for (const broker of cluster.brokers.values()) {
      const log = broker.logs.get('t-0');
      expect(log?.logStartOffset).toBe(20);
    }
    expect(
      cluster.events().some((e) => e.type === 'segment-deleted' && e.reason.kind === 'retention.ms'),
    ).toBe(true);
  });

  it('is deterministic: same seed, same commands, same events', () => {
    const run = () => {
      const cluster = createCluster({ brokers: 3, seed: 99 });
      cluster.createTopic('t', { partitions: 3, replicationFactor: 2 });
      produce(cluster, 't', 10);
      cluster.killBroker(2);
      cluster.advance(40_000);
      cluster.startBroker(2);
      cluster.advance(40_000);
      return JSON.stringify(cluster.events());
    };
    expect(run()).toBe(run());
  });
});
