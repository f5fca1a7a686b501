/**
 * The partition log view's shared offset axis: one x for an offset in every replica row, so the LEO and
 * HW of the leader and its followers line up vertically and a lagging follower is visibly shorter.
 *
 * A plain linear scale would squeeze a segment of 3 records next to one of 3,000 into nothing, and give
 * an empty active segment no width at all. So the axis is piecewise linear over "stops" (every segment
 * boundary of every replica, each LEO, the slot after the last LEO): each span between two stops gets
 * a minimum width, and the rest of the width is shared in proportion to the offsets it holds. Pure.
 *
 * @example
 *   const axis = buildOffsetAxis([0, 12, 24, 30, 31], { widthPx: 800, minSpanPx: 40 });
 *   offsetX(axis, 12); // the left edge of the segment with base offset 12
 */

export interface OffsetAxisOptions {
  /** Width the axis should fill; it grows past this (and the view scrolls) if minimums need more. */
  readonly widthPx: number;
  /** Smallest width of a span between two stops (an empty or one-record segment stays clickable). */
  readonly minSpanPx: number;
}

export interface AxisStop {
  readonly offset: number;
  readonly x: number;
}

export interface OffsetAxis {
  /** Ascending by offset and by x; at least two. */
  readonly stops: readonly AxisStop[];
  /** First offset of the domain (the left edge). */
  readonly from: number;
  /** End of the domain, exclusive (the right edge). */
  readonly to: number;
  readonly widthPx: number;
}

/**
 * Builds the axis over the given boundary offsets (any order, duplicates allowed). With fewer than two
 * distinct boundaries the domain is one offset wide.
 */
export function buildOffsetAxis(boundaries: Iterable<number>, options: OffsetAxisOptions): OffsetAxis {
  const offsets = [...new Set(boundaries)].filter(Number.isFinite).sort((a, b) => a - b);
  if (offsets.length === 0) offsets.push(0);
  if (offsets.length === 1) offsets.push((offsets[0] as number) + 1);
  const spans = offsets.length - 1;
  const first = offsets[0] as number;
  const last = offsets[spans] as number;
  const totalOffsets = last - first;
  const stretchPx = Math.max(0, options.widthPx - spans * options.minSpanPx);
  const stops: AxisStop[] = [{ offset: first, x: 0 }];
  let x = 0;
  for (let i = 1; i <= spans; i++) {
    const offset = offsets[i] as number;
    const length = offset - (offsets[i - 1] as number);
    x += options.minSpanPx + (stretchPx * length) / totalOffsets;
    stops.push({ offset, x });
  }
  return { stops, from: first, to: last, widthPx: x };
}

/** Index of the last stop whose offset is ≤ `offset` (binary search), clamped to a valid span start. */
function spanIndex(stops: readonly AxisStop[], offset: number): number {
  let lo = 0;
  let hi = stops.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((stops[mid] as AxisStop).offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * x of the boundary just before `offset` (the left edge of the record at `offset`). Offsets outside
 * the domain are clamped to its edges.
 */
export function offsetX(axis: OffsetAxis, offset: number): number {
  if (offset <= axis.from) return 0;
  if (offset >= axis.to) return axis.widthPx;
  const i = spanIndex(axis.stops, offset);
  const a = axis.stops[i] as AxisStop;
  const b = axis.stops[i + 1] as AxisStop;
  return a.x + ((offset - a.offset) / (b.offset - a.offset)) * (b.x - a.x);
}

/** The offset whose record is drawn at `x` (the inverse of {@link offsetX}, rounded down). */
export function xToOffset(axis: OffsetAxis, x: number): number {
  if (x <= 0) return axis.from;
  if (x >= axis.widthPx) return axis.to - 1;
  let i = 0;
  while (i < axis.stops.length - 2 && (axis.stops[i + 1] as AxisStop).x <= x) i++;
  const a = axis.stops[i] as AxisStop;
  const b = axis.stops[i + 1] as AxisStop;
  return Math.min(axis.to - 1, Math.floor(a.offset + ((x - a.x) / (b.x - a.x)) * (b.offset - a.offset)));
}

/** Pixels one offset takes inside `[from, to)`: decides whether record ticks or numbers fit. */
export function pxPerOffset(axis: OffsetAxis, from: number, to: number): number {
  if (to <= from) return 0;
  return (offsetX(axis, to) - offsetX(axis, from)) / (to - from);
}

/**
 * A minimum span width that keeps half of the width for proportions: wide blocks when there are few
 * spans (labels fit), never under 14 px (still a clickable target), never over 72 px.
 */
export function minSpanFor(spans: number, widthPx: number): number {
  if (spans <= 0) return 72;
  return Math.max(14, Math.min(72, (widthPx * 0.5) / spans));
}
