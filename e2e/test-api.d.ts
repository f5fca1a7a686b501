/**
 * `window.__kafkascope` as the e2e specs see it: the app's own test API type (app/test-api.ts), so a
 * spec that reads the store is checked against the store's real shape.
 */
import type { KafkascopeTestApi } from '../app/test-api';

declare global {
  interface Window {
    __kafkascope?: KafkascopeTestApi;
  }
}
