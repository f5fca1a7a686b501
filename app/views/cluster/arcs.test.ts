import { describe, expect, it } from 'vitest';
import { arcPath, lagUsed, quantise, retentionRemaining } from './arcs';

describe('arcPath', () => {
  it('draws nothing for nothing', () => {
    expect(arcPath(0, 0, 10, 0)).toBe('');
    expect(arcPath(0, 0, 10, -1)).toBe('');
  });

  it('starts at 12 o’clock and runs clockwise', () => {
    expect(arcPath(0, 0, 10, 0.25)).toBe('M0,-10 A10,10 0 0 1 10,0');
    expect(arcPath(0, 0, 10, 0.5)).toBe('M0,-10 A10,10 0 0 1 0,10');
    expect(arcPath(0, 0, 10, 0.75)).toBe('M0,-10 A10,10 0 1 1 -10,0');
  });

  it('draws a whole circle as two half arcs', () => {
    expect(arcPath(5, 5, 4, 1)).toBe('M5,1 A4,4 0 1 1 5,9 A4,4 0 1 1 5,1');
    expect(arcPath(5, 5, 4, 3)).toBe(arcPath(5, 5, 4, 1));
  });
});

describe('retentionRemaining', () => {
  const broker = { nextRetentionCheckMs: 300_000, retentionCheckIntervalMs: 300_000 };

  it('is the share of the interval still to wait', () => {
    expect(retentionRemaining(broker, 0)).toBe(1);
    expect(retentionRemaining(broker, 150_000)).toBe(0.5);
    expect(retentionRemaining(broker, 300_000)).toBe(0);
    expect(retentionRemaining(broker, 400_000)).toBe(0);
  });

  it('is null for a stopped broker (no check scheduled)', () => {
    expect(retentionRemaining({ nextRetentionCheckMs: -1, retentionCheckIntervalMs: 300_000 }, 0)).toBeNull();
  });
});

describe('lagUsed', () => {
  it('is the share of replica.lag.time.max.ms a follower has been behind', () => {
    expect(lagUsed({ role: 'follower', lagMs: 0, replicaLagTimeMaxMs: 30_000 })).toBe(0);
    expect(lagUsed({ role: 'follower', lagMs: 15_000, replicaLagTimeMaxMs: 30_000 })).toBe(0.5);
    expect(lagUsed({ role: 'follower', lagMs: 45_000, replicaLagTimeMaxMs: 30_000 })).toBe(1);
  });

  it('is null for leaders, offline replicas and untracked followers', () => {
    expect(lagUsed({ role: 'leader', lagMs: 0, replicaLagTimeMaxMs: 30_000 })).toBeNull();
    expect(lagUsed({ role: 'offline', lagMs: 10, replicaLagTimeMaxMs: 30_000 })).toBeNull();
    expect(lagUsed({ role: 'follower', lagMs: null, replicaLagTimeMaxMs: 30_000 })).toBeNull();
  });
});

describe('quantise', () => {
  it('rounds to steps', () => {
    expect(quantise(0.51, 4)).toBe(0.5);
    expect(quantise(0.63, 4)).toBe(0.75);
  });
});
