/**
 * `window.__kafkascope` for dev builds and `--mode test` builds: the store and engine client, so a
 * console session or a test can inspect state. Production builds drop it (the condition is constant,
 * and the bundler removes the branch).
 */
import type { EngineClient } from './bridge/engine-client';
import type { AppState, AppStore } from './store/store';

export interface KafkascopeTestApi {
  readonly getState: () => AppState;
  readonly engine: EngineClient;
}

declare global {
  interface Window {
    __kafkascope?: KafkascopeTestApi;
  }
}

export function installTestApi(store: AppStore, engine: EngineClient): void {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'test')) return;
  window.__kafkascope = { getState: store.getState, engine };
}
