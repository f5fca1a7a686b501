/**
 * Which client nodes the network strip shows. Clients exist on the wire only while they talk, so the
 * roster is sticky: a client seen once keeps its place (nodes do not jump about as messages come and
 * go), in order of first appearance; a new run (another seed or start) starts a new roster.
 *
 * @example
 *   mergeRoster(['client-1'], ['client-2', 'client-1']); // ['client-1', 'client-2']
 */
import { useMemo } from 'react';
import { useAppStore } from '../../bridge/context';
import { selectClock } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { byClientNumber, selectClientNamesKey } from './cluster-selectors';

/** `seen` plus the names in `current` it lacks (returns `seen` itself when nothing is new). */
export function mergeRoster(seen: readonly string[], current: readonly string[]): readonly string[] {
  const known = new Set(seen);
  const fresh = current.filter((n) => !known.has(n)).sort(byClientNumber);
  return fresh.length === 0 ? seen : [...seen, ...fresh];
}

const selectRunKey = (s: AppState): string => {
  const clock = selectClock(s);
  return clock ? `${clock.seed}/${clock.startMs}/${clock.preset}` : '';
};

/**
 * A selector holding the sticky roster: its result (a comma-joined string) changes only when a client
 * joins or a new run starts, not with every message, so the view re-renders only then.
 */
export function createRosterSelector(): (s: AppState) => string {
  let run = '';
  let seenKey = '';
  let names: readonly string[] = [];
  let joined = '';
  return (s) => {
    const runKey = selectRunKey(s);
    if (runKey !== run) {
      run = runKey;
      seenKey = '';
      names = [];
      joined = '';
    }
    const key = selectClientNamesKey(s);
    if (key === seenKey) return joined;
    seenKey = key;
    const merged = mergeRoster(names, key === '' ? [] : key.split(','));
    if (merged !== names) {
      names = merged;
      joined = names.join(',');
    }
    return joined;
  };
}

/** The sticky roster for the current run. */
export function useClientRoster(): readonly string[] {
  const select = useMemo(createRosterSelector, []);
  const joined = useAppStore(select);
  return useMemo(() => (joined === '' ? [] : joined.split(',')), [joined]);
}
