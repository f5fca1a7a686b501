import { describe, expect, it } from 'vitest';
import { LeaderEpochCache } from './leader-epoch-cache';

describe('LeaderEpochCache (KAFKA-REFERENCE §5.8)', () => {
  it('records the first offset of each epoch and ignores repeats', () => {
    const cache = new LeaderEpochCache();
    expect(cache.assign(0, 0)).toBe(true);
    expect(cache.assign(0, 5)).toBe(false);
    expect(cache.assign(2, 57)).toBe(true);
    expect(cache.all()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 57 },
    ]);
  });

  it('drops entries that would break monotonicity when a smaller start arrives', () => {
    const cache = new LeaderEpochCache([
      { epoch: 1, startOffset: 10 },
      { epoch: 3, startOffset: 20 },
    ]);
    cache.assign(2, 15);
    expect(cache.all()).toEqual([
      { epoch: 1, startOffset: 10 },
      { epoch: 2, startOffset: 15 },
    ]);
  });

  it('answers endOffsetFor as a leader does', () => {
    const cache = new LeaderEpochCache([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 57 },
      { epoch: 5, startOffset: 80 },
    ]);
    expect(cache.endOffsetFor(5, 100)).toEqual({ epoch: 5, startOffset: 100 }); // latest: the LEO
    expect(cache.endOffsetFor(2, 100)).toEqual({ epoch: 2, startOffset: 80 });
    expect(cache.endOffsetFor(3, 100)).toEqual({ epoch: 2, startOffset: 80 }); // unknown: the largest below
    expect(cache.endOffsetFor(6, 100)).toEqual({ epoch: -1, startOffset: -1 });
    expect(cache.endOffsetFor(-1, 100)).toEqual({ epoch: -1, startOffset: -1 });
  });

  it('truncates from the end (follower) and from the start (log start offset moved)', () => {
    const cache = new LeaderEpochCache([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 57 },
      { epoch: 5, startOffset: 80 },
    ]);
    cache.truncateFromEnd(80);
    expect(cache.latestEpoch()).toBe(2);
    cache.truncateFromStart(60);
    expect(cache.all()).toEqual([{ epoch: 2, startOffset: 60 }]);
  });

  it('reads and writes the leader-epoch-checkpoint text', () => {
    const text = '0\n2\n0 0\n2 57\n';
    expect(LeaderEpochCache.fromCheckpointText(text).toCheckpointText()).toBe(text);
    expect(new LeaderEpochCache().toCheckpointText()).toBe('0\n0\n');
    expect(() => LeaderEpochCache.fromCheckpointText('1\n0\n')).toThrow(/version/);
  });
});
