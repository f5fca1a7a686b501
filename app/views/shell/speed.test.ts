import { describe, expect, it } from 'vitest';
import { positionOf, SLIDER_MAX, SLIDER_MIN, speedAt, speedWords } from './speed';

describe('speed slider', () => {
  it('spans 0.001x to 100000x on a log scale and round-trips positions', () => {
    expect(speedAt(SLIDER_MIN)).toBe(0.001);
    expect(speedAt(SLIDER_MAX)).toBe(100_000);
    expect(speedAt(0)).toBe(1);
    for (let p = SLIDER_MIN; p <= SLIDER_MAX; p++) expect(positionOf(speedAt(p))).toBe(p);
  });

  it('reads slow speeds as real seconds per simulated second, fast ones as simulated time per real second', () => {
    expect(speedWords(0.1)).toEqual({ kind: 'slow', realSecondsPerSimSecond: 10 });
    expect(speedWords(1)).toEqual({ kind: 'same' });
    expect(speedWords(3600)).toEqual({ kind: 'fast', simMsPerRealSecond: 3_600_000 });
  });
});
