import { describe, expect, it } from 'vitest';
import { DEFAULT_START_MS, SimClock } from './clock';

describe('SimClock', () => {
  it('starts at a fixed instant and only moves when told', () => {
    const clock = new SimClock();
    expect(clock.nowMs).toBe(DEFAULT_START_MS);
    expect(clock.advanceBy(30_000)).toBe(DEFAULT_START_MS + 30_000);
    expect(clock.advanceTo(DEFAULT_START_MS + 60_000)).toBe(DEFAULT_START_MS + 60_000);
  });

  it('refuses to go backwards', () => {
    const clock = new SimClock(1000);
    expect(() => clock.advanceBy(-1)).toThrow(/forward/);
    expect(() => clock.advanceTo(999)).toThrow(/cannot go back/);
    expect(clock.nowMs).toBe(1000);
  });
});
