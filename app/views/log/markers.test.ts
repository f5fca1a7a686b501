import { describe, expect, it } from 'vitest';
import { estimateTextPx, groupMarkers, labelStart, staggerLabels } from './markers';

describe('markers', () => {
  it('groups markers at one offset into one label, in start/HW/LEO order, skipping −1', () => {
    expect(
      groupMarkers([
        { kind: 'leo', offset: 42 },
        { kind: 'start', offset: 0 },
        { kind: 'hw', offset: 42 },
        { kind: 'hw', offset: -1 },
      ]),
    ).toEqual([
      { offset: 0, kinds: ['start'] },
      { offset: 42, kinds: ['hw', 'leo'] },
    ]);
  });

  it('moves overlapping labels to free lines, and reuses a line once it is clear', () => {
    const lines = staggerLabels(
      [
        { x: 0, width: 50 },
        { x: 30, width: 50 },
        { x: 200, width: 50 },
        { x: 40, width: 10 },
      ],
      2,
    );
    expect(lines).toEqual([0, 1, 0, 0]);
    // x=40 collides with both lines (ends 50 and 80): it takes the line that frees first (line 0).
  });

  it('estimates Hangul wider than digits', () => {
    expect(estimateTextPx('브로커', 10)).toBeGreaterThan(estimateTextPx('123', 10));
  });
});

describe('label placement', () => {
  it('pulls a label that would run off the right edge back inside', () => {
    expect(labelStart(100, 50, 400)).toBe(100);
    expect(labelStart(380, 50, 400)).toBe(350);
    expect(labelStart(10, 500, 400)).toBe(0);
  });
});
