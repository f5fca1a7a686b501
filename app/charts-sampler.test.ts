import { describe, expect, it } from 'vitest';
import type {
  BrokerRecord,
  ClockRecord,
  CommittedOffsetRecord,
  MemberRecord,
  PartitionRecord,
  ViewRecord,
} from '../engine/view/types';
import { CLOCK_ID } from '../engine/view/types';
import {
  ChartSampler,
  getSamples,
  jumpBucketMs,
  pageCacheCounters,
  playbackBucketMs,
  roundBucketMs,
  sampleOf,
  startChartSampler,
} from './charts-sampler';
import { createAppStore } from './store/store';

const START = 1_767_600_000_000;

function clock(nowMs: number, over: Partial<ClockRecord> = {}): ClockRecord {
  return {
    kind: 'clock',
    id: CLOCK_ID,
    nowMs,
    startMs: START,
    historyEndMs: nowMs,
    seed: 7,
    preset: 'classroom',
    commandCount: 0,
    playing: true,
    speed: 1,
    busyUntilMs: -1,
    busyKind: 'none',
    lagging: false,
    ...over,
  };
}

function partition(topic: string, p: number, logEndOffset: number, leader = 1): PartitionRecord {
  return {
    kind: 'partition',
    id: `partition:${topic}-${p}`,
    topic,
    partition: p,
    leader,
    leaderEpoch: 0,
    replicas: [1],
    isr: [1],
    outOfSync: [],
    underReplicated: false,
    offline: leader < 0,
    logStartOffset: 0,
    logEndOffset: leader < 0 ? -1 : logEndOffset,
    highWatermark: leader < 0 ? -1 : logEndOffset,
    preferredElectionBlocked: null,
    uncleanElectionBlocked: null,
  };
}

function broker(
  brokerId: number,
  diskBytes: number,
  cache: { hits: number; misses: number } | null = null,
): BrokerRecord {
  const record: BrokerRecord = {
    kind: 'broker',
    id: `broker:${brokerId}`,
    brokerId,
    status: 'running',
    lastStop: null,
    isController: brokerId === 1,
    registered: true,
    slowMs: 0,
    leaderCount: 0,
    replicaCount: 0,
    diskBytes,
    retentionCheckIntervalMs: 300_000,
    nextRetentionCheckMs: -1,
    metrics: {},
    pageCacheHitBytes: cache?.hits ?? 0,
    pageCacheMissBytes: cache?.misses ?? 0,
    pageCacheUsedBytes: 0,
    pageCacheBudgetBytes: 64 * 1024 * 1024,
    configs: {},
  };
  if (cache !== null) return record;
  // An engine without the page-cache fields: the charts must say "no data", not draw 0 %.
  const { pageCacheHitBytes: _h, pageCacheMissBytes: _m, ...without } = record;
  return without as BrokerRecord;
}

function committed(
  groupId: string,
  topic: string,
  p: number,
  offset: number,
  lag: number | null,
): CommittedOffsetRecord {
  return {
    kind: 'committed',
    id: `committed:${groupId}/${topic}-${p}`,
    groupId,
    topic,
    partition: p,
    offset,
    lag,
    owner: null,
  };
}

function member(
  name: string,
  groupId: string,
  positions: Record<string, number>,
  status: MemberRecord['status'] = 'running',
): MemberRecord {
  return {
    kind: 'member',
    id: `member:${name}`,
    name,
    groupId,
    clientId: name,
    memberId: `${name}-id`,
    status,
    partitions: Object.keys(positions),
    positions,
    consumedCount: 0,
    crashedAtMs: -1,
    sessionTimeoutMs: 45_000,
  };
}

function storeAt(records: ViewRecord[]) {
  const store = createAppStore('en');
  store.getState().applySnapshot(0, { records });
  return store;
}

describe('sampleOf', () => {
  it('reads LEOs, consumed offsets, lag, disk and page-cache counters', () => {
    const store = storeAt([
      clock(START),
      partition('orders', 0, 40),
      partition('orders', 1, 0, -1),
      broker(1, 4096, { hits: 300, misses: 100 }),
      broker(2, 1024),
      committed('g', 'orders', 0, 10, 30),
      member('app-1', 'g', { 'orders-0': 25 }),
      member('app-2', 'g', { 'orders-0': 99 }, 'crashed'),
    ]);
    const sample = sampleOf(store.getState(), START);
    expect(sample.logEndOffsets).toEqual({ 'orders-0': 40 });
    // The running member is ahead of the last commit; the crashed one no longer reads.
    expect(sample.consumed).toEqual({ g: { 'orders-0': 25 } });
    expect(sample.lag).toEqual({ g: { 'orders-0': 30 } });
    expect(sample.diskBytes).toEqual({ 1: 4096, 2: 1024 });
    expect(sample.pageCache).toEqual({ 1: { hits: 300, misses: 100 } });
  });

  it('finds page-cache counters by name and ignores ratios', () => {
    expect(pageCacheCounters({ pageCacheHits: 3, pageCacheMisses: 1, PageCacheHitRatio: 0.75 })).toEqual({
      hits: 3,
      misses: 1,
    });
    expect(pageCacheCounters({ BytesInPerSec: 10 })).toBeNull();
    expect(pageCacheCounters({ PageCacheHitBytes: 3 })).toBeNull();
  });
});

describe('buckets', () => {
  it('round up to a ladder of simulated spans', () => {
    expect(roundBucketMs(1)).toBe(50);
    expect(roundBucketMs(500)).toBe(500);
    expect(roundBucketMs(501)).toBe(1000);
    expect(roundBucketMs(1e12)).toBe(86_400_000);
    expect(playbackBucketMs(1)).toBe(500);
    expect(playbackBucketMs(0.1)).toBe(50);
    expect(playbackBucketMs(100)).toBe(60_000);
    // +7 d at 1x: about 40 samples of 6 h, not a million of 500 ms.
    expect(jumpBucketMs(7 * 86_400_000, 1)).toBe(21_600_000);
  });
});

describe('ChartSampler', () => {
  it('keeps one sample per bucket, bounded, and tells listeners', () => {
    const store = storeAt([clock(START), partition('orders', 0, 0)]);
    const sampler = new ChartSampler(3);
    let calls = 0;
    sampler.subscribe(() => calls++);
    const at = (ms: number, leo: number) => {
      store
        .getState()
        .applySnapshot(store.getState().seq + 1, { records: [clock(ms), partition('orders', 0, leo)] });
      sampler.observe(store.getState());
    };
    at(START, 0);
    at(START + 100, 1); // same 500 ms bucket: skipped
    at(START + 600, 2);
    at(START + 1100, 3);
    at(START + 1600, 4);
    const samples = sampler.getSamples();
    expect(samples.map((s) => s.atMs - START)).toEqual([600, 1100, 1600]);
    expect(samples.map((s) => s.logEndOffsets['orders-0'])).toEqual([2, 3, 4]);
    expect(calls).toBe(4);
  });

  it('drops the samples after a rewind and clears on a new run', () => {
    const store = storeAt([clock(START)]);
    const sampler = new ChartSampler();
    const at = (c: ClockRecord) => {
      store.getState().applySnapshot(store.getState().seq + 1, { records: [c] });
      sampler.observe(store.getState());
    };
    for (let ms = 0; ms <= 5000; ms += 1000) at(clock(START + ms));
    expect(sampler.getSamples()).toHaveLength(6);
    at(clock(START + 2500));
    expect(sampler.getSamples().map((s) => s.atMs - START)).toEqual([0, 1000, 2000, 2500]);
    at(clock(START + 3000, { seed: 8 }));
    expect(sampler.getSamples().map((s) => s.atMs - START)).toEqual([3000]);
    at(clock(START + 3500, { seed: 8, preset: 'hot-key' }));
    expect(sampler.getSamples().map((s) => s.atMs - START)).toEqual([3500]);
  });

  it('samples a jump in a fixed number of coarse buckets', () => {
    const store = storeAt([clock(START)]);
    const sampler = new ChartSampler();
    const until = START + 7 * 86_400_000;
    for (let ms = START; ms <= until; ms += 600_000) {
      const busy = ms < until ? { busyKind: 'jump' as const, busyUntilMs: until } : {};
      store.getState().applySnapshot(store.getState().seq + 1, { records: [clock(ms, busy)] });
      sampler.observe(store.getState());
    }
    // One per 6 h bucket (28 in 7 days), plus the first and the last.
    expect(sampler.getSamples().length).toBeGreaterThan(20);
    expect(sampler.getSamples().length).toBeLessThan(40);
  });

  it('waits for the first snapshot', () => {
    const sampler = new ChartSampler();
    sampler.observe(createAppStore('en').getState());
    expect(sampler.getSamples()).toEqual([]);
  });
});

describe('startChartSampler', () => {
  it('subscribes once per store, however often it is called', () => {
    const store = storeAt([clock(START)]);
    const stop = startChartSampler(store);
    expect(startChartSampler(store)).toBe(stop);
    expect(getSamples().map((s) => s.atMs)).toEqual([START]);
    store.getState().applySnapshot(1, { records: [clock(START + 1000)] });
    expect(getSamples().map((s) => s.atMs)).toEqual([START, START + 1000]);
    stop();
    store.getState().applySnapshot(2, { records: [clock(START + 2000)] });
    expect(getSamples()).toHaveLength(2);
  });
});
