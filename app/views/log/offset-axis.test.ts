import { describe, expect, it } from 'vitest';
import { buildOffsetAxis, minSpanFor, offsetX, pxPerOffset, xToOffset } from './offset-axis';

describe('offset axis', () => {
  it('gives every span its minimum and shares the rest by offsets held', () => {
    // Spans: [0,10) 10 offsets, [10,11) 1 offset (an empty active segment's slot).
    const axis = buildOffsetAxis([11, 0, 10, 10], { widthPx: 200, minSpanPx: 20 });
    expect(axis.stops.map((s) => s.offset)).toEqual([0, 10, 11]);
    // 160 px to share over 11 offsets: 10/11 and 1/11 of it.
    expect(offsetX(axis, 10)).toBeCloseTo(20 + (160 * 10) / 11);
    expect(offsetX(axis, 11)).toBeCloseTo(200);
    expect(axis.widthPx).toBeCloseTo(200);
    expect(offsetX(axis, 5)).toBeCloseTo(offsetX(axis, 10) / 2);
  });

  it('grows past the width when the minimums need more, and clamps outside the domain', () => {
    const axis = buildOffsetAxis([0, 1, 2, 3, 4], { widthPx: 50, minSpanPx: 30 });
    expect(axis.widthPx).toBe(120);
    expect(offsetX(axis, -5)).toBe(0);
    expect(offsetX(axis, 99)).toBe(120);
  });

  it('inverts: the record drawn at x', () => {
    const axis = buildOffsetAxis([100, 200, 1000], { widthPx: 900, minSpanPx: 40 });
    for (const offset of [100, 150, 199, 200, 640, 999]) {
      expect(xToOffset(axis, offsetX(axis, offset) + 0.01)).toBe(offset);
    }
    expect(xToOffset(axis, -3)).toBe(100);
    expect(xToOffset(axis, 5000)).toBe(999);
  });

  it('survives degenerate input: nothing, one boundary', () => {
    expect(buildOffsetAxis([], { widthPx: 100, minSpanPx: 10 }).stops.map((s) => s.offset)).toEqual([0, 1]);
    const one = buildOffsetAxis([7], { widthPx: 100, minSpanPx: 10 });
    expect([one.from, one.to, one.widthPx]).toEqual([7, 8, 100]);
    expect(pxPerOffset(one, 7, 8)).toBe(100);
    expect(pxPerOffset(one, 8, 8)).toBe(0);
  });

  it('keeps minimum spans readable but bounded', () => {
    expect(minSpanFor(2, 1000)).toBe(72);
    expect(minSpanFor(20, 1000)).toBe(25);
    expect(minSpanFor(500, 1000)).toBe(14);
  });
});
