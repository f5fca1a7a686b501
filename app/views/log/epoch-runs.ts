/**
 * Leader epochs as runs of offsets, from a replica's flattened leader-epoch cache
 * (`[epoch0, startOffset0, epoch1, startOffset1, …]`, Kafka's `leader-epoch-checkpoint`): each epoch
 * covers its start offset up to the next epoch's start (the last one up to the LEO). The view colours
 * records by epoch, so a new leader's writes (and a diverged follower's truncated tail) stand out. Pure.
 *
 * @example
 *   epochRuns([0, 0, 2, 40], 55); // [{ epoch: 0, from: 0, to: 40 }, { epoch: 2, from: 40, to: 55 }]
 */

export interface EpochRun {
  readonly epoch: number;
  /** First offset written in this epoch. */
  readonly from: number;
  /** End, exclusive: the next epoch's start offset, or the LEO. */
  readonly to: number;
}

export function epochRuns(epochStarts: readonly number[], logEndOffset: number): EpochRun[] {
  const runs: EpochRun[] = [];
  for (let i = 0; i + 1 < epochStarts.length; i += 2) {
    const epoch = epochStarts[i] as number;
    const from = epochStarts[i + 1] as number;
    const next = epochStarts[i + 3];
    const to = Math.max(from, next ?? logEndOffset);
    runs.push({ epoch, from, to });
  }
  return runs;
}

/** The leader epoch that wrote `offset`, or −1 when the cache does not cover it. */
export function epochAt(runs: readonly EpochRun[], offset: number): number {
  // Runs are contiguous, so the last one starting at or before the offset wrote it.
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as EpochRun;
    if (offset >= run.from) return run.epoch;
  }
  return -1;
}
