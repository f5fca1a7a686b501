/**
 * The charts' data: sampled cumulative facts (charts-sampler.ts) turned into series over simulated time
 * — records/s from LEO and consumed-offset growth, lag, disk bytes, page-cache hit ratio — and cut down
 * to a readable number of lines. Pure (no d3, no React): Node-tested.
 */
import type { ChartSample } from '../../charts-sampler';

/** What a line stands for; the view translates it. */
export type SeriesLabel =
  | { readonly kind: 'partition'; readonly topic: string; readonly partition: number }
  | {
      readonly kind: 'groupPartition';
      readonly groupId: string;
      readonly topic: string;
      readonly partition: number;
    }
  | { readonly kind: 'broker'; readonly brokerId: number }
  /** The sum of the lines left out. */
  | { readonly kind: 'others'; readonly count: number };

export interface ChartPoint {
  readonly atMs: number;
  /** null = no value here (a gap in the line). */
  readonly value: number | null;
}

export interface Series {
  readonly key: string;
  readonly label: SeriesLabel;
  readonly points: readonly ChartPoint[];
}

/** Rates average over this many sample intervals, so a few records a second do not read as 0, 20, 0. */
export const RATE_WINDOW = 4;

type Read = (sample: ChartSample) => number | undefined;

/** `orders-12` → ['orders', 12] (topic names may hold '-', partition numbers never do). */
export function splitTopicPartition(tp: string): [string, number] {
  const dash = tp.lastIndexOf('-');
  return [tp.slice(0, dash), Number(tp.slice(dash + 1))];
}

/**
 * Per-second growth of one or more cumulative values at sample `i`, over the last {@link RATE_WINDOW}
 * intervals. Only increases count: a value going down (a truncation, an offset reset, a restarted
 * counter) is a new start, not negative throughput. null when no interval had both ends.
 */
export function rateAt(samples: readonly ChartSample[], i: number, reads: readonly Read[]): number | null {
  const from = Math.max(0, i - RATE_WINDOW);
  const last = samples[i];
  const first = samples[from];
  if (last === undefined || first === undefined || i === from) return null;
  const spanMs = last.atMs - first.atMs;
  if (spanMs <= 0) return null;
  let growth = 0;
  let measured = false;
  for (const read of reads) {
    for (let j = from + 1; j <= i; j++) {
      const a = read(samples[j - 1] as ChartSample);
      const b = read(samples[j] as ChartSample);
      if (a === undefined || b === undefined) continue;
      measured = true;
      if (b > a) growth += b - a;
    }
  }
  return measured ? (growth * 1000) / spanMs : null;
}

/** Partitions of `topic` seen in any sample (produced to, consumed from or lagging), ascending. */
export function partitionsSeen(samples: readonly ChartSample[], topic: string): number[] {
  const seen = new Set<number>();
  const add = (tp: string) => {
    const [t, p] = splitTopicPartition(tp);
    if (t === topic) seen.add(p);
  };
  for (const s of samples) {
    for (const tp of Object.keys(s.logEndOffsets)) add(tp);
    for (const byTp of Object.values(s.consumed)) for (const tp of Object.keys(byTp)) add(tp);
    for (const byTp of Object.values(s.lag)) for (const tp of Object.keys(byTp)) add(tp);
  }
  return [...seen].sort((a, b) => a - b);
}

function groupsSeen(samples: readonly ChartSample[], table: 'consumed' | 'lag', tp: string): string[] {
  const groups = new Set<string>();
  for (const s of samples) for (const [g, byTp] of Object.entries(s[table])) if (tp in byTp) groups.add(g);
  return [...groups].sort();
}

/** Series keys, also what a selection pins: `p:orders-0`, `b:2`. */
export const partitionKey = (topic: string, partition: number) => `p:${topic}-${partition}`;
export const brokerKey = (brokerId: number) => `b:${brokerId}`;

/** Records/s appended to each partition's leader (its LEO's growth). */
export function produceRates(samples: readonly ChartSample[], topic: string): Series[] {
  return partitionsSeen(samples, topic).map((partition) => {
    const tp = `${topic}-${partition}`;
    const read: Read = (s) => s.logEndOffsets[tp];
    return {
      key: partitionKey(topic, partition),
      label: { kind: 'partition', topic, partition },
      points: samples.map((s, i) => ({ atMs: s.atMs, value: rateAt(samples, i, [read]) })),
    };
  });
}

/** Records/s read from each partition, summed over the groups reading it (consumed offsets' growth). */
export function consumeRates(samples: readonly ChartSample[], topic: string): Series[] {
  return partitionsSeen(samples, topic).map((partition) => {
    const tp = `${topic}-${partition}`;
    const reads = groupsSeen(samples, 'consumed', tp).map(
      (g): Read =>
        (s) =>
          s.consumed[g]?.[tp],
    );
    return {
      key: partitionKey(topic, partition),
      label: { kind: 'partition', topic, partition },
      points: samples.map((s, i) => ({ atMs: s.atMs, value: rateAt(samples, i, reads) })),
    };
  });
}

/** Each group's lag on each partition of `topic` (partition-only labels when one group reads it). */
export function lagSeries(samples: readonly ChartSample[], topic: string): Series[] {
  const out: Series[] = [];
  const allGroups = new Set<string>();
  const perPartition = partitionsSeen(samples, topic).map((partition) => {
    const groups = groupsSeen(samples, 'lag', `${topic}-${partition}`);
    for (const g of groups) allGroups.add(g);
    return [partition, groups] as const;
  });
  for (const [partition, groups] of perPartition) {
    const tp = `${topic}-${partition}`;
    for (const groupId of groups) {
      out.push({
        key: allGroups.size > 1 ? `g:${groupId}/${tp}` : partitionKey(topic, partition),
        label:
          allGroups.size > 1
            ? { kind: 'groupPartition', groupId, topic, partition }
            : { kind: 'partition', topic, partition },
        points: samples.map((s) => ({ atMs: s.atMs, value: s.lag[groupId]?.[tp] ?? null })),
      });
    }
  }
  return out;
}

function brokersSeen(samples: readonly ChartSample[], table: 'diskBytes' | 'pageCache'): number[] {
  const ids = new Set<number>();
  for (const s of samples) for (const id of Object.keys(s[table])) ids.add(Number(id));
  return [...ids].sort((a, b) => a - b);
}

/** Bytes on each broker's disk. */
export function diskSeries(samples: readonly ChartSample[]): Series[] {
  return brokersSeen(samples, 'diskBytes').map((brokerId) => ({
    key: brokerKey(brokerId),
    label: { kind: 'broker', brokerId },
    points: samples.map((s) => ({ atMs: s.atMs, value: s.diskBytes[brokerId] ?? null })),
  }));
}

/** Whether any sample carries page-cache counters (the engine may not report them yet). */
export function hasPageCacheData(samples: readonly ChartSample[]): boolean {
  return samples.some((s) => Object.keys(s.pageCache).length > 0);
}

/**
 * Each broker's page-cache hit ratio (0..1) over the last {@link RATE_WINDOW} intervals: hit bytes over
 * all bytes read. null while nothing was read (no reads, no ratio).
 */
export function pageCacheHitRatios(samples: readonly ChartSample[]): Series[] {
  return brokersSeen(samples, 'pageCache').map((brokerId) => {
    const hits: Read = (s) => s.pageCache[brokerId]?.hits;
    const misses: Read = (s) => s.pageCache[brokerId]?.misses;
    return {
      key: brokerKey(brokerId),
      label: { kind: 'broker', brokerId },
      points: samples.map((s, i) => {
        const h = rateAt(samples, i, [hits]);
        const m = rateAt(samples, i, [misses]);
        const total = (h ?? 0) + (m ?? 0);
        return { atMs: s.atMs, value: h === null || m === null || total === 0 ? null : (h ?? 0) / total };
      }),
    };
  });
}

/** The last value a series has, or null. */
export function latestValue(series: Series): number | null {
  for (let i = series.points.length - 1; i >= 0; i--) {
    const v = series.points[i]?.value;
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/** How a series ranks for a place on the chart: its mean over its last ten values. */
function recentWeight(series: Series): number {
  let sum = 0;
  let n = 0;
  for (let i = series.points.length - 1; i >= 0 && n < 10; i--) {
    const v = series.points[i]?.value;
    if (v === null || v === undefined) continue;
    sum += v;
    n++;
  }
  return n === 0 ? -1 : sum / n;
}

/**
 * At most `max` lines: the busiest ones plus any pinned (selected) ones; with `combine`, the rest are
 * summed into one "others" line (for rates, lag and bytes, where a sum means something), else dropped.
 * Order is kept as given (partition or broker order), so lines keep their style as values change.
 */
export function limitSeries(
  series: readonly Series[],
  max: number,
  pinned: (s: Series) => boolean,
  combine: boolean,
): Series[] {
  if (series.length <= max) return [...series];
  const room = combine ? max - 1 : max;
  const chosen = new Set(series.filter(pinned).slice(0, room));
  const ranked = [...series].sort((a, b) => recentWeight(b) - recentWeight(a));
  for (const s of ranked) {
    if (chosen.size >= room) break;
    chosen.add(s);
  }
  const kept = series.filter((s) => chosen.has(s));
  if (!combine) return kept;
  const rest = series.filter((s) => !chosen.has(s));
  return [...kept, sumSeries(rest)];
}

function sumSeries(rest: readonly Series[]): Series {
  const first = rest[0];
  const points = (first?.points ?? []).map((p, i) => {
    let sum = 0;
    let any = false;
    for (const s of rest) {
      const v = s.points[i]?.value;
      if (v === null || v === undefined) continue;
      sum += v;
      any = true;
    }
    return { atMs: p.atMs, value: any ? sum : null };
  });
  return { key: 'others', label: { kind: 'others', count: rest.length }, points };
}

export interface SeriesStats {
  readonly latest: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
}

/** Latest, min, max and mean of a series' values (the data table's row). */
export function statsOf(series: Series): SeriesStats {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let n = 0;
  for (const p of series.points) {
    if (p.value === null) continue;
    min = Math.min(min, p.value);
    max = Math.max(max, p.value);
    sum += p.value;
    n++;
  }
  if (n === 0) return { latest: null, min: null, max: null, mean: null };
  return { latest: latestValue(series), min, max, mean: sum / n };
}

/** The `n` series with the highest latest value, highest first (the chart's one-line summary). */
export function topByLatest(series: readonly Series[], n: number): Array<{ series: Series; value: number }> {
  return series
    .map((s) => ({ series: s, value: latestValue(s) }))
    .filter((e): e is { series: Series; value: number } => e.value !== null)
    .sort((a, b) => b.value - a.value)
    .slice(0, n);
}
