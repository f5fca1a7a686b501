/**
 * Selectors: each view reads only what it draws. List selectors return arrays whose elements are the
 * store's own records, so `useShallow` re-renders a view only when one of its records was replaced.
 */
import type {
  ClockRecord,
  LogFileRecord,
  PageCacheRecord,
  PartitionRecord,
  PersistenceRecord,
  SegmentRecord,
  ViewRecord,
} from '../../engine/view/types';
import { CLOCK_ID, PAGE_CACHE_ID, PERSISTENCE_ID } from '../../engine/view/types';
import type { AppState } from './store';

function ofKind<K extends ViewRecord['kind']>(s: AppState, kind: K): Extract<ViewRecord, { kind: K }>[] {
  const out: Extract<ViewRecord, { kind: K }>[] = [];
  for (const r of s.records.values()) if (r.kind === kind) out.push(r as Extract<ViewRecord, { kind: K }>);
  return out;
}

function singleton<K extends ViewRecord['kind']>(s: AppState, id: string, kind: K) {
  const r = s.records.get(id);
  return r?.kind === kind ? (r as Extract<ViewRecord, { kind: K }>) : undefined;
}

export const selectClock = (s: AppState): ClockRecord | undefined => singleton(s, CLOCK_ID, 'clock');
export const selectPageCache = (s: AppState): PageCacheRecord | undefined =>
  singleton(s, PAGE_CACHE_ID, 'pageCache');
export const selectPersistence = (s: AppState): PersistenceRecord | undefined =>
  singleton(s, PERSISTENCE_ID, 'persistence');

/** The slice has one partition; the first by id keeps this stable when there are more. */
export const selectPartition = (s: AppState): PartitionRecord | undefined =>
  ofKind(s, 'partition').sort((a, b) => a.id.localeCompare(b.id))[0];

/** Oldest first; a `.deleted` segment sorts before a live one with the same base offset. */
export const selectSegments = (s: AppState): SegmentRecord[] =>
  ofKind(s, 'segment').sort((a, b) => a.baseOffset - b.baseOffset || Number(b.deleted) - Number(a.deleted));

/** In `ls` order: by name. */
export const selectFiles = (s: AppState): LogFileRecord[] =>
  ofKind(s, 'file').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export const selectLang = (s: AppState) => s.lang;
