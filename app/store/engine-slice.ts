/**
 * The mirror of the engine's view model, kept per kind: `kinds.replica` is a Map of every replica
 * record by id. A snapshot replaces everything; a patch gives new Map instances only to the kinds it
 * touches, so a selector reading `kinds.broker` is not woken by a patch that only moved replicas.
 */
import type { StateCreator } from 'zustand/vanilla';
import { kindOfId } from '../../engine/view/diff';
import type { ViewDiff, ViewId, ViewKind, ViewRecord, ViewSnapshot } from '../../engine/view/types';
import type { AppState } from './store';

export type RecordOf<K extends ViewKind> = Extract<ViewRecord, { kind: K }>;
export type KindMaps = { readonly [K in ViewKind]?: ReadonlyMap<ViewId, RecordOf<K>> };

export interface PatchStats {
  /** Records in the last patch (added + updated + removed). */
  readonly size: number;
  /** Main-thread ms to apply it to the store (React's render is not included). */
  readonly applyMs: number;
}

export interface EngineSlice {
  kinds: KindMaps;
  /** seq of the last snapshot or patch applied; −1 before the first snapshot. */
  seq: number;
  /** True once the first snapshot arrived. */
  connected: boolean;
  lastPatch: PatchStats;
  applySnapshot: (seq: number, snapshot: ViewSnapshot) => void;
  /** Applies the patch if it follows the last seq; returns false (changing nothing) on a gap. */
  applyPatch: (seq: number, diff: ViewDiff) => boolean;
  /**
   * Applies several consecutive patches as one store update (one React render); stops at a gap and
   * returns false then (the ones before it are applied).
   */
  applyPatches: (patches: ReadonlyArray<{ readonly seq: number; readonly diff: ViewDiff }>) => boolean;
}

export function indexByKind(records: readonly ViewRecord[]): KindMaps {
  const out: Partial<Record<ViewKind, Map<ViewId, ViewRecord>>> = {};
  for (const r of records) {
    let map = out[r.kind];
    if (!map) {
      map = new Map();
      out[r.kind] = map;
    }
    map.set(r.id, r);
  }
  return out as KindMaps;
}

/** New maps for the kinds the diff touches; the others keep their identity. */
export function applyDiffByKind(kinds: KindMaps, diff: ViewDiff): KindMaps {
  const out = { ...kinds } as Partial<Record<ViewKind, Map<ViewId, ViewRecord>>>;
  const copied = new Set<ViewKind>();
  const writable = (kind: ViewKind): Map<ViewId, ViewRecord> => {
    if (!copied.has(kind)) {
      copied.add(kind);
      out[kind] = new Map((kinds[kind] as ReadonlyMap<ViewId, ViewRecord> | undefined) ?? []);
    }
    return out[kind] as Map<ViewId, ViewRecord>;
  };
  for (const id of diff.removed) writable(kindOfId(id)).delete(id);
  for (const r of diff.added) writable(r.kind).set(r.id, r);
  for (const r of diff.updated) writable(r.kind).set(r.id, r);
  return out as KindMaps;
}

const now = (): number => (typeof performance === 'undefined' ? 0 : performance.now());

export const createEngineSlice: StateCreator<AppState, [], [], EngineSlice> = (set, get) => ({
  kinds: {},
  seq: -1,
  connected: false,
  lastPatch: { size: 0, applyMs: 0 },
  applySnapshot: (seq, snapshot) =>
    set({
      kinds: indexByKind(snapshot.records),
      seq,
      connected: true,
      lastPatch: { size: snapshot.records.length, applyMs: 0 },
    }),
  applyPatch: (seq, diff) => get().applyPatches([{ seq, diff }]),
  applyPatches: (patches) => {
    const state = get();
    if (!state.connected) return false;
    const started = now();
    let { kinds, seq } = state;
    let size = 0;
    let gap = false;
    for (const patch of patches) {
      if (patch.seq !== seq + 1) {
        gap = true;
        break;
      }
      kinds = applyDiffByKind(kinds, patch.diff);
      seq = patch.seq;
      size += patch.diff.added.length + patch.diff.updated.length + patch.diff.removed.length;
    }
    if (seq !== state.seq) set({ kinds, seq, lastPatch: { size, applyMs: now() - started } });
    return !gap;
  },
});
