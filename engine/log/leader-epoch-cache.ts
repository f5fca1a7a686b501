/**
 * The leader-epoch cache (Kafka's `LeaderEpochFileCache`, KAFKA-REFERENCE §5.8): for each leader epoch,
 * the first offset written in it. Replication uses `endOffsetFor` to find where a follower's log
 * diverges from its leader's. Persisted as the `leader-epoch-checkpoint` text file: `0`, the entry
 * count, then `<epoch> <startOffset>` lines.
 */

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

/** Kafka's UNDEFINED_EPOCH / UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class LeaderEpochCache {
  private entries: EpochEntry[];

  constructor(entries: readonly EpochEntry[] = []) {
    this.entries = [...entries];
  }

  all(): readonly EpochEntry[] {
    return this.entries;
  }

  latestEntry(): EpochEntry | undefined {
    return this.entries.at(-1);
  }

  /** The latest epoch, or undefined when the cache is empty. */
  latestEpoch(): number | undefined {
    return this.latestEntry()?.epoch;
  }

  /**
   * Records that `epoch` starts at `startOffset`. A no-op when the latest entry already has this epoch
   * with an offset ≤ startOffset; otherwise later entries with epoch ≥ epoch or startOffset ≥ startOffset
   * are dropped first, keeping both columns increasing. Returns whether the cache changed.
   *
   * @example
   *   cache.assign(0, 0); cache.assign(0, 5); // false: epoch 0 already starts at 0
   *   cache.assign(1, 7); // true
   */
  assign(epoch: number, startOffset: number): boolean {
    if (epoch < 0 || startOffset < 0)
      throw new RangeError(`Received invalid partition leader epoch entry ${epoch} ${startOffset}`);
    const latest = this.latestEntry();
    if (latest !== undefined && latest.epoch === epoch && startOffset >= latest.startOffset) return false;
    this.entries = this.entries.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.entries.push({ epoch, startOffset });
    return true;
  }

  /**
   * Kafka's `endOffsetFor`: the (epoch, end offset) a leader answers for a follower's `requestedEpoch`:
   * its LEO for the latest epoch; the start of the next larger epoch, paired with the largest epoch ≤
   * the request (or the request itself if none); (−1, −1) if the requested epoch is undefined or newer
   * than any known.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): EpochEntry {
    const undefinedAnswer = { epoch: UNDEFINED_EPOCH, startOffset: UNDEFINED_EPOCH_OFFSET };
    if (requestedEpoch === UNDEFINED_EPOCH) return undefinedAnswer;
    if (this.latestEpoch() === requestedEpoch) return { epoch: requestedEpoch, startOffset: logEndOffset };
    const higher = this.entries.find((e) => e.epoch > requestedEpoch);
    if (higher === undefined) return undefinedAnswer;
    const floor = this.entries.filter((e) => e.epoch <= requestedEpoch).at(-1);
    return { epoch: floor?.epoch ?? requestedEpoch, startOffset: higher.startOffset };
  }

  /** Drops entries starting at or after `endOffset` (follower truncation). Returns whether it changed. */
  truncateFromEnd(endOffset: number): boolean {
    const before = this.entries.length;
    if (endOffset >= 0) this.entries = this.entries.filter((e) => e.startOffset < endOffset);
    return this.entries.length !== before;
  }

  /**
   * Drops entries wholly before `startOffset` (log start offset advanced); the last of them survives
   * with its start moved up to `startOffset`. Returns whether it changed.
   */
  truncateFromStart(startOffset: number): boolean {
    const removed = this.entries.filter((e) => e.startOffset <= startOffset);
    const last = removed.at(-1);
    if (last === undefined) return false;
    const kept = this.entries.filter((e) => e.startOffset > startOffset);
    this.entries = [{ epoch: last.epoch, startOffset }, ...kept];
    return removed.length !== 1 || last.startOffset !== startOffset;
  }

  clear(): boolean {
    const changed = this.entries.length > 0;
    this.entries = [];
    return changed;
  }

  /**
   * The `leader-epoch-checkpoint` file's text.
   *
   * @example
   *   new LeaderEpochCache([{ epoch: 0, startOffset: 0 }, { epoch: 2, startOffset: 57 }]).toCheckpointText();
   *   // '0\n2\n0 0\n2 57\n'
   */
  toCheckpointText(): string {
    return `0\n${this.entries.length}\n${this.entries.map((e) => `${e.epoch} ${e.startOffset}\n`).join('')}`;
  }

  /** Parses a checkpoint file's text; throws on a malformed file as Kafka's `CheckpointFile` does. */
  static fromCheckpointText(text: string): LeaderEpochCache {
    const lines = text.split('\n');
    if (lines[0] !== '0')
      throw new Error(`Unrecognized version of the leader-epoch-checkpoint file: ${lines[0]}`);
    const count = Number(lines[1]);
    const entries: EpochEntry[] = [];
    for (let i = 0; i < count; i++) {
      const match = /^(\d+) (\d+)$/.exec(lines[2 + i] ?? '');
      if (match === null) throw new Error(`Malformed line in leader-epoch-checkpoint file: ${lines[2 + i]}`);
      entries.push({ epoch: Number(match[1]), startOffset: Number(match[2]) });
    }
    return new LeaderEpochCache(entries);
  }
}
