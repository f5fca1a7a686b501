import { describe, expect, it } from 'vitest';
import { applyDiff, diffRecords, indexRecords, isEmptyDiff, sameRecord } from './diff';
import type { ClockRecord, LogFileRecord } from './types';

const clock = (nowMs: number): ClockRecord => ({
  kind: 'clock',
  id: 'clock',
  nowMs,
  seed: 7,
  commandCount: 0,
});
const file = (name: string, sizeBytes: number): LogFileRecord => ({
  kind: 'file',
  id: `file:t-0/${name}`,
  partitionId: 'partition:t-0',
  name,
  sizeBytes,
});

describe('diffRecords', () => {
  it('lists added, updated and removed ids, and nothing for equal copies', () => {
    const prev = indexRecords([clock(1), file('a.log', 10), file('b.log', 0)]);
    const next = indexRecords([clock(1), file('a.log', 20), file('c.log', 0)]);
    const diff = diffRecords(prev, next);
    expect(diff.added.map((r) => r.id)).toEqual(['file:t-0/c.log']);
    expect(diff.updated.map((r) => r.id)).toEqual(['file:t-0/a.log']);
    expect(diff.removed).toEqual(['file:t-0/b.log']);
    expect(
      isEmptyDiff(diffRecords(next, indexRecords([clock(1), file('a.log', 20), file('c.log', 0)]))),
    ).toBe(true);
  });

  it('round-trips: applying the diff to prev gives next, and prev is untouched', () => {
    const prev = indexRecords([clock(1), file('a.log', 10), file('b.log', 0)]);
    const next = indexRecords([clock(2), file('b.log', 5), file('d.log', 1)]);
    const applied = applyDiff(prev, diffRecords(prev, next));
    expect([...applied.values()].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [...next.values()].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(prev.get('clock')).toEqual(clock(1));
  });
});

describe('sameRecord', () => {
  it('compares every field', () => {
    expect(sameRecord(file('a', 1), file('a', 1))).toBe(true);
    expect(sameRecord(file('a', 1), file('a', 2))).toBe(false);
    expect(sameRecord(clock(1), { ...clock(1), seed: 8 })).toBe(false);
  });
});
