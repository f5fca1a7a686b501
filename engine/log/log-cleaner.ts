/**
 * Log compaction (KAFKA-REFERENCE §4; Kafka's `LogCleanerManager` choosing the log, `Cleaner.doClean`
 * cleaning it): which offsets are cleanable, the dirty ratio, the key → latest-offset map, and the
 * rewrite of segments into size-bounded groups that keep their first base offset.
 *
 * Files follow Kafka's crash-safe swap: each group's replacement is written as `<base>.log.cleaned`
 * (with its `.index.cleaned`/`.timeindex.cleaned`), renamed to `.swap`, the replaced segments become
 * `.deleted`, and the `.swap` files take the final names — all reported as FileOps.
 */
import { type DecodedRecord, type DecodedRecordBatch, decodeRecordBatches } from '../codec';
import { type BatchRetention, deleteHorizonMs, filterBatch } from './batch-filter';
import { segmentFileName } from './file-names';
import { batchesFrom } from './file-records';
import type { Log } from './log';
import { isCompacted } from './log-config';
import { LogSegment } from './log-segment';

/** Kafka's `LogToClean`: a compacted log's cleanable range and dirty ratio. */
export interface LogToClean {
  readonly log: Log;
  readonly firstDirtyOffset: number;
  /** Base offset of the first segment that may not be cleaned (active, above HW, or too young). */
  readonly firstUncleanableOffset: number;
  readonly cleanBytes: number;
  readonly cleanableBytes: number;
  /** cleanableBytes / (cleanBytes + cleanableBytes). */
  readonly cleanableRatio: number;
  /** Dirty data has waited longer than max.compaction.lag.ms. */
  readonly needCompactionNow: boolean;
}

/** What one cleaning pass did. */
export interface CleanResult {
  readonly log: string;
  readonly firstDirtyOffset: number;
  /** The new checkpoint: the map's latest offset + 1, i.e. the first uncleanable offset. */
  readonly endOffset: number;
  readonly cleanableRatio: number;
  readonly recordsRead: number;
  readonly recordsRetained: number;
  readonly bytesRead: number;
  readonly bytesRetained: number;
  readonly tombstonesRemoved: number;
}

/** Kafka's read buffer per cleaner thread (`log.cleaner.io.buffer.size` 524288, split read/write). */
const READ_BUFFER_BYTES = 262_144;

/** Segments overlapping [from, to): the one holding `from`, then those starting below `to` (`logSegments`). */
function segmentsIn(segments: readonly LogSegment[], from: number, to: number): LogSegment[] {
  return segments.filter(
    (s, i) => s.baseOffset < to && (segments[i + 1]?.baseOffset ?? Number.POSITIVE_INFINITY) > from,
  );
}

/**
 * Kafka's `cleanableOffsets` + `LogToClean`: the dirty range starts at the checkpoint (the log start
 * offset if there is none or it is out of the log) and ends at the smallest of the HW (the last stable
 * offset), the active segment's base, and — with min.compaction.lag.ms — the first dirty segment holding
 * records newer than now − lag, rounded down to its segment's base offset.
 */
export function logToClean(log: Log, nowMs: number): LogToClean {
  const config = log.config;
  const checkpoint = log.cleanerCheckpoint ?? log.logStartOffset;
  const firstDirtyOffset =
    checkpoint < log.logStartOffset || checkpoint > log.logEndOffset ? log.logStartOffset : checkpoint;
  const segments = log.segments;
  const active = log.activeSegment;
  const nonActiveDirty = segmentsIn(segments, firstDirtyOffset, active.baseOffset);
  const candidates = [log.highWatermark, active.baseOffset];
  if (config.minCompactionLagMs > 0) {
    const young = nonActiveDirty.find((s) => s.largestTimestamp > nowMs - config.minCompactionLagMs);
    if (young !== undefined) candidates.push(young.baseOffset);
  }
  const uncleanableOffset = Math.max(firstDirtyOffset, Math.min(...candidates));
  const firstUncleanableSegment = segmentsIn(segments, uncleanableOffset, active.baseOffset)[0] ?? active;
  const firstUncleanableOffset = firstUncleanableSegment.baseOffset;
  const cleanBytes = sumSizes(segmentsIn(segments, -1, firstDirtyOffset));
  const cleanableBytes = sumSizes(
    segmentsIn(segments, Math.min(firstDirtyOffset, firstUncleanableOffset), firstUncleanableOffset),
  );
  const totalBytes = cleanBytes + cleanableBytes;
  return {
    log,
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    cleanableBytes,
    cleanableRatio: totalBytes === 0 ? 0 : cleanableBytes / totalBytes,
    needCompactionNow: maxCompactionDelayMs(nonActiveDirty, config.maxCompactionLagMs, nowMs) > 0,
  };
}

function sumSizes(segments: readonly LogSegment[]): number {
  return segments.reduce((sum, s) => sum + s.size, 0);
}

/** Kafka's `maxCompactionDelay`: how long the oldest dirty first batch has waited past max.compaction.lag.ms. */
function maxCompactionDelayMs(
  dirtyNonActive: readonly LogSegment[],
  maxCompactionLagMs: number,
  nowMs: number,
): number {
  const firstBatchTimestamps = dirtyNonActive.map((s) => s.rollingTimestamp ?? -1).filter((t) => t > 0);
  const earliest =
    firstBatchTimestamps.length > 0 ? Math.min(...firstBatchTimestamps) : Number.POSITIVE_INFINITY;
  const cleanUntil = nowMs - Math.max(maxCompactionLagMs, 0);
  return earliest < cleanUntil ? cleanUntil - earliest : 0;
}

/**
 * Kafka's `grabFilthiestCompactedLog`: among compacted logs with data, those whose dirty ratio is
 * strictly above min.cleanable.dirty.ratio (or that must be compacted now), the one with the highest ratio.
 */
export function grabFilthiestCompactedLog(logs: Iterable<Log>, nowMs: number): LogToClean | null {
  let best: LogToClean | null = null;
  for (const log of logs) {
    if (!isCompacted(log.config)) continue;
    const candidate = logToClean(log, nowMs);
    if (candidate.cleanBytes + candidate.cleanableBytes === 0) continue;
    const eligible =
      (candidate.needCompactionNow && candidate.cleanableBytes > 0) ||
      candidate.cleanableRatio > log.config.minCleanableDirtyRatio;
    if (eligible && (best === null || candidate.cleanableRatio > best.cleanableRatio)) best = candidate;
  }
  return best;
}

/** The key → latest offset map over the dirty range, and the last offset mapped (Kafka's `OffsetMap`). */
interface OffsetMap {
  readonly offsets: Map<string, number>;
  readonly latestOffset: number;
}

function keyOf(key: Uint8Array): string {
  return Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Kafka's `buildOffsetMap`: keys of records at or after `start` in the segments below `end`. After each
 * segment the latest offset fast-forwards to just below the next segment (or `end`), as Kafka's
 * `buildOffsetMapForSegment` does, so offset gaps never leave the checkpoint short of `end`.
 */
function buildOffsetMap(log: Log, start: number, end: number): OffsetMap {
  const offsets = new Map<string, number>();
  let latestOffset = -1;
  const dirty = segmentsIn(log.segments, start, end);
  dirty.forEach((segment, i) => {
    const from = segment.offsetIndex.lookup(start).position;
    for (const batch of decodeRecordBatches(segment.log.read(from, segment.size - from))) {
      for (const record of batch.records) {
        if (record.key !== null && record.offset >= start) offsets.set(keyOf(record.key), record.offset);
      }
      const lastOffset = batch.baseOffset + batch.lastOffsetDelta;
      if (lastOffset >= start) latestOffset = lastOffset;
    }
    latestOffset = (dirty[i + 1]?.baseOffset ?? end) - 1;
  });
  return { offsets, latestOffset };
}

/** Kafka's `groupSegmentsBySize`: neighbours whose .log and index sizes together stay within the limits. */
export function groupSegmentsBySize(
  segments: readonly LogSegment[],
  maxBytes: number,
  maxIndexBytes: number,
  firstUncleanableOffset: number,
): LogSegment[][] {
  const groups: LogSegment[][] = [];
  let rest = [...segments];
  while (rest.length > 0) {
    const first = rest[0] as LogSegment;
    const group = [first];
    let logBytes = first.size;
    let indexBytes = first.offsetIndex.sizeInBytes;
    let timeIndexBytes = first.timeIndex.sizeInBytes;
    rest = rest.slice(1);
    while (rest.length > 0) {
      const next = rest[0] as LogSegment;
      const lastOffsetOfNext = (rest[1]?.baseOffset ?? firstUncleanableOffset) - 1;
      if (
        logBytes + next.size > maxBytes ||
        indexBytes + next.offsetIndex.sizeInBytes > maxIndexBytes ||
        timeIndexBytes + next.timeIndex.sizeInBytes > maxIndexBytes ||
        lastOffsetOfNext - first.baseOffset > 0x7fffffff
      ) {
        break;
      }
      group.push(next);
      logBytes += next.size;
      indexBytes += next.offsetIndex.sizeInBytes;
      timeIndexBytes += next.timeIndex.sizeInBytes;
      rest = rest.slice(1);
    }
    groups.push(group);
  }
  return groups;
}

/**
 * One cleaning pass over `toClean` (Kafka's `doClean`) at `nowMs`: maps the dirty range, rewrites every
 * segment from the start of the log through the mapped range, swaps the results in and moves the
 * cleaner checkpoint to the map's latest offset + 1 (the first uncleanable offset, see buildOffsetMap).
 */
export function cleanLog(toClean: LogToClean, nowMs: number): CleanResult {
  const { log, firstDirtyOffset, firstUncleanableOffset } = toClean;
  const map = buildOffsetMap(log, firstDirtyOffset, firstUncleanableOffset);
  const endOffset = map.latestOffset + 1;
  const lastDataOffsets = lastDataOffsetByProducer(log);
  const config = log.config;
  const totals = { recordsRead: 0, recordsRetained: 0, bytesRead: 0, bytesRetained: 0, tombstonesRemoved: 0 };
  const before = log.segments.map((s) => s.baseOffset);
  const recordsBefore = log.segments.reduce((n, s) => n + s.recordCount, 0);
  const bytesBefore = log.size;

  const keep = (batch: DecodedRecordBatch, record: DecodedRecord): boolean => {
    if (record.offset > map.latestOffset) return true;
    if (record.key === null) return false;
    const found = map.offsets.get(keyOf(record.key)) ?? -1;
    const horizon = deleteHorizonMs(batch);
    const retainDeletes = horizon === null || nowMs < horizon;
    return record.offset >= found && (record.value !== null || retainDeletes);
  };

  const groups = groupSegmentsBySize(
    segmentsIn(log.segments, 0, endOffset),
    config.segmentBytes,
    config.segmentIndexBytes,
    firstUncleanableOffset,
  );
  // Every group is cleaned (all reads) before any is swapped in (the writes), so a cold chunk met on the
  // way aborts the pass with the log untouched.
  const cleaned = groups.map((group) =>
    cleanSegments(log, group, keep, firstUncleanableOffset, lastDataOffsets, nowMs, totals),
  );
  groups.forEach((group, i) => {
    swapIn(log, cleaned[i] as LogSegment, group, nowMs);
  });
  log.cleanerCheckpoint = endOffset;
  log.pushEvent({
    type: 'segments-compacted',
    firstDirtyOffset,
    endOffset,
    recordsBefore,
    recordsAfter: log.segments.reduce((n, s) => n + s.recordCount, 0),
    bytesBefore,
    bytesAfter: log.size,
    tombstonesRemoved: totals.tombstonesRemoved,
    segmentsBefore: before,
    segmentsAfter: log.segments.map((s) => s.baseOffset),
  });
  return { log: log.name, firstDirtyOffset, endOffset, cleanableRatio: toClean.cleanableRatio, ...totals };
}

/**
 * Kafka's `lastRecordsOfActiveProducers`: the last data offset of each active producer, from the log's
 * producer state. That batch is kept (empty if need be) so the producer's last sequence survives
 * compaction (producer-id expiry is not simulated, so every producer stays active).
 */
function lastDataOffsetByProducer(log: Log): Map<number, number> {
  const last = new Map<number, number>();
  for (const [producerId, entry] of log.producerStateManager.activeProducers()) {
    if (entry.lastOffset >= 0) last.set(producerId, entry.lastOffset);
  }
  return last;
}

/** Kafka's `cleanSegments` + `cleanInto`: filters a group's batches into one new segment. */
function cleanSegments(
  log: Log,
  group: readonly LogSegment[],
  keep: (batch: DecodedRecordBatch, record: DecodedRecord) => boolean,
  upperBoundOffsetOfCleaningRound: number,
  lastDataOffsets: ReadonlyMap<number, number>,
  nowMs: number,
  totals: {
    recordsRead: number;
    recordsRetained: number;
    bytesRead: number;
    bytesRetained: number;
    tombstonesRemoved: number;
  },
): LogSegment {
  const config = log.config;
  const first = group[0] as LogSegment;
  const cleaned = LogSegment.create({
    baseOffset: first.baseOffset,
    indexIntervalBytes: config.indexIntervalBytes,
    maxIndexBytes: config.segmentIndexBytes,
    rollJitterMs: 0, // never active, so never rolled
    nowMs,
    chunkBytes: first.log.chunkBytes,
  });
  for (const segment of group) {
    let chunk: Uint8Array[] = [];
    let chunkBytes = 0;
    let chunkLastOffset = -1;
    let chunkMax = { timestamp: -1, offset: -1 };
    const flush = () => {
      if (chunk.length === 0) return;
      const bytes = concat(chunk, chunkBytes);
      // Kafka's `dest.append(result.maxOffset, …)`: a rebuilt last batch is indexed under its last record.
      cleaned.append(chunkLastOffset, chunkMax.timestamp, chunkMax.offset, bytes, nowMs);
      chunk = [];
      chunkBytes = 0;
      chunkLastOffset = -1;
      chunkMax = { timestamp: -1, offset: -1 };
    };
    let readSoFar = 0;
    for (const { position, header } of batchesFrom(segment.log)) {
      // Kafka appends what it kept from each read-buffer's worth of batches as one append.
      if (readSoFar + header.sizeInBytes > READ_BUFFER_BYTES && readSoFar > 0) {
        flush();
        readSoFar = 0;
      }
      readSoFar += header.sizeInBytes;
      const lastData = header.producerId >= 0 ? lastDataOffsets.get(header.producerId) : undefined;
      const retention: BatchRetention =
        lastData === header.lastOffset || header.lastOffset + 1 === upperBoundOffsetOfCleaningRound
          ? 'RETAIN_EMPTY'
          : 'DELETE_EMPTY';
      const result = filterBatch(
        segment.log.read(position, header.sizeInBytes),
        retention,
        keep,
        nowMs,
        config.deleteRetentionMs,
      );
      totals.recordsRead += result.recordsRead;
      totals.recordsRetained += result.recordsRetained;
      totals.tombstonesRemoved += result.tombstonesDropped;
      totals.bytesRead += header.sizeInBytes;
      if (result.bytes === null) continue;
      totals.bytesRetained += result.bytes.length;
      chunk.push(result.bytes);
      chunkBytes += result.bytes.length;
      chunkLastOffset = Math.max(chunkLastOffset, result.maxOffset);
      if (result.maxTimestamp > chunkMax.timestamp)
        chunkMax = { timestamp: result.maxTimestamp, offset: result.lastOffset };
    }
    flush();
  }
  cleaned.onBecomeInactiveSegment();
  cleaned.setLastModified((group.at(-1) as LogSegment).lastModified);
  return cleaned;
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/**
 * Kafka's `replaceSegments`: `.cleaned` → `.swap`, old segments → `.deleted`, `.swap` → final names;
 * then the producer snapshots of the old segments the new one does not replace at the same base offset
 * become `.snapshot.deleted`.
 */
function swapIn(log: Log, cleaned: LogSegment, replaced: readonly LogSegment[], nowMs: number): void {
  const base = cleaned.baseOffset;
  const files = [
    [segmentFileName(base, 'log'), cleaned.log],
    [segmentFileName(base, 'index'), cleaned.offsetIndex.file],
    [segmentFileName(base, 'timeindex'), cleaned.timeIndex.file],
  ] as const;
  for (const [name, file] of files) log.dir.create(`${name}.cleaned`, file);
  for (const [name] of files) log.dir.rename(`${name}.cleaned`, `${name}.swap`);
  log.removeAndDeleteSegments(
    replaced.map((segment) => ({ segment, reason: { kind: 'compaction', replacedBy: base } })),
    nowMs,
  );
  for (const [name] of files) log.dir.rename(`${name}.swap`, name);
  const kept = log.segments.filter((s) => !replaced.includes(s));
  log.replaceSegmentList([...kept, cleaned].sort((a, b) => a.baseOffset - b.baseOffset));
  log.deleteProducerSnapshots(
    replaced.filter((s) => s.baseOffset !== base),
    nowMs,
  );
}
