import { describe, expect, it } from 'vitest';
import { epochAt, epochRuns } from './epoch-runs';

describe('epoch runs', () => {
  it('turns the flattened leader-epoch cache into contiguous runs ending at the LEO', () => {
    const runs = epochRuns([0, 0, 2, 40, 5, 52], 60);
    expect(runs).toEqual([
      { epoch: 0, from: 0, to: 40 },
      { epoch: 2, from: 40, to: 52 },
      { epoch: 5, from: 52, to: 60 },
    ]);
    expect([epochAt(runs, 0), epochAt(runs, 39), epochAt(runs, 40), epochAt(runs, 59)]).toEqual([0, 0, 2, 5]);
  });

  it('lets a later epoch starting at the same offset win (an epoch that wrote nothing)', () => {
    const runs = epochRuns([1, 10, 2, 10], 15);
    expect(runs[0]).toEqual({ epoch: 1, from: 10, to: 10 });
    expect(epochAt(runs, 10)).toBe(2);
  });

  it('says −1 below the cache and for an empty cache', () => {
    expect(epochAt(epochRuns([3, 20], 30), 5)).toBe(-1);
    expect(epochAt(epochRuns([], 30), 5)).toBe(-1);
  });
});
