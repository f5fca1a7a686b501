/**
 * Describes a replica's segments in the plain terms of the view's SegmentRecord, from sizes and offsets
 * only (never file bytes). Sizes are what `ls -l` on a broker shows: an active segment's
 * `.index`/`.timeindex` are pre-allocated to `segment.index.bytes` (10 MiB by default) and trimmed when
 * the segment rolls. Segments renamed `.deleted` stay listed until `file.delete.delay.ms` removes them.
 */
import { DELETED_FILE_SUFFIX, parseSegmentFileName, segmentFileName } from '../log/file-names';
import type { Log } from '../log/log';
import type { LogSegment } from '../log/log-segment';

export interface SegmentDescription {
  readonly fileName: string;
  readonly baseOffset: number;
  readonly nextOffset: number;
  readonly sizeBytes: number;
  readonly recordCount: number;
  readonly active: boolean;
  readonly deleted: boolean;
  readonly indexBytes: number;
  readonly timeIndexBytes: number;
  readonly largestTimestampMs: number;
  readonly createdMs: number;
}

export function describeSegments(log: Log): SegmentDescription[] {
  const live = log.segments;
  const active = log.activeSegment;
  const sizes = new Map<string, number>();
  for (const { name, file } of log.files()) sizes.set(name, file.size);
  sizes.set(fileName(active, 'index'), active.offsetIndex.allocatedBytes);
  sizes.set(fileName(active, 'timeindex'), active.timeIndex.allocatedBytes);

  const deletedBases: number[] = [];
  for (const name of sizes.keys()) {
    const parsed = parseSegmentFileName(name);
    if (parsed !== null && parsed.kind === 'log' && parsed.extraSuffix === DELETED_FILE_SUFFIX)
      deletedBases.push(parsed.baseOffset);
  }
  deletedBases.sort((a, b) => a - b);
  // Offsets are contiguous in a delete-policy log, so a segment ends where the next one starts.
  const allBases = [...deletedBases, ...live.map((s) => s.baseOffset)].sort((a, b) => a - b);
  const nextBase = (base: number) => allBases.find((b) => b > base) ?? log.logEndOffset;

  const out: SegmentDescription[] = deletedBases.map((base) => {
    const deleted = (kind: 'log' | 'index' | 'timeindex') => segmentFileName(base, kind, DELETED_FILE_SUFFIX);
    const nextOffset = nextBase(base);
    return {
      fileName: deleted('log'),
      baseOffset: base,
      nextOffset,
      sizeBytes: sizes.get(deleted('log')) ?? 0,
      recordCount: nextOffset - base,
      active: false,
      deleted: true,
      indexBytes: sizes.get(deleted('index')) ?? 0,
      timeIndexBytes: sizes.get(deleted('timeindex')) ?? 0,
      largestTimestampMs: -1,
      createdMs: -1,
    };
  });
  live.forEach((s, i) => {
    const nextOffset = i === live.length - 1 ? log.logEndOffset : (live[i + 1] as LogSegment).baseOffset;
    out.push({
      fileName: fileName(s, 'log'),
      baseOffset: s.baseOffset,
      nextOffset,
      sizeBytes: s.size,
      recordCount: s.recordCount,
      active: s === active,
      deleted: false,
      indexBytes: sizes.get(fileName(s, 'index')) ?? 0,
      timeIndexBytes: sizes.get(fileName(s, 'timeindex')) ?? 0,
      largestTimestampMs: s.maxTimestampSoFar,
      createdMs: s.creationTimeMs,
    });
  });
  return out;
}

function fileName(segment: LogSegment, kind: 'log' | 'index' | 'timeindex'): string {
  return segmentFileName(segment.baseOffset, kind);
}
