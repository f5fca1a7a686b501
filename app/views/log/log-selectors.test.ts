import { describe, expect, it } from 'vitest';
import type { MemberRecord, PartitionRecord, TopicRecord, ViewRecord } from '../../../engine/view/types';
import { partitionViewId, topicViewId } from '../../../engine/view/types';
import { createAppStore } from '../../store/store';
import {
  selectPartitionKeys,
  selectPositionHolders,
  selectReplicasOf,
  shownPartition,
} from './log-selectors';
import { replica } from './test-records';

const topic = (name: string, internal = false): TopicRecord => ({
  kind: 'topic',
  id: topicViewId(name),
  name,
  topicId: name,
  internal,
  partitionCount: 2,
  replicationFactor: 3,
  markedForDeletion: false,
  configs: {},
  minInsyncReplicas: 1,
  uncleanLeaderElectionEnable: false,
});
const partition = (t: string, p: number): PartitionRecord => ({
  kind: 'partition',
  id: partitionViewId(t, p),
  topic: t,
  partition: p,
  leader: 3,
  leaderEpoch: 0,
  replicas: [2, 3, 1],
  isr: [2, 3, 1],
  outOfSync: [],
  underReplicated: false,
  offline: false,
  logStartOffset: 0,
  logEndOffset: 0,
  highWatermark: 0,
  preferredElectionBlocked: null,
  uncleanElectionBlocked: null,
});
const member = (
  name: string,
  positions: Record<string, number>,
  status: MemberRecord['status'] = 'running',
): MemberRecord => ({
  kind: 'member',
  id: `member:${name}`,
  name,
  groupId: 'g',
  clientId: name,
  memberId: '',
  status,
  partitions: Object.keys(positions),
  positions,
  consumedCount: 0,
  crashedAtMs: -1,
  sessionTimeoutMs: 45_000,
});

function storeWith(records: ViewRecord[]) {
  const store = createAppStore('en');
  store.getState().applySnapshot(0, { records });
  return store;
}

describe('log view selectors', () => {
  const records: ViewRecord[] = [
    topic('__consumer_offsets', true),
    partition('__consumer_offsets', 0),
    topic('orders'),
    partition('orders', 1),
    partition('orders', 0),
    replica(1),
    replica(3, { role: 'leader' }),
    replica(2),
    replica(1, { partition: 1 }),
  ];

  it('shows the selection, else the partition drawn last, else the first user topic’s partition 0', () => {
    const store = storeWith(records);
    const s = () => store.getState();
    expect(shownPartition(s(), null)).toEqual({ topic: 'orders', partition: 0 });
    store.getState().select({ kind: 'record', topic: 'orders', partition: 1, brokerId: 1, offset: 4 });
    expect(shownPartition(s(), null)).toEqual({ topic: 'orders', partition: 1 });
    store.getState().select({ kind: 'broker', brokerId: 2 });
    expect(shownPartition(s(), { topic: 'orders', partition: 1 })).toEqual({ topic: 'orders', partition: 1 });
    expect(shownPartition(s(), { topic: 'gone', partition: 0 })).toEqual({ topic: 'orders', partition: 0 });
    store.getState().select({ kind: 'partition', topic: 'gone', partition: 0 });
    expect(shownPartition(s(), null)).toEqual({ topic: 'orders', partition: 0 });
  });

  it('lists partitions user topics first, and replicas leader first then in assignment order', () => {
    const s = storeWith(records).getState();
    expect(selectPartitionKeys(s)).toEqual(['orders-0', 'orders-1', '__consumer_offsets-0']);
    expect(selectReplicasOf({ topic: 'orders', partition: 0 })(s).map((r) => r.brokerId)).toEqual([3, 2, 1]);
  });

  it('finds the running consumers holding a position on the partition', () => {
    const s = storeWith([
      ...records,
      member('app-10', { 'orders-0': 5 }),
      member('app-2', { 'orders-0': 3, 'orders-1': 0 }),
      member('app-3', { 'orders-1': 0 }),
      member('app-4', { 'orders-0': 1 }, 'crashed'),
    ]).getState();
    expect(selectPositionHolders({ topic: 'orders', partition: 0 })(s).map((m) => m.name)).toEqual([
      'app-2',
      'app-10',
    ]);
  });
});
