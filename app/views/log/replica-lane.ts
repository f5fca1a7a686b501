/**
 * One replica's row of the partition log view, as numbers: a block per segment (or per group of
 * segments, see segment-groups.ts), and the records as runs — never one element per record. A run is
 * a stretch of offsets inside one block that share a
 * leader epoch (its colour), one side of the high watermark (solid below, dashed above: not yet
 * committed) and one side of the log start offset. Only when a run has room for it does the view
 * draw a tick per record (in one path) or the offsets as numbers. Pure.
 *
 * @example
 *   const lane = layoutReplicaLane({ items, epochStarts, logStartOffset, logEndOffset, committedUpTo }, axis);
 *   lane.runs.length; // ≈ blocks × epochs, whatever the record count
 */
import { epochAt, epochRuns } from './epoch-runs';
import { type OffsetAxis, offsetX } from './offset-axis';
import { itemEnd, type LaneItem } from './segment-groups';

export interface LaneInput {
  /** This replica's blocks (from groupSegments), ascending. */
  readonly items: readonly LaneItem[];
  readonly epochStarts: readonly number[];
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** Offsets below this are committed: the partition's HW (the leader's), else the replica's own. */
  readonly committedUpTo: number;
}

export interface LaneOptions {
  /** A tick per record needs at least this many pixels per record. */
  readonly minTickPx: number;
  /** Offsets written as numbers need this many pixels per digit (plus a margin). */
  readonly pxPerDigit: number;
}

export const DEFAULT_LANE_OPTIONS: LaneOptions = { minTickPx: 5, pxPerDigit: 8 };

export interface SegmentBlock {
  readonly item: LaneItem;
  readonly x: number;
  readonly width: number;
}

export interface RecordRun {
  /** Offsets `[from, to)`. */
  readonly from: number;
  readonly to: number;
  readonly epoch: number;
  /** Below the HW: replicated to the whole ISR, visible to consumers. */
  readonly committed: boolean;
  /** Below the log start offset: still in a file, no longer readable. */
  readonly belowStart: boolean;
  /** Base offset of the block the run is in. */
  readonly blockBaseOffset: number;
  readonly x: number;
  readonly width: number;
  /** x of every record boundary inside the run, when one tick per record fits; else empty. */
  readonly ticks: readonly number[];
  /** Write each offset as a number (even more room). */
  readonly numbers: boolean;
}

export interface ReplicaLane {
  readonly blocks: readonly SegmentBlock[];
  readonly runs: readonly RecordRun[];
}

export function layoutReplicaLane(
  input: LaneInput,
  axis: OffsetAxis,
  options: LaneOptions = DEFAULT_LANE_OPTIONS,
): ReplicaLane {
  const blocks = input.items.map((item) => {
    const x = offsetX(axis, item.baseOffset);
    return { item, x, width: Math.max(1, offsetX(axis, itemEnd(item)) - x) };
  });
  const epochs = epochRuns(input.epochStarts, input.logEndOffset);
  const runs: RecordRun[] = [];
  for (const item of input.items) {
    if (item.deleted || item.nextOffset <= item.baseOffset) continue;
    const cuts = new Set([item.baseOffset, item.nextOffset, input.committedUpTo, input.logStartOffset]);
    for (const e of epochs) cuts.add(e.from);
    const points = [...cuts]
      .filter((o) => o >= item.baseOffset && o <= item.nextOffset)
      .sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      runs.push(
        run(points[i] as number, points[i + 1] as number, item.baseOffset, input, epochs, axis, options),
      );
    }
  }
  return { blocks, runs };
}

function run(
  from: number,
  to: number,
  blockBaseOffset: number,
  input: LaneInput,
  epochs: ReturnType<typeof epochRuns>,
  axis: OffsetAxis,
  options: LaneOptions,
): RecordRun {
  const x = offsetX(axis, from);
  const width = offsetX(axis, to) - x;
  const count = to - from;
  const px = width / count;
  const ticks: number[] = [];
  if (px >= options.minTickPx) for (let o = from + 1; o < to; o++) ticks.push(offsetX(axis, o));
  return {
    from,
    to,
    epoch: epochAt(epochs, from),
    committed: to <= input.committedUpTo,
    belowStart: to <= input.logStartOffset,
    blockBaseOffset,
    x,
    width,
    ticks,
    numbers: px >= String(to - 1).length * options.pxPerDigit + 6,
  };
}

/** The block boundaries and log end of a replica: what the shared axis needs to give them width. */
export function laneBoundaries(items: readonly LaneItem[], logEndOffset: number): number[] {
  const out = [logEndOffset];
  for (const i of items) out.push(i.baseOffset, i.nextOffset, itemEnd(i));
  return out;
}

export interface EpochTag {
  readonly epoch: number;
  /** Where the tag starts: the first run of a block, or where the leader epoch changes. */
  readonly x: number;
  /** Room up to the next tag (or the end of the lane's last run). */
  readonly roomPx: number;
}

/**
 * Where to write the leader epoch under the records, so epochs are told by text and not by colour
 * alone: at each block's first run and wherever the epoch changes inside a block.
 */
export function epochTags(runs: readonly RecordRun[]): EpochTag[] {
  const starts: { epoch: number; x: number }[] = [];
  let previous: RecordRun | undefined;
  for (const run of runs) {
    const newBlock = previous === undefined || previous.blockBaseOffset !== run.blockBaseOffset;
    if (run.epoch >= 0 && (newBlock || previous?.epoch !== run.epoch))
      starts.push({ epoch: run.epoch, x: run.x });
    previous = run;
  }
  const end = runs.length === 0 ? 0 : Math.max(...runs.map((r) => r.x + r.width));
  return starts.map((s, i) => ({ ...s, roomPx: (starts[i + 1]?.x ?? end) - s.x }));
}

/** x of each record's left edge in a run, and the run's right edge (`to − from + 1` values). */
export function cellEdges(run: RecordRun): number[] {
  const count = run.to - run.from;
  if (run.ticks.length === count - 1) return [run.x, ...run.ticks, run.x + run.width];
  return Array.from({ length: count + 1 }, (_, i) => run.x + (run.width * i) / count);
}

/** The offset of the record drawn at `x` inside a run (clamped to the run). */
export function runOffsetAt(run: RecordRun, x: number): number {
  const count = run.to - run.from;
  if (run.ticks.length === count - 1) {
    let i = 0;
    while (i < run.ticks.length && (run.ticks[i] as number) <= x) i++;
    return run.from + i;
  }
  const i = Math.floor(((x - run.x) / Math.max(run.width, 1)) * count);
  return run.from + Math.min(count - 1, Math.max(0, i));
}
