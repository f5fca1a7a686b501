/** Sizes of the partition log drawing, shared by its lanes and the HTML label column beside them. */

/** One replica row: the segment block, the record band inside it, two lines of marker labels below. */
export const ROW = {
  height: 104,
  blockY: 10,
  blockHeight: 56,
  /** The record band, relative to the block's top: just below the middle, so a click in the middle
   * opens the segment, not the records under the pointer. */
  bandY: 29,
  bandHeight: 15,
  /** Baseline of the leader-epoch tags under the band, relative to the block's top. */
  epochTagY: 52,
  labelLines: [82, 98],
} as const;

/** The ghost lane of acknowledged-but-lost records, above the replicas. */
export const LOST_LANE_HEIGHT = 40;

/** The consumer lane below the replicas: cursor shapes, then two lines of labels. */
export const CURSOR_LANE = { height: 70, shapeY: 6, labelLines: [40, 58] } as const;

/** Room left of the first block and right of the last one (labels hang over the ends). */
export const PAD = { left: 8, right: 120 } as const;

export const FONT_PX = 13;

/** Animation lengths, matching log.css. */
export const SEGMENT_ENTER_MS = 700;
export const SEGMENT_LEAVE_MS = 900;
