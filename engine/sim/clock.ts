/**
 * Simulated time: the engine's only clock. It moves only when told to, so the same commands at the same
 * simulated times always give the same cluster. Milliseconds since the Unix epoch, like Kafka's
 * timestamps; a fresh cluster starts at {@link DEFAULT_START_MS} so record timestamps look real.
 *
 * @example
 *   const clock = new SimClock();
 *   clock.advanceBy(30_000); // 30 s later
 */
export const DEFAULT_START_MS = Date.UTC(2026, 0, 5, 9, 0, 0); // Mon 2026-01-05 09:00:00 UTC

export class SimClock {
  private current: number;

  constructor(startMs: number = DEFAULT_START_MS) {
    if (!Number.isSafeInteger(startMs))
      throw new RangeError(`start time must be an integer ms, got ${startMs}`);
    this.current = startMs;
  }

  get nowMs(): number {
    return this.current;
  }

  advanceBy(durationMs: number): number {
    if (!Number.isFinite(durationMs) || durationMs < 0) {
      throw new RangeError(`time only moves forward; got ${durationMs} ms`);
    }
    this.current += Math.floor(durationMs);
    return this.current;
  }

  advanceTo(timeMs: number): number {
    if (timeMs < this.current) throw new RangeError(`cannot go back from ${this.current} to ${timeMs}`);
    this.current = Math.floor(timeMs);
    return this.current;
  }
}
