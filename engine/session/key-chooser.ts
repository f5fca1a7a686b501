/**
 * Keys for the automatic producer, drawn from the session's own seeded RNG (never the cluster's, so
 * turning auto-produce on does not shift any other random choice). The "hot key" case is the notes'
 * skew example: one key takes a chosen share (e.g. 70 %) of the records and lands on one partition.
 */
import type { SeededRandom } from '../sim/random';
import { HOT_KEY, uniformKey } from '../view/auto-produce';
import type { KeyDistribution } from '../view/types';

export { HOT_KEY } from '../view/auto-produce';

/**
 * @example
 *   chooseKey({ kind: 'hot-key', keys: 10, hotShare: 0.7 }, rng); // 'hot-key' about 70 % of the time
 */
export function chooseKey(distribution: KeyDistribution, rng: SeededRandom): string | null {
  switch (distribution.kind) {
    case 'none':
      return null;
    case 'uniform':
      return uniformKey(rng.nextIntBelow(distribution.keys));
    case 'hot-key':
      if (rng.nextFloat() < distribution.hotShare) return HOT_KEY;
      return uniformKey(rng.nextIntBelow(distribution.keys));
  }
}

/** A clear message for a distribution the producer cannot use, or null when it is fine. */
export function distributionProblem(distribution: KeyDistribution): string | null {
  if (distribution.kind === 'none') return null;
  if (!Number.isInteger(distribution.keys) || distribution.keys < 1 || distribution.keys > 1_000_000)
    return 'The number of keys must be a whole number from 1 to 1000000';
  if (distribution.kind === 'hot-key' && !(distribution.hotShare >= 0 && distribution.hotShare <= 1))
    return 'The hot key share must be between 0 and 1';
  return null;
}
