import { describe, expect, it } from 'vitest';
import {
  distributionProblem,
  expectedShares,
  fromDistribution,
  landingShares,
  MAX_RATE_PER_SEC,
  partitionOfKey,
  rateFromSlider,
  SLIDER_STEPS,
  sliderFromRate,
  toDistribution,
} from './auto-produce-model';

describe('rate slider', () => {
  it('runs from off through 1 record/s to the 20,000 ceiling', () => {
    expect(rateFromSlider(0)).toBe(0);
    expect(rateFromSlider(1)).toBe(1);
    expect(rateFromSlider(SLIDER_STEPS)).toBe(MAX_RATE_PER_SEC);
    expect(rateFromSlider(SLIDER_STEPS + 5)).toBe(MAX_RATE_PER_SEC);
  });

  it('is logarithmic and never goes down as the slider goes up', () => {
    let last = 0;
    for (let p = 0; p <= SLIDER_STEPS; p++) {
      const rate = rateFromSlider(p);
      expect(rate).toBeGreaterThanOrEqual(last);
      last = rate;
    }
    // Half way is about √20000 ≈ 141, not 10,000.
    expect(rateFromSlider(SLIDER_STEPS / 2)).toBe(140);
  });

  it('finds the slider position of a typed rate', () => {
    expect(sliderFromRate(0)).toBe(0);
    expect(sliderFromRate(MAX_RATE_PER_SEC)).toBe(SLIDER_STEPS);
    for (const rate of [1, 50, 140, 5000]) {
      const back = rateFromSlider(sliderFromRate(rate));
      expect(Math.abs(Math.log(back / rate))).toBeLessThan(0.1);
    }
  });
});

describe('key distribution form', () => {
  it('builds the session distribution, the share in percent', () => {
    expect(toDistribution({ kind: 'hot-key', keys: 20, hotSharePercent: 70 })).toEqual({
      kind: 'hot-key',
      keys: 20,
      hotShare: 0.7,
    });
    expect(toDistribution({ kind: 'uniform', keys: 5, hotSharePercent: 70 })).toEqual({
      kind: 'uniform',
      keys: 5,
    });
    expect(toDistribution({ kind: 'none', keys: 5, hotSharePercent: 70 })).toEqual({ kind: 'none' });
    expect(fromDistribution({ kind: 'hot-key', keys: 20, hotShare: 0.7 }).hotSharePercent).toBe(70);
  });

  it('refuses what the session would refuse', () => {
    expect(distributionProblem({ kind: 'uniform', keys: 0, hotSharePercent: 70 })).toBe('keys');
    expect(distributionProblem({ kind: 'uniform', keys: 2.5, hotSharePercent: 70 })).toBe('keys');
    expect(distributionProblem({ kind: 'hot-key', keys: 3, hotSharePercent: 120 })).toBe('share');
    expect(distributionProblem({ kind: 'none', keys: 0, hotSharePercent: -1 })).toBeNull();
  });
});

describe('expectedShares', () => {
  it('has no expectation for null keys (sticky batches)', () => {
    expect(expectedShares({ kind: 'none' }, 3)).toBeNull();
  });

  it('puts the hot key share on the hot key partition (the notes 70 % case)', () => {
    const shares = expectedShares({ kind: 'hot-key', keys: 20, hotShare: 0.7 }, 6) as number[];
    const hot = partitionOfKey('hot-key', 6);
    expect(shares[hot]).toBeGreaterThanOrEqual(0.7);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('follows murmur2 of each key for uniform keys', () => {
    const shares = expectedShares({ kind: 'uniform', keys: 1 }, 3) as number[];
    // key-0 alone: all of it on its partition.
    expect(shares[partitionOfKey('key-0', 3)]).toBe(1);
    const many = expectedShares({ kind: 'uniform', keys: 100_000 }, 4) as number[];
    expect(many).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('uses the Java client partition for a known key (KAFKA-REFERENCE §7.2)', () => {
    expect(partitionOfKey('key2', 6)).toBe(5);
    expect(partitionOfKey('user-1', 3)).toBe(2);
  });
});

describe('landingShares', () => {
  it('turns LEO growth into shares', () => {
    expect(landingShares([10, 10, 10], [17, 10, 13])).toEqual([
      { partition: 0, delta: 7, share: 0.7 },
      { partition: 1, delta: 0, share: 0 },
      { partition: 2, delta: 3, share: 0.3 },
    ]);
  });

  it('counts a new partition from zero and a truncated LEO as nothing', () => {
    expect(landingShares([5], [3, 2]).map((l) => l.delta)).toEqual([0, 2]);
    expect(landingShares([], [0, 0]).every((l) => l.share === 0)).toBe(true);
  });
});
