/**
 * A leader-only partition log for tests (test-harness.ts): encoded record batches in memory, a log
 * start offset that retention can raise, and a high watermark a test may hold back.
 */
import { encodeRecordBatch } from '../../codec';
import type { AppendRecord } from '../../log';

interface StoredBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly bytes: Uint8Array;
}

/** One partition's log, leader only. */
/** @example new MemoryPartitionLog().append([{ timestamp: 0, key: null, value: null }], 0); // 0 */
export class MemoryPartitionLog {
  readonly batches: StoredBatch[] = [];
  logStartOffset = 0;
  logEndOffset = 0;
  /** Consumers read below it; it follows the log end unless a test holds it back. */
  highWatermark = 0;

  append(records: readonly AppendRecord[], leaderEpoch: number): number {
    const baseOffset = this.logEndOffset;
    const bytes = encodeRecordBatch({
      baseOffset,
      partitionLeaderEpoch: leaderEpoch,
      records: records.map((r) => ({ timestamp: r.timestamp, key: r.key, value: r.value })),
    });
    this.batches.push({ baseOffset, lastOffset: baseOffset + records.length - 1, bytes });
    this.logEndOffset += records.length;
    return baseOffset;
  }

  /** Every replica has it: the high watermark moves to the log end. */
  commit(): void {
    this.highWatermark = this.logEndOffset;
  }

  /** Whole batches at or past `from` that lie entirely below the high watermark. */
  read(from: number): Uint8Array {
    const parts = this.batches.filter((b) => b.lastOffset >= from && b.lastOffset < this.highWatermark);
    const out = new Uint8Array(parts.reduce((n, b) => n + b.bytes.length, 0));
    let at = 0;
    for (const b of parts) {
      out.set(b.bytes, at);
      at += b.bytes.length;
    }
    return out;
  }

  /** Retention: records below `offset` are gone. */
  deleteBefore(offset: number): void {
    this.logStartOffset = offset;
    while (this.batches.length > 0 && (this.batches[0] as StoredBatch).lastOffset < offset)
      this.batches.shift();
  }
}
