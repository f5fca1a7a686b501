/**
 * Rates for Kafka's meters (`IsrShrinksPerSec`, `BytesInPerSec`, …) from their cumulative counts, over
 * the last simulated minute (Kafka's JMX shows a one-minute rate too). The broker records carry only the
 * count; this keeps a thinned history of (simulated time, count) per key. A count that drops means the
 * broker process restarted (a new JVM counts from 0), and time that goes back means a rewind: both start
 * the key's history again. Pure.
 *
 * @example
 *   const h = new MeterHistory();
 *   h.record('broker:1/IsrShrinksPerSec', 0, 0);
 *   h.record('broker:1/IsrShrinksPerSec', 30_000, 3);
 *   h.ratePerSec('broker:1/IsrShrinksPerSec', 30_000, 3); // 0.1 (3 over the 30 s known so far)
 */

export const RATE_WINDOW_MS = 60_000;

interface Series {
  readonly atMs: number[];
  readonly counts: number[];
}

export class MeterHistory {
  private readonly series = new Map<string, Series>();

  constructor(
    readonly windowMs = RATE_WINDOW_MS,
    /** Samples closer than this to the previous one are not kept (the rate needs only a few). */
    readonly minGapMs = 500,
  ) {}

  record(key: string, atMs: number, count: number): void {
    let s = this.series.get(key);
    const lastAt = s?.atMs[s.atMs.length - 1];
    const lastCount = s?.counts[s.counts.length - 1];
    if (!s || lastAt === undefined || lastCount === undefined || atMs < lastAt || count < lastCount) {
      s = { atMs: [atMs], counts: [count] };
      this.series.set(key, s);
      return;
    }
    if (atMs - lastAt < this.minGapMs) return;
    s.atMs.push(atMs);
    s.counts.push(count);
    this.prune(s, atMs);
  }

  /**
   * Events per simulated second over the window ending at `nowMs` (or since the history began, if that
   * is shorter). The count at the window's start is interpolated between the samples around it. Null
   * until a second of history exists.
   */
  ratePerSec(key: string, nowMs: number, count: number): number | null {
    const s = this.series.get(key);
    const firstAt = s?.atMs[0];
    if (!s || firstAt === undefined) return null;
    const startMs = nowMs - this.windowMs;
    if (firstAt >= startMs) {
      const elapsedMs = nowMs - firstAt;
      if (elapsedMs < 1000) return null;
      return ((count - (s.counts[0] as number)) * 1000) / elapsedMs;
    }
    // The last sample at or before the window start, and the next known point after it.
    let i = 0;
    while (i + 1 < s.atMs.length && (s.atMs[i + 1] as number) <= startMs) i++;
    const t0 = s.atMs[i] as number;
    const c0 = s.counts[i] as number;
    const t1 = s.atMs[i + 1] ?? nowMs;
    const c1 = s.counts[i + 1] ?? count;
    const startCount = t1 === t0 ? c0 : c0 + ((c1 - c0) * (startMs - t0)) / (t1 - t0);
    return ((count - startCount) * 1000) / this.windowMs;
  }

  /** Forgets everything (a new cluster). */
  clear(): void {
    this.series.clear();
  }

  /** Keeps one sample at or before the window start, so the interpolation has its left point. */
  private prune(s: Series, nowMs: number): void {
    const startMs = nowMs - this.windowMs;
    let drop = 0;
    while (drop + 1 < s.atMs.length && (s.atMs[drop + 1] as number) <= startMs) drop++;
    if (drop === 0) return;
    s.atMs.splice(0, drop);
    s.counts.splice(0, drop);
  }
}
