import { describe, expect, it } from 'vitest';
import type { ConsumedRecord } from '../../cluster/cluster-api';
import type { TopicPartition } from '../../cluster/protocol';
import { TestCluster } from '../group/test-harness';
import type { KafkaConsumerConfigInput } from './consumer-config';
import { KafkaConsumer } from './kafka-consumer';

const GROUP = 'my-group';
const dec = new TextDecoder();

let clientSeq = 0;
function consumer(cluster: TestCluster, config: KafkaConsumerConfigInput = {}): KafkaConsumer {
  clientSeq++;
  return new KafkaConsumer(
    cluster.clientContext(`client-${clientSeq}`),
    { groupId: GROUP, ...config },
    clientSeq,
  );
}

/** Polls everything buffered, checking that no record lies at or past its partition's high watermark. */
function drain(cluster: TestCluster, c: KafkaConsumer): ConsumedRecord[] {
  const records = c.poll(10_000);
  for (const r of records) expect(r.offset).toBeLessThan(cluster.log(r.topic, r.partition).highWatermark);
  return records;
}

const names = (tps: readonly TopicPartition[]): string[] => tps.map((tp) => `${tp.topic}${tp.partition}`);

function twoMembers(strategy: string) {
  const cluster = new TestCluster();
  cluster.createTopic('A', 3);
  cluster.createTopic('B', 3);
  const c1 = consumer(cluster, { partitionAssignmentStrategy: [strategy] });
  const c2 = consumer(cluster, { partitionAssignmentStrategy: [strategy] });
  c1.subscribe(['A', 'B']);
  c2.subscribe(['A', 'B']);
  cluster.run(10_000);
  // Range and roundrobin order members by member id.
  const [m0, m1] = [c1, c2].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)) as [
    KafkaConsumer,
    KafkaConsumer,
  ];
  return { cluster, c1, c2, m0, m1 };
}

describe('group assignment from a real join (§13)', () => {
  it('range: the first member by id takes the extra partition of every topic', () => {
    const { m0, m1 } = twoMembers('range');
    expect(names(m0.assignment())).toEqual(['A0', 'A1', 'B0', 'B1']);
    expect(names(m1.assignment())).toEqual(['A2', 'B2']);
    expect(m0.memberState).toBe('stable');
    expect(m0.memberId).toMatch(/^consumer-my-group-\d+-[0-9a-f-]{36}$/);
  });

  it('roundrobin: partitions dealt in turn over topics sorted by name', () => {
    const { m0, m1 } = twoMembers('roundrobin');
    expect(names(m0.assignment())).toEqual(['A0', 'A2', 'B1']);
    expect(names(m1.assignment())).toEqual(['A1', 'B0', 'B2']);
  });

  it('the default [range, cooperative-sticky] group votes range and uses the eager protocol', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 2);
    const c = consumer(cluster);
    c.subscribe(['demo']);
    cluster.run(5000);
    expect(cluster.eventsOf('group-rebalanced')).toMatchObject([{ generationId: 1, protocol: 'range' }]);
    expect(c.clientId).toMatch(/^consumer-my-group-\d+$/);
  });
});

describe('rebalances', () => {
  it('a member joining, leaving and crashing each moves the group to a new generation', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 4);
    const c1 = consumer(cluster);
    c1.subscribe(['demo']);
    cluster.run(5000);
    expect(c1.assignment()).toHaveLength(4);
    expect(c1.generationId).toBe(1);

    const c2 = consumer(cluster);
    c2.subscribe(['demo']);
    cluster.run(10_000); // c1 learns of the rebalance from its next heartbeat (≤ 3 s)
    expect(c1.generationId).toBe(2);
    expect(c1.assignment()).toHaveLength(2);
    expect(c2.assignment()).toHaveLength(2);

    c2.close();
    cluster.run(5000);
    expect(cluster.eventsOf('member-left')).toMatchObject([
      { memberId: expect.any(String), reason: 'leave' },
    ]);
    expect(c1.generationId).toBe(3);
    expect(c1.assignment()).toHaveLength(4);

    const c3 = consumer(cluster);
    c3.subscribe(['demo']);
    cluster.run(10_000);
    expect(c1.generationId).toBe(4);
    const crashedMember = c3.memberId;
    const crashAt = cluster.nowMs;
    c3.crash();
    cluster.run(45_000 - 3001);
    expect(cluster.eventsOf('member-left')).toHaveLength(1); // not before session.timeout.ms
    cluster.run(3010);
    const left = cluster.eventsOf('member-left')[1];
    expect(left).toMatchObject({ memberId: crashedMember, reason: 'session-timeout' });
    expect(left?.atMs).toBeGreaterThan(crashAt + 45_000 - 3001);
    expect(left?.atMs).toBeLessThanOrEqual(crashAt + 45_000 + 1);
    cluster.run(5000);
    expect(c1.generationId).toBe(5);
    expect(c1.assignment()).toHaveLength(4);
    expect(cluster.eventsOf('group-rebalanced').map((e) => e.generationId)).toEqual([1, 2, 3, 4, 5]);
  });

  it('cooperative-sticky keeps unmoved partitions and hands the rest over in a second rebalance', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 4);
    const coop = {
      partitionAssignmentStrategy: ['cooperative-sticky'],
      autoOffsetReset: 'earliest' as const,
    };
    const c1 = consumer(cluster, coop);
    c1.subscribe(['demo']);
    for (let p = 0; p < 4; p++) cluster.produce('demo', p, ['a', 'b']);
    cluster.run(5000);
    expect(drain(cluster, c1)).toHaveLength(8);
    const c2 = consumer(cluster, coop);
    c2.subscribe(['demo']);
    const before = new Map(c1.positions().map((p) => [`${p.topic}${p.partition}`, p.offset]));
    cluster.run(15_000);
    const rebalances = cluster.eventsOf('group-rebalanced');
    expect(rebalances.map((e) => e.generationId)).toEqual([1, 2, 3]);
    // Generation 2: the newcomer gets nothing yet; c1 revoked what must move.
    const gen2 = rebalances[1]?.assignments.find((a) => a.memberId === c2.memberId);
    expect(gen2?.partitions).toEqual([]);
    expect(c1.assignment()).toHaveLength(2);
    expect(c2.assignment()).toHaveLength(2);
    // c1 kept its positions for the partitions it kept: no reset, no re-fetch of committed offsets.
    for (const p of c1.positions()) expect(p.offset).toBe(before.get(`${p.topic}${p.partition}`));
  });
});

describe('coordinator and metadata changes', () => {
  it('rediscovers a coordinator whose broker died and keeps its generation', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    const c = consumer(cluster);
    c.subscribe(['demo']);
    cluster.run(5000);
    const old = cluster.offsetsLeaders.get(12) as number;
    const next = cluster.brokerIds.find((id) => id !== old) as number;
    cluster.stopBroker(old);
    cluster.moveOffsetsLeader(12, next);
    cluster.run(10_000);
    expect(c.memberState).toBe('stable');
    expect(c.generationId).toBe(1);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)).toMatchObject({
      state: 'Stable',
      coordinator: { id: next },
      members: [{ memberId: c.memberId }],
    });
    expect(cluster.eventsOf('member-left')).toEqual([]);
  });

  it('the leader notices added partitions at its next metadata refresh and rebalances', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 2);
    const c1 = consumer(cluster);
    const c2 = consumer(cluster);
    c1.subscribe(['demo']);
    c2.subscribe(['demo']);
    cluster.run(10_000);
    expect(c1.assignment().length + c2.assignment().length).toBe(2);
    cluster.addPartitions('demo', 4);
    cluster.run(200_000);
    expect(c1.generationId).toBe(1); // metadata.max.age.ms (300 s) has not passed yet
    cluster.run(110_000);
    expect(c1.generationId).toBe(2);
    expect(c1.assignment().length + c2.assignment().length).toBe(4);
  });
});

describe('offsets', () => {
  it('auto-commits every auto.commit.interval.ms from the join', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    cluster.produce('demo', 0, ['a', 'b', 'c']);
    const c = consumer(cluster, { autoOffsetReset: 'earliest' });
    c.subscribe(['demo']);
    cluster.run(3500);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([0, 1, 2]);
    cluster.run(20_000);
    const commits = cluster.eventsOf('offset-committed');
    expect(commits.length).toBeGreaterThanOrEqual(3);
    expect(commits.every((e) => e.offset === 3)).toBe(true);
    const gaps = commits.slice(1).map((e, i) => e.atMs - (commits[i]?.atMs ?? 0));
    expect(new Set(gaps)).toEqual(new Set([5000]));
    const joinedAt = cluster.eventsOf('group-rebalanced')[0]?.atMs ?? 0;
    // The SyncGroup answer arrives one hop after the rebalance; 5000 ms later the commit goes out,
    // reaching the coordinator in one hop and the log in one more.
    expect((commits[0]?.atMs ?? 0) - joinedAt).toBe(1 + 5000 + 2);
  });

  it('auto.offset.reset: earliest reads history, latest only what comes next', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    cluster.produce('demo', 0, ['old-1', 'old-2']);
    const early = consumer(cluster, { groupId: 'g-early', autoOffsetReset: 'earliest' });
    const late = consumer(cluster, { groupId: 'g-late' });
    early.subscribe(['demo']);
    late.subscribe(['demo']);
    cluster.run(5000);
    expect(drain(cluster, early).map((r) => dec.decode(r.value ?? new Uint8Array()))).toEqual([
      'old-1',
      'old-2',
    ]);
    expect(drain(cluster, late)).toEqual([]);
    expect(late.positions()).toEqual([{ topic: 'demo', partition: 0, offset: 2 }]);
    expect(cluster.eventsOf('offset-reset')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          clientId: early.clientId,
          from: null,
          to: 0,
          policy: 'earliest',
          cause: 'no-committed-offset',
        }),
        expect.objectContaining({
          clientId: late.clientId,
          from: null,
          to: 2,
          policy: 'latest',
          cause: 'no-committed-offset',
        }),
      ]),
    );
    cluster.produce('demo', 0, ['new']);
    cluster.run(10);
    expect(drain(cluster, late).map((r) => r.offset)).toEqual([2]);
  });

  it('a committed offset below the log start offset gets OFFSET_OUT_OF_RANGE, then the reset policy', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    cluster.produce('demo', 0, ['0', '1', '2', '3', '4', '5', '6']);
    const first = consumer(cluster, { autoOffsetReset: 'earliest' });
    first.subscribe(['demo']);
    cluster.run(4000);
    first.poll(2);
    first.commitSync();
    cluster.run(10);
    first.close();
    cluster.run(100);
    expect(
      cluster
        .coordinatorFor(GROUP)
        .committedOffsets(GROUP)
        .map((o) => o.offset),
    ).toEqual([2]);
    cluster.log('demo', 0).deleteBefore(5); // retention removed offsets 0..4
    const second = consumer(cluster, { autoOffsetReset: 'earliest' });
    second.subscribe(['demo']);
    cluster.run(4000);
    expect(cluster.eventsOf('offset-reset').at(-1)).toMatchObject({
      clientId: second.clientId,
      from: 2,
      to: 5,
      policy: 'earliest',
      cause: 'OFFSET_OUT_OF_RANGE',
    });
    expect(drain(cluster, second).map((r) => r.offset)).toEqual([5, 6]);
  });

  it('with auto.offset.reset=none the error reaches the application instead', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    const c = consumer(cluster, { autoOffsetReset: 'none' });
    c.subscribe(['demo']);
    cluster.run(5000);
    expect(c.lastError).toMatchObject({
      exception: 'org.apache.kafka.clients.consumer.NoOffsetForPartitionException',
      message: 'Undefined offset with no reset policy for partitions: [demo-0]',
    });
    expect(c.positions()).toEqual([]);
  });

  it('commits survive a coordinator failover: reloaded from __consumer_offsets, used by the next member', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    cluster.produce('demo', 0, ['a', 'b', 'c', 'd']);
    const c1 = consumer(cluster, { autoOffsetReset: 'earliest' });
    c1.subscribe(['demo']);
    cluster.run(4000);
    expect(c1.poll(3)).toHaveLength(3);
    cluster.run(6000); // an auto-commit of offset 3
    const partition = 12; // my-group
    const oldLeader = cluster.offsetsLeaders.get(partition) as number;
    const newLeader = cluster.brokerIds.find((id) => id !== oldLeader) as number;
    cluster.moveOffsetsLeader(partition, newLeader);
    cluster.run(10_000);
    // The member found the new coordinator and stayed in its generation: no rebalance was needed.
    expect(c1.generationId).toBe(1);
    expect(c1.memberState).toBe('stable');
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)).toMatchObject({
      state: 'Stable',
      coordinator: { id: newLeader },
      offsets: [{ topic: 'demo', partition: 0, offset: 3 }],
    });
    c1.close();
    cluster.run(100);
    const c2 = consumer(cluster, { autoOffsetReset: 'earliest' });
    c2.subscribe(['demo']);
    cluster.run(5000);
    expect(drain(cluster, c2).map((r) => r.offset)).toEqual([3]);
  });
});

describe('fetching', () => {
  it('never returns records at or above the high watermark', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    const c = consumer(cluster, { autoOffsetReset: 'earliest' });
    c.subscribe(['demo']);
    cluster.run(4000);
    cluster.produce('demo', 0, ['committed']);
    cluster.produce('demo', 0, ['not-yet'], { commit: false });
    cluster.run(1000);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([0]);
    cluster.commitLog('demo', 0);
    cluster.run(10);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([1]);
  });

  it('follows a partition to its new leader after NOT_LEADER_OR_FOLLOWER (metadata refresh)', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    const c = consumer(cluster, { autoOffsetReset: 'earliest' });
    c.subscribe(['demo']);
    cluster.produce('demo', 0, ['a', 'b']);
    cluster.run(4000);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([0, 1]);
    cluster.moveLeader('demo', 0, 2);
    cluster.produce('demo', 0, ['c']);
    cluster.run(1000);
    const records = drain(cluster, c);
    expect(records.map((r) => r.offset)).toEqual([2]);
    expect(records[0]?.leaderEpoch).toBe(1);
  });

  it('max.poll.records caps one poll; the rest waits in the buffer', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    cluster.produce(
      'demo',
      0,
      Array.from({ length: 7 }, (_, i) => `v${i}`),
    );
    const c = consumer(cluster, { autoOffsetReset: 'earliest', maxPollRecords: 5 });
    c.subscribe(['demo']);
    cluster.run(4000);
    expect(c.poll().map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(c.positions()).toEqual([{ topic: 'demo', partition: 0, offset: 5 }]);
    expect(c.poll(1).map((r) => r.offset)).toEqual([5]);
    expect(c.poll().map((r) => r.offset)).toEqual([6]);
  });

  it('an idle consumer does not poll the broker every fetch.max.wait.ms', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 1);
    const c = consumer(cluster, { enableAutoCommit: false });
    c.subscribe(['demo']);
    cluster.run(10_000);
    const before = cluster.scheduler.eventCount;
    cluster.run(60_000);
    // Heartbeats every 3 s (4 events each) and fetches held up to 25 s: far fewer than 500 ms polling.
    const events = cluster.scheduler.eventCount - before;
    expect(events).toBeGreaterThan(60); // heartbeats do go on
    expect(events).toBeLessThan(150);
  });

  it('manual assignment with seek, seekToBeginning and seekToEnd, without a group', () => {
    const cluster = new TestCluster();
    cluster.createTopic('demo', 2);
    cluster.produce('demo', 1, ['a', 'b', 'c', 'd']);
    const c = new KafkaConsumer(cluster.clientContext('client-manual'), { autoOffsetReset: 'earliest' }, 99);
    expect(c.clientId).toBe('consumer-null-99');
    c.assign([{ topic: 'demo', partition: 1 }]);
    cluster.run(100);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([0, 1, 2, 3]);
    c.seek({ topic: 'demo', partition: 1 }, 2);
    cluster.run(100);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([2, 3]);
    c.seekToBeginning([{ topic: 'demo', partition: 1 }]);
    cluster.run(100);
    expect(drain(cluster, c).map((r) => r.offset)).toEqual([0, 1, 2, 3]);
    c.seekToEnd([]);
    cluster.run(100);
    expect(c.positions()).toEqual([{ topic: 'demo', partition: 1, offset: 4 }]);
    expect(cluster.eventsOf('offset-reset')).toHaveLength(1); // seeks are not resets
    expect(() => c.commitSync()).toThrow(/group.id/);
  });
});

describe('determinism', () => {
  function scenario(): string {
    clientSeq = 0;
    const cluster = new TestCluster({ seed: 7 });
    cluster.createTopic('demo', 3);
    const a = consumer(cluster, { autoOffsetReset: 'earliest' });
    const b = consumer(cluster, { autoOffsetReset: 'earliest' });
    a.subscribe(['demo']);
    cluster.run(1000);
    b.subscribe(['demo']);
    for (let i = 0; i < 10; i++) {
      cluster.produce('demo', i % 3, [`v${i}`]);
      cluster.run(700);
      a.poll();
      b.poll();
    }
    b.crash();
    cluster.run(60_000);
    return JSON.stringify(cluster.events);
  }

  it('the same run twice gives the same event list', () => {
    const first = scenario();
    expect(first.length).toBeGreaterThan(1000);
    expect(scenario()).toBe(first);
  });
});
