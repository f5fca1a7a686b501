import { describe, expect, it } from 'vitest';
import { MeterHistory } from './meter-rate';

const KEY = 'broker:1/IsrShrinksPerSec';

describe('MeterHistory', () => {
  it('has no rate before a second of history', () => {
    const h = new MeterHistory();
    expect(h.ratePerSec(KEY, 0, 0)).toBeNull();
    h.record(KEY, 0, 0);
    expect(h.ratePerSec(KEY, 500, 1)).toBeNull();
    expect(h.ratePerSec(KEY, 2000, 4)).toBe(2);
  });

  it('uses the whole history while it is shorter than the window', () => {
    const h = new MeterHistory();
    h.record(KEY, 0, 0);
    h.record(KEY, 30_000, 3);
    expect(h.ratePerSec(KEY, 30_000, 3)).toBeCloseTo(0.1);
  });

  it('counts only the last minute once there is more history', () => {
    const h = new MeterHistory();
    // 10 shrinks in the first minute, then 1 per 10 s.
    h.record(KEY, 0, 0);
    h.record(KEY, 60_000, 10);
    for (let t = 70_000; t <= 120_000; t += 10_000) h.record(KEY, t, 10 + (t - 60_000) / 10_000);
    expect(h.ratePerSec(KEY, 120_000, 16)).toBeCloseTo(6 / 60);
  });

  it('interpolates the count at the window start between sparse samples', () => {
    const h = new MeterHistory();
    h.record(KEY, 0, 0);
    h.record(KEY, 100_000, 100);
    // At 130 s the window starts at 70 s: count there ≈ 70; 130 − 70 = 60 in 60 s.
    expect(h.ratePerSec(KEY, 130_000, 130)).toBeCloseTo(1);
  });

  it('starts again after a restart (the count drops) or a rewind (time goes back)', () => {
    const h = new MeterHistory();
    h.record(KEY, 0, 0);
    h.record(KEY, 10_000, 50);
    h.record(KEY, 20_000, 2);
    expect(h.ratePerSec(KEY, 22_000, 6)).toBeCloseTo(2);
    h.record(KEY, 5_000, 1);
    expect(h.ratePerSec(KEY, 7_000, 3)).toBeCloseTo(1);
  });

  it('thins samples closer than the gap and forgets on clear', () => {
    const h = new MeterHistory(60_000, 1000);
    h.record(KEY, 0, 0);
    h.record(KEY, 100, 50);
    // The 100 ms sample was not kept: the rate is measured from t = 0.
    expect(h.ratePerSec(KEY, 2000, 100)).toBe(50);
    h.clear();
    expect(h.ratePerSec(KEY, 2000, 100)).toBeNull();
  });
});
