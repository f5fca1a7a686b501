import { describe, expect, it } from 'vitest';
import type { BrokerRecord, ClockRecord, ReplicaRecord, ViewRecord } from '../../engine/view/types';
import { applyDiffByKind, indexByKind } from './engine-slice';
import { selectBrokers, selectClock, selectKind, selectReplicasOfBroker } from './selectors';
import { createAppStore } from './store';

const clock = (nowMs: number): ClockRecord => ({
  kind: 'clock',
  id: 'clock',
  nowMs,
  startMs: 0,
  historyEndMs: nowMs,
  seed: 1,
  preset: 'classroom',
  commandCount: 0,
  playing: false,
  speed: 1,
  busyUntilMs: -1,
  busyKind: 'none',
  lagging: false,
});

const broker = (brokerId: number, status: BrokerRecord['status'] = 'running'): BrokerRecord => ({
  kind: 'broker',
  id: `broker:${brokerId}`,
  brokerId,
  status,
  lastStop: status === 'stopped' ? 'kill' : null,
  isController: brokerId === 1,
  registered: status !== 'stopped',
  slowMs: 0,
  leaderCount: 1,
  replicaCount: 3,
  diskBytes: 0,
  retentionCheckIntervalMs: 300_000,
  nextRetentionCheckMs: 300_000,
  metrics: {},
  pageCacheHitBytes: 0,
  pageCacheMissBytes: 0,
  pageCacheUsedBytes: 0,
  pageCacheBudgetBytes: 0,
  configs: {},
});

const replica = (partition: number, brokerId: number, logEndOffset = 0): ReplicaRecord => ({
  kind: 'replica',
  id: `replica:orders-${partition}@${brokerId}`,
  topic: 'orders',
  partition,
  brokerId,
  role: 'follower',
  inIsr: true,
  logStartOffset: 0,
  logEndOffset,
  highWatermark: 0,
  segmentCount: 1,
  sizeBytes: 0,
  lagMs: null,
  replicaLagTimeMaxMs: 30_000,
  epochStarts: [0, 0],
});

const snapshotRecords: ViewRecord[] = [
  clock(1),
  broker(2),
  broker(1),
  replica(0, 1),
  replica(0, 2),
  replica(1, 1),
];

describe('indexByKind / applyDiffByKind', () => {
  it('index records per kind, by id', () => {
    const kinds = indexByKind(snapshotRecords);
    expect(Object.keys(kinds).sort()).toEqual(['broker', 'clock', 'replica']);
    expect(kinds.replica?.size).toBe(3);
    expect(kinds.broker?.get('broker:2')).toEqual(broker(2));
  });

  it('give new maps only to the kinds a diff touches; the others keep their identity', () => {
    const kinds = indexByKind(snapshotRecords);
    const next = applyDiffByKind(kinds, {
      added: [replica(2, 3)],
      updated: [replica(0, 1, 7)],
      removed: ['replica:orders-1@1'],
    });
    expect(next).not.toBe(kinds);
    expect(next.broker).toBe(kinds.broker);
    expect(next.clock).toBe(kinds.clock);
    expect(next.replica).not.toBe(kinds.replica);
    expect([...(next.replica?.keys() ?? [])].sort()).toEqual([
      'replica:orders-0@1',
      'replica:orders-0@2',
      'replica:orders-2@3',
    ]);
    expect(next.replica?.get('replica:orders-0@1')?.logEndOffset).toBe(7);
    // The untouched record inside the touched kind is the same object.
    expect(next.replica?.get('replica:orders-0@2')).toBe(kinds.replica?.get('replica:orders-0@2'));
    // The input is left alone.
    expect(kinds.replica?.size).toBe(3);
    expect(kinds.replica?.get('replica:orders-0@1')?.logEndOffset).toBe(0);
  });

  it('find the kind of a removed id from the id alone, and create a kind seen for the first time', () => {
    const kinds = indexByKind([clock(1)]);
    const next = applyDiffByKind(kinds, { added: [broker(3)], updated: [], removed: ['clock'] });
    expect(next.clock?.size).toBe(0);
    expect(next.broker?.get('broker:3')).toEqual(broker(3));
  });
});

describe('engine slice', () => {
  it('applies a snapshot, then patches in sequence, and refuses a gap without changing anything', () => {
    const store = createAppStore();
    expect(store.getState()).toMatchObject({ seq: -1, connected: false });
    store.getState().applySnapshot(4, { records: snapshotRecords });
    expect(store.getState()).toMatchObject({ seq: 4, connected: true });
    expect(selectClock(store.getState())?.nowMs).toBe(1);
    expect(selectBrokers(store.getState()).map((b) => b.brokerId)).toEqual([1, 2]);

    const brokersBefore = selectKind('broker')(store.getState());
    expect(store.getState().applyPatch(5, { added: [], updated: [clock(2)], removed: [] })).toBe(true);
    expect(selectClock(store.getState())?.nowMs).toBe(2);
    // A patch of the clock only: the brokers' map (what a broker view selects) is the same object.
    expect(selectKind('broker')(store.getState())).toBe(brokersBefore);
    expect(store.getState().lastPatch.size).toBe(1);

    const kindsBefore = store.getState().kinds;
    expect(store.getState().applyPatch(7, { added: [], updated: [clock(9)], removed: [] })).toBe(false);
    expect(store.getState().applyPatch(5, { added: [], updated: [clock(9)], removed: [] })).toBe(false);
    expect(store.getState().kinds).toBe(kindsBefore);
    expect(store.getState().seq).toBe(5);

    expect(
      store
        .getState()
        .applyPatch(6, { added: [], updated: [broker(2, 'stopped')], removed: ['replica:orders-0@2'] }),
    ).toBe(true);
    expect(selectBrokers(store.getState())[1]?.status).toBe('stopped');
    expect(selectReplicasOfBroker(2)(store.getState())).toEqual([]);
    expect(store.getState().lastPatch.size).toBe(2);
  });

  it('applies the patches of one frame as one store update, up to a gap', () => {
    const store = createAppStore();
    store.getState().applySnapshot(1, { records: snapshotRecords });
    let updates = 0;
    store.subscribe(() => updates++);
    const ok = store.getState().applyPatches([
      { seq: 2, diff: { added: [], updated: [clock(2)], removed: [] } },
      { seq: 3, diff: { added: [], updated: [clock(3), broker(1, 'stopped')], removed: [] } },
    ]);
    expect(ok).toBe(true);
    expect(updates).toBe(1);
    expect(store.getState()).toMatchObject({ seq: 3, lastPatch: { size: 3 } });
    expect(selectClock(store.getState())?.nowMs).toBe(3);
    // 4 is missing: 5 is not applied, and the caller learns of the gap.
    expect(
      store.getState().applyPatches([{ seq: 5, diff: { added: [], updated: [clock(5)], removed: [] } }]),
    ).toBe(false);
    expect(store.getState().seq).toBe(3);
    expect(updates).toBe(1);
  });

  it('refuses patches before the first snapshot, and a snapshot replaces everything', () => {
    const store = createAppStore();
    expect(store.getState().applyPatch(0, { added: [clock(1)], updated: [], removed: [] })).toBe(false);
    store.getState().applySnapshot(1, { records: snapshotRecords });
    store.getState().applySnapshot(9, { records: [clock(5)] });
    expect(store.getState().seq).toBe(9);
    expect(selectBrokers(store.getState())).toEqual([]);
    expect(selectClock(store.getState())?.nowMs).toBe(5);
  });
});

describe('ui slice', () => {
  it('counts requests in flight, never below zero', () => {
    const store = createAppStore();
    store.getState().adjustInFlight(1);
    store.getState().adjustInFlight(1);
    store.getState().adjustInFlight(-1);
    expect(store.getState().inFlight).toBe(1);
    store.getState().adjustInFlight(-1);
    store.getState().adjustInFlight(-1);
    expect(store.getState().inFlight).toBe(0);
  });
});
