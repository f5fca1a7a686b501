import { describe, expect, it } from 'vitest';
import type {
  BrokerRecord,
  MemberRecord,
  MessageRecord,
  PartitionRecord,
  ReplicaRecord,
  ViewRecord,
} from '../../../engine/view/types';
import { partitionViewId, replicaViewId } from '../../../engine/view/types';
import { createAppStore } from '../../store/store';
import { createRosterSelector, mergeRoster } from './client-roster';
import {
  LAG_STEPS,
  parsePlacement,
  parseReplicaShape,
  selectBrokerIdsKey,
  selectBrokerPlacementKey,
  selectClientNamesKey,
  selectPartitionShape,
  selectReplicaPressed,
  selectReplicaShapeKey,
  selectSelectionCss,
  selectTopicOnBroker,
  selectTopicTrouble,
} from './cluster-selectors';

const replica = (
  topic: string,
  partition: number,
  brokerId: number,
  over: Partial<ReplicaRecord> = {},
): ReplicaRecord => ({
  kind: 'replica',
  id: replicaViewId(topic, partition, brokerId),
  topic,
  partition,
  brokerId,
  role: 'follower',
  inIsr: true,
  logStartOffset: 0,
  logEndOffset: 0,
  highWatermark: 0,
  segmentCount: 1,
  sizeBytes: 0,
  lagMs: 0,
  replicaLagTimeMaxMs: 30_000,
  epochStarts: [0, 0],
  ...over,
});

const partition = (topic: string, p: number, over: Partial<PartitionRecord> = {}): PartitionRecord => ({
  kind: 'partition',
  id: partitionViewId(topic, p),
  topic,
  partition: p,
  leader: 1,
  leaderEpoch: 0,
  replicas: [1, 2],
  isr: [1, 2],
  outOfSync: [],
  underReplicated: false,
  offline: false,
  logStartOffset: 0,
  logEndOffset: 0,
  highWatermark: 0,
  preferredElectionBlocked: 'ELECTION_NOT_NEEDED',
  uncleanElectionBlocked: 'ELECTION_NOT_NEEDED',
  ...over,
});

const message = (id: number, from: string, to: string): MessageRecord => ({
  kind: 'message',
  id: `message:${id}`,
  messageId: id,
  from,
  to,
  sendMs: 0,
  recvMs: 1,
  api: 'Fetch',
  direction: 'request',
  lost: null,
  summary: '',
});

const broker = (brokerId: number): BrokerRecord =>
  ({
    kind: 'broker',
    id: `broker:${brokerId}`,
    brokerId,
    status: 'running',
    lastStop: null,
    isController: false,
    registered: true,
    slowMs: 0,
    leaderCount: 0,
    replicaCount: 0,
    diskBytes: 0,
    retentionCheckIntervalMs: 300_000,
    nextRetentionCheckMs: 300_000,
    metrics: {},
  }) as BrokerRecord;

function storeWith(records: ViewRecord[]) {
  const store = createAppStore('en');
  store.getState().applySnapshot(0, { records });
  return store;
}

describe('cluster selectors', () => {
  it('list broker ids in order as one primitive', () => {
    const store = storeWith([broker(3), broker(1), broker(2)]);
    expect(selectBrokerIdsKey(store.getState())).toBe('1,2,3');
  });

  it('index each broker’s replicas by topic, internal topics last', () => {
    const store = storeWith([
      replica('orders', 1, 1),
      replica('orders', 0, 1, { role: 'leader' }),
      replica('__consumer_offsets', 4, 1),
      replica('audit', 0, 1),
      replica('orders', 0, 2),
    ]);
    const key = selectBrokerPlacementKey(1)(store.getState());
    expect(parsePlacement(key)).toEqual([
      { topic: 'audit', partitions: [0] },
      { topic: 'orders', partitions: [0, 1] },
      { topic: '__consumer_offsets', partitions: [4] },
    ]);
    expect(parsePlacement(selectBrokerPlacementKey(2)(store.getState()))).toEqual([
      { topic: 'orders', partitions: [0] },
    ]);
    expect(selectBrokerPlacementKey(9)(store.getState())).toBe('');
    expect(selectTopicOnBroker('orders', 1)(store.getState())).toBe('1/2');
    expect(selectTopicOnBroker('orders', 9)(store.getState())).toBe('');
  });

  it('keep a replica’s shape equal when only its offsets moved', () => {
    const store = storeWith([replica('orders', 0, 2, { logEndOffset: 5 })]);
    const select = selectReplicaShapeKey(replicaViewId('orders', 0, 2));
    const before = select(store.getState());
    store
      .getState()
      .applyPatch(1, { added: [], updated: [replica('orders', 0, 2, { logEndOffset: 9 })], removed: [] });
    expect(select(store.getState())).toBe(before);
    store.getState().applyPatch(2, {
      added: [],
      updated: [replica('orders', 0, 2, { lagMs: 15_000, inIsr: true, epochStarts: [0, 0, 1, 5] })],
      removed: [],
    });
    expect(parseReplicaShape(select(store.getState()))).toEqual({
      role: 'follower',
      inIsr: true,
      epoch: 1,
      lag: 0.5,
    });
    expect(selectReplicaShapeKey(replicaViewId('orders', 9, 2))(store.getState())).toBe('');
    expect(parseReplicaShape('')).toBeNull();
  });

  it('quantise the lag arc into a few steps', () => {
    const store = storeWith([replica('orders', 0, 2, { lagMs: 1001 })]);
    const lag =
      parseReplicaShape(selectReplicaShapeKey(replicaViewId('orders', 0, 2))(store.getState()))?.lag ?? -1;
    expect(lag).toBeGreaterThan(0);
    expect(lag * LAG_STEPS).toBe(Math.round(lag * LAG_STEPS));
  });

  it('summarise a partition without its offsets, and count trouble per topic', () => {
    const store = storeWith([
      partition('orders', 0, { isr: [1], outOfSync: [2], underReplicated: true }),
      partition('orders', 1, { leader: -1, offline: true, underReplicated: true, isr: [2], outOfSync: [1] }),
      partition('audit', 0),
    ]);
    expect(selectPartitionShape('orders', 0)(store.getState())).toMatchObject({
      isr: '1',
      outOfSync: '2',
      underReplicated: true,
    });
    expect(selectPartitionShape('orders', 7)(store.getState())).toBeNull();
    expect(selectTopicTrouble('orders')(store.getState())).toBe('2/1');
    expect(selectTopicTrouble('audit')(store.getState())).toBe('0/0');
  });

  it('highlight a selected consumer’s partitions through its assignment', () => {
    // Only the fields the highlight reads; the rest of a member record does not matter here.
    const member = {
      kind: 'member',
      id: 'member:app-1',
      name: 'app-1',
      groupId: 'g',
      status: 'running',
      partitions: ['orders-1'],
    } as unknown as MemberRecord;
    const store = storeWith([member]);
    expect(selectSelectionCss(store.getState())).toBe('');
    store.getState().select({ kind: 'member', name: 'app-1' });
    expect(selectSelectionCss(store.getState())).toContain('.replica:not([data-tp="orders-1"])');
  });

  it('press only the selected replica', () => {
    const store = storeWith([]);
    store.getState().select({ kind: 'replica', topic: 'orders', partition: 1, brokerId: 2 });
    expect(selectReplicaPressed({ topic: 'orders', partition: 1, brokerId: 2 })(store.getState())).toBe(true);
    expect(selectReplicaPressed({ topic: 'orders', partition: 1, brokerId: 3 })(store.getState())).toBe(
      false,
    );
    expect(selectReplicaPressed({ topic: 'orders', partition: 0, brokerId: 2 })(store.getState())).toBe(
      false,
    );
  });

  it('find the clients on the wire, in numeric order', () => {
    const store = storeWith([
      message(1, 'client-10', 'broker-1'),
      message(2, 'broker-1', 'client-2'),
      message(3, 'broker-1', 'broker-2'),
      message(4, 'zookeeper', 'broker-1'),
    ]);
    expect(selectClientNamesKey(store.getState())).toBe('client-2,client-10');
  });
});

describe('mergeRoster', () => {
  it('keeps clients seen before in place and appends new ones', () => {
    const seen = ['client-3', 'client-1'];
    expect(mergeRoster(seen, ['client-1'])).toBe(seen);
    expect(mergeRoster(seen, ['client-4', 'client-1', 'client-2'])).toEqual([
      'client-3',
      'client-1',
      'client-2',
      'client-4',
    ]);
  });
});

describe('createRosterSelector', () => {
  it('keeps clients that went quiet and changes only when one joins or a new run starts', () => {
    const clock = (seed: number) =>
      ({ kind: 'clock', id: 'clock', seed, startMs: 0, preset: 'classroom' }) as unknown as ViewRecord;
    const store = storeWith([clock(1), message(1, 'client-2', 'broker-1')]);
    const select = createRosterSelector();
    expect(select(store.getState())).toBe('client-2');
    store
      .getState()
      .applyPatch(1, { added: [message(2, 'client-1', 'broker-1')], updated: [], removed: ['message:1'] });
    expect(select(store.getState())).toBe('client-2,client-1');
    store.getState().applyPatch(2, { added: [], updated: [], removed: ['message:2'] });
    expect(select(store.getState())).toBe('client-2,client-1');
    store.getState().applyPatch(3, { added: [], updated: [clock(7)], removed: [] });
    expect(select(store.getState())).toBe('');
  });
});
