/**
 * React side of presence.ts: remembers the drawn items between renders, and renders once more when
 * an entering animation ends or a leaving item's time is up (so its class and element go away).
 */
import { useEffect, useReducer, useRef } from 'react';
import {
  enteringIds,
  type Identified,
  leavingItems,
  type Presence,
  startPresence,
  updatePresence,
} from './presence';

export interface PresenceView<T> {
  readonly entering: ReadonlySet<string>;
  readonly leaving: readonly T[];
}

export function usePresence<T extends Identified>(
  items: readonly T[],
  enterMs: number,
  leaveMs: number,
): PresenceView<T> {
  const state = useRef<Presence<T> | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const nowMs = performance.now();
  state.current =
    state.current === null ? startPresence(items) : updatePresence(state.current, items, nowMs, leaveMs);
  const entering = enteringIds(state.current, nowMs, enterMs);
  const leaving = leavingItems(state.current);
  const busy = entering.size > 0 || leaving.length > 0;
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(rerender, Math.min(enterMs, leaveMs) / 2);
    return () => clearTimeout(timer);
  });
  return { entering, leaving };
}
