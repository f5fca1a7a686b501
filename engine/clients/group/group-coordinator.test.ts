import { describe, expect, it } from 'vitest';
import type { JoinGroupRequest, RequestBody, ResponseFor, TopicPartition } from '../../cluster/protocol';
import { coordinatorPartitionFor } from '../java-string-hash';
import { decodeGroupMetadataValue, decodeOffsetCommitValue, decodeOffsetsKey } from './offsets-records';
import { TestCluster } from './test-harness';

const GROUP = 'my-group'; // → __consumer_offsets-12 with 50 partitions (§8.1)

interface Pending<T> {
  response: T | null;
  atMs: number;
}

function send<R extends RequestBody>(
  cluster: TestCluster,
  body: R,
  broker?: number,
): Pending<ResponseFor<R>> {
  const pending: Pending<ResponseFor<R>> = { response: null, atMs: -1 };
  const partition = coordinatorPartitionFor(GROUP, cluster.config.offsetsTopicNumPartitions);
  const target = broker ?? (cluster.offsetsLeaders.get(partition) as number);
  cluster.clientContext('test').request(
    target,
    body,
    0,
    (response) => {
      pending.response = response;
      pending.atMs = cluster.nowMs;
    },
    () => {},
  );
  return pending;
}

function joinRequest(
  memberId: string,
  clientId: string,
  overrides: Partial<JoinGroupRequest> = {},
): JoinGroupRequest {
  return {
    api: 'JoinGroup',
    groupId: GROUP,
    sessionTimeoutMs: 45_000,
    rebalanceTimeoutMs: 300_000,
    memberId,
    groupInstanceId: null,
    clientId,
    clientHost: '/127.0.0.1',
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: { topics: ['demo'], ownedPartitions: [], generationId: -1 } }],
    ...overrides,
  };
}

/** MEMBER_ID_REQUIRED round trip; returns the member id and the parked second JoinGroup. */
function join(cluster: TestCluster, clientId: string, overrides: Partial<JoinGroupRequest> = {}) {
  const first = send(cluster, joinRequest('', clientId, overrides));
  cluster.run(2);
  const memberId = first.response?.memberId ?? '';
  expect(first.response?.error).toBe('MEMBER_ID_REQUIRED');
  return { memberId, pending: send(cluster, joinRequest(memberId, clientId, overrides)) };
}

function sync(
  cluster: TestCluster,
  memberId: string,
  generationId: number,
  assignments: Array<{ memberId: string; partitions: TopicPartition[] }> = [],
) {
  return send(cluster, {
    api: 'SyncGroup',
    groupId: GROUP,
    generationId,
    memberId,
    groupInstanceId: null,
    assignments,
  });
}

function heartbeat(cluster: TestCluster, memberId: string, generationId: number) {
  return send(cluster, { api: 'Heartbeat', groupId: GROUP, generationId, memberId });
}

function commit(cluster: TestCluster, memberId: string, generationId: number, offset: number, partition = 0) {
  return send(cluster, {
    api: 'OffsetCommit',
    groupId: GROUP,
    generationId,
    memberId,
    offsets: [{ topic: 'demo', partition, offset, leaderEpoch: 0, metadata: '' }],
  });
}

/** One member, joined and synced to generation 1 (Stable). */
function stableGroupOfOne(cluster: TestCluster) {
  const a = join(cluster, 'c1');
  cluster.run(3100);
  expect(a.pending.response?.generationId).toBe(1);
  const s = sync(cluster, a.memberId, 1, [
    { memberId: a.memberId, partitions: [{ topic: 'demo', partition: 0 }] },
  ]);
  cluster.run(5);
  expect(s.response?.error).toBe('NONE');
  return a.memberId;
}

describe('JoinGroup', () => {
  it('asks a new member to rejoin with an id <client.id>-<uuid>, then completes after the initial delay', () => {
    const cluster = new TestCluster();
    const first = send(cluster, joinRequest('', 'c1'));
    cluster.run(2);
    expect(first.response?.error).toBe('MEMBER_ID_REQUIRED');
    expect(first.response?.memberId).toMatch(
      /^c1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const joinedAt = cluster.nowMs;
    const second = send(cluster, joinRequest(first.response?.memberId ?? '', 'c1'));
    cluster.run(2999);
    expect(second.response).toBeNull(); // group.initial.rebalance.delay.ms = 3000
    cluster.run(10);
    expect(second.response).toMatchObject({ error: 'NONE', generationId: 1, protocolName: 'range' });
    expect(second.atMs - joinedAt).toBe(1 + 3000 + 1); // hop, delay, hop
    expect(second.response?.leader).toBe(first.response?.memberId);
    expect(second.response?.members.map((m) => m.memberId)).toEqual([first.response?.memberId]);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)?.state).toBe('CompletingRebalance');
  });

  it('extends the initial delay once per new member while the first rebalance waits', () => {
    const cluster = new TestCluster();
    const a = join(cluster, 'c1');
    const start = cluster.nowMs + 1;
    cluster.run(2000);
    const b = join(cluster, 'c2');
    cluster.run(3900);
    expect(a.pending.response).toBeNull(); // 3000 + one more 3000 after b joined
    cluster.run(200);
    expect(a.pending.atMs - start).toBe(6001);
    expect(b.pending.response?.generationId).toBe(1);
    expect(a.pending.response?.leader).toBe(a.memberId); // the first to join leads
    expect(a.pending.response?.members).toHaveLength(2);
    expect(b.pending.response?.members).toEqual([]); // only the leader gets the member list
  });

  it('rejects session timeouts outside group.min/max.session.timeout.ms', () => {
    const cluster = new TestCluster();
    const low = send(cluster, joinRequest('', 'c1', { sessionTimeoutMs: 5999 }));
    const high = send(cluster, joinRequest('', 'c1', { sessionTimeoutMs: 1_800_001 }));
    cluster.run(3);
    expect(low.response?.error).toBe('INVALID_SESSION_TIMEOUT');
    expect(high.response?.error).toBe('INVALID_SESSION_TIMEOUT');
  });

  it('selects the protocol by vote among those every member supports', () => {
    const cluster = new TestCluster();
    const meta = { topics: ['demo'], ownedPartitions: [], generationId: -1 };
    const both = [
      { name: 'range', metadata: meta },
      { name: 'roundrobin', metadata: meta },
    ];
    const a = join(cluster, 'a', { protocols: both });
    const b = join(cluster, 'b', { protocols: both });
    const c = join(cluster, 'c', { protocols: [...both].reverse() });
    cluster.run(7000);
    expect(c.pending.response?.protocolName).toBe('range'); // 2 votes against 1
    expect(a.pending.response?.generationId).toBe(b.pending.response?.generationId);
    const other = send(
      cluster,
      joinRequest('', 'd', { protocols: [{ name: 'cooperative-sticky', metadata: meta }] }),
    );
    cluster.run(3);
    expect(other.response?.error).toBe('INCONSISTENT_GROUP_PROTOCOL');
  });

  it('answers NOT_COORDINATOR on a broker that does not lead the group partition', () => {
    const cluster = new TestCluster();
    const partition = coordinatorPartitionFor(GROUP, 50);
    const other = cluster.brokerIds.find((id) => id !== cluster.offsetsLeaders.get(partition)) as number;
    const r = send(cluster, joinRequest('', 'c1'), other);
    cluster.run(3);
    expect(r.response?.error).toBe('NOT_COORDINATOR');
  });
});

describe('rebalances, heartbeats and session expiry', () => {
  it('goes Stable after the leader syncs and reports the generation', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    const description = cluster.coordinatorFor(GROUP).describeGroup(GROUP);
    expect(description).toMatchObject({ state: 'Stable', protocol: 'range' });
    expect(description?.members[0]).toMatchObject({
      memberId,
      clientId: 'c1',
      assignment: [{ topic: 'demo', partition: 0 }],
    });
    expect(cluster.eventsOf('group-rebalanced')).toMatchObject([
      {
        groupId: GROUP,
        generationId: 1,
        leader: memberId,
        assignments: [{ memberId, partitions: [{ topic: 'demo', partition: 0 }] }],
      },
    ]);
    expect(cluster.eventsOf('group-state-changed').map((e) => e.to)).toEqual([
      'PreparingRebalance',
      'CompletingRebalance',
      'Stable',
    ]);
  });

  it('answers heartbeats: NONE, ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, REBALANCE_IN_PROGRESS', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    const ok = heartbeat(cluster, memberId, 1);
    const stale = heartbeat(cluster, memberId, 0);
    const stranger = heartbeat(cluster, 'nobody', 1);
    cluster.run(3);
    expect([ok.response?.error, stale.response?.error, stranger.response?.error]).toEqual([
      'NONE',
      'ILLEGAL_GENERATION',
      'UNKNOWN_MEMBER_ID',
    ]);
    const b = join(cluster, 'c2');
    cluster.run(2);
    const during = heartbeat(cluster, memberId, 1);
    cluster.run(3);
    expect(during.response?.error).toBe('REBALANCE_IN_PROGRESS');
    // The leader rejoins; the group completes at once (no initial delay: it was not Empty).
    const rejoin = send(cluster, joinRequest(memberId, 'c1'));
    cluster.run(3);
    expect(rejoin.response).toMatchObject({ error: 'NONE', generationId: 2, leader: memberId });
    expect(b.pending.response?.generationId).toBe(2);
  });

  it('removes a silent member after session.timeout.ms, not before, and rebalances to Empty', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    const hb = heartbeat(cluster, memberId, 1);
    cluster.run(1);
    const lastHeartbeatAt = cluster.nowMs; // the coordinator saw it one hop after sending
    cluster.run(2);
    expect(hb.response?.error).toBe('NONE');
    cluster.run(45_000 - 4);
    expect(cluster.eventsOf('member-left')).toEqual([]);
    cluster.run(2);
    const left = cluster.eventsOf('member-left');
    expect(left).toMatchObject([{ memberId, reason: 'session-timeout' }]);
    expect(left[0]?.atMs).toBe(lastHeartbeatAt + 45_000);
    const group = cluster.coordinatorFor(GROUP).describeGroup(GROUP);
    expect(group?.state).toBe('Empty');
    cluster.run(2);
    // The empty generation 2 is written to the log.
    const log = cluster.offsetsLogs.get(12) ?? [];
    const last = log[log.length - 1];
    expect(last && decodeOffsetsKey(last.key as Uint8Array)).toMatchObject({
      type: 'group-metadata',
      group: GROUP,
    });
    expect(last?.value && decodeGroupMetadataValue(last.value)).toMatchObject({
      generation: 2,
      members: [],
      protocol: null,
    });
  });

  it('drops a member that does not rejoin within the rebalance timeout, keeping the leader', () => {
    const cluster = new TestCluster();
    const short = { rebalanceTimeoutMs: 10_000 };
    const a = join(cluster, 'a', short);
    const b = join(cluster, 'b', short);
    cluster.run(6100); // b joined during the initial delay: one more 3000 ms
    const s1 = sync(cluster, a.memberId, 1, []);
    const s2 = sync(cluster, b.memberId, 1, []);
    cluster.run(3);
    expect(s1.response?.error).toBe('NONE');
    expect(s2.response?.error).toBe('NONE');
    const c = join(cluster, 'c', short);
    cluster.run(2);
    send(cluster, joinRequest(a.memberId, 'a', short)); // a rejoins, b keeps only heartbeating
    for (let t = 0; t < 12_000; t += 3000) {
      heartbeat(cluster, b.memberId, 1);
      cluster.run(3000);
    }
    expect(cluster.eventsOf('member-left').map((e) => e.memberId)).toEqual([b.memberId]);
    expect(c.pending.response).toMatchObject({ generationId: 2, leader: a.memberId });
  });

  it('LeaveGroup removes the member and rebalances', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    const leave = send(cluster, { api: 'LeaveGroup', groupId: GROUP, memberId });
    cluster.run(3);
    expect(leave.response?.error).toBe('NONE');
    expect(cluster.eventsOf('member-left')).toMatchObject([{ memberId, reason: 'leave' }]);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)?.state).toBe('Empty');
  });
});

describe('pending, static and slow members', () => {
  it('a member given an id that never comes back holds the rebalance until its session timeout', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    const ghost = send(cluster, joinRequest('', 'ghost', { sessionTimeoutMs: 10_000 }));
    cluster.run(3);
    expect(ghost.response?.error).toBe('MEMBER_ID_REQUIRED');
    const other = join(cluster, 'c2'); // starts the rebalance
    const rejoin = send(cluster, joinRequest(memberId, 'c1'));
    cluster.run(9000);
    expect(rejoin.response).toBeNull(); // every member rejoined, but the pending one may still come
    cluster.run(1100);
    expect(rejoin.response).toMatchObject({ error: 'NONE', generationId: 2 });
    expect(other.pending.response?.generationId).toBe(2);
  });

  it('removes members that never send SyncGroup within the rebalance timeout', () => {
    const cluster = new TestCluster();
    const short = { rebalanceTimeoutMs: 20_000 };
    const a = join(cluster, 'a', short);
    const b = join(cluster, 'b', short);
    cluster.run(6100);
    sync(cluster, a.memberId, 1, [{ memberId: a.memberId, partitions: [] }]);
    cluster.run(3);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)?.state).toBe('Stable');
    cluster.run(20_000);
    expect(cluster.eventsOf('member-left').map((e) => e.memberId)).toEqual([b.memberId]);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)?.state).toBe('PreparingRebalance');
  });

  it('a restarted static member takes over its old identity without a rebalance', () => {
    const cluster = new TestCluster();
    const staticJoin = (clientId: string) =>
      send(cluster, joinRequest('', clientId, { groupInstanceId: 'instance-1' }));
    const first = staticJoin('c1');
    cluster.run(3100);
    expect(first.response).toMatchObject({ error: 'NONE', generationId: 1 }); // no MEMBER_ID_REQUIRED for static members
    const oldId = first.response?.memberId ?? '';
    expect(oldId).toMatch(/^instance-1-/);
    sync(cluster, oldId, 1, [{ memberId: oldId, partitions: [{ topic: 'demo', partition: 0 }] }]);
    cluster.run(3);
    const restarted = staticJoin('c1');
    cluster.run(5);
    const newId = restarted.response?.memberId ?? '';
    expect(restarted.response).toMatchObject({ error: 'NONE', generationId: 1, leader: oldId, members: [] });
    expect(newId).not.toBe(oldId);
    const description = cluster.coordinatorFor(GROUP).describeGroup(GROUP);
    expect(description?.state).toBe('Stable');
    expect(description?.members.map((m) => m.memberId)).toEqual([newId]);
    const again = sync(cluster, newId, 1);
    cluster.run(3);
    expect(again.response?.assignment).toEqual([{ topic: 'demo', partition: 0 }]);
    expect(cluster.eventsOf('group-rebalanced')).toHaveLength(1);
  });
});

describe('offsets', () => {
  it('accepts a generation −1 commit only while the group is Empty (or absent)', () => {
    const cluster = new TestCluster();
    const outside = commit(cluster, '', -1, 5);
    cluster.run(4);
    expect(outside.response?.partitions[0]?.error).toBe('NONE');
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)).toMatchObject({
      state: 'Empty',
      offsets: [{ offset: 5 }],
    });
    const memberId = stableGroupOfOne(cluster);
    const checks = [
      commit(cluster, '', -1, 6),
      commit(cluster, memberId, 7, 6),
      commit(cluster, 'stranger', 1, 6),
      commit(cluster, memberId, 1, 9),
    ];
    cluster.run(5);
    expect(checks.map((c) => c.response?.partitions[0]?.error)).toEqual([
      'UNKNOWN_MEMBER_ID',
      'ILLEGAL_GENERATION',
      'UNKNOWN_MEMBER_ID',
      'NONE',
    ]);
    const fetch = send(cluster, {
      api: 'OffsetFetch',
      groupId: GROUP,
      partitions: [
        { topic: 'demo', partition: 0 },
        { topic: 'demo', partition: 1 },
      ],
    });
    cluster.run(3);
    expect(fetch.response?.offsets.map((o) => o.offset)).toEqual([9, -1]);
  });

  it('rejects a commit with a generation for a group it does not know', () => {
    const cluster = new TestCluster();
    const r = commit(cluster, 'm', 3, 1);
    cluster.run(3);
    expect(r.response?.partitions[0]?.error).toBe('ILLEGAL_GENERATION');
  });

  it('writes OffsetCommit records and answers only once they are appended', () => {
    const cluster = new TestCluster();
    const r = commit(cluster, '', -1, 42);
    cluster.run(2);
    expect(r.response).toBeNull(); // the append is still out
    cluster.run(2);
    expect(r.response?.partitions[0]?.error).toBe('NONE');
    const record = cluster.offsetsLogs.get(12)?.[0];
    expect(record && decodeOffsetsKey(record.key as Uint8Array)).toEqual({
      type: 'offset-commit',
      version: 1,
      group: GROUP,
      topic: 'demo',
      partition: 0,
    });
    expect(record?.value && decodeOffsetCommitValue(record.value)).toMatchObject({
      offset: 42,
      leaderEpoch: 0,
      metadata: '',
    });
    expect(cluster.eventsOf('offset-committed')).toMatchObject([
      { groupId: GROUP, topic: 'demo', partition: 0, offset: 42 },
    ]);
  });

  it('reloads groups and offsets on the new coordinator after a failover', () => {
    const cluster = new TestCluster();
    const memberId = stableGroupOfOne(cluster);
    commit(cluster, memberId, 1, 17);
    cluster.run(4);
    const before = cluster.coordinatorFor(GROUP);
    const oldBroker = cluster.offsetsLeaders.get(12) as number;
    const newBroker = cluster.brokerIds.find((id) => id !== oldBroker) as number;
    cluster.moveOffsetsLeader(12, newBroker);
    // The new coordinator loaded the member: its heartbeats go on as before.
    const fresh = heartbeat(cluster, memberId, 1);
    cluster.run(3);
    expect(fresh.response?.error).toBe('NONE');
    const old = send(cluster, { api: 'Heartbeat', groupId: GROUP, generationId: 1, memberId }, oldBroker);
    cluster.run(3);
    expect(old.response?.error).toBe('NOT_COORDINATOR');
    expect(before.describeGroup(GROUP)).toBeUndefined();
    const after = cluster.coordinatorFor(GROUP).describeGroup(GROUP);
    expect(after).toMatchObject({
      state: 'Stable',
      protocol: 'range',
      coordinator: { id: newBroker },
      offsets: [{ offset: 17 }],
    });
    expect(after?.members[0]).toMatchObject({ memberId, assignment: [{ topic: 'demo', partition: 0 }] });
  });

  it('expires the offsets of a group Empty for offsets.retention.minutes, with tombstones', () => {
    const cluster = new TestCluster({
      coordinator: { offsetsRetentionMinutes: 1, offsetsRetentionCheckIntervalMs: 10_000 },
    });
    const memberId = stableGroupOfOne(cluster);
    commit(cluster, memberId, 1, 3);
    cluster.run(4);
    send(cluster, { api: 'LeaveGroup', groupId: GROUP, memberId });
    cluster.run(3);
    const emptySince = cluster.eventsOf('group-state-changed').find((e) => e.to === 'Empty')?.atMs ?? -1;
    cluster.run(emptySince + 59_000 - cluster.nowMs);
    expect(cluster.coordinatorFor(GROUP).committedOffsets(GROUP)).toHaveLength(1);
    cluster.run(11_000);
    expect(cluster.coordinatorFor(GROUP).committedOffsets(GROUP)).toEqual([]);
    expect(cluster.coordinatorFor(GROUP).listGroups()).toEqual([]);
    expect(cluster.eventsOf('group-state-changed').at(-1)).toMatchObject({ from: 'Empty', to: 'Dead' });
    const log = cluster.offsetsLogs.get(12) ?? [];
    const tombstones = log
      .filter((r) => r.value === null)
      .map((r) => decodeOffsetsKey(r.key as Uint8Array).type);
    expect(tombstones).toEqual(['offset-commit', 'group-metadata']);
    // The log now says the group is gone: a new coordinator loads nothing.
    cluster.moveOffsetsLeader(12, 3);
    expect(cluster.coordinatorFor(GROUP).describeGroup(GROUP)).toBeUndefined();
  });
});
