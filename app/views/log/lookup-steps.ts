/**
 * The offset lookup told as steps (Kafka's read path: the segment whose base offset is the greatest
 * ≤ the target, the sparse `.index` entry at or below it, then a scan of the `.log` from that position
 * to the batch holding the offset), and where its positions fall in the segment file, for the diagram.
 * Pure.
 *
 * @example
 *   lookupPositions(lookup, 4096); // { index: 0.25, batch: 0.31 }
 */
import type { OffsetLookup } from '../../../engine/worker/protocol';

export const LOOKUP_STEPS = ['segment', 'index', 'scan', 'found'] as const;
export type LookupStep = (typeof LOOKUP_STEPS)[number];

/** How long each step stays on screen before the next one shows. */
export const LOOKUP_STEP_MS = 900;

/** Positions of the index entry and of the batch as fractions of the `.log` size (clamped to 0–1). */
export function lookupPositions(
  lookup: OffsetLookup,
  segmentSizeBytes: number,
): { index: number; batch: number } {
  const size = Math.max(segmentSizeBytes, lookup.batchPosition + 1, 1);
  const clamp = (n: number) => Math.min(1, Math.max(0, n / size));
  return { index: clamp(lookup.indexEntryPosition), batch: clamp(lookup.batchPosition) };
}

/** The steps shown after `elapsedSteps` ticks (all of them at once when motion is reduced). */
export function visibleSteps(elapsedSteps: number, reducedMotion: boolean): readonly LookupStep[] {
  return reducedMotion
    ? LOOKUP_STEPS
    : LOOKUP_STEPS.slice(0, Math.max(1, Math.min(LOOKUP_STEPS.length, elapsedSteps + 1)));
}
