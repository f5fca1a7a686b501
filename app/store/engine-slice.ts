/**
 * The mirror of the engine's view model: records by id, replaced by new Map instances on every snapshot
 * and patch (so selectors see a change), and the sequence number that detects a lost message.
 */
import type { StateCreator } from 'zustand/vanilla';
import { applyDiff, indexRecords } from '../../engine/view/diff';
import type { ViewDiff, ViewId, ViewRecord, ViewSnapshot } from '../../engine/view/types';
import type { AppState } from './store';

export interface EngineSlice {
  records: ReadonlyMap<ViewId, ViewRecord>;
  /** seq of the last snapshot or patch applied; −1 before the first snapshot. */
  seq: number;
  /** True once the first snapshot arrived. */
  connected: boolean;
  applySnapshot: (seq: number, snapshot: ViewSnapshot) => void;
  /** Applies the patch if it follows the last seq; returns false (changing nothing) on a gap. */
  applyPatch: (seq: number, diff: ViewDiff) => boolean;
}

export const createEngineSlice: StateCreator<AppState, [], [], EngineSlice> = (set, get) => ({
  records: new Map(),
  seq: -1,
  connected: false,
  applySnapshot: (seq, snapshot) => set({ records: indexRecords(snapshot.records), seq, connected: true }),
  applyPatch: (seq, diff) => {
    const state = get();
    if (!state.connected || seq !== state.seq + 1) return false;
    set({ records: applyDiff(state.records, diff), seq });
    return true;
  },
});
