/**
 * Simulated "now" between patches. The engine sends the clock at most once per frame; to move smoothly
 * in between (message dots, countdown arcs), the view extrapolates from the last clock record with the
 * wall time since it arrived × the playback speed — capped, so a stalled engine does not run the
 * picture ahead of the cluster, and never backwards except on a rewind.
 *
 * @example
 *   const now = simNowFor(store);
 *   now.at(performance.now()); // simulated ms
 */
import type { ClockRecord } from '../../../engine/view/types';
import { CLOCK_ID } from '../../../engine/view/types';
import type { AppStore } from '../../store/store';

/** Extrapolate at most this much wall time past the last clock (about 15 frames). */
export const MAX_EXTRAPOLATION_WALL_MS = 250;

export type ClockBasis = Pick<ClockRecord, 'nowMs' | 'playing' | 'speed' | 'busyKind'>;

/** Pure: the simulated time `wallMs` after the clock record arrived at `receivedWallMs`. */
export function extrapolateNowMs(clock: ClockBasis, receivedWallMs: number, wallMs: number): number {
  // A jump or replay moves in big steps of its own; extrapolating at play speed would only mislead.
  if (!clock.playing || clock.busyKind !== 'none') return clock.nowMs;
  const elapsed = Math.min(MAX_EXTRAPOLATION_WALL_MS, Math.max(0, wallMs - receivedWallMs));
  return clock.nowMs + elapsed * clock.speed;
}

export interface SimNow {
  /** Simulated ms at wall time `wallMs` (performance.now()); NaN before the first clock. */
  at(wallMs: number): number;
}

/** Pure state machine behind {@link simNowFor}: feed it clocks as they arrive, ask it for now. */
export class SimNowTracker implements SimNow {
  private clock: ClockBasis | null = null;
  private receivedWallMs = 0;
  private lastShown = Number.NEGATIVE_INFINITY;

  receive(clock: ClockBasis, wallMs: number): void {
    // A rewind (or reset) moves time back: forget how far we had shown.
    if (this.clock !== null && clock.nowMs < this.clock.nowMs) this.lastShown = Number.NEGATIVE_INFINITY;
    this.clock = clock;
    this.receivedWallMs = wallMs;
  }

  at(wallMs: number): number {
    if (this.clock === null) return Number.NaN;
    // Paused (or jumping): show exactly the engine's moment, as RaftScope does when stopped.
    if (!this.clock.playing || this.clock.busyKind !== 'none') {
      this.lastShown = this.clock.nowMs;
      return this.lastShown;
    }
    const now = extrapolateNowMs(this.clock, this.receivedWallMs, wallMs);
    // A patch that lands behind what we extrapolated holds the picture still rather than stepping back.
    this.lastShown = Math.max(this.lastShown, now);
    return this.lastShown;
  }
}

const trackers = new WeakMap<AppStore, SimNow>();

/** One tracker per store, fed by a transient subscription (no React render involved). */
export function simNowFor(store: AppStore): SimNow {
  const existing = trackers.get(store);
  if (existing) return existing;
  const tracker = new SimNowTracker();
  const clockOf = (s: ReturnType<AppStore['getState']>) =>
    s.kinds.clock?.get(CLOCK_ID) as ClockRecord | undefined;
  let current = clockOf(store.getState());
  if (current) tracker.receive(current, performance.now());
  store.subscribe((s) => {
    const next = clockOf(s);
    if (next === current || next === undefined) return;
    current = next;
    tracker.receive(next, performance.now());
  });
  trackers.set(store, tracker);
  return tracker;
}
