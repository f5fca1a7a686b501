/**
 * Segments aggregated into the blocks a replica row draws. A retention pass renames many segments
 * `.deleted` at once: consecutive deleted segments become one hatched block (so they stay in view,
 * and fade out together when their files go). When a row has more segments than fit, the oldest
 * closed ones become one block too; the newest and the active segment always stay their own. Pure.
 *
 * @example
 *   groupSegments(segments, 12).map((i) => i.segments.length); // e.g. [27, 9, 1, 1, 1]
 */
import type { SegmentRecord } from '../../../engine/view/types';

/** A run of this many consecutive `.deleted` segments is drawn as one block. */
export const DELETED_GROUP_MIN = 3;

export interface LaneItem {
  /** The segment's id, or `group:` + its first segment's id (stable while that one stays first). */
  readonly id: string;
  /** Ascending by base offset; one for a plain segment. */
  readonly segments: readonly SegmentRecord[];
  readonly baseOffset: number;
  /** One past its last offset. */
  readonly nextOffset: number;
  readonly deleted: boolean;
  readonly active: boolean;
  readonly sizeBytes: number;
  readonly recordCount: number;
}

export function groupSegments(segments: readonly SegmentRecord[], maxBlocks: number): LaneItem[] {
  const sorted = [...segments].sort(
    (a, b) => a.baseOffset - b.baseOffset || Number(b.deleted) - Number(a.deleted),
  );
  const items: LaneItem[] = [];
  let deletedRun: SegmentRecord[] = [];
  const flushDeleted = () => {
    if (deletedRun.length >= DELETED_GROUP_MIN) items.push(itemOf(deletedRun));
    else for (const s of deletedRun) items.push(itemOf([s]));
    deletedRun = [];
  };
  for (const s of sorted) {
    if (s.deleted) {
      deletedRun.push(s);
      continue;
    }
    flushDeleted();
    items.push(itemOf([s]));
  }
  flushDeleted();
  return items.length > maxBlocks ? mergeOldestClosed(items, maxBlocks) : items;
}

/** Merges the first stretch of closed live segments so that the row has at most `maxBlocks` blocks. */
function mergeOldestClosed(items: readonly LaneItem[], maxBlocks: number): LaneItem[] {
  const first = items.findIndex((i) => closedSingle(i));
  if (first < 0) return [...items];
  let end = first;
  while (end < items.length && closedSingle(items[end] as LaneItem)) end++;
  // Keep the newest closed segment apart from the group: it is where the last roll happened.
  const available = end - first - 1;
  const wanted = items.length - maxBlocks + 1;
  const take = Math.min(available, wanted);
  if (take < 2) return [...items];
  const merged = itemOf(items.slice(first, first + take).flatMap((i) => i.segments));
  return [...items.slice(0, first), merged, ...items.slice(first + take)];
}

function closedSingle(item: LaneItem): boolean {
  return item.segments.length === 1 && !item.deleted && !item.active;
}

function itemOf(segments: readonly SegmentRecord[]): LaneItem {
  const first = segments[0] as SegmentRecord;
  const last = segments[segments.length - 1] as SegmentRecord;
  return {
    id: segments.length === 1 ? first.id : `group:${first.id}`,
    segments,
    baseOffset: first.baseOffset,
    nextOffset: Math.max(last.nextOffset, first.baseOffset),
    deleted: first.deleted,
    active: segments.length === 1 && first.active,
    sizeBytes: segments.reduce((n, s) => n + s.sizeBytes, 0),
    recordCount: segments.reduce((n, s) => n + s.recordCount, 0),
  };
}

/** The offsets a block spans: an empty segment still gets the one slot its next record takes. */
export function itemEnd(item: Pick<LaneItem, 'baseOffset' | 'nextOffset'>): number {
  return Math.max(item.nextOffset, item.baseOffset + 1);
}

/** How many blocks fit a row of `widthPx` at about `blockPx` each (never fewer than 4). */
export function maxBlocksFor(widthPx: number, blockPx = 56): number {
  return Math.max(4, Math.floor(widthPx / blockPx));
}
