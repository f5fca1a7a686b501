/**
 * A log across a page reload. Two ways back:
 *
 * - **restore**: from `Log.toState()` (everything that is not file bytes — segment bookkeeping, offsets,
 *   pending deletions, epochs, cleaner checkpoint) plus the files; reads no bytes, so the files may be
 *   cold, and the result behaves exactly like the log that was saved.
 * - **recover**: from the files alone, the way Kafka's `LogLoader` recovers after an unclean shutdown:
 *   leftovers of interrupted work are finished or dropped, every segment is scanned, cut at the first
 *   invalid batch, and its indexes rebuilt from the `.log`; producer snapshots are rewritten as the
 *   segments are recovered (see {@link recoverLogInit}).
 */
import { ChunkedFile } from './chunked-file';
import {
  CLEANED_FILE_SUFFIX,
  DELETED_FILE_SUFFIX,
  LEADER_EPOCH_CHECKPOINT_FILE,
  parseSegmentFileName,
  SWAP_FILE_SUFFIX,
  segmentFileName,
} from './file-names';
import { type EpochEntry, LeaderEpochCache } from './leader-epoch-cache';
import type { LogInit } from './log';
import { type LogConfig, randomSegmentJitterMs } from './log-config';
import { LogDir, type PendingDeletion } from './log-dir';
import { LogSegment, type SegmentState } from './log-segment';
import { ProducerStateManager, type ProducerStateManagerState } from './producer-state';
import { rebuildProducerState } from './producer-state-rebuild';
import { recoverSegment } from './segment-recovery';

/** Everything about a log that is not file bytes, as plain JSON. */
export interface LogState {
  readonly version: 1;
  readonly topic: string;
  readonly partition: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly segments: readonly SegmentState[];
  readonly pendingDeletions: readonly PendingDeletion[];
  readonly leaderEpochs: readonly EpochEntry[];
  readonly cleanerCheckpoint: number | null;
  readonly chunkBytes: number | null;
  /** Every file of the directory, so restore can check it got them all. */
  readonly fileNames: readonly string[];
  /**
   * The producer map and its snapshot files. Absent in states saved before the log wrote snapshots;
   * such a log restores with no producers and its next snapshot at its next roll.
   */
  readonly producerState?: ProducerStateManagerState;
}

/** Files of a partition directory by name, as the store hands them back. */
export type LogFiles = ReadonlyMap<string, ChunkedFile>;

function requireFile(files: LogFiles, name: string): ChunkedFile {
  const file = files.get(name);
  if (file === undefined) throw new Error(`cannot restore the log: file ${name} is missing`);
  return file;
}

/** @internal What `Log.restore` builds a Log from. */
export function restoreLogInit(
  state: LogState,
  files: LogFiles,
  config: LogConfig,
  nextInt: () => number,
): LogInit {
  if (state.version !== 1) throw new Error(`unknown log state version ${String(state.version)}`);
  const dir = new LogDir(state.chunkBytes ?? undefined);
  for (const name of state.fileNames) dir.adopt(name, requireFile(files, name));
  dir.restorePending(state.pendingDeletions);
  const segments = state.segments.map((s) =>
    LogSegment.restore(s, {
      log: requireFile(files, segmentFileName(s.baseOffset, 'log')),
      offsetIndex: requireFile(files, segmentFileName(s.baseOffset, 'index')),
      timeIndex: requireFile(files, segmentFileName(s.baseOffset, 'timeindex')),
    }),
  );
  return {
    topic: state.topic,
    partition: state.partition,
    config,
    nextInt,
    dir,
    segments,
    logStartOffset: state.logStartOffset,
    logEndOffset: state.logEndOffset,
    highWatermark: state.highWatermark,
    leaderEpochCache: new LeaderEpochCache(state.leaderEpochs),
    cleanerCheckpoint: state.cleanerCheckpoint,
    producerStateManager:
      state.producerState === undefined
        ? ProducerStateManager.create(dir, state.logEndOffset)
        : ProducerStateManager.restore(dir, state.producerState),
  };
}

export interface RecoverParams {
  readonly topic: string;
  readonly partition: number;
  readonly files: LogFiles;
  readonly config: LogConfig;
  readonly nowMs: number;
  readonly nextInt: () => number;
  /** From a log-start-offset checkpoint, if the host keeps one (default: the first segment's base). */
  readonly logStartOffset?: number;
  /** From a replication-offset checkpoint, if kept (default 0, then clamped into the log). */
  readonly highWatermark?: number;
  readonly chunkBytes?: number;
}

/**
 * @internal What `Log.recover` builds a Log from. `.deleted` and `.cleaned` files are removed, `.swap`
 * files take their final names (the interrupted compaction completes), every segment is recovered.
 */
export function recoverLogInit(params: RecoverParams): LogInit {
  const { config, nowMs } = params;
  const dir = new LogDir(params.chunkBytes);
  for (const [name, file] of params.files) dir.adopt(name, file);
  for (const name of dir.names()) {
    if (name.endsWith(DELETED_FILE_SUFFIX) || name.endsWith(CLEANED_FILE_SUFFIX)) dir.delete(name);
  }
  for (const name of dir.names()) {
    if (name.endsWith(SWAP_FILE_SUFFIX)) dir.rename(name, name.slice(0, -SWAP_FILE_SUFFIX.length));
  }
  const checkpointFile = dir.get(LEADER_EPOCH_CHECKPOINT_FILE);
  const epochs =
    checkpointFile === undefined || checkpointFile.size === 0
      ? new LeaderEpochCache()
      : LeaderEpochCache.fromCheckpointText(new TextDecoder().decode(checkpointFile.readAll()));

  const bases = dir
    .names()
    .map(parseSegmentFileName)
    .filter((p) => p !== null && p.kind === 'log' && p.extraSuffix === '')
    .map((p) => (p as NonNullable<typeof p>).baseOffset)
    .sort((a, b) => a - b);
  const checkpointLogStartOffset = params.logStartOffset ?? bases[0] ?? 0;
  const segments = recoverSegments(dir, bases, epochs, checkpointLogStartOffset, params);

  const firstBase = segments[0]?.baseOffset ?? params.logStartOffset ?? 0;
  const logStartOffset = Math.max(params.logStartOffset ?? firstBase, firstBase);
  if (segments.length === 0) {
    const fresh = LogSegment.create({
      baseOffset: logStartOffset,
      indexIntervalBytes: config.indexIntervalBytes,
      maxIndexBytes: config.segmentIndexBytes,
      rollJitterMs: randomSegmentJitterMs(config, params.nextInt),
      nowMs,
      ...(params.chunkBytes === undefined ? {} : { chunkBytes: params.chunkBytes }),
    });
    dir.createSegmentFiles(fresh);
    segments.push(fresh);
  }
  const active = segments.at(-1) as LogSegment;
  active.resizeIndexes(config.segmentIndexBytes);
  const logEndOffset = active.nextOffset;
  epochs.truncateFromEnd(logEndOffset);
  epochs.truncateFromStart(logStartOffset);
  // LogLoader.load: the log's own manager over the snapshots recovery left, rebuilt up to the LEO.
  const segmentBases = segments.map((s) => s.baseOffset);
  const producerStateManager = ProducerStateManager.load(dir);
  producerStateManager.removeStraySnapshots(segmentBases);
  rebuildProducerState(producerStateManager, segments, segmentBases, logStartOffset, logEndOffset);
  const highWatermark = Math.min(Math.max(params.highWatermark ?? 0, logStartOffset), logEndOffset);
  return {
    topic: params.topic,
    partition: params.partition,
    config,
    nextInt: params.nextInt,
    dir,
    segments,
    logStartOffset,
    logEndOffset,
    highWatermark,
    leaderEpochCache: epochs,
    cleanerCheckpoint: null,
    producerStateManager,
  };
}

/**
 * Kafka's `LogLoader.recoverLog` with the recovery point at 0: every segment, oldest first, through
 * `recoverSegment`, which builds a throwaway producer-state manager from the snapshots on disk up to
 * the segment's base (deleting any above it), replays the segment's batches into it, and snapshots at
 * the segment's end. A log of plain producers thus ends with `<base>.snapshot` for every segment but
 * the first, plus `<LEO>.snapshot` when the active segment holds data; the loader then drops those at
 * or below the log start offset.
 */
function recoverSegments(
  dir: LogDir,
  bases: readonly number[],
  epochs: LeaderEpochCache,
  checkpointLogStartOffset: number,
  params: RecoverParams,
): LogSegment[] {
  const { config, nowMs } = params;
  const segments: LogSegment[] = [];
  for (const baseOffset of bases) {
    const fileOf = (kind: 'log' | 'index' | 'timeindex') => {
      const name = segmentFileName(baseOffset, kind);
      return dir.get(name) ?? dir.create(name, new ChunkedFile(params.chunkBytes));
    };
    const producers = ProducerStateManager.load(dir);
    rebuildProducerState(producers, segments, bases, checkpointLogStartOffset, baseOffset);
    const { segment } = recoverSegment(
      { log: fileOf('log'), offsetIndex: fileOf('index'), timeIndex: fileOf('timeindex') },
      {
        baseOffset,
        indexIntervalBytes: config.indexIntervalBytes,
        maxIndexBytes: config.segmentIndexBytes,
        rollJitterMs: randomSegmentJitterMs(config, params.nextInt),
        nowMs,
      },
      ({ header }) => {
        const latest = epochs.latestEpoch();
        if (
          header.partitionLeaderEpoch >= 0 &&
          (latest === undefined || header.partitionLeaderEpoch > latest)
        ) {
          epochs.assign(header.partitionLeaderEpoch, header.baseOffset);
        }
        // LogSegment.updateProducerState, batch by batch.
        producers.update(header);
        producers.updateMapEndOffset(header.lastOffset + 1);
      },
    );
    producers.takeSnapshot();
    segments.push(segment);
  }
  return segments;
}
