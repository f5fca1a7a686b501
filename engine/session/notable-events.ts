/**
 * The events worth listing on the timeline and in "what just happened": everything except the
 * high-rate ones (each append, fetch, HW step, acknowledgement and auto-commit), which are counted by
 * type instead. Bounded, newest kept; a rewind rebuilds older ones by replay.
 */
import type { ClusterEvent } from '../cluster/events';

export const MAX_NOTABLE_EVENTS = 400;

const HIGH_RATE: ReadonlySet<ClusterEvent['type']> = new Set([
  'records-appended',
  'follower-fetched',
  'high-watermark-advanced',
  'produce-acked',
  'offset-committed',
]);

export function isNotable(event: ClusterEvent): boolean {
  return !HIGH_RATE.has(event.type);
}

export class NotableEvents {
  private readonly events: ClusterEvent[] = [];
  /** Events of every type seen so far, by type (the high-rate ones included). */
  readonly counts = new Map<ClusterEvent['type'], number>();

  offer(event: ClusterEvent): void {
    this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
    if (!isNotable(event)) return;
    this.events.push(event);
    if (this.events.length > MAX_NOTABLE_EVENTS * 2)
      this.events.splice(0, this.events.length - MAX_NOTABLE_EVENTS);
  }

  /** The newest `max` notable events, oldest first. */
  recent(max = MAX_NOTABLE_EVENTS): readonly ClusterEvent[] {
    return this.events.length <= max ? this.events : this.events.slice(this.events.length - max);
  }
}
