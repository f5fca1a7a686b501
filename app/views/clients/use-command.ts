/**
 * Sends one recorded command from a panel and keeps what a form needs to show: whether it is in
 * flight and, when refused, Kafka's error name and text (an EngineError) to show beside the form.
 */
import { useCallback, useState } from 'react';
import type { SessionCommand } from '../../../engine/worker/protocol';
import { useEngine } from '../../bridge/context';
import { EngineError } from '../../bridge/engine-client';

export interface CommandFailure {
  readonly code: string;
  readonly message: string;
}

export interface CommandRunner {
  /** Resolves to the reply's value when accepted, or `undefined` (and sets `failure`) when refused. */
  run(command: SessionCommand): Promise<{ readonly value?: unknown } | undefined>;
  readonly busy: boolean;
  readonly failure: CommandFailure | null;
  clear(): void;
}

export function useCommand(): CommandRunner {
  const engine = useEngine();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const run = useCallback(
    async (command: SessionCommand) => {
      setBusy(true);
      setFailure(null);
      try {
        return await engine.command(command);
      } catch (error) {
        setFailure(
          error instanceof EngineError
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
        );
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [engine],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { run, busy, failure, clear };
}
