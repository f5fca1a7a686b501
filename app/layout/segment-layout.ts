/**
 * Where each segment block and offset marker goes in the partition drawing. Pure (d3-scale math only),
 * so it runs in Node tests; the React view just renders the numbers.
 *
 * Block width grows linearly with the `.log` size in bytes, plus a minimum so that an empty active
 * segment (0 bytes) is still a visible, clickable block.
 *
 * @example
 *   const layout = layoutSegments(segments, { widthPx: 800 });
 *   offsetToX(layout, partition.logEndOffset); // x of the LEO marker
 */
import { scaleLinear } from 'd3-scale';
import type { SegmentRecord } from '../../engine/view/types';

export interface SegmentLayoutOptions {
  /** Width available for the blocks; the drawing grows wider (and scrolls) if minimums need more. */
  readonly widthPx: number;
  readonly minBlockPx?: number;
  readonly gapPx?: number;
  /**
   * Bytes the full width stands for at least (e.g. `segment.bytes`), so that one small segment does
   * not fill the screen and blocks grow visibly as records arrive.
   */
  readonly minDomainBytes?: number;
}

export interface SegmentBox {
  readonly segment: SegmentRecord;
  readonly x: number;
  readonly width: number;
}

export interface SegmentLayout {
  readonly boxes: readonly SegmentBox[];
  /** Total drawing width (≥ widthPx when minimums overflow). */
  readonly totalWidth: number;
}

export function layoutSegments(
  segments: readonly SegmentRecord[],
  options: SegmentLayoutOptions,
): SegmentLayout {
  const minBlock = options.minBlockPx ?? 56;
  const gap = options.gapPx ?? 6;
  const totalBytes = segments.reduce((sum, s) => sum + s.sizeBytes, 0);
  const fixed = segments.length * minBlock + Math.max(0, segments.length - 1) * gap;
  const stretch = Math.max(0, options.widthPx - fixed);
  const bytesToPx = scaleLinear()
    .domain([0, Math.max(1, totalBytes, options.minDomainBytes ?? 0)])
    .range([0, stretch]);
  const boxes: SegmentBox[] = [];
  let x = 0;
  for (const segment of segments) {
    const width = minBlock + bytesToPx(segment.sizeBytes);
    boxes.push({ segment, x, width });
    x += width + gap;
  }
  return { boxes, totalWidth: Math.max(options.widthPx, x - (segments.length > 0 ? gap : 0)) };
}

/**
 * x of the boundary before `offset` among live (not `.deleted`) segments: inside a segment, linear in
 * the offsets it holds; the LEO lands on the active segment's right edge. Undefined if no live segment
 * covers it (e.g. the offset was deleted).
 */
export function offsetToX(layout: SegmentLayout, offset: number): number | undefined {
  const live = layout.boxes.filter((b) => !b.segment.deleted);
  for (const box of live) {
    const { baseOffset, nextOffset } = box.segment;
    if (offset < baseOffset || offset > nextOffset) continue;
    // The end of one segment is the start of the next: prefer the next one's left edge.
    if (offset === nextOffset && !box.segment.active && live.some((b) => b.segment.baseOffset === offset))
      continue;
    const span = nextOffset - baseOffset;
    const fraction = span === 0 ? 0 : (offset - baseOffset) / span;
    return box.x + fraction * box.width;
  }
  return undefined;
}
