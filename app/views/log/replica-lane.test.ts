import { describe, expect, it } from 'vitest';
import { buildOffsetAxis } from './offset-axis';
import { cellEdges, epochTags, laneBoundaries, layoutReplicaLane, runOffsetAt } from './replica-lane';
import { groupSegments, itemEnd } from './segment-groups';
import { segment } from './test-records';

const lane = (
  segments: Parameters<typeof groupSegments>[0],
  rest: { epochStarts: number[]; logStartOffset: number; logEndOffset: number; committedUpTo: number },
  widthPx = 1000,
  minSpanPx = 40,
) => {
  const items = groupSegments(segments, 50);
  const axis = buildOffsetAxis(laneBoundaries(items, rest.logEndOffset), { widthPx, minSpanPx });
  return layoutReplicaLane({ items, ...rest }, axis);
};

describe('replica lane', () => {
  const segments = [
    segment(0, 10, { deleted: true }),
    segment(10, 20),
    segment(20, 30),
    segment(30, 30, { active: true }),
  ];

  it('places blocks side by side on the axis; an empty active segment gets its next slot', () => {
    const l = lane(segments, {
      epochStarts: [0, 0],
      logStartOffset: 10,
      logEndOffset: 30,
      committedUpTo: 30,
    });
    expect(l.blocks.map((b) => b.item.baseOffset)).toEqual([0, 10, 20, 30]);
    for (let i = 1; i < l.blocks.length; i++) {
      const prev = l.blocks[i - 1];
      expect(l.blocks[i]?.x).toBeCloseTo((prev?.x ?? 0) + (prev?.width ?? 0));
    }
    expect(itemEnd(segment(30, 30))).toBe(31);
    expect(l.blocks[3]?.width).toBeGreaterThanOrEqual(40);
  });

  it('splits records into runs by block, leader epoch, HW and log start offset — deleted blocks have none', () => {
    const l = lane(segments, {
      epochStarts: [0, 0, 3, 15],
      logStartOffset: 12,
      logEndOffset: 30,
      committedUpTo: 25,
    });
    expect(l.runs.map((r) => [r.from, r.to, r.epoch, r.committed, r.belowStart])).toEqual([
      [10, 12, 0, true, true],
      [12, 15, 0, true, false],
      [15, 20, 3, true, false],
      [20, 25, 3, true, false],
      [25, 30, 3, false, false],
    ]);
  });

  it('never draws one element per record when there are thousands: few runs, no ticks', () => {
    const big = [segment(0, 50_000), segment(50_000, 100_000, { active: true })];
    const l = lane(
      big,
      { epochStarts: [0, 0, 1, 70_000], logStartOffset: 0, logEndOffset: 100_000, committedUpTo: 99_990 },
      1200,
    );
    expect(l.runs.length).toBe(4);
    expect(l.runs.every((r) => r.ticks.length === 0 && !r.numbers)).toBe(true);
  });

  it('draws a tick per record, and offsets as numbers, only when they have room', () => {
    const few = [segment(0, 5, { active: true })];
    const rest = { epochStarts: [0, 0], logStartOffset: 0, logEndOffset: 5, committedUpTo: 5 };
    const wide = lane(few, rest, 500);
    expect(wide.runs[0]?.ticks).toHaveLength(4);
    expect(wide.runs[0]?.numbers).toBe(true);
    const tight = lane(few, rest, 20, 14);
    expect(tight.runs[0]?.ticks).toHaveLength(0);
    expect(tight.runs[0]?.numbers).toBe(false);
  });
});

describe('epoch tags', () => {
  it('tags each block’s first run and every change of leader epoch, with the room up to the next tag', () => {
    const l = lane([segment(0, 10), segment(10, 20), segment(20, 20, { active: true })], {
      epochStarts: [0, 0, 2, 5, 4, 15],
      logStartOffset: 0,
      logEndOffset: 20,
      committedUpTo: 18,
    });
    const tags = epochTags(l.runs);
    expect(tags.map((t) => t.epoch)).toEqual([0, 2, 2, 4]);
    expect(tags.map((t) => t.x)).toEqual([l.runs[0]?.x, l.runs[1]?.x, l.runs[2]?.x, l.runs[3]?.x]);
    const last = l.runs[l.runs.length - 1];
    expect(tags[3]?.roomPx).toBeCloseTo((last?.x ?? 0) + (last?.width ?? 0) - (tags[3]?.x ?? 0));
    expect(epochTags([])).toEqual([]);
  });
});

describe('records inside a run', () => {
  const rest = { epochStarts: [0, 0], logStartOffset: 0, logEndOffset: 4, committedUpTo: 4 };

  it('gives each record its cell, from the ticks when drawn, else evenly', () => {
    const run = lane([segment(0, 4, { active: true })], rest, 400).runs[0];
    if (run === undefined) throw new Error('no run');
    const edges = cellEdges(run);
    expect(edges).toHaveLength(5);
    expect(edges[0]).toBe(run.x);
    expect(edges[4]).toBeCloseTo(run.x + run.width);
    expect(runOffsetAt(run, (edges[2] ?? 0) + 1)).toBe(2);
    expect(runOffsetAt(run, run.x - 50)).toBe(0);
    expect(runOffsetAt(run, run.x + run.width + 50)).toBe(3);
  });

  it('maps x to an offset without ticks (thousands of records)', () => {
    const run = lane(
      [segment(0, 1000, { active: true })],
      { ...rest, logEndOffset: 1000, committedUpTo: 1000 },
      300,
    ).runs[0];
    if (run === undefined) throw new Error('no run');
    expect(run.ticks).toHaveLength(0);
    expect(runOffsetAt(run, run.x + run.width / 2)).toBe(500);
    expect(cellEdges(run)).toHaveLength(1001);
  });
});
