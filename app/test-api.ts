/**
 * `window.__kafkascope` for dev builds and `--mode test` builds: the store and the engine client, so
 * a console session or a test can inspect state and wait for the engine. Production builds drop it
 * (the condition is constant, and the bundler removes the branch).
 */
import type { EngineClient } from './bridge/engine-client';
import type { AppState, AppStore } from './store/store';

export interface KafkascopeTestApi {
  readonly getState: () => AppState;
  readonly store: AppStore;
  readonly engine: EngineClient;
  /** Resolves once the store's state satisfies `predicate` (checked on every store change). */
  readonly waitFor: (predicate: (state: AppState) => boolean, timeoutMs?: number) => Promise<void>;
}

declare global {
  interface Window {
    __kafkascope?: KafkascopeTestApi;
  }
}

export function installTestApi(store: AppStore, engine: EngineClient): void {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'test')) return;
  const waitFor = (predicate: (state: AppState) => boolean, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      if (predicate(store.getState())) return resolve();
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error('waitFor timed out'));
      }, timeoutMs);
      const unsubscribe = store.subscribe((state) => {
        if (!predicate(state)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });
  window.__kafkascope = { getState: store.getState, store, engine, waitFor };
}
