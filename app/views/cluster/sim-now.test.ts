import { describe, expect, it } from 'vitest';
import { extrapolateNowMs, MAX_EXTRAPOLATION_WALL_MS, SimNowTracker } from './sim-now';

const clock = (nowMs: number, playing = true, speed = 1) => ({
  nowMs,
  playing,
  speed,
  busyKind: 'none' as const,
});

describe('extrapolateNowMs', () => {
  it('runs on at the playback speed from the last clock', () => {
    expect(extrapolateNowMs(clock(1000, true, 0.1), 0, 100)).toBe(1010);
    expect(extrapolateNowMs(clock(1000, true, 10), 50, 60)).toBe(1100);
  });

  it('stays put when paused or jumping', () => {
    expect(extrapolateNowMs(clock(1000, false), 0, 100)).toBe(1000);
    expect(extrapolateNowMs({ ...clock(1000), busyKind: 'jump' }, 0, 100)).toBe(1000);
  });

  it('never runs more than a few frames ahead of a silent engine', () => {
    expect(extrapolateNowMs(clock(0, true, 1), 0, 10_000)).toBe(MAX_EXTRAPOLATION_WALL_MS);
  });
});

describe('SimNowTracker', () => {
  it('knows no time before the first clock', () => {
    expect(new SimNowTracker().at(0)).toBeNaN();
  });

  it('does not step back when a patch lands behind what it extrapolated', () => {
    const tracker = new SimNowTracker();
    tracker.receive(clock(1000), 0);
    expect(tracker.at(100)).toBe(1100);
    tracker.receive(clock(1050), 100);
    expect(tracker.at(100)).toBe(1100);
    expect(tracker.at(200)).toBe(1150);
  });

  it('shows exactly the engine’s moment when paused', () => {
    const tracker = new SimNowTracker();
    tracker.receive(clock(1000), 0);
    expect(tracker.at(100)).toBe(1100);
    tracker.receive(clock(1080, false), 100);
    expect(tracker.at(500)).toBe(1080);
  });

  it('follows a rewind back in time', () => {
    const tracker = new SimNowTracker();
    tracker.receive(clock(5000), 0);
    expect(tracker.at(10)).toBe(5010);
    tracker.receive(clock(200), 20);
    expect(tracker.at(20)).toBe(200);
  });
});
