import { describe, expect, it } from 'vitest';
import { enteringIds, leavingItems, startPresence, updatePresence } from './presence';

const items = (...ids: string[]) => ids.map((id) => ({ id }));

describe('presence', () => {
  it('does not animate what was there from the start; animates what appears, for a while', () => {
    let p = startPresence(items('a', 'b'));
    expect(enteringIds(p, 0, 500).size).toBe(0);
    p = updatePresence(p, items('a', 'b', 'c'), 1000, 600);
    expect([...enteringIds(p, 1000, 500)]).toEqual(['c']);
    p = updatePresence(p, items('a', 'b', 'c'), 1400, 600);
    expect([...enteringIds(p, 1400, 500)]).toEqual(['c']);
    expect(enteringIds(p, 1600, 500).size).toBe(0);
  });

  it('keeps a removed item as leaving until keepMs passed, and forgets it if it comes back', () => {
    let p = startPresence(items('a', 'b'));
    p = updatePresence(p, items('b'), 100, 600);
    expect(leavingItems(p).map((i) => i.id)).toEqual(['a']);
    p = updatePresence(p, items('b'), 650, 600);
    expect(leavingItems(p).map((i) => i.id)).toEqual(['a']);
    p = updatePresence(p, items('b'), 700, 600);
    expect(leavingItems(p)).toEqual([]);
    p = updatePresence(p, items(), 800, 600);
    p = updatePresence(p, items('b'), 900, 600);
    expect(leavingItems(p)).toEqual([]);
  });
});
