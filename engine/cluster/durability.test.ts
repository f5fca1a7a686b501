import { describe, expect, it } from 'vitest';
import type { Log } from '../log';
import { DurabilityTracker, OS_DIRTY_EXPIRE_MS } from './durability';

/** Just what the tracker reads of a log. */
function fakeLog(name: string): Log & { leo: number } {
  const log = {
    name,
    leo: 0,
    get logEndOffset() {
      return this.leo;
    },
    logStartOffset: 0,
    activeSegment: { baseOffset: 0 },
  };
  return log as unknown as Log & { leo: number };
}

describe('DurabilityTracker', () => {
  it('keeps each broker’s replica apart, though they share the name orders-0', () => {
    const tracker = new DurabilityTracker();
    const onBroker1 = fakeLog('orders-0');
    const onBroker2 = fakeLog('orders-0');
    onBroker1.leo = 10;
    tracker.recordAppend(onBroker1, 0);
    // Broker 2's copy got its appends much later: none of them is written back yet.
    onBroker2.leo = 10;
    tracker.recordAppend(onBroker2, OS_DIRTY_EXPIRE_MS);
    const now = OS_DIRTY_EXPIRE_MS + 1000;
    expect(tracker.durableOffset(onBroker1, now)).toBe(10);
    expect(tracker.durableOffset(onBroker2, now)).toBe(0);
  });
});
