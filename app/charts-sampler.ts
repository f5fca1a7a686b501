/**
 * The charts' history, collected all the time (even while the charts tab is closed, so opening it
 * shows the last minutes, not an empty plot). It watches the store and keeps one sample per
 * simulated-time bucket in a bounded ring, in simulated time. It lives in the main chunk, so it
 * imports no d3: the charts (their own lazy chunk) read it through `getSamples()` + `subscribeSamples`.
 *
 * A sample holds only cumulative facts (LEOs, consumed offsets, lag, disk bytes, page-cache counters);
 * the charts turn them into rates. Going back in simulated time (a rewind) drops the samples after the
 * new now — the earlier ones stay true, the run being deterministic; a new seed, preset or start time
 * (a reset) clears everything.
 *
 * @example
 *   const stop = startChartSampler(store); // main.tsx, once
 *   subscribeSamples(() => draw(getSamples()));
 */
import { type BrokerRecord, CLOCK_ID, type ClockRecord } from '../engine/view/types';
import type { AppState, AppStore } from './store/store';

/** Samples kept: about 2.5 real minutes at the default cadence. */
export const MAX_SAMPLES = 300;

/** What the charts need from one moment of the run. Records are keyed by `topic-p` or broker id. */
export interface ChartSample {
  /** Simulated time of the sample. */
  readonly atMs: number;
  /** Each partition's leader LEO (offline partitions are absent). */
  readonly logEndOffsets: Readonly<Record<string, number>>;
  /** groupId → `topic-p` → how far the group has read: max(committed offset, running members' positions). */
  readonly consumed: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** groupId → `topic-p` → lag (HW − committed offset), as `kafka-consumer-groups --describe` shows. */
  readonly lag: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** brokerId → bytes of its log directories. */
  readonly diskBytes: Readonly<Record<string, number>>;
  /** brokerId → page-cache counters (cumulative hit / miss bytes), for brokers that report them. */
  readonly pageCache: Readonly<Record<string, PageCacheCounters>>;
}

export interface PageCacheCounters {
  readonly hits: number;
  readonly misses: number;
}

/** Real ms between samples at any speed: two samples a real second. */
const REAL_MS_PER_SAMPLE = 500;
/** Simulated bucket sizes, so samples land on round simulated times. */
const BUCKETS_MS = [
  50, 100, 250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000, 300_000, 900_000, 3_600_000, 21_600_000,
  86_400_000,
];
/** A jump or replay is cut into about this many samples, whatever its length. */
const SAMPLES_PER_JUMP = 40;

/** The smallest round bucket covering `ms`. */
export function roundBucketMs(ms: number): number {
  for (const b of BUCKETS_MS) if (b >= ms) return b;
  return BUCKETS_MS[BUCKETS_MS.length - 1] as number;
}

/** The bucket while playing at `speed` simulated ms per real ms. */
export function playbackBucketMs(speed: number): number {
  return roundBucketMs(speed * REAL_MS_PER_SAMPLE);
}

/** The bucket for a jump or replay covering `spanMs` (+7 d is cut in about 40 samples, not thousands). */
export function jumpBucketMs(spanMs: number, speed: number): number {
  return Math.max(playbackBucketMs(speed), roundBucketMs(spanMs / SAMPLES_PER_JUMP));
}

/** Reads one sample out of the store's mirror. */
export function sampleOf(state: AppState, atMs: number): ChartSample {
  const logEndOffsets: Record<string, number> = {};
  for (const p of state.kinds.partition?.values() ?? []) {
    if (p.leader >= 0 && p.logEndOffset >= 0) logEndOffsets[`${p.topic}-${p.partition}`] = p.logEndOffset;
  }
  const consumed: Record<string, Record<string, number>> = {};
  const lag: Record<string, Record<string, number>> = {};
  const groupOf = (table: Record<string, Record<string, number>>, groupId: string) => {
    let g = table[groupId];
    if (g === undefined) {
      g = {};
      table[groupId] = g;
    }
    return g;
  };
  for (const c of state.kinds.committed?.values() ?? []) {
    const tp = `${c.topic}-${c.partition}`;
    if (c.offset >= 0) groupOf(consumed, c.groupId)[tp] = c.offset;
    if (c.lag !== null) groupOf(lag, c.groupId)[tp] = c.lag;
  }
  for (const m of state.kinds.member?.values() ?? []) {
    if (m.status !== 'running') continue;
    const g = groupOf(consumed, m.groupId);
    for (const tp of m.partitions) {
      const position = m.positions[tp];
      if (position !== undefined && position > (g[tp] ?? -1)) g[tp] = position;
    }
  }
  const diskBytes: Record<string, number> = {};
  const pageCache: Record<string, PageCacheCounters> = {};
  for (const b of state.kinds.broker?.values() ?? []) {
    diskBytes[b.brokerId] = b.diskBytes;
    const counters = pageCacheCountersOf(b);
    if (counters !== null) pageCache[b.brokerId] = counters;
  }
  return { atMs, logEndOffsets, consumed, lag, diskBytes, pageCache };
}

/** A broker's page-cache counters: its record's hit / miss bytes, else any found among its metrics. */
export function pageCacheCountersOf(broker: BrokerRecord): PageCacheCounters | null {
  // Read defensively: the fields are new, and an older saved view may lack them.
  const { pageCacheHitBytes: hits, pageCacheMissBytes: misses } = broker as Partial<BrokerRecord>;
  if (typeof hits === 'number' && typeof misses === 'number') return { hits, misses };
  return pageCacheCounters(broker.metrics);
}

/**
 * The page-cache hit and miss counters among a broker's metrics, whatever their exact names
 * (`PageCacheHitBytes`, `pageCacheMisses`, …): null when the engine does not report them.
 */
export function pageCacheCounters(metrics: Readonly<Record<string, number>>): PageCacheCounters | null {
  let hits: number | undefined;
  let misses: number | undefined;
  for (const [name, value] of Object.entries(metrics)) {
    if (!/page.?cache/i.test(name) || /ratio|rate/i.test(name)) continue;
    if (/hit/i.test(name)) hits = value;
    else if (/miss/i.test(name)) misses = value;
  }
  return hits === undefined || misses === undefined ? null : { hits, misses };
}

type Listener = () => void;

/** One ring of samples and its listeners; `startChartSampler` feeds the app's one instance. */
export class ChartSampler {
  private samples: readonly ChartSample[] = [];
  private readonly listeners = new Set<Listener>();
  /** What identifies the run being sampled: a change means a reset. */
  private run = '';
  /** The jump or replay under way and its bucket, fixed when it starts (its remaining span shrinks). */
  private jump: { readonly untilMs: number; readonly bucketMs: number } | null = null;

  constructor(private readonly capacity = MAX_SAMPLES) {}

  /** The samples, oldest first; a new array whenever one is added or dropped (safe to memoise on). */
  getSamples = (): readonly ChartSample[] => this.samples;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Looks at the store's state; records a sample when simulated time entered a new bucket. */
  observe(state: AppState): void {
    if (!state.connected) return;
    const clock = state.kinds.clock?.get(CLOCK_ID);
    if (clock === undefined) return;
    const run = `${clock.seed}/${clock.preset}/${clock.startMs}`;
    const now = clock.nowMs;
    let changed = false;
    if (run !== this.run) {
      this.run = run;
      changed = this.samples.length > 0;
      this.samples = [];
    }
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && now < last.atMs) {
      // A rewind: what came before the new now still happened (same seed, same commands).
      this.samples = this.samples.filter((s) => s.atMs <= now);
      changed = true;
    }
    const latest = this.samples[this.samples.length - 1];
    const bucket = this.bucketMs(clock);
    if (latest === undefined || Math.floor(now / bucket) > Math.floor(latest.atMs / bucket)) {
      const next = [...this.samples, sampleOf(state, now)];
      this.samples = next.length > this.capacity ? next.slice(next.length - this.capacity) : next;
      changed = true;
    }
    if (changed) for (const listener of this.listeners) listener();
  }

  private bucketMs(clock: ClockRecord): number {
    if (clock.busyKind === 'none' || clock.busyUntilMs <= clock.nowMs) {
      this.jump = null;
      return playbackBucketMs(clock.speed);
    }
    if (this.jump?.untilMs !== clock.busyUntilMs) {
      this.jump = {
        untilMs: clock.busyUntilMs,
        bucketMs: jumpBucketMs(clock.busyUntilMs - clock.nowMs, clock.speed),
      };
    }
    return this.jump.bucketMs;
  }

  clear(): void {
    this.samples = [];
    this.run = '';
    for (const listener of this.listeners) listener();
  }
}

const appSampler = new ChartSampler();

/** The app's samples, oldest first (stable identity until the next change: `useSyncExternalStore`-safe). */
export const getSamples = appSampler.getSamples;
/** Called after every change of the samples; returns the unsubscribe function. */
export const subscribeSamples = appSampler.subscribe;

const started = new WeakMap<AppStore, () => void>();

/**
 * Starts sampling the store into the app's ring (main.tsx calls it at start; the charts tab calls it
 * too, harmlessly: a second call for the same store returns the first call's stop function).
 */
export function startChartSampler(store: AppStore): () => void {
  const running = started.get(store);
  if (running !== undefined) return running;
  appSampler.observe(store.getState());
  const unsubscribe = store.subscribe((state) => appSampler.observe(state));
  const stop = () => {
    unsubscribe();
    started.delete(store);
  };
  started.set(store, stop);
  return stop;
}
