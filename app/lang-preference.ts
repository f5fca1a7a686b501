/** Remembers the chosen language in localStorage (a UI preference, not engine state). */
import { DEFAULT_LANG, isLang, type Lang } from './i18n/i18n';
import type { AppStore } from './store/store';

const KEY = 'kafkascope.lang';

export function loadLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage blocked (privacy mode): Korean, as on a first visit
  }
}

export function persistLang(store: AppStore): void {
  store.subscribe((state, prev) => {
    if (state.lang === prev.lang) return;
    try {
      localStorage.setItem(KEY, state.lang);
    } catch {
      // Not remembered; the switch still works for this visit.
    }
  });
}
