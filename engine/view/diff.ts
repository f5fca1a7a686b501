/**
 * Diffs between two pictures of the view model, and applying them. Pure; the worker uses
 * {@link diffRecords} to squash everything since its last message into one patch, the UI uses
 * {@link applyDiff} to update its mirror.
 *
 * @example
 *   const diff = diffRecords(lastSent, built); // { added, updated, removed }
 *   const mirror = applyDiff(mirror, diff);
 */
import type { ViewDiff, ViewId, ViewRecord } from './types';

export type RecordMap = ReadonlyMap<ViewId, ViewRecord>;

export const EMPTY_DIFF: ViewDiff = { added: [], updated: [], removed: [] };

export function indexRecords(records: readonly ViewRecord[]): Map<ViewId, ViewRecord> {
  const out = new Map<ViewId, ViewRecord>();
  for (const r of records) out.set(r.id, r);
  return out;
}

/** Records hold primitives only (see types.ts), so a shallow comparison is a full one. */
export function sameRecord(a: ViewRecord, b: ViewRecord): boolean {
  if (a === b) return true;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  const av = a as unknown as Record<string, unknown>;
  const bv = b as unknown as Record<string, unknown>;
  for (const k of ak) if (!Object.is(av[k], bv[k])) return false;
  return true;
}

export function diffRecords(prev: RecordMap, next: RecordMap): ViewDiff {
  const added: ViewRecord[] = [];
  const updated: ViewRecord[] = [];
  const removed: ViewId[] = [];
  for (const [id, record] of next) {
    const before = prev.get(id);
    if (before === undefined) added.push(record);
    else if (!sameRecord(before, record)) updated.push(record);
  }
  for (const id of prev.keys()) if (!next.has(id)) removed.push(id);
  return { added, updated, removed };
}

export function isEmptyDiff(diff: ViewDiff): boolean {
  return diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0;
}

/** A new map with the diff applied; the input is left untouched (zustand wants new instances). */
export function applyDiff(records: RecordMap, diff: ViewDiff): Map<ViewId, ViewRecord> {
  const out = new Map(records);
  for (const id of diff.removed) out.delete(id);
  for (const r of diff.added) out.set(r.id, r);
  for (const r of diff.updated) out.set(r.id, r);
  return out;
}
