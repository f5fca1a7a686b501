/**
 * Which drawn items just appeared (to animate in) and which just went away (kept a moment, flagged
 * leaving, to fade out): how a rolled segment grows in and a deleted segment's files fade when they
 * are removed. Items present when the view first draws do not animate. Pure: the caller supplies the
 * time and keeps the state between renders (see use-presence.ts).
 *
 * @example
 *   let p = startPresence(segments, now);
 *   p = updatePresence(p, nextSegments, now + 16, 600);
 *   p.leaving; // segments removed within the last 600 ms
 */

export interface Identified {
  readonly id: string;
}

export interface Presence<T extends Identified> {
  /** When each present item was first seen (−∞ for those there from the start). */
  readonly seenMs: ReadonlyMap<string, number>;
  /** Items gone since, with when they went. */
  readonly gone: ReadonlyMap<string, { readonly item: T; readonly goneMs: number }>;
  /** The items of the last update, by id. */
  readonly present: ReadonlyMap<string, T>;
}

export function startPresence<T extends Identified>(items: readonly T[]): Presence<T> {
  return {
    seenMs: new Map(items.map((i) => [i.id, Number.NEGATIVE_INFINITY])),
    gone: new Map(),
    present: new Map(items.map((i) => [i.id, i])),
  };
}

export function updatePresence<T extends Identified>(
  p: Presence<T>,
  items: readonly T[],
  nowMs: number,
  keepMs: number,
): Presence<T> {
  const present = new Map(items.map((i) => [i.id, i]));
  const seenMs = new Map<string, number>();
  for (const id of present.keys()) seenMs.set(id, p.seenMs.get(id) ?? nowMs);
  const gone = new Map<string, { item: T; goneMs: number }>();
  for (const [id, g] of p.gone) if (!present.has(id) && nowMs - g.goneMs < keepMs) gone.set(id, g);
  for (const [id, item] of p.present) if (!present.has(id)) gone.set(id, { item, goneMs: nowMs });
  return { seenMs, gone, present };
}

/** Present items first seen less than `ms` ago. */
export function enteringIds<T extends Identified>(p: Presence<T>, nowMs: number, ms: number): Set<string> {
  const out = new Set<string>();
  for (const [id, seen] of p.seenMs) if (nowMs - seen < ms) out.add(id);
  return out;
}

export function leavingItems<T extends Identified>(p: Presence<T>): T[] {
  return [...p.gone.values()].map((g) => g.item);
}
