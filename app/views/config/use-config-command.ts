/**
 * Sends one recorded config or topic command and keeps what a form shows: whether it is in flight,
 * and, when Kafka refuses, its error name and text (an EngineError) to show beside the form.
 */
import { useCallback, useState } from 'react';
import type { SessionCommand } from '../../../engine/worker/protocol';
import { useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';

export interface Refusal {
  /** Kafka's error name (`INVALID_CONFIG`) or the engine's code. */
  readonly code: string;
  /** Kafka's own text, shown untranslated. */
  readonly message: string;
}

export interface ConfigCommand {
  /** True when the engine accepted the command; on refusal `refusal` holds why. */
  run(command: SessionCommand): Promise<boolean>;
  readonly busy: boolean;
  readonly refusal: Refusal | null;
  clear(): void;
}

export function useConfigCommand(): ConfigCommand {
  const engine = useEngine();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const run = useCallback(
    async (command: SessionCommand) => {
      setBusy(true);
      setRefusal(null);
      try {
        await engine.command(command);
        return true;
      } catch (error) {
        setRefusal(
          error instanceof EngineError
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
        );
        return false;
      } finally {
        setBusy(false);
      }
    },
    [engine],
  );
  const clear = useCallback(() => setRefusal(null), []);
  return { run, busy, refusal, clear };
}
