/**
 * Sends a cluster command from an action button: on success the outcome is announced in the polite
 * live region; on refusal Kafka's error name and text go to the error banner.
 */
import { useCallback } from 'react';
import type { SessionCommand } from '../../../engine/worker/protocol';
import { useAppStoreApi, useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';

export function useClusterCommand(): (command: SessionCommand, done: string) => Promise<boolean> {
  const engine = useEngine();
  const store = useAppStoreApi();
  return useCallback(
    async (command, done) => {
      try {
        await engine.command(command);
        store.getState().announce(done);
        return true;
      } catch (e) {
        const error = e instanceof EngineError ? e : new EngineError('INTERNAL', String(e));
        store.getState().showError({ code: error.code, message: error.message });
        return false;
      }
    },
    [engine, store],
  );
}
