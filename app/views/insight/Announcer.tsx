/**
 * Reads important changes aloud through the shell's polite live region: ISR shrinks and expansions,
 * elections, offline partitions, segment deletions, brokers stopping and starting, controller changes,
 * acknowledged records lost. Renders nothing; listens to the store transiently (no React render per
 * patch), says at most one sentence every 1.5 s and merges bursts ("3 segments deleted.").
 *
 * Only news is said: the events already there when the view connects, those a rewind replays, and
 * those of a new cluster are history.
 */
import { useEffect } from 'react';
import type { ClockRecord } from '../../../engine/view/types';
import { useAppStoreApi } from '../../bridge/context';
import { selectClock, selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { AnnounceThrottle, announcementText } from './announce-text';
import type { EventBody } from './insight-format';

export function Announcer() {
  const store = useAppStoreApi();
  useEffect(() => {
    const throttle = new AnnounceThrottle();
    let events: AppState['kinds']['event'];
    let lastSeq: number | null = null;
    let lastClock: ClockRecord | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const say = () => {
      timer = undefined;
      const now = performance.now();
      const wait = throttle.due(now);
      if (wait === null) return;
      if (wait > 0) {
        timer = setTimeout(say, wait);
        return;
      }
      const state = store.getState();
      const text = announcementText(state.lang, throttle.take(now));
      if (text) state.announce(text);
    };

    const onChange = (state: AppState) => {
      if (!state.connected || state.kinds.event === events) {
        lastClock = selectClock(state) ?? lastClock;
        return;
      }
      events = state.kinds.event;
      const clock = selectClock(state);
      const all = [...selectKind('event')(state).values()];
      const maxSeq = all.reduce((max, e) => Math.max(max, e.seq), -1);
      const replaying = clock?.busyKind === 'replay';
      if (lastSeq === null || replaying || isNewHistory(lastClock, clock) || maxSeq < lastSeq) {
        // A first picture, a rewind (and its replay) or a new cluster: nothing here is news.
        throttle.clear();
        lastSeq = maxSeq;
        lastClock = clock;
        return;
      }
      lastClock = clock;
      const seen = lastSeq;
      const news: EventBody[] = all
        .filter((e) => e.seq > seen)
        .sort((a, b) => a.seq - b.seq)
        .map((e) => e.body);
      lastSeq = maxSeq;
      throttle.add(news, performance.now());
      if (timer === undefined) say();
    };

    onChange(store.getState());
    const unsubscribe = store.subscribe(onChange);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store]);
  return null;
}

/** Time went back (a rewind) or the run changed (reset, preset, another seed). */
function isNewHistory(before: ClockRecord | undefined, now: ClockRecord | undefined): boolean {
  if (!before || !now) return false;
  return (
    now.nowMs < before.nowMs ||
    now.seed !== before.seed ||
    now.startMs !== before.startMs ||
    now.preset !== before.preset
  );
}
