/**
 * Kafka's `UnifiedLog.rebuildProducerState` (core, 3.9) on the path a truncation and an unclean start
 * take (`reloadFromCleanShutdown` false, message format v2): reload the producer map from the newest
 * snapshot at or below `lastOffset`, replay the batches after it if there are producers to find, and
 * snapshot at `lastOffset`.
 */
import type { RecordBatchHeader } from '../codec';
import { batchesFrom } from './file-records';
import type { LogSegment } from './log-segment';
import type { ProducerStateManager } from './producer-state';

/**
 * Kafka's `LogSegments.values(from, to)`: the segment holding `from` (or the first, if `from` is below
 * every segment) and the ones after it that start below `to`; none when from = to.
 */
export function segmentsBetween(segments: readonly LogSegment[], from: number, to: number): LogSegment[] {
  if (from === to) return [];
  const floor = segments.findLastIndex((s) => s.baseOffset <= from);
  return segments.slice(Math.max(floor, 0)).filter((s) => s.baseOffset < to);
}

/**
 * Headers of the whole batches `LogSegment.read(startOffset, …, maxPosition)` hands to
 * `loadProducersFromRecords`: from the batch holding `startOffset` (or the next one) up to the first
 * batch reaching `endOffset`. Throws ColdChunkError if the page cache evicted a chunk it needs.
 */
export function* batchHeadersBetween(
  segment: LogSegment,
  startOffset: number,
  endOffset: number,
): Generator<RecordBatchHeader> {
  const start = segment.translateOffset(startOffset);
  if (start === null) return;
  for (const { header } of batchesFrom(segment.log, start.position)) {
    if (header.lastOffset >= endOffset) return;
    yield header;
  }
}

/**
 * Rebuilds `manager` up to `lastOffset` (the new LEO): `segments` are the log's segments in base-offset
 * order; `baseOffsets` are every segment's base (during recovery it includes segments not yet
 * recovered), of which the last two get a snapshot if the replay passes their start.
 *
 * The replay is skipped when the map was empty and already at or past `lastOffset` before — Kafka's
 * shortcut for logs without idempotent producers, so a plain log reads no batch here.
 *
 * @example
 *   // A follower truncating its log to 40 (UnifiedLog.truncateTo):
 *   rebuildProducerState(manager, log.segments, log.segments.map((s) => s.baseOffset), log.logStartOffset, 40);
 */
export function rebuildProducerState(
  manager: ProducerStateManager,
  segments: readonly LogSegment[],
  baseOffsets: readonly number[],
  logStartOffset: number,
  lastOffset: number,
): void {
  const offsetsToSnapshot = new Set([...baseOffsets.slice(-2), lastOffset]);
  const isEmptyBeforeTruncation = manager.isEmpty() && manager.mapEndOffset >= lastOffset;
  manager.truncateAndReload(logStartOffset, lastOffset);
  if (lastOffset > manager.mapEndOffset && !isEmptyBeforeTruncation) {
    for (const segment of segmentsBetween(segments, manager.mapEndOffset, lastOffset)) {
      const startOffset = Math.max(segment.baseOffset, manager.mapEndOffset, logStartOffset);
      manager.updateMapEndOffset(startOffset);
      if (offsetsToSnapshot.has(segment.baseOffset)) manager.takeSnapshot();
      for (const header of batchHeadersBetween(segment, startOffset, lastOffset)) manager.update(header);
    }
  }
  manager.updateMapEndOffset(lastOffset);
  manager.takeSnapshot();
}

/**
 * Reads, without changing anything, every batch header {@link rebuildProducerState} would read for a
 * truncation to `lastOffset`, so an evicted chunk throws ColdChunkError before the truncation starts.
 * Batches below `lastOffset` are the same before and after the cut, so the reads can come first.
 * Returns the number of batch headers read.
 */
export function touchProducerRebuild(
  manager: ProducerStateManager,
  segments: readonly LogSegment[],
  logStartOffset: number,
  lastOffset: number,
): number {
  if (manager.isEmpty() && manager.mapEndOffset >= lastOffset) return 0;
  const reloadFrom = manager.reloadOffset(logStartOffset, lastOffset);
  let touched = 0;
  if (lastOffset <= reloadFrom) return touched;
  for (const segment of segmentsBetween(segments, reloadFrom, lastOffset)) {
    const startOffset = Math.max(segment.baseOffset, reloadFrom, logStartOffset);
    for (const _header of batchHeadersBetween(segment, startOffset, lastOffset)) touched++;
  }
  return touched;
}
