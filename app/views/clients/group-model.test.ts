import { describe, expect, it } from 'vitest';
import type { CommittedOffsetRecord, MemberRecord, PartitionRecord } from '../../../engine/view/types';
import {
  canResetOffsets,
  groupPartitionRows,
  groupTopics,
  offsetScale,
  parseUtcDateTime,
  resetSpecOf,
  sessionTimeLeftMs,
  toUtcDateTimeInput,
} from './group-model';

function partition(topic: string, p: number, lso: number, hw: number, leo: number): PartitionRecord {
  return {
    kind: 'partition',
    id: `partition:${topic}-${p}`,
    topic,
    partition: p,
    leader: 1,
    leaderEpoch: 0,
    replicas: [1],
    isr: [1],
    outOfSync: [],
    underReplicated: false,
    offline: false,
    logStartOffset: lso,
    logEndOffset: leo,
    highWatermark: hw,
    preferredElectionBlocked: null,
    uncleanElectionBlocked: null,
  };
}

function member(
  name: string,
  status: MemberRecord['status'],
  partitions: string[],
  positions: Record<string, number>,
) {
  return {
    kind: 'member',
    id: `member:${name}`,
    name,
    groupId: 'g',
    clientId: `consumer-g-${name.slice(-1)}`,
    memberId: `${name}-uuid`,
    status,
    partitions,
    positions,
    consumedCount: 0,
    crashedAtMs: -1,
    sessionTimeoutMs: 45_000,
  } satisfies MemberRecord;
}

function committed(topic: string, p: number, offset: number, lag: number | null): CommittedOffsetRecord {
  return {
    kind: 'committed',
    id: `committed:g/${topic}-${p}`,
    groupId: 'g',
    topic,
    partition: p,
    offset,
    lag,
    owner: null,
  };
}

describe('groupPartitionRows', () => {
  const partitions = [
    partition('orders', 1, 0, 10, 12),
    partition('orders', 0, 5, 20, 20),
    partition('other', 0, 0, 3, 3),
  ];

  it('lists every partition of the group topics with owner, committed offset, lag and positions', () => {
    const rows = groupPartitionRows(
      ['orders'],
      partitions,
      [committed('orders', 0, 15, 5)],
      [
        member('g-app-1', 'running', ['orders-0'], { 'orders-0': 17 }),
        member('g-app-2', 'running', ['orders-1'], {}),
      ],
    );
    expect(rows.map((r) => r.key)).toEqual(['orders-0', 'orders-1']);
    expect(rows[0]).toMatchObject({
      owner: 'g-app-1',
      committed: 15,
      lag: 5,
      logStartOffset: 5,
      highWatermark: 20,
      positions: [{ name: 'g-app-1', offset: 17 }],
    });
    // No committed offset yet: no cursor and no lag (kafka-consumer-groups prints `-`).
    expect(rows[1]).toMatchObject({ owner: 'g-app-2', committed: null, lag: null, positions: [] });
  });

  it('ignores positions and assignments of members that are not running', () => {
    const rows = groupPartitionRows(
      ['orders'],
      partitions,
      [],
      [member('g-app-1', 'crashed', ['orders-0'], { 'orders-0': 3 })],
    );
    expect(rows[0]?.owner).toBeNull();
    expect(rows[0]?.positions).toEqual([]);
  });

  it('clamps a leaderless partition (offsets −1) to an empty range', () => {
    const rows = groupPartitionRows(['x'], [partition('x', 0, -1, -1, -1)], [], []);
    expect(rows[0]).toMatchObject({ logStartOffset: 0, highWatermark: 0, logEndOffset: 0 });
  });
});

describe('groupTopics', () => {
  it('joins topics with offsets and topics the members are assigned', () => {
    expect(groupTopics(['b'], [member('g-app-1', 'running', ['a-topic-0', 'b-1'], {})])).toEqual([
      'a-topic',
      'b',
    ]);
  });
});

describe('offsetScale', () => {
  it('spans the lowest log start to the highest LEO, shared by the rows', () => {
    const rows = groupPartitionRows(
      ['orders'],
      [partition('orders', 0, 10, 20, 30), partition('orders', 1, 20, 40, 50)],
      [],
      [],
    );
    const scale = offsetScale(rows);
    expect([scale.from, scale.to]).toEqual([10, 50]);
    expect(scale.x(30, 400)).toBe(200);
    expect(scale.x(0, 400)).toBe(0);
    expect(scale.x(99, 400)).toBe(400);
  });

  it('is one offset wide for empty logs', () => {
    const scale = offsetScale([]);
    expect([scale.from, scale.to]).toEqual([0, 1]);
  });
});

describe('canResetOffsets', () => {
  it('allows only inactive groups, as kafka-consumer-groups does', () => {
    expect(canResetOffsets('Empty')).toBe(true);
    expect(canResetOffsets('Dead')).toBe(true);
    for (const state of ['Stable', 'PreparingRebalance', 'CompletingRebalance'])
      expect(canResetOffsets(state)).toBe(false);
  });
});

describe('sessionTimeLeftMs', () => {
  it('counts session.timeout.ms (45 s) down from the crash, never below zero', () => {
    expect(sessionTimeLeftMs(1000, 1000)).toBe(45_000);
    expect(sessionTimeLeftMs(1000, 31_000)).toBe(15_000);
    expect(sessionTimeLeftMs(1000, 99_000)).toBe(0);
    expect(sessionTimeLeftMs(0, 5000, 10_000)).toBe(5000);
  });
});

describe('resetSpecOf', () => {
  const form = { mode: 'earliest' as const, amount: '', datetime: '' };

  it('builds each kafka-consumer-groups scenario', () => {
    expect(resetSpecOf(form)).toEqual({ spec: { to: 'earliest' } });
    expect(resetSpecOf({ ...form, mode: 'latest' })).toEqual({ spec: { to: 'latest' } });
    expect(resetSpecOf({ ...form, mode: 'offset', amount: ' 42 ' })).toEqual({
      spec: { to: 'offset', offset: 42 },
    });
    expect(resetSpecOf({ ...form, mode: 'shift-by', amount: '-5' })).toEqual({ spec: { shiftBy: -5 } });
    expect(resetSpecOf({ ...form, mode: 'datetime', datetime: '2026-01-05T09:00' })).toEqual({
      spec: { to: 'datetime', timestampMs: Date.UTC(2026, 0, 5, 9, 0) },
    });
  });

  it('names what is wrong with the form', () => {
    expect(resetSpecOf({ ...form, mode: 'offset', amount: '-1' })).toEqual({ problem: 'offset' });
    expect(resetSpecOf({ ...form, mode: 'offset', amount: '1.5' })).toEqual({ problem: 'offset' });
    expect(resetSpecOf({ ...form, mode: 'shift-by', amount: '' })).toEqual({ problem: 'shift' });
    expect(resetSpecOf({ ...form, mode: 'datetime', datetime: 'soon' })).toEqual({ problem: 'datetime' });
  });
});

describe('UTC date-time input', () => {
  it('reads a datetime-local value as UTC, with optional seconds and milliseconds', () => {
    expect(parseUtcDateTime('2026-01-05T09:00')).toBe(Date.UTC(2026, 0, 5, 9, 0));
    expect(parseUtcDateTime('2026-01-05T09:00:30')).toBe(Date.UTC(2026, 0, 5, 9, 0, 30));
    expect(parseUtcDateTime('2026-01-05T09:00:30.25')).toBe(Date.UTC(2026, 0, 5, 9, 0, 30, 250));
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseUtcDateTime('2026-02-30T09:00')).toBeNull();
    expect(parseUtcDateTime('2026-01-05T24:00')).toBeNull();
    expect(parseUtcDateTime('2026-01-05 09:00')).toBeNull();
  });

  it('writes the input value back', () => {
    const ms = Date.UTC(2026, 0, 5, 9, 0, 30, 999);
    expect(toUtcDateTimeInput(ms)).toBe('2026-01-05T09:00:30');
    expect(parseUtcDateTime(toUtcDateTimeInput(ms))).toBe(ms - 999);
  });
});
