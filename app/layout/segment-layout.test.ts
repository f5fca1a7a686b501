import { describe, expect, it } from 'vitest';
import type { SegmentRecord } from '../../engine/view/types';
import { layoutSegments, offsetToX } from './segment-layout';

function seg(baseOffset: number, nextOffset: number, sizeBytes: number, extra: Partial<SegmentRecord> = {}) {
  return {
    kind: 'segment',
    id: `s${baseOffset}${extra.deleted ? 'd' : ''}`,
    partitionId: 'p',
    fileName: `${baseOffset}.log`,
    baseOffset,
    nextOffset,
    sizeBytes,
    recordCount: nextOffset - baseOffset,
    active: false,
    deleted: false,
    indexBytes: 0,
    timeIndexBytes: 0,
    largestTimestampMs: -1,
    ...extra,
  } satisfies SegmentRecord;
}

describe('layoutSegments', () => {
  it('gives wider blocks to bigger files, with a minimum for empty ones, left to right', () => {
    const layout = layoutSegments([seg(0, 3, 300), seg(3, 4, 100), seg(4, 4, 0, { active: true })], {
      widthPx: 600,
      minBlockPx: 50,
      gapPx: 10,
    });
    const [a, b, c] = layout.boxes;
    expect(a?.x).toBe(0);
    expect(a?.width).toBeGreaterThan(b?.width ?? Infinity);
    expect(c?.width).toBe(50);
    expect(b?.x).toBeCloseTo((a?.width ?? 0) + 10);
    expect((c?.x ?? 0) + (c?.width ?? 0)).toBeCloseTo(600);
    expect(layout.totalWidth).toBe(600);
  });

  it('grows past the given width when the minimums need more room', () => {
    const many = Array.from({ length: 20 }, (_, i) => seg(i, i + 1, 10));
    const layout = layoutSegments(many, { widthPx: 300, minBlockPx: 40, gapPx: 5 });
    expect(layout.totalWidth).toBe(20 * 40 + 19 * 5);
  });
});

describe('offsetToX', () => {
  const layout = layoutSegments(
    [seg(0, 2, 100, { deleted: true }), seg(2, 4, 200), seg(4, 6, 200, { active: true })],
    { widthPx: 500, minBlockPx: 50, gapPx: 10 },
  );
  const [, second, active] = layout.boxes;

  it('puts a segment boundary on the next segment and the LEO on the active segment end', () => {
    expect(offsetToX(layout, 2)).toBe(second?.x);
    expect(offsetToX(layout, 4)).toBe(active?.x);
    expect(offsetToX(layout, 6)).toBeCloseTo((active?.x ?? 0) + (active?.width ?? 0));
    expect(offsetToX(layout, 3)).toBeCloseTo((second?.x ?? 0) + (second?.width ?? 0) / 2);
  });

  it('has no position for deleted or future offsets', () => {
    expect(offsetToX(layout, 1)).toBeUndefined();
    expect(offsetToX(layout, 7)).toBeUndefined();
  });
});
