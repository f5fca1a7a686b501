/**
 * The events worth listing on the timeline and in "what just happened": everything except the
 * high-rate ones (each append, fetch, HW step, acknowledgement and auto-commit), which are counted by
 * type instead. Bounded, newest kept; a rewind rebuilds older ones by replay.
 *
 * Repetitive kinds (a stuck send's retries every `retry.backoff.ms`, messages lost on a cut link) have a
 * budget of their own, so a minute of retries cannot push the elections and ISR changes out of the list.
 */
import type { ClusterEvent } from '../cluster/events';

export const MAX_NOTABLE_EVENTS = 400;
/** How many of the repetitive kinds are kept (on top of the others). */
export const MAX_REPETITIVE_EVENTS = 60;

const HIGH_RATE: ReadonlySet<ClusterEvent['type']> = new Set([
  'records-appended',
  'follower-fetched',
  'high-watermark-advanced',
  'produce-acked',
  'offset-committed',
]);

const REPETITIVE: ReadonlySet<ClusterEvent['type']> = new Set(['produce-failed', 'message-lost']);

export function isNotable(event: ClusterEvent): boolean {
  return !HIGH_RATE.has(event.type);
}

export class NotableEvents {
  private readonly events: ClusterEvent[] = [];
  private readonly repetitive: ClusterEvent[] = [];
  /** Events of every type seen so far, by type (the high-rate ones included). */
  readonly counts = new Map<ClusterEvent['type'], number>();

  offer(event: ClusterEvent): void {
    this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
    if (!isNotable(event)) return;
    const list = REPETITIVE.has(event.type) ? this.repetitive : this.events;
    const max = list === this.repetitive ? MAX_REPETITIVE_EVENTS : MAX_NOTABLE_EVENTS;
    list.push(event);
    if (list.length > max * 2) list.splice(0, list.length - max);
  }

  /** The newest notable events (at most `max` of the others and the repetitive budget), oldest first. */
  recent(max = MAX_NOTABLE_EVENTS): readonly ClusterEvent[] {
    const others = this.events.length <= max ? this.events : this.events.slice(this.events.length - max);
    const noisy =
      this.repetitive.length <= MAX_REPETITIVE_EVENTS
        ? this.repetitive
        : this.repetitive.slice(this.repetitive.length - MAX_REPETITIVE_EVENTS);
    if (noisy.length === 0) return others;
    // Both lists are in seq order: merge them.
    const out: ClusterEvent[] = [];
    let i = 0;
    let j = 0;
    while (i < others.length || j < noisy.length) {
      const a = others[i];
      const b = noisy[j];
      if (b === undefined || (a !== undefined && a.seq < b.seq)) {
        out.push(a as ClusterEvent);
        i++;
      } else {
        out.push(b);
        j++;
      }
    }
    return out;
  }
}
