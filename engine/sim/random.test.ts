import { describe, expect, it } from 'vitest';
import { SeededRandom } from './random';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const draw = (seed: number) => {
      const rng = SeededRandom.fromSeed(seed);
      return Array.from({ length: 8 }, () => rng.nextInt());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('resumes from a saved state exactly', () => {
    const rng = SeededRandom.fromSeed(99);
    for (let i = 0; i < 5; i++) rng.nextUint32();
    const copy = SeededRandom.fromState(JSON.parse(JSON.stringify(rng.toState())));
    expect(Array.from({ length: 5 }, () => copy.nextUint32())).toEqual(
      Array.from({ length: 5 }, () => rng.nextUint32()),
    );
  });

  it('draws bounded integers in range and roughly uniformly', () => {
    const rng = SeededRandom.fromSeed(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const k = rng.nextIntBelow(3);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(9_000);
    expect(() => rng.nextIntBelow(0)).toThrow(RangeError);
  });

  it('nextInt is signed 32-bit and nextFloat is in [0, 1)', () => {
    const rng = SeededRandom.fromSeed(3);
    for (let i = 0; i < 1000; i++) {
      const n = rng.nextInt();
      expect(n).toBe(n | 0);
      const f = rng.nextFloat();
      expect(f >= 0 && f < 1).toBe(true);
    }
  });
});
