/**
 * The brokers' metrics and page cache model, driven through small clusters as a user would: each
 * counter moves when, and only when, Kafka's would.
 */
import { describe, expect, it } from 'vitest';
import { type Cluster, type ClusterOptions, createCluster } from './cluster';
import { buildClusterView } from './cluster-view';

function setUp(options: ClusterOptions = {}, brokerConfig: Record<string, string> = {}) {
  const cluster = createCluster({ brokers: 3, seed: 11, ...options });
  if (Object.keys(brokerConfig).length > 0) cluster.alterBrokerConfig(null, brokerConfig);
  cluster.createTopic('t', { partitions: 1, replicationFactor: 3 });
  cluster.advance(1000);
  const leader = cluster.describeTopics(['t'])[0]?.partitions[0]?.leader ?? -1;
  const follower = [1, 2, 3].find((id) => id !== leader && id !== cluster.controllerId()) ?? -1;
  return { cluster, leader, follower };
}

function produce(cluster: Cluster, n: number, value = 'v', acks = '1') {
  const producer = cluster.newProducer({ acks });
  for (let i = 0; i < n; i++) producer.send({ topic: 't', key: null, value, partition: 0 });
  producer.flush();
  cluster.runUntil(() => producer.idle(), 30_000);
}

function metricsOf(cluster: Cluster, broker: number) {
  const view = buildClusterView(cluster).brokers.find((b) => b.id === broker);
  if (!view) throw new Error(`no broker ${broker}`);
  return view.metrics;
}

function pageCacheOf(cluster: Cluster, broker: number) {
  const view = buildClusterView(cluster).brokers.find((b) => b.id === broker);
  if (!view) throw new Error(`no broker ${broker}`);
  return view.pageCache;
}

describe('broker metrics (Kafka JMX names)', () => {
  it("counts a leader's own ISR shrink after a follower's broker is killed, and the expansion after it restarts", () => {
    // A lag limit below the ZooKeeper session timeout: the leader notices before the controller does.
    const { cluster, leader, follower } = setUp({}, { 'replica.lag.time.max.ms': '4000' });
    cluster.killBroker(follower);
    produce(cluster, 5);
    cluster.advance(8000);
    const shrink = cluster.events().find((e) => e.type === 'isr-shrunk');
    expect(shrink).toMatchObject({ cause: 'lag', leader, to: expect.not.arrayContaining([follower]) });
    expect(metricsOf(cluster, leader)).toMatchObject({
      IsrShrinksPerSec: 1,
      IsrExpandsPerSec: 0,
      UnderReplicatedPartitions: 1,
    });
    cluster.startBroker(follower);
    cluster.advance(10_000);
    expect(cluster.describeTopics(['t'])[0]?.partitions[0]?.isr).toContain(follower);
    expect(metricsOf(cluster, leader)).toMatchObject({
      IsrShrinksPerSec: 1,
      IsrExpandsPerSec: 1,
      UnderReplicatedPartitions: 0,
    });
  });

  it("does not count the controller's removal of a dead broker as the leader's shrink (Kafka's meter is the leader's)", () => {
    // Default lag limit (30 s) > ZooKeeper session timeout (18 s): the controller drops the dead
    // follower from the ISR first, and the leader only learns it from LeaderAndIsr.
    const { cluster, leader, follower } = setUp();
    cluster.killBroker(follower);
    produce(cluster, 5);
    cluster.advance(25_000);
    const shrink = cluster.events().find((e) => e.type === 'isr-shrunk');
    expect(shrink).toMatchObject({ cause: 'broker-failure' });
    expect(metricsOf(cluster, leader)).toMatchObject({ IsrShrinksPerSec: 0, UnderReplicatedPartitions: 1 });
  });

  it('counts bytes and records in as leader, replication bytes on both sides, and consumer bytes out', () => {
    const { cluster, leader, follower } = setUp();
    produce(cluster, 20, 'x'.repeat(100), 'all');
    const size = cluster.brokers.get(leader)?.logs.get('t-0')?.size ?? 0;
    expect(size).toBeGreaterThan(2000);
    const consumer = cluster.newConsumer({ groupId: null });
    consumer.assign([{ topic: 't', partition: 0 }]);
    consumer.seekToBeginning([{ topic: 't', partition: 0 }]);
    let consumed = 0;
    cluster.runUntil(() => {
      consumed += consumer.poll().length;
      return consumed >= 20;
    }, 10_000);
    expect(metricsOf(cluster, leader)).toMatchObject({
      BytesInPerSec: size,
      MessagesInPerSec: 20,
      ReplicationBytesOutPerSec: 2 * size,
      BytesOutPerSec: size,
      ReplicationBytesInPerSec: 0,
    });
    expect(metricsOf(cluster, follower)).toMatchObject({
      BytesInPerSec: 0,
      MessagesInPerSec: 0,
      ReplicationBytesInPerSec: size,
      BytesOutPerSec: 0,
    });
  });

  it('starts the counters of a restarted broker from 0, as a new JVM does', () => {
    const { cluster, follower } = setUp();
    produce(cluster, 10);
    expect(metricsOf(cluster, follower).ReplicationBytesInPerSec).toBeGreaterThan(0);
    cluster.killBroker(follower);
    cluster.advance(1000);
    cluster.startBroker(follower);
    expect(metricsOf(cluster, follower).ReplicationBytesInPerSec).toBe(0);
  });

  it('reports partition gauges, one active controller, and the controller-only OfflinePartitionsCount', () => {
    const cluster = createCluster({ brokers: 3, seed: 12 });
    cluster.createTopic('solo', { partitions: 1, replicationFactor: 1 });
    cluster.createTopic('t', { partitions: 3, replicationFactor: 3 });
    cluster.advance(1000);
    let view = buildClusterView(cluster);
    expect(view.brokers.map((b) => b.metrics.ActiveControllerCount).reduce((a, b) => a + b)).toBe(1);
    expect(view.brokers.map((b) => b.metrics.PartitionCount).reduce((a, b) => a + b)).toBe(1 + 3 * 3);
    expect(view.brokers.map((b) => b.metrics.LeaderCount).reduce((a, b) => a + b)).toBe(1 + 3);
    expect(view.offlinePartitionsCount).toBe(0);
    const soloLeader = cluster.describeTopics(['solo'])[0]?.partitions[0]?.leader ?? -1;
    cluster.killBroker(soloLeader);
    cluster.advance(25_000);
    view = buildClusterView(cluster);
    expect(view.offlinePartitionsCount).toBe(1);
    const controller = view.brokers.find((b) => b.metrics.ActiveControllerCount === 1);
    expect(controller?.metrics.OfflinePartitionsCount).toBe(1);
    for (const b of view.brokers) if (b !== controller) expect(b.metrics.OfflinePartitionsCount).toBe(0);
  });
});

describe('page cache model per broker', () => {
  it('serves a consumer reading at the tail from memory: hits only', () => {
    const { cluster, leader } = setUp();
    const consumer = cluster.newConsumer({ groupId: null });
    consumer.assign([{ topic: 't', partition: 0 }]);
    consumer.seekToEnd([{ topic: 't', partition: 0 }]);
    cluster.advance(1000);
    let consumed = 0;
    for (let round = 0; round < 5; round++) {
      produce(cluster, 50, 'y'.repeat(200));
      cluster.runUntil(() => {
        consumed += consumer.poll().length;
        return consumed >= 50 * (round + 1);
      }, 10_000);
    }
    const cache = pageCacheOf(cluster, leader);
    expect(cache.hitBytes).toBeGreaterThan(0);
    expect(cache.missBytes).toBe(0);
  });

  it('sends a consumer replaying from the beginning to disk once the data outgrew the cache', () => {
    const budget = 256 * 1024;
    const { cluster, leader } = setUp({ pageCacheBytes: budget });
    for (let i = 0; i < 10; i++) produce(cluster, 100, 'z'.repeat(1000));
    const before = pageCacheOf(cluster, leader);
    expect(before.missBytes).toBe(0); // followers read at the tail
    expect(before.usedBytes).toBeLessThanOrEqual(budget);
    const consumer = cluster.newConsumer({ groupId: null });
    consumer.assign([{ topic: 't', partition: 0 }]);
    consumer.seekToBeginning([{ topic: 't', partition: 0 }]);
    let consumed = 0;
    cluster.runUntil(() => {
      consumed += consumer.poll(10_000).length;
      return consumed >= 1000;
    }, 30_000);
    const after = pageCacheOf(cluster, leader);
    // The first ~750 KB were evicted long ago: read from disk. The newest ones were still cached.
    expect(after.missBytes).toBeGreaterThan(500 * 1024);
    expect(after.hitBytes - before.hitBytes).toBeGreaterThan(0);
    expect(after.usedBytes).toBeLessThanOrEqual(budget);
  });

  it('keeps the page cache across a kill (the OS lives on) and loses it at a power cut', () => {
    const { cluster, leader, follower } = setUp();
    produce(cluster, 100, 'w'.repeat(100));
    const cached = pageCacheOf(cluster, follower).usedBytes;
    expect(cached).toBeGreaterThan(10_000);
    cluster.killBroker(follower);
    expect(pageCacheOf(cluster, follower).usedBytes).toBe(cached);
    cluster.powerOffBroker(leader);
    expect(pageCacheOf(cluster, leader)).toMatchObject({ usedBytes: 0, hitBytes: 0, missBytes: 0 });
  });

  it('frees the pages of deleted segments', () => {
    const { cluster, leader } = setUp();
    cluster.alterTopicConfig('t', { 'segment.bytes': '16384', 'retention.bytes': '16384' });
    produce(cluster, 300, 'r'.repeat(200));
    const log = cluster.brokers.get(leader)?.logs.get('t-0');
    const written = log?.size ?? 0;
    expect(pageCacheOf(cluster, leader).usedBytes).toBe(written);
    cluster.advance(6 * 60_000); // log.retention.check.interval.ms is 5 minutes
    expect(cluster.events().some((e) => e.type === 'segment-deleted' && e.broker === leader)).toBe(true);
    expect(log?.size ?? 0).toBeLessThan(written);
    expect(pageCacheOf(cluster, leader).usedBytes).toBe(log?.size);
  });
});
