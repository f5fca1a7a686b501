import { describe, expect, it } from 'vitest';
import type { ClockRecord, SegmentRecord } from '../../engine/view/types';
import { selectClock, selectSegments } from './selectors';
import { createAppStore } from './store';

const clock = (nowMs: number): ClockRecord => ({
  kind: 'clock',
  id: 'clock',
  nowMs,
  seed: 1,
  commandCount: 0,
});
const segment = (baseOffset: number, deleted = false): SegmentRecord => ({
  kind: 'segment',
  id: `segment:t-0/${baseOffset}${deleted ? '.deleted' : ''}`,
  partitionId: 'partition:t-0',
  fileName: `${String(baseOffset).padStart(20, '0')}.log${deleted ? '.deleted' : ''}`,
  baseOffset,
  nextOffset: baseOffset,
  sizeBytes: 0,
  recordCount: 0,
  active: !deleted,
  deleted,
  indexBytes: 0,
  timeIndexBytes: 0,
  largestTimestampMs: -1,
});

describe('engine slice', () => {
  it('applies a snapshot, then patches in sequence, and refuses a gap without changing anything', () => {
    const store = createAppStore();
    store.getState().applySnapshot(4, { records: [clock(1), segment(5)] });
    expect(
      store.getState().applyPatch(5, { added: [segment(0, true)], updated: [clock(2)], removed: [] }),
    ).toBe(true);
    expect(selectClock(store.getState())?.nowMs).toBe(2);
    expect(selectSegments(store.getState()).map((s) => s.fileName)).toEqual([
      '00000000000000000000.log.deleted',
      '00000000000000000005.log',
    ]);
    const before = store.getState().records;
    expect(store.getState().applyPatch(7, { added: [], updated: [clock(9)], removed: [] })).toBe(false);
    expect(store.getState().records).toBe(before);
    expect(store.getState().seq).toBe(5);
  });

  it('refuses patches before the first snapshot', () => {
    const store = createAppStore();
    expect(store.getState().applyPatch(0, { added: [clock(1)], updated: [], removed: [] })).toBe(false);
  });
});
