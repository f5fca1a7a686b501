import { describe, expect, it } from 'vitest';
import { applyDiff, diffRecords, EMPTY_DIFF, indexRecords, isEmptyDiff, kindOfId, sameRecord } from './diff';
import type { MemberRecord, PartitionRecord, ViewRecord } from './types';
import {
  AUTO_PRODUCE_ID,
  brokerViewId,
  CLOCK_ID,
  committedViewId,
  eventViewId,
  groupViewId,
  INVARIANTS_ID,
  memberViewId,
  messageViewId,
  PERSISTENCE_ID,
  partitionViewId,
  replicaViewId,
  segmentViewId,
  sendViewId,
  topicViewId,
  ZOOKEEPER_ID,
  znodeViewId,
} from './types';

const partition = (p: number, isr: number[], extra: Partial<PartitionRecord> = {}): PartitionRecord => ({
  kind: 'partition',
  id: partitionViewId('orders', p),
  topic: 'orders',
  partition: p,
  leader: isr[0] ?? -1,
  leaderEpoch: 0,
  replicas: [1, 2, 3],
  isr,
  outOfSync: [1, 2, 3].filter((b) => !isr.includes(b)),
  underReplicated: isr.length < 3,
  offline: isr.length === 0,
  logStartOffset: 0,
  logEndOffset: 10,
  highWatermark: 10,
  preferredElectionBlocked: 'ELECTION_NOT_NEEDED',
  uncleanElectionBlocked: 'ELECTION_NOT_NEEDED',
  ...extra,
});

const member = (name: string, positions: Record<string, number>): MemberRecord => ({
  kind: 'member',
  id: memberViewId(name),
  name,
  groupId: 'g',
  clientId: `consumer-g-${name}`,
  memberId: '',
  status: 'running',
  partitions: Object.keys(positions),
  positions,
  consumedCount: 0,
  crashedAtMs: -1,
  sessionTimeoutMs: 45_000,
});

const sortById = (records: Iterable<ViewRecord>) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('sameRecord', () => {
  it('compares primitives, and arrays and objects one level deep, by value', () => {
    expect(sameRecord(partition(0, [1, 2, 3]), partition(0, [1, 2, 3]))).toBe(true);
    expect(sameRecord(partition(0, [1, 2, 3]), partition(0, [1, 2]))).toBe(false);
    expect(sameRecord(partition(0, [1, 2, 3]), partition(0, [1, 3, 2]))).toBe(false);
    expect(sameRecord(partition(0, [1, 2, 3]), partition(0, [1, 2, 3], { highWatermark: 11 }))).toBe(false);
    expect(sameRecord(partition(0, [1]), partition(0, [1], { preferredElectionBlocked: null }))).toBe(false);
    expect(sameRecord(member('a', { 'orders-0': 5 }), member('a', { 'orders-0': 5 }))).toBe(true);
    expect(sameRecord(member('a', { 'orders-0': 5 }), member('a', { 'orders-0': 6 }))).toBe(false);
    expect(sameRecord(member('a', { 'orders-0': 5 }), member('a', { 'orders-1': 5 }))).toBe(false);
    expect(sameRecord(member('a', {}), member('a', { 'orders-0': 0 }))).toBe(false);
  });

  it('tells an array from an object with the same entries, and a missing field from an undefined one', () => {
    const a = { ...partition(0, [1]), isr: [1] };
    const b = { ...partition(0, [1]), isr: { 0: 1 } } as unknown as PartitionRecord;
    expect(sameRecord(a, b)).toBe(false);
    const { highWatermark: _, ...withoutHw } = partition(0, [1]);
    expect(sameRecord(partition(0, [1]), withoutHw as PartitionRecord)).toBe(false);
    // NaN equals NaN (Object.is), so a NaN gauge does not send a patch every frame.
    expect(
      sameRecord(
        partition(0, [1], { logEndOffset: Number.NaN }),
        partition(0, [1], { logEndOffset: Number.NaN }),
      ),
    ).toBe(true);
  });

  it('compares nested arrays only by identity (records are flat)', () => {
    const nested = (inner: number[]) =>
      ({ ...partition(0, [1]), replicas: [inner] }) as unknown as PartitionRecord;
    const shared = [1, 2];
    expect(sameRecord(nested(shared), nested(shared))).toBe(true);
    expect(sameRecord(nested([1, 2]), nested([1, 2]))).toBe(false);
  });

  it('is true at once for the same object', () => {
    const r = partition(0, [1, 2, 3]);
    expect(sameRecord(r, r)).toBe(true);
  });
});

describe('diffRecords and applyDiff', () => {
  it('list added, updated and removed ids, and nothing for equal copies', () => {
    const prev = indexRecords([
      partition(0, [1, 2, 3]),
      partition(1, [2, 3, 1]),
      member('a', { 'orders-0': 1 }),
    ]);
    const next = indexRecords([partition(0, [1, 2, 3]), partition(1, [2, 3]), member('b', {})]);
    const diff = diffRecords(prev, next);
    expect(diff.added.map((r) => r.id)).toEqual(['member:b']);
    expect(diff.updated.map((r) => r.id)).toEqual(['partition:orders-1']);
    expect(diff.removed).toEqual(['member:a']);
    expect(isEmptyDiff(diff)).toBe(false);
    const copies = indexRecords([partition(0, [1, 2, 3]), partition(1, [2, 3]), member('b', {})]);
    expect(isEmptyDiff(diffRecords(next, copies))).toBe(true);
    expect(isEmptyDiff(EMPTY_DIFF)).toBe(true);
  });

  it('round-trip: prev + diff = next, with prev untouched and unchanged records kept by identity', () => {
    const kept = partition(2, [3, 1, 2]);
    const prev = indexRecords([partition(0, [1, 2, 3]), partition(1, [2, 3, 1]), kept, member('a', {})]);
    const next = indexRecords([
      partition(0, [1, 2, 3], { logEndOffset: 20 }),
      partition(2, [3, 1, 2]),
      member('a', { 'orders-0': 4 }),
      member('b', {}),
    ]);
    const before = new Map(prev);
    const applied = applyDiff(prev, diffRecords(prev, next));
    expect(sortById(applied.values())).toEqual(sortById(next.values()));
    expect(applied).not.toBe(prev);
    expect(prev).toEqual(before);
    expect(applied.get(kept.id)).toBe(kept);
  });

  it('an id is in at most one list', () => {
    const prev = indexRecords([partition(0, [1])]);
    const next = indexRecords([partition(0, [1, 2]), partition(1, [1])]);
    const diff = diffRecords(prev, next);
    const ids = [...diff.added.map((r) => r.id), ...diff.updated.map((r) => r.id), ...diff.removed];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('kindOfId', () => {
  it('reads the kind from every id builder, and singletons are their kind', () => {
    const cases: Array<[string, ViewRecord['kind']]> = [
      [CLOCK_ID, 'clock'],
      [ZOOKEEPER_ID, 'zookeeper'],
      [AUTO_PRODUCE_ID, 'autoProduce'],
      [INVARIANTS_ID, 'invariants'],
      [PERSISTENCE_ID, 'persistence'],
      [brokerViewId(1), 'broker'],
      [topicViewId('orders'), 'topic'],
      [partitionViewId('orders', 0), 'partition'],
      [replicaViewId('orders', 0, 2), 'replica'],
      [segmentViewId(2, 'orders', 0, 100), 'segment'],
      [groupViewId('g'), 'group'],
      [memberViewId('g-app-1'), 'member'],
      [committedViewId('g', 'orders', 1), 'committed'],
      [znodeViewId('/brokers/ids/1'), 'znode'],
      [eventViewId(12), 'event'],
      [messageViewId(7), 'message'],
      [sendViewId(3), 'send'],
      ['lost:orders-0:5', 'lost'],
    ];
    for (const [id, kind] of cases) expect(kindOfId(id), id).toBe(kind);
  });

  it('takes everything before the first colon', () => {
    expect(kindOfId(groupViewId('a:b'))).toBe('group');
    expect(kindOfId(memberViewId('x:y:z'))).toBe('member');
  });
});
