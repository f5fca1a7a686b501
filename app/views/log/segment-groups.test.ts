import { describe, expect, it } from 'vitest';
import { groupSegments, maxBlocksFor } from './segment-groups';
import { segment } from './test-records';

const shape = (items: ReturnType<typeof groupSegments>) =>
  items.map(
    (i) =>
      `${i.baseOffset}-${i.nextOffset}${i.deleted ? 'D' : ''}${i.active ? 'A' : ''}×${i.segments.length}`,
  );

describe('segment groups', () => {
  it('draws a retention pass (three or more consecutive .deleted segments) as one block', () => {
    const segments = [
      segment(10, 20, { deleted: true }),
      segment(0, 10, { deleted: true }),
      segment(20, 30, { deleted: true }),
      segment(30, 40),
      segment(40, 40, { active: true }),
    ];
    const items = groupSegments(segments, 20);
    expect(shape(items)).toEqual(['0-30D×3', '30-40×1', '40-40A×1']);
    expect(items[0]?.id).toBe(`group:${segments[1]?.id}`);
    expect(items[0]?.recordCount).toBe(30);
    expect(items[1]?.id).toBe(segments[3]?.id);
  });

  it('keeps one or two deleted segments apart', () => {
    expect(
      shape(groupSegments([segment(0, 10, { deleted: true }), segment(10, 20, { deleted: true })], 20)),
    ).toEqual(['0-10D×1', '10-20D×1']);
  });

  it('merges the oldest closed segments when a row has more than fit, keeping the newest closed and the active', () => {
    const segments = Array.from({ length: 10 }, (_, i) => segment(i * 10, i * 10 + 10));
    segments.push(segment(100, 104, { active: true }));
    const items = groupSegments(segments, 5);
    expect(items).toHaveLength(5);
    expect(shape(items)).toEqual(['0-70×7', '70-80×1', '80-90×1', '90-100×1', '100-104A×1']);
    // Nothing to merge: all blocks are kept even if they do not fit.
    expect(groupSegments([segment(0, 0, { active: true })], 0)).toHaveLength(1);
  });

  it('fits about one block per 56 px, at least four', () => {
    expect(maxBlocksFor(560)).toBe(10);
    expect(maxBlocksFor(50)).toBe(4);
  });
});
