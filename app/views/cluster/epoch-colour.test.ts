import { describe, expect, it } from 'vitest';
import { epochColour, inkOn, latestEpoch } from './epoch-colour';

describe('epoch colours', () => {
  it('give neighbouring epochs different colours and cycle through the palette', () => {
    const colours = Array.from({ length: 8 }, (_, e) => epochColour(e));
    expect(new Set(colours).size).toBe(8);
    expect(epochColour(8)).toBe(epochColour(0));
    expect(epochColour(-1)).toBe('transparent');
  });

  it('read the newest epoch of a flattened leader-epoch cache', () => {
    expect(latestEpoch([])).toBe(-1);
    expect(latestEpoch([0, 0])).toBe(0);
    expect(latestEpoch([0, 0, 3, 120, 5, 400])).toBe(5);
  });

  it('pick the ink that reads on the fill', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#F0E442')).toBe('#000000');
    expect(inkOn('#0072B2')).toBe('#ffffff');
    expect(inkOn('transparent')).toBe('#000000');
  });
});
