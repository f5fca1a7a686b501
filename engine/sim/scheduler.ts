/**
 * The discrete-event scheduler: every timer and every message delivery in the simulated world is an
 * event at a simulated time. Events run in (time, insertion order), so the same schedule always runs
 * the same way — the determinism the whole simulation rests on.
 */

export interface Timer {
  readonly atMs: number;
  /** Insertion order: breaks ties between events at the same time. */
  readonly seq: number;
  /** What the event is, for the timeline and debugging (e.g. `isr-expiration broker-1`). */
  readonly label: string;
  cancelled: boolean;
  readonly action: () => void;
}

/**
 * @example
 *   const scheduler = new Scheduler(0);
 *   scheduler.schedule(500, 'wake', () => console.log('at', scheduler.nowMs));
 *   scheduler.runUntil(1000); // prints "at 500"; nowMs is 1000 afterwards
 */
export class Scheduler {
  private heap: Timer[] = [];
  private nextSeq = 0;
  private current: number;
  private eventsRun = 0;

  constructor(startMs: number) {
    this.current = startMs;
  }

  get nowMs(): number {
    return this.current;
  }

  /** Events run so far (a cost counter for benchmarks). */
  get eventCount(): number {
    return this.eventsRun;
  }

  /** Schedules `action` at `atMs` (never in the past: earlier times run now). */
  schedule(atMs: number, label: string, action: () => void): Timer {
    const timer: Timer = {
      atMs: Math.max(atMs, this.current),
      seq: this.nextSeq++,
      label,
      cancelled: false,
      action,
    };
    this.push(timer);
    return timer;
  }

  after(delayMs: number, label: string, action: () => void): Timer {
    return this.schedule(this.current + delayMs, label, action);
  }

  cancel(timer: Timer | null | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** Time of the next live event, or null. */
  nextEventMs(): number | null {
    this.dropCancelledTop();
    return this.heap[0]?.atMs ?? null;
  }

  /** Runs the next event if it is due at or before `limitMs`; returns whether one ran. */
  step(limitMs = Number.MAX_SAFE_INTEGER): boolean {
    this.dropCancelledTop();
    const top = this.heap[0];
    if (!top || top.atMs > limitMs) return false;
    this.pop();
    this.current = top.atMs;
    this.eventsRun++;
    top.action();
    return true;
  }

  /** Runs every event due up to `untilMs`, then sets the clock to `untilMs`. */
  runUntil(untilMs: number): void {
    while (this.step(untilMs)) {
      // each step runs one event
    }
    if (untilMs > this.current) this.current = untilMs;
  }

  /** Live events, in run order (for inspection and tests). */
  pending(): Timer[] {
    return this.heap.filter((t) => !t.cancelled).sort(compare);
  }

  private dropCancelledTop(): void {
    while (this.heap.length > 0 && (this.heap[0] as Timer).cancelled) this.pop();
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(heap[parent] as Timer, timer) <= 0) break;
      heap[i] = heap[parent] as Timer;
      i = parent;
    }
    heap[i] = timer;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop() as Timer;
    if (heap.length === 0) return;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && compare(heap[right] as Timer, heap[left] as Timer) < 0 ? right : left;
      if (compare(heap[child] as Timer, last) >= 0) break;
      heap[i] = heap[child] as Timer;
      i = child;
    }
    heap[i] = last;
  }
}

function compare(a: Timer, b: Timer): number {
  return a.atMs - b.atMs || a.seq - b.seq;
}
