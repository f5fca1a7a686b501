import { describe, expect, it } from 'vitest';
import { Log } from './log';
import { DEFAULT_LOG_MANAGER_CONFIG, type LogConfig } from './log-config';
import { LogManager } from './log-manager';
import { keyedBatch, seededInts, sizedBatch, testConfig } from './test-kit';

function newLog(topic: string, config: Partial<LogConfig>): Log {
  return Log.create({ topic, partition: 0, config: testConfig(config), nowMs: 0, nextInt: seededInts(9) });
}

describe('LogManager schedule', () => {
  it('checks retention first 30 s after start, then every 5 minutes (fixed rate)', () => {
    const manager = new LogManager(DEFAULT_LOG_MANAGER_CONFIG, 1000);
    manager.addLog(newLog('a', {}));
    expect(manager.nextDueMs()).toBe(31_000);
    expect(manager.tick(30_999)).toEqual([]);
    expect(manager.tick(31_000).map((a) => a.kind)).toEqual(['retention-check']);
    expect(manager.nextDueMs()).toBe(331_000);
    expect(manager.tick(331_500).map((a) => a.kind)).toEqual(['retention-check']);
    expect(manager.nextDueMs()).toBe(631_000); // the grid does not drift with a late tick
    manager.tick(10_000_000); // far late: runs once, next on the grid
    expect(manager.nextDueMs()).toBe(10_231_000);
  });

  it('deletes old segments of every log at the check and removes their files file.delete.delay.ms later', () => {
    const manager = new LogManager(DEFAULT_LOG_MANAGER_CONFIG, 0);
    const log = newLog('a', { segmentBytes: 1000, retentionMs: 60_000 });
    manager.addLog(log);
    for (let i = 0; i < 15; i++) log.appendAsLeader(sizedBatch(100, 0), { leaderEpoch: 0, nowMs: 0 });
    log.updateHighWatermark(log.logEndOffset);
    const [check] = manager.tick(30_000);
    expect(check).toEqual({ kind: 'retention-check', nowMs: 30_000, segmentsDeleted: [] }); // 30 s old: kept
    expect(manager.tick(330_000)).toEqual([
      { kind: 'retention-check', nowMs: 330_000, segmentsDeleted: [{ log: 'a-0', count: 2 }] },
    ]);
    expect(log.segments.map((s) => [s.baseOffset, s.size])).toEqual([[15, 0]]);
    expect(manager.nextDueMs()).toBe(390_000); // the .deleted files, 60 s later
    const [removal] = manager.tick(390_000);
    expect(removal?.kind).toBe('files-deleted');
    expect(log.files().some((f) => f.name.endsWith('.deleted'))).toBe(false);
  });

  it('runs the cleaner from start and every log.cleaner.backoff.ms when a compacted log exists', () => {
    const manager = new LogManager(DEFAULT_LOG_MANAGER_CONFIG, 0);
    manager.addLog(newLog('plain', {}));
    expect(manager.nextDueMs()).toBe(30_000); // no compacted log: the cleaner has nothing to wake for
    const compacted = newLog('compacted', { cleanupPolicy: ['compact'], segmentBytes: 200 });
    manager.addLog(compacted);
    expect(manager.nextDueMs()).toBe(0);
    for (const k of ['a', 'a', 'a', 'b']) {
      compacted.appendAsLeader(keyedBatch(0, [k, 'v']), { leaderEpoch: 0, nowMs: 0 });
    }
    compacted.updateHighWatermark(compacted.logEndOffset);
    const actions = manager.tick(0);
    expect(actions.map((a) => a.kind)).toEqual(['log-cleaned']);
    expect(manager.nextDueMs()).toBe(15_000);
    expect(manager.tick(15_000)).toEqual([]); // nothing dirty enough: idle, back off again
    expect(manager.nextDueMs()).toBe(30_000);
  });

  // Kafka 3.9 core/src/main/scala/kafka/log/LogManager.scala `cleanupLogs`: without a cleaner the
  // retention task still filters `!log.config.compact`, so compact,delete logs keep everything.
  it('leaves compacted logs to the cleaner, and to nobody when the cleaner is off', () => {
    const build = () => {
      const log = newLog('c', { cleanupPolicy: ['compact', 'delete'], segmentBytes: 200, retentionMs: 1000 });
      for (let i = 0; i < 5; i++)
        log.appendAsLeader(keyedBatch(0, [`k${i}`, 'v']), { leaderEpoch: 0, nowMs: 0 });
      log.updateHighWatermark(log.logEndOffset);
      return log;
    };
    const withCleaner = new LogManager({ ...DEFAULT_LOG_MANAGER_CONFIG, logCleanerBackoffMs: 1e9 }, 0);
    const a = build();
    withCleaner.addLog(a);
    withCleaner.tick(0); // the cleaner's first loop (nothing past retention yet)
    expect(withCleaner.tick(30_000)).toEqual([
      { kind: 'retention-check', nowMs: 30_000, segmentsDeleted: [] },
    ]);
    const withoutCleaner = new LogManager({ ...DEFAULT_LOG_MANAGER_CONFIG, logCleanerEnable: false }, 0);
    const b = build();
    withoutCleaner.addLog(b);
    expect(withoutCleaner.tick(30_000)).toEqual([
      { kind: 'retention-check', nowMs: 30_000, segmentsDeleted: [] },
    ]);
    expect(b.segments.length).toBe(3); // all past retention.ms, none deleted
    expect(withoutCleaner.nextDueMs()).toBe(330_000); // and no cleaner wakes up for it
  });
});
