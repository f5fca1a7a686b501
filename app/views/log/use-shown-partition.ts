/**
 * The partition the log view draws (the selected one, else the last drawn, else the first user
 * topic's partition 0), and the engine told to send its segments: `watch` is called whenever the
 * shown partition changes (the cluster view may call it too when it selects; same partition, no harm).
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useEngine } from '../../bridge/context';
import { type PartitionRef, partitionKey, shownPartition } from './log-selectors';

const NONE = { topic: '', partition: -1 };

export function useShownPartition(): PartitionRef | null {
  const last = useRef<PartitionRef | null>(null);
  const shown = useAppStore(useShallow((s) => shownPartition(s, last.current) ?? NONE));
  const found = shown.partition < 0 ? null : shown;
  last.current = found ?? last.current;
  const key = found === null ? null : partitionKey(found);
  const engine = useEngine();
  useEffect(() => {
    if (key !== null) engine.watch([key]);
  }, [engine, key]);
  return found;
}
