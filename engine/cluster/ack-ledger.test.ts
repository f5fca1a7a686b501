import { describe, expect, it } from 'vitest';
import { DEFAULT_LOG_CONFIG, Log } from '../log';
import { AckLedger } from './ack-ledger';

const value = new TextEncoder().encode('v');

function log(): Log {
  return Log.create({ topic: 't', partition: 0, config: DEFAULT_LOG_CONFIG, nowMs: 0, nextInt: () => 0 });
}

function append(target: Log, epoch: number, n: number): number {
  target.maybeAssignEpochStartOffset(epoch, target.logEndOffset);
  const result = target.appendAsLeader(
    { records: Array.from({ length: n }, () => ({ timestamp: 0, key: null, value })) },
    { leaderEpoch: epoch, nowMs: 0 },
  );
  return result.baseOffset;
}

describe('AckLedger', () => {
  it('merges contiguous acknowledgements of one epoch into one run', () => {
    const ledger = new AckLedger();
    const leader = log();
    for (let i = 0; i < 100; i++) ledger.record('t-0', leader, append(leader, 0, 2));
    expect(ledger.runCount()).toBe(1);
    expect(ledger.check('t', 0, leader)).toEqual([]);
  });

  it('finds acknowledged offsets a new leader never had (unclean election), and only those', () => {
    const ledger = new AckLedger();
    const old = log();
    const follower = log();
    for (let i = 0; i < 5; i++) {
      const base = append(old, 0, 1);
      ledger.record('t-0', old, base);
      if (i < 3) append(follower, 0, 1); // the follower replicated only 0..2
    }
    // The follower becomes leader in epoch 1 and writes new records at offsets 3, 4, 5.
    append(follower, 1, 3);
    expect(ledger.check('t', 0, follower)).toEqual([
      { topic: 't', partition: 0, fromOffset: 3, toOffset: 4, count: 2 },
    ]);
    expect(ledger.lostCount()).toBe(2);
    // Checking again finds nothing new, and the kept run never grows past what was acknowledged.
    expect(ledger.check('t', 0, follower)).toEqual([]);
    expect(ledger.lostCount()).toBe(2);
  });

  it('keeps a run whole when the leader holds more of that epoch than was acknowledged', () => {
    const ledger = new AckLedger();
    const leader = log();
    ledger.record('t-0', leader, append(leader, 0, 3)); // acknowledged 0..2
    append(leader, 0, 2); // 3..4 written, never acknowledged
    expect(ledger.check('t', 0, leader)).toEqual([]);
    // A new leader with only 0..2 of epoch 0 has lost nothing acknowledged.
    const next = log();
    append(next, 0, 3);
    append(next, 1, 1);
    expect(ledger.check('t', 0, next)).toEqual([]);
  });
});
