import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  it('runs events in time order, ties in insertion order, and leaves the clock at the target', () => {
    const s = new Scheduler(1000);
    const ran: string[] = [];
    s.schedule(1500, 'b', () => ran.push(`b@${s.nowMs}`));
    s.schedule(1200, 'a', () => ran.push(`a@${s.nowMs}`));
    s.schedule(1500, 'c', () => ran.push(`c@${s.nowMs}`));
    s.runUntil(2000);
    expect(ran).toEqual(['a@1200', 'b@1500', 'c@1500']);
    expect(s.nowMs).toBe(2000);
    expect(s.eventCount).toBe(3);
  });

  it('skips cancelled events and never schedules into the past', () => {
    const s = new Scheduler(0);
    const ran: number[] = [];
    const t = s.after(10, 'x', () => ran.push(1));
    s.after(20, 'y', () => {
      ran.push(2);
      s.schedule(5, 'late', () => ran.push(3)); // in the past: runs now, after this event
    });
    s.cancel(t);
    s.runUntil(100);
    expect(ran).toEqual([2, 3]);
  });

  it('steps one event at a time up to a limit, and events scheduled by events run in order', () => {
    const s = new Scheduler(0);
    const ran: number[] = [];
    s.after(10, 'a', () => s.after(0, 'a2', () => ran.push(2)));
    s.after(10, 'b', () => ran.push(1));
    expect(s.step(5)).toBe(false);
    while (s.step(50)) {
      // one event per step
    }
    expect(ran).toEqual([1, 2]);
    expect(s.nextEventMs()).toBeNull();
  });
});
