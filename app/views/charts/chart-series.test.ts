import { describe, expect, it } from 'vitest';
import type { ChartSample } from '../../charts-sampler';
import {
  consumeRates,
  diskSeries,
  hasPageCacheData,
  lagSeries,
  latestValue,
  limitSeries,
  pageCacheHitRatios,
  produceRates,
  RATE_WINDOW,
  rateAt,
  type Series,
  splitTopicPartition,
  statsOf,
  topByLatest,
} from './chart-series';

function sample(atMs: number, over: Partial<ChartSample> = {}): ChartSample {
  return { atMs, logEndOffsets: {}, consumed: {}, lag: {}, diskBytes: {}, pageCache: {}, ...over };
}

const values = (s: Series | undefined) => s?.points.map((p) => p.value);

describe('rates', () => {
  it('are records per simulated second of LEO growth', () => {
    const samples = [0, 1, 2].map((i) => sample(i * 1000, { logEndOffsets: { 'my-topic-0': i * 10 } }));
    const [series] = produceRates(samples, 'my-topic');
    expect(series?.label).toEqual({ kind: 'partition', topic: 'my-topic', partition: 0 });
    expect(values(series)).toEqual([null, 10, 10]);
  });

  it('average over the window, so sparse records do not flicker between 0 and a spike', () => {
    const leo = [0, 0, 1, 1, 2, 2, 3];
    const samples = leo.map((v, i) => sample(i * 500, { logEndOffsets: { 't-0': v } }));
    const rate = rateAt(samples, 6, [(s) => s.logEndOffsets['t-0']]);
    // Last RATE_WINDOW intervals: offsets 1 → 3 over 2 s.
    expect(RATE_WINDOW).toBe(4);
    expect(rate).toBe(1);
  });

  it('count a drop (truncation, offset reset) as a new start, never as negative throughput', () => {
    const leo = [0, 100, 40, 60];
    const samples = leo.map((v, i) => sample(i * 1000, { logEndOffsets: { 't-0': v } }));
    expect(rateAt(samples, 3, [(s) => s.logEndOffsets['t-0']])).toBeCloseTo((100 + 20) / 3);
  });

  it('leave a gap where a partition had no leader', () => {
    const samples = [sample(0, { logEndOffsets: { 't-0': 5 } }), sample(1000), sample(2000)];
    expect(values(produceRates(samples, 't')[0])).toEqual([null, null, null]);
  });

  it('sum the groups reading a partition', () => {
    const samples = [0, 1].map((i) =>
      sample(i * 1000, { consumed: { a: { 't-0': i * 4 }, b: { 't-0': i * 6 }, c: { 'u-0': i * 100 } } }),
    );
    const series = consumeRates(samples, 't');
    expect(series).toHaveLength(1);
    expect(values(series[0])).toEqual([null, 10]);
  });
});

describe('lag, disk and page cache', () => {
  it('labels lag by partition with one group, by group and partition with several', () => {
    const one = [sample(0, { lag: { g: { 't-0': 3, 't-1': 0 } } })];
    expect(lagSeries(one, 't').map((s) => s.label)).toEqual([
      { kind: 'partition', topic: 't', partition: 0 },
      { kind: 'partition', topic: 't', partition: 1 },
    ]);
    const two = [sample(0, { lag: { g: { 't-0': 3 }, h: { 't-0': 7 } } })];
    const series = lagSeries(two, 't');
    expect(series.map((s) => s.key)).toEqual(['g:g/t-0', 'g:h/t-0']);
    expect(series.map((s) => values(s))).toEqual([[3], [7]]);
  });

  it('plots disk bytes per broker', () => {
    const samples = [sample(0, { diskBytes: { 1: 10, 2: 20 } }), sample(1000, { diskBytes: { 1: 15 } })];
    expect(diskSeries(samples).map((s) => [s.key, values(s)])).toEqual([
      ['b:1', [10, 15]],
      ['b:2', [20, null]],
    ]);
  });

  it('computes the hit ratio from the counters grown over the window', () => {
    const counters = [
      [0, 0],
      [30, 10],
      [30, 10],
      [60, 20],
    ] as const;
    const samples = counters.map(([hits, misses], i) =>
      sample(i * 1000, { pageCache: { 1: { hits, misses } } }),
    );
    expect(hasPageCacheData(samples)).toBe(true);
    expect(values(pageCacheHitRatios(samples)[0])).toEqual([null, 0.75, 0.75, 0.75]);
    expect(hasPageCacheData([sample(0)])).toBe(false);
    // No reads in the window: no ratio (not 0%).
    const idle = [
      sample(0, { pageCache: { 1: { hits: 5, misses: 5 } } }),
      sample(1000, { pageCache: { 1: { hits: 5, misses: 5 } } }),
    ];
    expect(values(pageCacheHitRatios(idle)[0])).toEqual([null, null]);
  });
});

describe('limitSeries', () => {
  const line = (key: string, v: number): Series => ({
    key,
    label: { kind: 'broker', brokerId: Number(key) },
    points: [
      { atMs: 0, value: v },
      { atMs: 1, value: v },
    ],
  });
  const all = [line('1', 1), line('2', 50), line('3', 2), line('4', 40), line('5', 3)];

  it('keeps the busiest lines in their order and sums the rest', () => {
    const kept = limitSeries(all, 3, () => false, true);
    expect(kept.map((s) => s.key)).toEqual(['2', '4', 'others']);
    expect(kept[2]?.label).toEqual({ kind: 'others', count: 3 });
    expect(values(kept[2])).toEqual([6, 6]);
  });

  it('always keeps a pinned (selected) line', () => {
    expect(limitSeries(all, 3, (s) => s.key === '1', true).map((s) => s.key)).toEqual(['1', '2', 'others']);
  });

  it('drops instead of summing when a sum means nothing (ratios)', () => {
    expect(limitSeries(all, 2, () => false, false).map((s) => s.key)).toEqual(['2', '4']);
    expect(limitSeries(all, 9, () => false, true)).toHaveLength(5);
  });
});

describe('summaries', () => {
  const s: Series = {
    key: 'x',
    label: { kind: 'broker', brokerId: 1 },
    points: [
      { atMs: 0, value: 4 },
      { atMs: 1, value: null },
      { atMs: 2, value: 2 },
      { atMs: 3, value: null },
    ],
  };

  it('gives latest, min, max and mean over the values present', () => {
    expect(latestValue(s)).toBe(2);
    expect(statsOf(s)).toEqual({ latest: 2, min: 2, max: 4, mean: 3 });
    expect(statsOf({ ...s, points: [] })).toEqual({ latest: null, min: null, max: null, mean: null });
  });

  it('ranks by latest value', () => {
    const t: Series = { ...s, key: 'y', points: [{ atMs: 0, value: 9 }] };
    expect(topByLatest([s, t], 1).map((e) => [e.series.key, e.value])).toEqual([['y', 9]]);
  });

  it('splits topic names that contain dashes', () => {
    expect(splitTopicPartition('my-topic-12')).toEqual(['my-topic', 12]);
  });
});
