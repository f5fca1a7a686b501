/**
 * Kafka's `ProducerStateManager` (storage module, 3.9) for one log: the last batch of every idempotent
 * producer (producer id ≥ 0) and the `<offset>.snapshot` files that save that map
 * (KAFKA-REFERENCE §2.1). Two offsets drive the files:
 *
 * - `lastMapOffset` ("map end offset"): how far the map has seen. Every append moves it to the LEO,
 *   whether or not its batches carry a producer id, and a roll moves it to the new segment's base.
 * - `lastSnapOffset`: the offset of the last snapshot written. `takeSnapshot` writes a file only when
 *   `lastMapOffset > lastSnapOffset`, so a roll writes `<newBase>.snapshot` unless nothing was appended
 *   since the last snapshot.
 *
 * Plain producers (id −1) never enter the map, so their logs get the 10-byte empty snapshot.
 *
 * Simplified: producers never expire (producer.id.expiration.ms, a day by default, is not simulated);
 * sequence numbers and epochs are recorded but not checked (no OutOfOrderSequence, no duplicate
 * detection); transaction markers (control batches) are skipped — the simulation writes none.
 */
import { CONTROL_FLAG_MASK, type RecordBatchHeader, TRANSACTIONAL_FLAG_MASK } from '../codec';
import { parseSegmentFileName, segmentFileName } from './file-names';
import { capacityAfterPut, javaHashMapOrder } from './java-hash-order';
import type { LogDir } from './log-dir';
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  encodeProducerSnapshot,
  type ProducerSnapshotEntry,
} from './producer-snapshot';

/** A snapshot file the manager knows of, with what it holds (null: unreadable, found by recovery). */
export interface ProducerSnapshotState {
  readonly offset: number;
  readonly entries: readonly ProducerSnapshotEntry[] | null;
}

/** Everything the manager holds, as plain JSON (a part of `LogState`). */
export interface ProducerStateManagerState {
  readonly lastMapOffset: number;
  readonly lastSnapOffset: number;
  /** Table size of the broker's producers HashMap (0 before the first producer): it orders snapshots. */
  readonly tableCapacity: number;
  /** Active producers in the order they entered the map. */
  readonly producers: readonly ProducerSnapshotEntry[];
  /** Snapshot files, oldest first. */
  readonly snapshots: readonly ProducerSnapshotState[];
}

const INT32_MAX = 0x7fffffff;

/** `DefaultRecordBatch.lastSequence`: baseSequence + lastOffsetDelta, wrapping past Integer.MAX_VALUE. */
export function lastSequenceOf(header: RecordBatchHeader): number {
  const base = header.baseSequence;
  const delta = header.lastOffsetDelta;
  if (base < 0) return -1;
  return base > INT32_MAX - delta ? delta - (INT32_MAX - base) - 1 : base + delta;
}

export class ProducerStateManager {
  /** Insertion order, which within a HashMap bucket is Java's iteration order. */
  private readonly producers = new Map<number, ProducerSnapshotEntry>();
  private tableCapacity = 0;
  private readonly snapshots = new Map<number, readonly ProducerSnapshotEntry[] | null>();
  private lastMapOffset: number;
  private lastSnapOffset: number;

  private constructor(
    private readonly dir: LogDir,
    startOffset: number,
  ) {
    this.lastMapOffset = startOffset;
    this.lastSnapOffset = startOffset;
  }

  /**
   * The manager of a new log starting at `startOffset`: no producers and no snapshots, and nothing to
   * snapshot until something is appended (a new log at 0 writes no `00000000000000000000.snapshot`).
   */
  static create(dir: LogDir, startOffset: number): ProducerStateManager {
    return new ProducerStateManager(dir, startOffset);
  }

  /** Back from {@link state} (no file is read). */
  static restore(dir: LogDir, state: ProducerStateManagerState): ProducerStateManager {
    const manager = new ProducerStateManager(dir, state.lastSnapOffset);
    manager.lastMapOffset = state.lastMapOffset;
    manager.tableCapacity = state.tableCapacity;
    for (const entry of state.producers) manager.producers.set(entry.producerId, entry);
    for (const s of state.snapshots) manager.snapshots.set(s.offset, s.entries);
    return manager;
  }

  /**
   * A fresh manager over the snapshot files already in `dir` (Kafka's constructor + `loadSnapshots`),
   * as log loading creates one: empty map, offsets 0. Reads the files; an unreadable one is kept as
   * null and dropped when something tries to load it.
   */
  static load(dir: LogDir): ProducerStateManager {
    const manager = new ProducerStateManager(dir, 0);
    for (const { name, file } of dir.list()) {
      const parsed = parseSegmentFileName(name);
      if (parsed?.kind !== 'snapshot' || parsed.extraSuffix !== '') continue;
      let entries: ProducerSnapshotEntry[] | null;
      try {
        entries = decodeProducerSnapshot(file.readAll());
      } catch (e) {
        if (!(e instanceof CorruptSnapshotError)) throw e;
        entries = null;
      }
      manager.snapshots.set(parsed.baseOffset, entries);
    }
    return manager;
  }

  state(): ProducerStateManagerState {
    return {
      lastMapOffset: this.lastMapOffset,
      lastSnapOffset: this.lastSnapOffset,
      tableCapacity: this.tableCapacity,
      producers: [...this.producers.values()],
      snapshots: this.snapshotOffsets().map((offset) => ({
        offset,
        entries: this.snapshots.get(offset) ?? null,
      })),
    };
  }

  /** Kafka's `mapEndOffset`. */
  get mapEndOffset(): number {
    return this.lastMapOffset;
  }

  /** Producer id → its entry. */
  activeProducers(): ReadonlyMap<number, ProducerSnapshotEntry> {
    return this.producers;
  }

  isEmpty(): boolean {
    return this.producers.size === 0;
  }

  /** Offsets of the snapshot files, oldest first. */
  snapshotOffsets(): number[] {
    return [...this.snapshots.keys()].sort((a, b) => a - b);
  }

  latestSnapshotOffset(): number | undefined {
    return this.snapshotOffsets().at(-1);
  }

  /**
   * Where {@link truncateAndReload} to `logEndOffset` would leave the map end when it has to reload:
   * the newest readable snapshot in (logStartOffset, logEndOffset], else `logStartOffset`.
   */
  reloadOffset(logStartOffset: number, logEndOffset: number): number {
    const loadable = this.snapshotOffsets().filter(
      (o) => o > logStartOffset && o <= logEndOffset && this.snapshots.get(o) !== null,
    );
    return loadable.at(-1) ?? logStartOffset;
  }

  /** The producers in the order the broker's HashMap iterates them: the order of a snapshot's entries. */
  entriesInSnapshotOrder(): ProducerSnapshotEntry[] {
    return javaHashMapOrder([...this.producers.keys()], this.tableCapacity).map(
      (id) => this.producers.get(id) as ProducerSnapshotEntry,
    );
  }

  /**
   * `prepareUpdate` + `ProducerAppendInfo.append` + `update` for one data batch: the producer's entry
   * now describes this batch. Batches without a producer id and control batches change nothing.
   */
  update(header: RecordBatchHeader): void {
    if (header.producerId < 0 || (header.attributes & CONTROL_FLAG_MASK) !== 0) return;
    const current = this.producers.get(header.producerId);
    const openTxn = current?.currentTxnFirstOffset ?? -1;
    const transactional = (header.attributes & TRANSACTIONAL_FLAG_MASK) !== 0;
    this.put({
      producerId: header.producerId,
      producerEpoch: header.producerEpoch,
      lastSequence: lastSequenceOf(header),
      lastOffset: header.lastOffset,
      offsetDelta: header.lastOffset - header.baseOffset,
      timestamp: header.maxTimestamp,
      coordinatorEpoch: current?.coordinatorEpoch ?? -1,
      currentTxnFirstOffset: transactional && openTxn < 0 ? header.baseOffset : openTxn,
    });
  }

  /** Kafka's `updateMapEndOffset`. */
  updateMapEndOffset(offset: number): void {
    this.lastMapOffset = offset;
  }

  /**
   * Kafka's `takeSnapshot`: if the map has moved past the last snapshot, writes `<lastMapOffset>.snapshot`
   * with every producer and returns its offset; otherwise returns null and writes nothing.
   */
  takeSnapshot(): number | null {
    if (this.lastMapOffset <= this.lastSnapOffset) return null;
    const offset = this.lastMapOffset;
    const entries = this.entriesInSnapshotOrder();
    this.dir.create(segmentFileName(offset, 'snapshot')).append(encodeProducerSnapshot(entries));
    this.snapshots.set(offset, entries);
    this.lastSnapOffset = offset;
    return offset;
  }

  /** Kafka's `onLogStartOffsetIncremented`: the map end never lags the log start offset. */
  onLogStartOffsetIncremented(logStartOffset: number): void {
    if (this.lastMapOffset < logStartOffset) this.lastMapOffset = logStartOffset;
    this.lastSnapOffset = this.latestSnapshotOffset() ?? logStartOffset;
  }

  /**
   * Kafka's `truncateAndReload`: deletes (at once, no `.deleted`) every snapshot above `logEndOffset` or
   * at or below `logStartOffset`; then, unless the map already ends at `logEndOffset`, empties the map
   * and reloads it from the latest snapshot left (or starts empty at `logStartOffset`).
   */
  truncateAndReload(logStartOffset: number, logEndOffset: number): void {
    for (const offset of this.snapshotOffsets()) {
      if (offset > logEndOffset || offset <= logStartOffset) this.removeAndDeleteSnapshot(offset);
    }
    if (logEndOffset === this.lastMapOffset) {
      this.onLogStartOffsetIncremented(logStartOffset);
      return;
    }
    this.producers.clear();
    this.loadFromSnapshot(logStartOffset);
  }

  /** Kafka's `truncateFullyAndStartAt`: no producers, every snapshot deleted at once, the map at `offset`. */
  truncateFullyAndStartAt(offset: number): void {
    this.producers.clear();
    for (const snapshot of this.snapshotOffsets()) this.removeAndDeleteSnapshot(snapshot);
    this.lastSnapOffset = 0;
    this.lastMapOffset = offset;
  }

  /**
   * Kafka's `UnifiedLog.deleteProducerSnapshots` with async delete: the snapshots named after these
   * segment base offsets leave the map and become `<name>.deleted`, due at `dueMs` (the caller's
   * file.delete.delay.ms, scheduled as its own task). Returns the new names.
   */
  removeAndMarkSnapshotsForDeletion(baseOffsets: Iterable<number>, dueMs: number): string[] {
    const names: string[] = [];
    for (const offset of baseOffsets) {
      if (this.snapshots.delete(offset)) names.push(segmentFileName(offset, 'snapshot'));
    }
    return this.dir.renameForDeletion(names, dueMs);
  }

  /**
   * Kafka's `removeStraySnapshots` (log loading): deletes snapshots at no segment's base offset, except
   * the newest such one if it is above every base (the one a clean shutdown writes at the LEO).
   */
  removeStraySnapshots(segmentBaseOffsets: readonly number[]): void {
    const bases = new Set(segmentBaseOffsets);
    const strays = this.snapshotOffsets().filter((offset) => !bases.has(offset));
    const latestStray = strays.pop();
    for (const offset of strays) this.removeAndDeleteSnapshot(offset);
    const maxBase = segmentBaseOffsets.length === 0 ? undefined : Math.max(...segmentBaseOffsets);
    if (latestStray !== undefined && maxBase !== undefined && latestStray < maxBase)
      this.removeAndDeleteSnapshot(latestStray);
  }

  private loadFromSnapshot(logStartOffset: number): void {
    for (;;) {
      const latest = this.latestSnapshotOffset();
      if (latest === undefined) {
        this.lastSnapOffset = logStartOffset;
        this.lastMapOffset = logStartOffset;
        return;
      }
      const entries = this.snapshots.get(latest) ?? null;
      if (entries === null) {
        this.removeAndDeleteSnapshot(latest); // Kafka: "Failed to load producer snapshot", then the next
        continue;
      }
      for (const entry of entries) this.put(entry);
      this.lastSnapOffset = latest;
      this.lastMapOffset = latest;
      return;
    }
  }

  private removeAndDeleteSnapshot(offset: number): void {
    if (this.snapshots.delete(offset)) this.dir.delete(segmentFileName(offset, 'snapshot'));
  }

  private put(entry: ProducerSnapshotEntry): void {
    if (!this.producers.has(entry.producerId))
      this.tableCapacity = capacityAfterPut(this.tableCapacity, this.producers.keys(), entry.producerId);
    this.producers.set(entry.producerId, entry);
  }
}
