/**
 * Consumer groups on the whole cluster (§8): coordinator = leader of the group's `__consumer_offsets`
 * partition, rebalances on join, leave and crash, assignments by the assignor, committed offsets as
 * records that survive a coordinator failover, lag against the high watermark.
 */
import { describe, expect, it } from 'vitest';
import { coordinatorPartitionFor } from '../clients/java-string-hash';
import { type Cluster, createCluster } from './cluster';
import { buildClusterView } from './cluster-view';

function fill(cluster: Cluster, topic: string, n: number): void {
  const producer = cluster.newProducer();
  for (let i = 0; i < n; i++) producer.send({ topic, key: `k${i}`, value: `v${i}` });
  producer.flush();
  cluster.runUntil(() => producer.idle(), 30_000);
  producer.close();
}

describe('consumer groups on the cluster', () => {
  it('splits partitions by range between two members, and everything goes to the survivor after a crash', () => {
    const cluster = createCluster({ brokers: 3, seed: 31 });
    cluster.createTopic('orders', { partitions: 4, replicationFactor: 2 });
    fill(cluster, 'orders', 40);
    const a = cluster.newConsumer({ groupId: 'billing', autoOffsetReset: 'earliest' });
    const b = cluster.newConsumer({ groupId: 'billing', autoOffsetReset: 'earliest' });
    a.subscribe(['orders']);
    b.subscribe(['orders']);
    cluster.advance(10_000);
    const group = cluster.describeGroup('billing');
    expect(group?.state).toBe('Stable');
    expect(group?.protocol).toBe('range');
    const sizes = group?.members.map((m) => m.assignment.length).sort();
    expect(sizes).toEqual([2, 2]);
    // The coordinator leads __consumer_offsets-<abs(hash) % 50>.
    const p = coordinatorPartitionFor('billing', 50);
    const leader = cluster.describeTopics(['__consumer_offsets'])[0]?.partitions[p]?.leader;
    expect(group?.coordinator.id).toBe(leader);

    b.crash();
    cluster.advance(44_000);
    expect(cluster.describeGroup('billing')?.members).toHaveLength(2);
    cluster.advance(10_000);
    const after = cluster.describeGroup('billing');
    expect(after?.members).toHaveLength(1);
    expect(after?.members[0]?.assignment).toHaveLength(4);
    expect(cluster.events().some((e) => e.type === 'member-left' && e.reason === 'session-timeout')).toBe(
      true,
    );
  });

  it('commits offsets as records in __consumer_offsets and reports lag against the HW', () => {
    const cluster = createCluster({ brokers: 3, seed: 32 });
    cluster.createTopic('orders', { partitions: 2, replicationFactor: 3 });
    fill(cluster, 'orders', 20);
    const c = cluster.newConsumer({ groupId: 'audit', autoOffsetReset: 'earliest', enableAutoCommit: false });
    c.subscribe(['orders']);
    let got = 0;
    cluster.runUntil(() => {
      got += c.poll().length;
      return got >= 20;
    }, 30_000);
    c.commitSync();
    cluster.runUntil(() => c.pendingCommits === 0, 10_000);
    fill(cluster, 'orders', 6);
    cluster.advance(1000);
    const offsets = cluster.describeGroup('audit')?.offsets ?? [];
    expect(offsets.reduce((n, o) => n + o.offset, 0)).toBe(20);
    const view = buildClusterView(cluster).groups.find((g) => g.groupId === 'audit');
    expect(view?.offsets.reduce((n, o) => n + (o.lag ?? 0), 0)).toBe(6);
    expect(
      cluster.events().filter((e) => e.type === 'offset-committed' && e.groupId === 'audit'),
    ).toHaveLength(2);
  });

  it('keeps committed offsets across a coordinator failover when the offsets topic is replicated', () => {
    const cluster = createCluster({ brokers: 3, seed: 33 });
    cluster.alterBrokerConfig(null, { 'offsets.topic.replication.factor': '3' });
    cluster.createTopic('orders', { partitions: 1, replicationFactor: 3 });
    fill(cluster, 'orders', 10);
    const c = cluster.newConsumer({ groupId: 'g', autoOffsetReset: 'earliest', enableAutoCommit: false });
    c.subscribe(['orders']);
    let got = 0;
    cluster.runUntil(() => {
      got += c.poll().length;
      return got >= 10;
    }, 30_000);
    c.commitSync();
    cluster.runUntil(() => c.pendingCommits === 0, 10_000);
    c.close();
    cluster.runUntil(() => c.closed, 10_000);
    const coordinator = cluster.describeGroup('g')?.coordinator.id ?? -1;
    cluster.killBroker(coordinator);
    cluster.advance(40_000);
    const group = cluster.describeGroup('g');
    expect(group?.coordinator.id).not.toBe(coordinator);
    expect(group?.offsets).toEqual([{ topic: 'orders', partition: 0, offset: 10 }]);
  });
});

describe('client lifetimes', () => {
  it('a closed producer and consumer leave the network and leave nothing parked at the brokers', () => {
    const cluster = createCluster({ brokers: 3, seed: 34 });
    cluster.createTopic('orders', { partitions: 3, replicationFactor: 3 });
    fill(cluster, 'orders', 5);
    const consumer = cluster.newConsumer({ groupId: 'g', autoOffsetReset: 'earliest' });
    consumer.subscribe(['orders']);
    cluster.advance(10_000);
    consumer.close();
    cluster.runUntil(() => consumer.closed, 10_000);
    cluster.advance(1000);
    const nodes = (cluster.network as unknown as { nodes: Map<string, unknown> }).nodes;
    expect([...nodes.keys()].filter((id) => id.startsWith('client-'))).toEqual([]);
    for (const broker of cluster.brokers.values()) {
      const handler = (broker as unknown as { fetchHandler: { parkedCount(): number } }).fetchHandler;
      // Only the followers' own fetches may be parked.
      expect(handler.parkedCount()).toBeLessThanOrEqual(2);
    }
  });
});
