/**
 * The app's one vanilla zustand store, built from slices: the engine mirror and UI-only state. React
 * reads it through selectors (selectors.ts); the engine client writes it.
 *
 * @example
 *   const store = createAppStore('ko');
 *   store.getState().setLang('en');
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_LANG, type Lang } from '../i18n/i18n';
import { createEngineSlice, type EngineSlice } from './engine-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = EngineSlice & UiSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initialLang: Lang = DEFAULT_LANG): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createEngineSlice(...a),
    ...createUiSlice(initialLang)(...a),
  }));
}
