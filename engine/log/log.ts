/**
 * One partition replica's log (Kafka's `UnifiedLog` + `LocalLog`): segments in base-offset order, the
 * log start offset, log end offset (LEO) and high watermark (HW), appends as leader or follower with
 * roll-before-append, reads by offset, truncation, retention and the `.deleted` file life cycle.
 *
 * Pure and synchronous: time is always a `nowMs` argument and randomness (segment.jitter.ms) comes from
 * the `nextInt` the owner passes in. Files are {@link ChunkedFile}s; what happened to them is drained
 * with {@link Log.takeFileOps}, what happened to the log with {@link Log.takeEvents}.
 *
 * Page cache contract: a method that needs an evicted chunk throws ColdChunkError before changing
 * anything; load the chunk and call again.
 */
import { RECORD_BATCH_OVERHEAD, type RecordBatchHeader, readBatchHeader } from '../codec';
import type { ChunkedFile } from './chunked-file';
import { LEADER_EPOCH_CHECKPOINT_FILE, partitionDirName } from './file-names';
import type { FileOp } from './file-ops';
import { type EpochEntry, LeaderEpochCache } from './leader-epoch-cache';
import { type AnalyzedAppend, analyzeAndValidateRecords, validateAndAssignOffsets } from './log-append';
import { isCompacted, type LogConfig, randomSegmentJitterMs } from './log-config';
import { type DirEntry, LogDir, type PendingDeletion } from './log-dir';
import { offsetOutOfRange, unexpectedAppendOffset } from './log-errors';
import type { LogEvent, LogStartOffsetReason, SegmentDeletionReason } from './log-events';
import {
  floorSegmentIndex,
  type LogReadResult,
  type LogRecord,
  type ReadCap,
  type ReadOptions,
  readLog,
  readRecords,
} from './log-read';
import { type DeletableSegment, deleteOldSegments } from './log-retention';
import { LogSegment, type RollReason } from './log-segment';
import {
  encodeLeaderInput,
  type LeaderAppendInput,
  type LogAppendResult,
  type LogCreateParams,
  type LogInit,
} from './log-types';
import { emptyAppendResult, writeToActiveSegment } from './log-write';
import { ProducerStateManager } from './producer-state';
import { rebuildProducerState, touchProducerRebuild } from './producer-state-rebuild';

export type { AppendRecord, LeaderAppendInput, LogAppendResult, LogCreateParams, LogInit } from './log-types';

import {
  type LogFiles,
  type LogState,
  type RecoverParams,
  recoverLogInit,
  restoreLogInit,
} from './log-state';

export class Log {
  readonly topic: string;
  readonly partition: number;
  /** `<topic>-<partition>`: the directory name and how Kafka names the partition in messages. */
  readonly name: string;
  private configValue: LogConfig;
  private readonly nextInt: () => number;
  /** @internal */ readonly dir: LogDir;
  private segmentList: LogSegment[];
  private logStartOffsetValue: number;
  private logEndOffsetValue: number;
  private highWatermarkValue: number;
  private readonly epochCache: LeaderEpochCache;
  /** @internal Kafka's `ProducerStateManager`: idempotent producers' last batches and the `.snapshot` files. */
  readonly producerStateManager: ProducerStateManager;
  /** The cleaner's checkpoint: offsets below it are clean (Kafka's cleaner-offset-checkpoint entry). */
  private cleanerCheckpointValue: number | null;
  private events: LogEvent[] = [];

  /** @internal Use {@link Log.create}, {@link Log.restore} or {@link Log.recover}. */
  constructor(init: LogInit) {
    this.topic = init.topic;
    this.partition = init.partition;
    this.name = partitionDirName(init.topic, init.partition);
    this.configValue = init.config;
    this.nextInt = init.nextInt;
    this.dir = init.dir;
    this.segmentList = init.segments;
    this.logStartOffsetValue = init.logStartOffset;
    this.logEndOffsetValue = init.logEndOffset;
    this.highWatermarkValue = init.highWatermark;
    this.epochCache = init.leaderEpochCache;
    this.cleanerCheckpointValue = init.cleanerCheckpoint;
    this.producerStateManager = init.producerStateManager;
  }

  /**
   * A new, empty log: one empty segment at `logStartOffset` and an empty leader-epoch-checkpoint.
   *
   * @example
   *   const log = Log.create({ topic: 'demo', partition: 0, config: DEFAULT_LOG_CONFIG, nowMs: 0, nextInt: rng.int32 });
   *   log.appendAsLeader({ records: [{ timestamp: 0, key: null, value: bytes }] }, { leaderEpoch: 0, nowMs: 0 });
   *   log.maybeIncrementHighWatermark(log.logEndOffset); // a single-replica leader
   */
  static create(params: LogCreateParams): Log {
    const start = params.logStartOffset ?? 0;
    const dir = new LogDir(params.chunkBytes);
    const log = new Log({
      ...params,
      dir,
      segments: [],
      logStartOffset: start,
      logEndOffset: start,
      highWatermark: start,
      leaderEpochCache: new LeaderEpochCache(),
      cleanerCheckpoint: null,
      producerStateManager: ProducerStateManager.create(dir, start),
    });
    log.segmentList.push(log.newSegment(start, params.nowMs));
    log.writeLeaderEpochCheckpoint();
    return log;
  }

  /**
   * Rebuilds a log saved with {@link toState} over its files (which may be cold: nothing is read). Give
   * `nextInt` the owner's PRNG as it stands, and the log continues exactly as the saved one would have.
   *
   * @example
   *   const state = JSON.parse(JSON.stringify(log.toState()));
   *   const again = Log.restore(state, filesByName, config, rng.int32);
   */
  static restore(state: LogState, files: LogFiles, config: LogConfig, nextInt: () => number): Log {
    return new Log(restoreLogInit(state, files, config, nextInt));
  }

  /**
   * Rebuilds a log from its files alone, as Kafka recovers after an unclean shutdown: every segment is
   * scanned (CRC checked), cut at the first invalid batch, and its indexes rebuilt.
   */
  static recover(params: RecoverParams): Log {
    const log = new Log(recoverLogInit(params));
    log.writeLeaderEpochCheckpoint();
    return log;
  }

  /** Everything that is not file bytes, as JSON-serialisable data (see {@link Log.restore}). */
  toState(): LogState {
    return {
      version: 1,
      topic: this.topic,
      partition: this.partition,
      logStartOffset: this.logStartOffsetValue,
      logEndOffset: this.logEndOffsetValue,
      highWatermark: this.highWatermarkValue,
      segments: this.segmentList.map((s) => s.state()),
      pendingDeletions: this.dir.pendingDeletions().map((p) => ({ dueMs: p.dueMs, names: [...p.names] })),
      leaderEpochs: [...this.epochCache.all()],
      cleanerCheckpoint: this.cleanerCheckpointValue,
      chunkBytes: this.dir.chunkBytes ?? null,
      fileNames: this.dir.names(),
      producerState: this.producerStateManager.state(),
    };
  }

  get config(): LogConfig {
    return this.configValue;
  }

  /** Applies changed topic configs; index sizes and intervals apply to segments created afterwards. */
  updateConfig(config: LogConfig): void {
    this.configValue = config;
  }

  get logStartOffset(): number {
    return this.logStartOffsetValue;
  }

  /** LEO: the offset the next appended record gets. */
  get logEndOffset(): number {
    return this.logEndOffsetValue;
  }

  get highWatermark(): number {
    return this.highWatermarkValue;
  }

  /** Segments in base-offset order; the last is the active one. */
  get segments(): readonly LogSegment[] {
    return this.segmentList;
  }

  get activeSegment(): LogSegment {
    return this.segmentList.at(-1) as LogSegment;
  }

  /** Sum of the `.log` sizes (what retention.bytes compares). */
  get size(): number {
    return this.segmentList.reduce((sum, s) => sum + s.size, 0);
  }

  get cleanerCheckpoint(): number | null {
    return this.cleanerCheckpointValue;
  }

  /** @internal Set by the cleaner after a pass. */
  set cleanerCheckpoint(offset: number | null) {
    this.cleanerCheckpointValue = offset;
  }

  /**
   * Appends one producer batch (or a produce request's raw batches) as the leader: validates it, assigns
   * offsets from the LEO, stamps `leaderEpoch`, rolls first if §2.6 says so. Throws {@link LogError}
   * (MESSAGE_TOO_LARGE, RECORD_LIST_TOO_LARGE, INVALID_RECORD, CORRUPT_MESSAGE, INVALID_TIMESTAMP).
   * The HW is not moved: the caller advances it when replicas have the data.
   */
  appendAsLeader(
    input: LeaderAppendInput | Uint8Array,
    options: { leaderEpoch: number; nowMs: number },
  ): LogAppendResult {
    const received = input instanceof Uint8Array;
    const bytes = received ? input.slice() : encodeLeaderInput(input);
    // Bytes that arrived from a producer get their CRC checked, as the broker does; a batch the log
    // encoded itself a moment ago cannot be corrupt, so checking it again would only cost time.
    const analyzed = analyzeAndValidateRecords(bytes, this.name, this.configValue.maxMessageBytes, received);
    if (analyzed.batches.length === 0) return emptyAppendResult(this);
    const timestampType = this.configValue.messageTimestampType;
    const validated = validateAndAssignOffsets(bytes, analyzed, {
      partition: this.name,
      nextOffset: this.logEndOffsetValue,
      leaderEpoch: options.leaderEpoch,
      nowMs: options.nowMs,
      compacted: isCompacted(this.configValue),
      timestampType,
      timestampBeforeMaxMs: this.configValue.messageTimestampBeforeMaxMs,
      timestampAfterMaxMs: this.configValue.messageTimestampAfterMaxMs,
    });
    const logAppendTime = timestampType === 'LogAppendTime' ? options.nowMs : -1;
    return this.appendValidated(bytes, validated, options.nowMs, 'leader', logAppendTime);
  }

  /**
   * Appends batches fetched from the leader, keeping their offsets. They must be valid (CRC), in offset
   * order, and start at or after the LEO (gaps from the leader's compaction are fine).
   */
  appendAsFollower(batches: Uint8Array, options: { nowMs: number }): LogAppendResult {
    // Unlike a leader append nothing is rewritten in place (offsets and epochs are kept), and the
    // segment copies the bytes into its file, so the caller's buffer can be read directly.
    const bytes = batches;
    const analyzed = analyzeAndValidateRecords(bytes, this.name, null);
    if (analyzed.batches.length === 0) return emptyAppendResult(this);
    if (!analyzed.offsetsMonotonic) {
      throw unexpectedAppendOffset(`Out of order offsets found in append to ${this.name}`);
    }
    if (analyzed.firstOffset < this.logEndOffsetValue) {
      throw unexpectedAppendOffset(
        `Unexpected offset in append to ${this.name}. First offset ${analyzed.firstOffset} is less than the next offset ${this.logEndOffsetValue}. Last offset in append: ${analyzed.lastOffset}. Log start offset = ${this.logStartOffsetValue}`,
      );
    }
    return this.appendValidated(bytes, analyzed, options.nowMs, 'follower', -1);
  }

  private appendValidated(
    bytes: Uint8Array,
    info: AnalyzedAppend,
    nowMs: number,
    origin: 'leader' | 'follower',
    logAppendTime: number,
  ): LogAppendResult {
    const result = writeToActiveSegment(this, bytes, info, nowMs, origin, logAppendTime);
    this.logEndOffsetValue = info.lastOffset + 1;
    for (const { header } of info.batches) this.producerStateManager.update(header);
    // Kafka moves the map end on every append, producer ids or not, so the next roll snapshots.
    this.producerStateManager.updateMapEndOffset(info.lastOffset + 1);
    return result;
  }

  /**
   * Kafka's `roll`: a new active segment at max(expectedNextOffset, LEO). The old one gets its final
   * time-index entry and trimmed indexes; an empty active segment at that same offset is replaced (the
   * KAFKA-6388 path, reachable with a tiny segment.index.bytes). Then the producer state is snapshotted
   * at the new base offset, `<newBase>.snapshot`, unless nothing was appended since the last snapshot.
   */
  roll(nowMs: number, expectedNextOffset: number | undefined, reason: RollReason | 'retention'): LogSegment {
    const newOffset = Math.max(expectedNextOffset ?? 0, this.logEndOffsetValue);
    const active = this.activeSegment;
    let previousBaseOffset: number | null = active.baseOffset;
    if (active.baseOffset === newOffset) {
      if (active.size !== 0)
        throw new Error(
          `Trying to roll a new log segment for ${this.name} with start offset ${newOffset} while it already exists.`,
        );
      this.removeAndDeleteSegments([{ segment: active, reason: { kind: 'log roll' } }], nowMs);
      previousBaseOffset = null;
    } else if (newOffset < active.baseOffset) {
      throw new Error(
        `Trying to roll a new log segment for ${this.name} with start offset ${newOffset} lower than the active segment's ${active.baseOffset}`,
      );
    } else {
      active.onBecomeInactiveSegment();
    }
    const segment = this.newSegment(newOffset, nowMs);
    this.segmentList.push(segment);
    this.producerStateManager.updateMapEndOffset(newOffset);
    this.producerStateManager.takeSnapshot();
    this.events.push({ type: 'segment-rolled', previousBaseOffset, baseOffset: newOffset, reason });
    return segment;
  }

  /** @internal A fresh segment at `baseOffset` with its three files created in the directory. */
  newSegment(baseOffset: number, nowMs: number): LogSegment {
    const config = this.configValue;
    const segment = LogSegment.create({
      baseOffset,
      indexIntervalBytes: config.indexIntervalBytes,
      maxIndexBytes: config.segmentIndexBytes,
      rollJitterMs: randomSegmentJitterMs(config, this.nextInt),
      nowMs,
      ...(this.dir.chunkBytes === undefined ? {} : { chunkBytes: this.dir.chunkBytes }),
    });
    this.dir.createSegmentFiles(segment);
    return segment;
  }

  /**
   * Reads whole batches from `fetchOffset` (§2.5): OFFSET_OUT_OF_RANGE below the log start offset or
   * above the LEO, empty at or above the cap.
   *
   * @example
   *   const { records, batches } = log.read(42, { maxBytes: 1_048_576, upTo: 'highWatermark' });
   */
  read(fetchOffset: number, options: ReadOptions): LogReadResult {
    return readLog(this.segmentList, this.bounds(), fetchOffset, options);
  }

  /**
   * The header of the batch holding `offset` (61 bytes read, not the batch), or null when no batch does:
   * what checks of stored batches (CRC, epoch) need without copying records.
   */
  batchHeaderAt(offset: number): RecordBatchHeader | null {
    if (offset < this.logStartOffsetValue || offset >= this.logEndOffsetValue) return null;
    const segment = this.segmentList[floorSegmentIndex(this.segmentList, offset)];
    const found = segment?.translateOffset(offset);
    if (!segment || !found) return null;
    return readBatchHeader(segment.log.read(found.position, RECORD_BATCH_OVERHEAD), 0);
  }

  /** Up to `maxRecords` decoded records from `fromOffset` on, for record views (clamped, never throws for range). */
  readRecords(fromOffset: number, maxRecords: number, upTo: ReadCap = 'logEndOffset'): LogRecord[] {
    return readRecords(this.segmentList, this.bounds(), fromOffset, maxRecords, upTo);
  }

  private bounds() {
    return {
      partition: this.name,
      logStartOffset: this.logStartOffsetValue,
      logEndOffset: this.logEndOffsetValue,
      highWatermark: this.highWatermarkValue,
    };
  }

  /**
   * Kafka's `updateHighWatermark`: sets the HW (it may go down, e.g. on a follower), clamped to
   * [logStartOffset, LEO]. Returns the new HW.
   */
  updateHighWatermark(highWatermark: number): number {
    this.highWatermarkValue = Math.min(
      Math.max(highWatermark, this.logStartOffsetValue),
      this.logEndOffsetValue,
    );
    return this.highWatermarkValue;
  }

  /** Kafka's `maybeIncrementHighWatermark` (leader): only moves forward; above the LEO is a bug. */
  maybeIncrementHighWatermark(highWatermark: number): boolean {
    if (highWatermark > this.logEndOffsetValue) {
      throw new RangeError(
        `High watermark ${highWatermark} update exceeds current log end offset ${this.logEndOffsetValue}`,
      );
    }
    if (highWatermark <= this.highWatermarkValue) return false;
    this.highWatermarkValue = highWatermark;
    return true;
  }

  /**
   * Kafka's `maybeIncrementLogStartOffset` (DeleteRecords, a follower adopting its leader's, segment
   * deletion). Never above the HW; segments below it go at the next retention check.
   */
  maybeIncrementLogStartOffset(newLogStartOffset: number, reason: LogStartOffsetReason): boolean {
    if (newLogStartOffset > this.highWatermarkValue) {
      throw offsetOutOfRange(
        `Cannot increment the log start offset to ${newLogStartOffset} of partition ${this.name} since it is larger than the high watermark ${this.highWatermarkValue}`,
      );
    }
    if (newLogStartOffset <= this.logStartOffsetValue) return false;
    const from = this.logStartOffsetValue;
    this.logStartOffsetValue = newLogStartOffset;
    if (this.epochCache.truncateFromStart(newLogStartOffset)) this.writeLeaderEpochCheckpoint();
    this.producerStateManager.onLogStartOffsetIncremented(newLogStartOffset);
    this.events.push({ type: 'log-start-offset-advanced', from, to: newLogStartOffset, reason });
    return true;
  }

  /**
   * Retention (§3.3): the start-offset rule, then — if cleanup.policy includes delete — size and time.
   * Returns the number of segments deleted. Deleted segments leave the segment list at once; their files
   * become `.deleted` and go after file.delete.delay.ms ({@link deleteExpiredFiles}).
   */
  deleteOldSegments(nowMs: number): number {
    return deleteOldSegments(this, nowMs);
  }

  /** @internal Removes segments from the list and renames their files `.deleted` (§3.4). */
  removeAndDeleteSegments(deletable: readonly DeletableSegment[], nowMs: number): void {
    const dueMs = nowMs + this.configValue.fileDeleteDelayMs;
    for (const { segment, reason } of deletable) {
      this.segmentList = this.segmentList.filter((s) => s !== segment);
      const renamedTo = this.dir.renameSegmentForDeletion(segment.baseOffset, dueMs);
      this.events.push({
        type: 'segment-deleted',
        baseOffset: segment.baseOffset,
        sizeInBytes: segment.size,
        reason,
        renamedTo,
        fileDeleteDueMs: dueMs,
      });
    }
  }

  /**
   * @internal Kafka's `deleteProducerSnapshots(segments, asyncDelete = true)`: the snapshots named after
   * these segments' base offsets become `.snapshot.deleted`, removed file.delete.delay.ms later.
   */
  deleteProducerSnapshots(segments: readonly LogSegment[], nowMs: number): string[] {
    const dueMs = nowMs + this.configValue.fileDeleteDelayMs;
    return this.producerStateManager.removeAndMarkSnapshotsForDeletion(
      segments.map((s) => s.baseOffset),
      dueMs,
    );
  }

  /** Removes `.deleted` files whose file.delete.delay.ms has passed. Returns their names. */
  deleteExpiredFiles(nowMs: number): string[] {
    const names = this.dir.deleteExpired(nowMs);
    if (names.length > 0) this.events.push({ type: 'files-deleted', names });
    return names;
  }

  /** When the next `.deleted` files are due, or null. */
  nextFileDeletionDueMs(): number | null {
    return this.dir.nextDeletionDueMs();
  }

  pendingDeletions(): readonly PendingDeletion[] {
    return this.dir.pendingDeletions();
  }

  /**
   * Kafka's `truncateTo` (a follower cutting its divergent tail): segments above the offset go, the one
   * holding it is cut at a batch boundary (the batch holding `targetOffset` goes whole), LEO becomes
   * `targetOffset` — Kafka sets it so even when the cut lands lower, which callers avoid by truncating to
   * batch boundaries. If the offset is below the first segment the log is emptied and restarted there.
   * Snapshots of removed segments become `.deleted`; the producer state is rebuilt up to the offset,
   * which deletes any other snapshot above it and writes `<targetOffset>.snapshot` if it is newer than
   * every snapshot left. Returns false when there was nothing to cut.
   */
  truncateTo(targetOffset: number, nowMs: number): boolean {
    if (targetOffset < 0)
      throw new RangeError(`Cannot truncate partition ${this.name} to a negative offset (${targetOffset}).`);
    if (targetOffset >= this.logEndOffsetValue) {
      if (this.epochCache.truncateFromEnd(this.logEndOffsetValue)) this.writeLeaderEpochCheckpoint();
      return false;
    }
    if ((this.segmentList[0] as LogSegment).baseOffset > targetOffset) {
      this.truncateFullyAndStartAt(targetOffset, nowMs);
      return true;
    }
    const from = this.logEndOffsetValue;
    const logStartOffset = Math.min(targetOffset, this.logStartOffsetValue);
    touchProducerRebuild(this.producerStateManager, this.segmentList, logStartOffset, targetOffset);
    const keep = this.segmentList.filter((s) => s.baseOffset <= targetOffset);
    (keep.at(-1) as LogSegment).truncateTo(targetOffset, nowMs);
    const removed = this.segmentList.filter((s) => s.baseOffset > targetOffset);
    const reason: SegmentDeletionReason = { kind: 'log truncation', truncationOffset: targetOffset };
    this.removeAndDeleteSegments(
      removed.map((segment) => ({ segment, reason })),
      nowMs,
    );
    this.deleteProducerSnapshots(removed, nowMs);
    this.logEndOffsetValue = targetOffset;
    if (this.epochCache.truncateFromEnd(targetOffset)) this.writeLeaderEpochCheckpoint();
    this.logStartOffsetValue = logStartOffset;
    this.rebuildProducerState(targetOffset);
    if (this.highWatermarkValue >= this.logEndOffsetValue) this.highWatermarkValue = this.logEndOffsetValue;
    this.dir.flushTruncations();
    this.events.push({ type: 'truncated', fromLogEndOffset: from, toOffset: targetOffset, fully: false });
    return true;
  }

  /**
   * Kafka's `truncateFullyAndStartAt`: every segment goes (as `.deleted`), one empty segment starts at
   * `newOffset`, which becomes the log start offset, LEO and HW; the leader-epoch cache is cleared and
   * every producer snapshot deleted at once (no `.deleted`).
   */
  truncateFullyAndStartAt(newOffset: number, nowMs: number): void {
    const from = this.logEndOffsetValue;
    const reason: SegmentDeletionReason = { kind: 'log truncation', truncationOffset: newOffset };
    this.removeAndDeleteSegments(
      this.segmentList.map((segment) => ({ segment, reason })),
      nowMs,
    );
    this.segmentList = [this.newSegment(newOffset, nowMs)];
    this.logEndOffsetValue = newOffset;
    this.logStartOffsetValue = newOffset;
    this.highWatermarkValue = newOffset;
    if (this.epochCache.clear()) this.writeLeaderEpochCheckpoint();
    this.producerStateManager.truncateFullyAndStartAt(newOffset);
    this.rebuildProducerState(newOffset);
    this.events.push({ type: 'truncated', fromLogEndOffset: from, toOffset: newOffset, fully: true });
  }

  /** Kafka's `rebuildProducerState(lastOffset)` over this log's segments. */
  private rebuildProducerState(lastOffset: number): void {
    const bases = this.segmentList.map((s) => s.baseOffset);
    rebuildProducerState(
      this.producerStateManager,
      this.segmentList,
      bases,
      this.logStartOffsetValue,
      lastOffset,
    );
  }

  /**
   * The producer-state step of Kafka's `UnifiedLog.close` at a clean broker shutdown: a snapshot at the
   * LEO, `<LEO>.snapshot`, unless nothing was appended since the last one. The log stays usable (the
   * simulation has no closed state); the cluster layer calls this when it stops a broker cleanly.
   */
  close(): void {
    this.producerStateManager.takeSnapshot();
  }

  /** Kafka's `maybeAssignEpochStartOffset`: records that `leaderEpoch` starts at `startOffset`. */
  maybeAssignEpochStartOffset(leaderEpoch: number, startOffset: number): void {
    if (this.epochCache.assign(leaderEpoch, startOffset)) this.writeLeaderEpochCheckpoint();
  }

  /** (epoch, first offset) pairs, oldest first: the content of leader-epoch-checkpoint. */
  leaderEpochEntries(): readonly EpochEntry[] {
    return this.epochCache.all();
  }

  latestEpoch(): number | undefined {
    return this.epochCache.latestEpoch();
  }

  /** Kafka's `endOffsetForEpoch`: what this replica answers to OffsetsForLeaderEpoch / a diverging fetch. */
  endOffsetForEpoch(leaderEpoch: number): EpochEntry {
    return this.epochCache.endOffsetFor(leaderEpoch, this.logEndOffsetValue);
  }

  private writeLeaderEpochCheckpoint(): void {
    this.dir.writeText(LEADER_EPOCH_CHECKPOINT_FILE, this.epochCache.toCheckpointText());
  }

  /** Every file in the directory, `.deleted` ones included until removed, sorted by name. */
  files(): DirEntry[] {
    return this.dir.list();
  }

  /**
   * The directory as `ls -l` on a broker shows it: `sizeBytes` is what the file holds; `allocatedBytes`
   * is its size on disk, which for the indexes of the active segment is the pre-allocated
   * segment.index.bytes (rounded down to whole entries) until the segment rolls (§2.2).
   */
  fileListing(): Array<{ name: string; sizeBytes: number; allocatedBytes: number }> {
    return this.dir.listing(this.segmentList);
  }

  /**
   * Writes `partition.metadata` (Kafka 2.8+: `version: 0` and the topic id), which the cluster layer
   * calls when it creates the partition with a topic id.
   */
  writePartitionMetadata(topicId: string): void {
    this.dir.writeText('partition.metadata', `version: 0\ntopic_id: ${topicId}`);
  }

  /** @internal The file with this name in the directory. */
  file(name: string): ChunkedFile | undefined {
    return this.dir.get(name);
  }

  /** Drains what happened to files since the last call, in order, for the persister. */
  takeFileOps(): FileOp[] {
    return this.dir.takeOps();
  }

  /** Drains log events since the last call, oldest first. */
  takeEvents(): LogEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** @internal Lets the cleaner report through the same stream. */
  pushEvent(event: LogEvent): void {
    this.events.push(event);
  }

  /** @internal The cleaner swaps cleaned segments in (same list order, same LEO). */
  replaceSegmentList(segments: LogSegment[]): void {
    this.segmentList = segments;
  }
}
