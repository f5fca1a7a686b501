/**
 * Diffs between two pictures of the view model, and applying them. Pure; the worker uses
 * {@link diffRecords} to squash everything since its last message into one patch, the UI uses
 * {@link applyDiff} to update its mirror.
 *
 * @example
 *   const diff = diffRecords(lastSent, built); // { added, updated, removed }
 *   const mirror = applyDiff(mirror, diff);
 */
import type { ViewDiff, ViewId, ViewKind, ViewRecord } from './types';

export type RecordMap = ReadonlyMap<ViewId, ViewRecord>;

export const EMPTY_DIFF: ViewDiff = { added: [], updated: [], removed: [] };

export function indexRecords(records: readonly ViewRecord[]): Map<ViewId, ViewRecord> {
  const out = new Map<ViewId, ViewRecord>();
  for (const r of records) out.set(r.id, r);
  return out;
}

/**
 * Records hold primitives, or arrays / plain objects of primitives (see types.ts), so comparing two
 * levels deep is a full comparison. Event bodies are the exception: they never change, and the builder
 * reuses the same record object for the same event, which the identity check catches first.
 */
export function sameRecord(a: ViewRecord, b: ViewRecord): boolean {
  if (a === b) return true;
  return sameShallow(a, b, true);
}

function sameShallow(a: object, b: object, descend: boolean): boolean {
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  const av = a as Record<string, unknown>;
  const bv = b as Record<string, unknown>;
  for (const k of ak) {
    const x = av[k];
    const y = bv[k];
    if (Object.is(x, y)) continue;
    if (!descend || typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y) || !sameShallow(x, y, false)) return false;
  }
  return true;
}

/**
 * The kind of the record with this id: ids are `<kind>:<rest>`, and singletons are their kind's name
 * (`clock`, `zookeeper`, …), so a removed id needs no lookup to find its kind.
 */
export function kindOfId(id: ViewId): ViewKind {
  const colon = id.indexOf(':');
  return (colon < 0 ? id : id.slice(0, colon)) as ViewKind;
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
