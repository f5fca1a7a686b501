/**
 * The "no acknowledged record lost" invariant, kept by the simulator the way a careful test harness
 * would. Every batch a leader acknowledged (acks=1 or all) is remembered as part of a run of offsets
 * acknowledged in one leader epoch; Kafka's log-matching property (an offset and the epoch that wrote
 * it identify the record, §5.8) then tells, from the current leader's leader-epoch cache alone, which
 * acknowledged offsets its log no longer holds: those at or past the end of that epoch in its log.
 * Offsets below the log start offset were deleted by retention on purpose and do not count. A loss comes
 * from an unclean election, or from acks=1 with a leader that died before replicating; the view shows
 * the lost records as ghosts.
 *
 * Memory stays bounded in a long session: contiguous acknowledgements merge into one run, and runs
 * below the log start offset are dropped, so a partition holds a handful of runs, not one per batch.
 */
import type { Log } from '../log';

interface AckedRun {
  readonly epoch: number;
  readonly from: number;
  to: number;
}

export interface LostRange {
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  readonly toOffset: number;
  readonly count: number;
}

export class AckLedger {
  private readonly acked = new Map<string, AckedRun[]>();
  private readonly lost = new Map<string, Array<{ from: number; to: number }>>();
  private lostTotal = 0;

  /** A leader answered NONE for the batch at `baseOffset` (read back from its log for epoch and end). */
  record(topicPartition: string, log: Log, baseOffset: number): void {
    const header = log.batchHeaderAt(baseOffset);
    if (!header) return;
    let runs = this.acked.get(topicPartition);
    if (!runs) {
      runs = [];
      this.acked.set(topicPartition, runs);
    }
    const last = runs.at(-1);
    // An idempotent producer's retry is acknowledged again: nothing new.
    if (last && last.epoch === header.partitionLeaderEpoch && header.lastOffset <= last.to) return;
    if (last && last.epoch === header.partitionLeaderEpoch && header.baseOffset === last.to + 1) {
      last.to = header.lastOffset;
      return;
    }
    runs.push({ epoch: header.partitionLeaderEpoch, from: header.baseOffset, to: header.lastOffset });
  }

  /** Checks the partition's acknowledged runs against `leaderLog`; returns newly lost ranges. */
  check(topic: string, partition: number, leaderLog: Log): LostRange[] {
    const key = `${topic}-${partition}`;
    const runs = this.acked.get(key);
    if (!runs) return [];
    const kept: AckedRun[] = [];
    const found: LostRange[] = [];
    for (const run of runs) {
      if (run.to < leaderLog.logStartOffset) continue;
      const end = leaderLog.endOffsetForEpoch(run.epoch);
      // The leader's log holds epoch `run.epoch` up to `end`; without that epoch it holds none of it.
      const heldUpTo = end.epoch === run.epoch ? end.startOffset : run.from;
      const lostFrom = Math.max(run.from, heldUpTo, leaderLog.logStartOffset);
      if (lostFrom <= run.to) {
        found.push({
          topic,
          partition,
          fromOffset: lostFrom,
          toOffset: run.to,
          count: run.to - lostFrom + 1,
        });
        const list = this.lost.get(key) ?? [];
        list.push({ from: lostFrom, to: run.to });
        this.lost.set(key, list);
        this.lostTotal += run.to - lostFrom + 1;
      }
      if (lostFrom > run.from)
        kept.push({ epoch: run.epoch, from: run.from, to: Math.min(run.to, lostFrom - 1) });
    }
    this.acked.set(key, kept);
    return found;
  }

  forgetTopic(topic: string): void {
    for (const key of [...this.acked.keys()]) if (key.startsWith(`${topic}-`)) this.acked.delete(key);
  }

  /** Records acknowledged and then lost, in total. */
  lostCount(): number {
    return this.lostTotal;
  }

  /** The lost offsets, for drawing ghosts. */
  lostRanges(): Array<{ topicPartition: string; fromOffset: number; toOffset: number }> {
    const out: Array<{ topicPartition: string; fromOffset: number; toOffset: number }> = [];
    for (const [topicPartition, list] of this.lost)
      for (const r of list) out.push({ topicPartition, fromOffset: r.from, toOffset: r.to });
    return out;
  }

  /** Runs remembered (a memory check for tests). */
  runCount(): number {
    let n = 0;
    for (const runs of this.acked.values()) n += runs.length;
    return n;
  }
}
