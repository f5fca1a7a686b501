/**
 * The selected partition (or a replica or record of it) is the "watched" one: the engine sends its
 * segments so the partition log view can draw them. Deselecting keeps the last one watched, so the
 * log view does not empty when the user clicks elsewhere.
 */
import { useEffect } from 'react';
import { useAppStore, useEngine } from '../../bridge/context';
import { watchedPartitionOf } from './highlight';

export function useWatchSelectedPartition(): void {
  const engine = useEngine();
  const watched = useAppStore((s) => watchedPartitionOf(s.selection));
  useEffect(() => {
    if (watched !== null) engine.watch([watched]);
  }, [engine, watched]);
}
