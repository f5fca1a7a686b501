/**
 * The "no acknowledged record lost" invariant, kept by the simulator the way a careful test harness
 * would: every batch a leader acknowledged (acks=1 or all) is remembered by offset and CRC, and is
 * checked against the current leader's log. A batch that is neither there (same offset, same CRC — the
 * CRC does not cover the offset or leader epoch, so it is the same producer batch) nor below the log
 * start offset (deleted by retention on purpose) was lost: an unclean election, or acks=1 with a leader
 * that died before replicating. The view shows these as ghosts.
 */
import type { Log } from '../log';

interface AckedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly crc: number;
}

export interface LostRange {
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  readonly toOffset: number;
  readonly count: number;
}

export class AckLedger {
  private readonly acked = new Map<string, AckedBatch[]>();
  private readonly lost = new Map<string, AckedBatch[]>();

  /** A leader appended this batch and the producer was (or will be) told so. */
  record(topicPartition: string, log: Log, baseOffset: number): void {
    const header = log.batchHeaderAt(baseOffset);
    if (!header) return;
    let list = this.acked.get(topicPartition);
    if (!list) {
      list = [];
      this.acked.set(topicPartition, list);
    }
    // An idempotent producer's retry is acknowledged again with the same batch: remember it once.
    const last = list.at(-1);
    if (last && last.baseOffset === header.baseOffset && last.crc === header.crc) return;
    list.push({ baseOffset: header.baseOffset, lastOffset: header.lastOffset, crc: header.crc });
  }

  /** Checks every acknowledged batch of the partition against `leaderLog`; returns newly lost ranges. */
  check(topic: string, partition: number, leaderLog: Log): LostRange[] {
    const key = `${topic}-${partition}`;
    const list = this.acked.get(key);
    if (!list) return [];
    const kept: AckedBatch[] = [];
    const found: LostRange[] = [];
    for (const batch of list) {
      if (batch.lastOffset < leaderLog.logStartOffset) continue;
      if (this.present(leaderLog, batch)) {
        kept.push(batch);
        continue;
      }
      const lost = this.lost.get(key) ?? [];
      lost.push(batch);
      this.lost.set(key, lost);
      found.push({
        topic,
        partition,
        fromOffset: batch.baseOffset,
        toOffset: batch.lastOffset,
        count: batch.lastOffset - batch.baseOffset + 1,
      });
    }
    this.acked.set(key, kept);
    return found;
  }

  forgetTopic(topic: string): void {
    for (const key of [...this.acked.keys()]) if (key.startsWith(`${topic}-`)) this.acked.delete(key);
  }

  /** Records acknowledged and then lost, in total. */
  lostCount(): number {
    let n = 0;
    for (const list of this.lost.values()) for (const b of list) n += b.lastOffset - b.baseOffset + 1;
    return n;
  }

  lostBatches(): Array<{ topicPartition: string; baseOffset: number; lastOffset: number }> {
    const out: Array<{ topicPartition: string; baseOffset: number; lastOffset: number }> = [];
    for (const [topicPartition, list] of this.lost)
      for (const b of list) out.push({ topicPartition, baseOffset: b.baseOffset, lastOffset: b.lastOffset });
    return out;
  }

  private present(log: Log, batch: AckedBatch): boolean {
    const header = log.batchHeaderAt(batch.baseOffset);
    return header !== null && header.baseOffset === batch.baseOffset && header.crc === batch.crc;
  }
}
