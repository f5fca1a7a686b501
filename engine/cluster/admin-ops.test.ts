/**
 * The operations the UI drives beyond the CLI's: dropping one chosen message in flight, leader election
 * as `kafka-leader-election.sh` does it (with `electionAvailability`, the UI's greyed-out reason, agreeing
 * with the controller), and `kafka-consumer-groups.sh --reset-offsets --execute` — each also as a
 * recorded command that replay reproduces.
 */
import { describe, expect, it } from 'vitest';
import { electionAvailability } from '../view/election-availability';
import { type Cluster, createCluster } from './cluster';
import { buildClusterView } from './cluster-view';
import type { ElectionType } from './election';
import { KafkaError } from './errors';
import { RecordedCluster } from './recorded-cluster';

function fill(cluster: Cluster, topic: string, perPartition: number, partitions: number): void {
  const producer = cluster.newProducer();
  for (let i = 0; i < perPartition; i++)
    for (let partition = 0; partition < partitions; partition++)
      producer.send({ topic, key: `k${i}`, value: `v${i}`, partition });
  producer.flush();
  cluster.runUntil(() => producer.idle(), 30_000);
  producer.close();
}

function partitionOf(cluster: Cluster, topic: string, partition: number) {
  const found = cluster.describeTopics([topic])[0]?.partitions.find((p) => p.partition === partition);
  if (!found) throw new Error(`no ${topic}-${partition}`);
  return found;
}

/** What the UI would show for the button, from the view model alone. */
function availability(cluster: Cluster, topic: string, partition: number, type: ElectionType) {
  const view = buildClusterView(cluster);
  const p = view.partitions.find((x) => x.topic === topic && x.partition === partition);
  if (!p) throw new Error(`no ${topic}-${partition} in the view`);
  const live = view.brokers.filter((b) => b.registered).map((b) => b.id);
  return electionAvailability(p, live, type);
}

describe('dropping one message in flight', () => {
  it('loses the Produce request the view shows; the producer notices only by its request timeout', () => {
    const cluster = createCluster({ brokers: 3, seed: 41 });
    cluster.createTopic('orders', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer({ acks: 'all' });
    const sent = producer.send({ topic: 'orders', key: 'k', value: 'v' });
    producer.flush();
    const inFlightProduce = () => buildClusterView(cluster).inFlight.find((m) => m.api === 'Produce');
    expect(cluster.runUntil(() => inFlightProduce() !== undefined, 1000)).toBe(true);
    const message = inFlightProduce();
    if (!message) throw new Error('no Produce in flight');
    const droppedAt = cluster.nowMs;
    cluster.dropMessage(message.id);
    expect(inFlightProduce()?.lost).toBe('dropped');

    cluster.advance(1000);
    const lost = cluster.events().filter((e) => e.type === 'message-lost');
    expect(lost).toEqual([
      expect.objectContaining({ from: message.from, to: message.to, api: 'Produce', reason: 'dropped' }),
    ]);
    expect(lost[0]?.atMs).toBe(message.recvMs);
    expect(cluster.events().some((e) => e.type === 'records-appended' && e.topic === 'orders')).toBe(false);
    expect(sent.done).toBe(false);

    // request.timeout.ms (30 s) later the producer retries, and the record is written once.
    cluster.runUntil(() => sent.done, 60_000);
    expect(sent.error).toBeNull();
    expect(sent.offset).toBe(0);
    expect(cluster.nowMs - droppedAt).toBeGreaterThanOrEqual(30_000);
  });

  it('refuses an unknown or delivered id with a RangeError and changes nothing', () => {
    const cluster = createCluster({ brokers: 3, seed: 42 });
    cluster.createTopic('orders', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer();
    producer.send({ topic: 'orders', key: 'k', value: 'v' });
    producer.flush();
    cluster.runUntil(() => cluster.network.inFlight().length > 0, 1000);
    const first = cluster.network.inFlight()[0];
    if (!first) throw new Error('nothing in flight');
    cluster.runUntil(() => !cluster.network.inFlight().some((m) => m.id === first.id), 1000);
    const before = buildClusterView(cluster).inFlight;
    const eventCount = cluster.eventCount;
    expect(() => cluster.dropMessage(first.id)).toThrow(new RangeError(`No message ${first.id} in flight`));
    expect(() => cluster.dropMessage(1_000_000)).toThrow(new RangeError('No message 1000000 in flight'));
    expect(buildClusterView(cluster).inFlight).toEqual(before);
    expect(cluster.eventCount).toBe(eventCount);
  });
});

describe('leader election (kafka-leader-election.sh)', () => {
  /** orders-0 with its preferred replica killed and restarted: back in the ISR, not leading. */
  function preferredNotLeading(seed: number) {
    const cluster = createCluster({ brokers: 3, seed });
    cluster.createTopic('orders', { partitions: 3, replicationFactor: 3 });
    fill(cluster, 'orders', 5, 3);
    const preferred = partitionOf(cluster, 'orders', 0).replicas[0] ?? -1;
    cluster.killBroker(preferred);
    cluster.advance(25_000);
    cluster.startBroker(preferred);
    cluster.runUntil(() => partitionOf(cluster, 'orders', 0).isr.includes(preferred), 60_000);
    cluster.advance(1000);
    return { cluster, preferred };
  }

  it('PREFERRED moves leadership back to the first assigned replica, then has nothing to do', () => {
    const { cluster, preferred } = preferredNotLeading(51);
    const before = partitionOf(cluster, 'orders', 0);
    expect(before.leader).not.toBe(preferred);
    expect(availability(cluster, 'orders', 0, 'PREFERRED')).toEqual({ available: true });

    const results = cluster.electLeaders('PREFERRED', [{ topic: 'orders', partition: 0 }]);
    expect(results).toEqual([{ topic: 'orders', partition: 0, error: null }]);
    const after = partitionOf(cluster, 'orders', 0);
    expect(after.leader).toBe(preferred);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(
      cluster
        .events()
        .some(
          (e) =>
            e.type === 'leader-elected' &&
            e.topic === 'orders' &&
            e.partition === 0 &&
            e.reason === 'preferred',
        ),
    ).toBe(true);

    expect(availability(cluster, 'orders', 0, 'PREFERRED')).toEqual({
      available: false,
      reason: 'ELECTION_NOT_NEEDED',
    });
    expect(cluster.electLeaders('PREFERRED', [{ topic: 'orders', partition: 0 }])).toEqual([
      {
        topic: 'orders',
        partition: 0,
        error: { name: 'ELECTION_NOT_NEEDED', message: 'Leader election not needed for topic partition.' },
      },
    ]);
  });

  it('over all partitions answers only those that needed an election', () => {
    const { cluster, preferred } = preferredNotLeading(52);
    const needing = cluster
      .describeTopics(['orders'])[0]
      ?.partitions.filter((p) => p.leader !== p.replicas[0])
      .map((p) => ({ topic: 'orders', partition: p.partition, error: null }));
    expect(needing?.length).toBeGreaterThan(0);
    expect(cluster.electLeaders('PREFERRED', null)).toEqual(needing);
    expect(partitionOf(cluster, 'orders', 0).leader).toBe(preferred);
    expect(cluster.electLeaders('PREFERRED', null)).toEqual([]);
  });

  it('PREFERRED with the preferred replica down, and an unknown partition, fail with Kafka’s errors', () => {
    const cluster = createCluster({ brokers: 3, seed: 53 });
    cluster.createTopic('orders', { partitions: 1, replicationFactor: 3 });
    const preferred = partitionOf(cluster, 'orders', 0).replicas[0] ?? -1;
    cluster.killBroker(preferred);
    cluster.advance(25_000);
    const before = partitionOf(cluster, 'orders', 0);
    expect(availability(cluster, 'orders', 0, 'PREFERRED')).toEqual({
      available: false,
      reason: 'PREFERRED_LEADER_NOT_AVAILABLE',
    });
    const results = cluster.electLeaders('PREFERRED', [
      { topic: 'orders', partition: 0 },
      { topic: 'orders', partition: 7 },
      { topic: 'nope', partition: 0 },
    ]);
    expect(results).toEqual([
      {
        topic: 'nope',
        partition: 0,
        error: { name: 'UNKNOWN_TOPIC_OR_PARTITION', message: 'The partition does not exist.' },
      },
      {
        topic: 'orders',
        partition: 0,
        error: {
          name: 'PREFERRED_LEADER_NOT_AVAILABLE',
          message:
            'Failed to elect leader for partition orders-0 under strategy PreferredReplicaPartitionLeaderElectionStrategy',
        },
      },
      {
        topic: 'orders',
        partition: 7,
        error: { name: 'UNKNOWN_TOPIC_OR_PARTITION', message: 'The partition does not exist.' },
      },
    ]);
    expect(partitionOf(cluster, 'orders', 0)).toEqual(before);
  });

  it('skips a topic being deleted (its deletion waits for a dead replica)', () => {
    const cluster = createCluster({ brokers: 3, seed: 57 });
    cluster.createTopic('gone', { partitions: 1, replicationFactor: 3 });
    cluster.killBroker(partitionOf(cluster, 'gone', 0).replicas[1] ?? -1);
    cluster.advance(25_000);
    cluster.deleteTopic('gone');
    expect(cluster.describeTopics(['gone'])[0]?.markedForDeletion).toBe(true);
    expect(cluster.electLeaders('PREFERRED', [{ topic: 'gone', partition: 0 }])).toEqual([
      {
        topic: 'gone',
        partition: 0,
        error: { name: 'INVALID_TOPIC_EXCEPTION', message: 'The topic is being deleted' },
      },
    ]);
  });

  /** u-0 (RF 2): the follower dies, then the leader, the last ISR member: offline, ISR = [leader]. */
  function offlinePartition(seed: number) {
    const cluster = createCluster({ brokers: 3, seed });
    cluster.createTopic('u', { partitions: 1, replicationFactor: 2 });
    fill(cluster, 'u', 5, 1);
    const { leader, replicas } = partitionOf(cluster, 'u', 0);
    const follower = replicas.find((id) => id !== leader) ?? -1;
    cluster.killBroker(follower);
    cluster.advance(25_000);
    cluster.killBroker(leader);
    cluster.advance(25_000);
    return { cluster, lastIsr: leader, follower };
  }

  it('UNCLEAN elects a live replica outside the ISR for a partition without a leader', () => {
    const { cluster, lastIsr, follower } = offlinePartition(54);
    cluster.startBroker(follower);
    cluster.advance(25_000);
    const before = partitionOf(cluster, 'u', 0);
    // unclean.leader.election.enable is false: the controller left it offline on its own.
    expect(before.leader).toBe(-1);
    expect(before.isr).toEqual([lastIsr]);
    expect(availability(cluster, 'u', 0, 'UNCLEAN')).toEqual({ available: true });
    // A preferred election is always clean: the preferred replica would need to be in the ISR.
    const preferred = availability(cluster, 'u', 0, 'PREFERRED');
    expect(preferred.available).toBe(false);
    expect(cluster.electLeaders('PREFERRED', [{ topic: 'u', partition: 0 }])[0]?.error?.name).toBe(
      preferred.available ? null : preferred.reason,
    );
    expect(partitionOf(cluster, 'u', 0)).toEqual(before);

    expect(cluster.electLeaders('UNCLEAN', [{ topic: 'u', partition: 0 }])).toEqual([
      { topic: 'u', partition: 0, error: null },
    ]);
    const after = partitionOf(cluster, 'u', 0);
    expect(after.leader).toBe(follower);
    expect(after.isr).toEqual([follower]);
    expect(
      cluster.events().some((e) => e.type === 'leader-elected' && e.topic === 'u' && e.reason === 'unclean'),
    ).toBe(true);

    expect(availability(cluster, 'u', 0, 'UNCLEAN')).toEqual({
      available: false,
      reason: 'ELECTION_NOT_NEEDED',
    });
    expect(cluster.electLeaders('UNCLEAN', [{ topic: 'u', partition: 0 }])[0]?.error?.name).toBe(
      'ELECTION_NOT_NEEDED',
    );
  });

  it('UNCLEAN with no live replica fails with ELIGIBLE_LEADERS_NOT_AVAILABLE and changes nothing', () => {
    const { cluster } = offlinePartition(55);
    const before = partitionOf(cluster, 'u', 0);
    const eventCount = cluster.eventCount;
    expect(availability(cluster, 'u', 0, 'UNCLEAN')).toEqual({
      available: false,
      reason: 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
    });
    expect(cluster.electLeaders('UNCLEAN', [{ topic: 'u', partition: 0 }])).toEqual([
      {
        topic: 'u',
        partition: 0,
        error: {
          name: 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
          message:
            'Failed to elect leader for partition u-0 under strategy OfflinePartitionLeaderElectionStrategy(true)',
        },
      },
    ]);
    expect(partitionOf(cluster, 'u', 0)).toEqual(before);
    expect(
      cluster
        .events()
        .filter((e) => e.seq >= eventCount)
        .some((e) => e.type === 'leader-elected'),
    ).toBe(false);
  });

  it('without a reachable controller times out as the AdminClient does, and is not recorded', () => {
    const recorded = new RecordedCluster({ brokers: 3, seed: 56 });
    recorded.apply({
      type: 'create-topic',
      name: 'orders',
      options: { partitions: 1, replicationFactor: 3 },
    });
    recorded.apply({ type: 'isolate', node: 'zookeeper' });
    const before = partitionOf(recorded.cluster, 'orders', 0);
    const commands = recorded.commands().length;
    const election = { type: 'elect-leaders', electionType: 'PREFERRED', partitions: null } as const;
    let thrown: unknown;
    try {
      recorded.apply(election);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KafkaError);
    expect((thrown as KafkaError).error).toBe('REQUEST_TIMED_OUT');
    expect((thrown as KafkaError).message).toBe(
      'Timed out waiting for a node assignment. Call: electLeaders',
    );
    expect(recorded.commands().length).toBe(commands);
    expect(partitionOf(recorded.cluster, 'orders', 0)).toEqual(before);
  });
});

describe('consumer group offset reset (kafka-consumer-groups.sh --reset-offsets --execute)', () => {
  /** `billing` read orders (2 partitions × 10) to the end, committed, and left: Empty. */
  function emptyGroup(seed: number, offsetsReplicationFactor = 1) {
    const cluster = createCluster({ brokers: 3, seed });
    cluster.alterBrokerConfig(null, { 'offsets.topic.replication.factor': String(offsetsReplicationFactor) });
    cluster.createTopic('orders', { partitions: 2, replicationFactor: 3 });
    fill(cluster, 'orders', 10, 2);
    const consumer = cluster.newConsumer({
      groupId: 'billing',
      autoOffsetReset: 'earliest',
      enableAutoCommit: false,
    });
    consumer.subscribe(['orders']);
    let got = 0;
    cluster.runUntil(() => {
      got += consumer.poll().length;
      return got >= 20;
    }, 30_000);
    consumer.commitSync();
    cluster.runUntil(() => consumer.pendingCommits === 0, 10_000);
    return { cluster, consumer };
  }

  function leave(cluster: Cluster, consumer: ReturnType<Cluster['newConsumer']>): void {
    consumer.close();
    cluster.runUntil(() => consumer.closed, 10_000);
    cluster.advance(1000);
  }

  const offsetsOf = (cluster: Cluster, group: string) => cluster.describeGroup(group)?.offsets ?? [];
  const both = (o0: number, o1: number) => [
    { topic: 'orders', partition: 0, offset: o0 },
    { topic: 'orders', partition: 1, offset: o1 },
  ];

  it('refuses an active group with the tool’s text and changes nothing', () => {
    const { cluster } = emptyGroup(61);
    expect(cluster.describeGroup('billing')?.state).toBe('Stable');
    const eventCount = cluster.eventCount;
    expect(() => cluster.resetGroupOffsets('billing', null, { to: 'earliest' })).toThrow(
      new KafkaError(
        'NON_EMPTY_GROUP',
        "Assignments can only be reset if the group 'billing' is inactive, but the current state is Stable.",
      ),
    );
    expect(offsetsOf(cluster, 'billing')).toEqual(both(10, 10));
    expect(cluster.events().filter((e) => e.seq >= eventCount)).toEqual([]);
  });

  it('resets an Empty group to earliest, to an offset, by a shift and to latest, clamped to the log', () => {
    const { cluster, consumer } = emptyGroup(62);
    leave(cluster, consumer);
    expect(cluster.describeGroup('billing')?.state).toBe('Empty');

    expect(cluster.resetGroupOffsets('billing', null, { to: 'earliest' })).toEqual(both(0, 0));
    expect(offsetsOf(cluster, 'billing')).toEqual(both(0, 0));
    const commits = cluster.events().filter((e) => e.type === 'offset-committed' && e.groupId === 'billing');
    expect(commits.slice(-2).map((e) => e.type === 'offset-committed' && e.offset)).toEqual([0, 0]);

    expect(cluster.resetGroupOffsets('billing', ['orders'], { to: 'offset', offset: 4 })).toEqual(both(4, 4));
    expect(cluster.resetGroupOffsets('billing', ['orders'], { shiftBy: 3 })).toEqual(both(7, 7));
    // Past the high watermark → the high watermark; before the log start → the log start.
    expect(cluster.resetGroupOffsets('billing', null, { shiftBy: 100 })).toEqual(both(10, 10));
    expect(cluster.resetGroupOffsets('billing', null, { to: 'offset', offset: -5 })).toEqual(both(0, 0));
    expect(cluster.resetGroupOffsets('billing', null, { to: 'offset', offset: 99 })).toEqual(both(10, 10));
    expect(cluster.resetGroupOffsets('billing', null, { shiftBy: -4 })).toEqual(both(6, 6));
    fill(cluster, 'orders', 2, 2);
    expect(cluster.resetGroupOffsets('billing', null, { to: 'latest' })).toEqual(both(12, 12));
    expect(offsetsOf(cluster, 'billing')).toEqual(both(12, 12));
  });

  it('resets to a datetime: the first record at or after it, or the latest offset when there is none', () => {
    const { cluster, consumer } = emptyGroup(63);
    leave(cluster, consumer);
    cluster.advance(10_000);
    const laterMs = cluster.nowMs;
    fill(cluster, 'orders', 3, 2);
    expect(cluster.resetGroupOffsets('billing', null, { to: 'datetime', timestampMs: laterMs })).toEqual(
      both(10, 10),
    );
    expect(
      cluster.resetGroupOffsets('billing', null, { to: 'datetime', timestampMs: cluster.nowMs + 60_000 }),
    ).toEqual(both(13, 13));
  });

  it('commits through the coordinator into __consumer_offsets, so the reset survives a failover', () => {
    const { cluster, consumer } = emptyGroup(64, 3);
    leave(cluster, consumer);
    cluster.resetGroupOffsets('billing', ['orders'], { to: 'offset', offset: 3 });
    const coordinator = cluster.describeGroup('billing')?.coordinator.id ?? -1;
    cluster.killBroker(coordinator);
    cluster.advance(40_000);
    const group = cluster.describeGroup('billing');
    expect(group?.coordinator.id).not.toBe(coordinator);
    expect(group?.offsets).toEqual(both(3, 3));
  });

  it('creates offsets for a group that does not exist yet (Dead), but cannot shift what is not committed', () => {
    const { cluster } = emptyGroup(65);
    expect(cluster.describeGroup('audit')).toBeUndefined();
    expect(() => cluster.resetGroupOffsets('audit', ['orders'], { shiftBy: 1 })).toThrow(
      new RangeError('Cannot shift offset for partition orders-0 since there is no current committed offset'),
    );
    expect(() => cluster.resetGroupOffsets('audit', ['missing'], { to: 'earliest' })).toThrow(KafkaError);
    expect(cluster.describeGroup('audit')).toBeUndefined();
    // Without topics a group with no committed offsets has nothing to reset.
    expect(cluster.resetGroupOffsets('audit', null, { to: 'earliest' })).toEqual([]);
    expect(cluster.resetGroupOffsets('audit', ['orders'], { to: 'latest' })).toEqual(both(10, 10));
    expect(cluster.describeGroup('audit')).toMatchObject({ state: 'Empty', offsets: both(10, 10) });
  });
});

describe('refused commands are not recorded and leave the cluster as it was', () => {
  it('a reset refused on a cluster without __consumer_offsets does not create it', () => {
    const recorded = new RecordedCluster({ seed: 66, brokers: 3 });
    recorded.apply({
      type: 'create-topic',
      name: 'orders',
      options: { partitions: 1, replicationFactor: 3 },
    });
    const commands = recorded.commands().length;
    const view = buildClusterView(recorded.cluster, { includeInternal: true });
    const reset = { type: 'reset-offsets', groupId: 'g', topics: ['orders'], spec: { shiftBy: 1 } } as const;
    expect(() => recorded.apply(reset)).toThrow(
      'Cannot shift offset for partition orders-0 since there is no current committed offset',
    );
    expect(recorded.commands().length).toBe(commands);
    expect(recorded.cluster.listTopics()).toEqual(['orders']);
    expect(buildClusterView(recorded.cluster, { includeInternal: true })).toEqual(view);
    expect(() => recorded.apply({ type: 'drop-message', id: 99_999 })).toThrow('No message 99999 in flight');
    expect(recorded.commands().length).toBe(commands);
  });
});

describe('the new commands under replay', () => {
  it('RecordedCluster.replay reproduces drop-message, elect-leaders and reset-offsets exactly', () => {
    const recorded = new RecordedCluster({ seed: 71, brokers: 3 });
    recorded.apply({
      type: 'create-topic',
      name: 'orders',
      options: { partitions: 2, replicationFactor: 3 },
    });
    recorded.apply({ type: 'new-producer', name: 'p', config: { acks: 'all' } });
    recorded.apply({
      type: 'produce',
      producer: 'p',
      records: Array.from({ length: 20 }, (_, i) => ({ topic: 'orders', key: `k${i}`, value: `v${i}` })),
      flush: true,
    });
    // Step until a Produce is on the wire, then drop it by the id the view shows.
    recorded.apply({
      type: 'produce',
      producer: 'p',
      records: [{ topic: 'orders', key: 'late', value: 'late' }],
      flush: true,
    });
    let produce = buildClusterView(recorded.cluster).inFlight.find((m) => m.api === 'Produce');
    for (let i = 0; i < 50 && !produce; i++) {
      recorded.apply({ type: 'advance', ms: 1 });
      produce = buildClusterView(recorded.cluster).inFlight.find((m) => m.api === 'Produce');
    }
    if (!produce) throw new Error('no Produce in flight');
    recorded.apply({ type: 'drop-message', id: produce.id });
    recorded.apply({ type: 'advance', ms: 40_000 });

    recorded.apply({
      type: 'new-consumer',
      name: 'c',
      config: { groupId: 'billing', autoOffsetReset: 'earliest' },
      topics: ['orders'],
    });
    recorded.apply({ type: 'advance', ms: 10_000 });
    recorded.apply({ type: 'close-consumer', name: 'c' });
    recorded.apply({ type: 'advance', ms: 5_000 });
    const preferred = partitionOf(recorded.cluster, 'orders', 0).replicas[0] ?? -1;
    recorded.apply({ type: 'kill-broker', id: preferred });
    recorded.apply({ type: 'advance', ms: 25_000 });
    recorded.apply({ type: 'start-broker', id: preferred });
    recorded.apply({ type: 'advance', ms: 20_000 });
    const elected = recorded.apply({ type: 'elect-leaders', electionType: 'PREFERRED', partitions: null });
    expect(elected).toContainEqual({ topic: 'orders', partition: 0, error: null });
    const reset = recorded.apply({
      type: 'reset-offsets',
      groupId: 'billing',
      topics: null,
      spec: { shiftBy: -2 },
    });
    expect(reset).toHaveLength(2);
    recorded.apply({ type: 'advance', ms: 1_000 });

    const replayed = RecordedCluster.replay(recorded.options, recorded.commands(), recorded.cluster.nowMs);
    expect(replayed.cluster.events().some((e) => e.type === 'message-lost' && e.reason === 'dropped')).toBe(
      true,
    );
    expect(JSON.stringify(replayed.cluster.events())).toBe(JSON.stringify(recorded.cluster.events()));
    expect(buildClusterView(replayed.cluster)).toEqual(buildClusterView(recorded.cluster));
    expect(replayed.cluster.describeGroup('billing')).toEqual(recorded.cluster.describeGroup('billing'));
    expect(partitionOf(replayed.cluster, 'orders', 0).leader).toBe(preferred);
  });
});
