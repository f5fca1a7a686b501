/**
 * What of a log would survive a power cut. Kafka does not fsync each append (`flush.messages` and
 * `flush.ms` are off by default): it flushes a segment when it rolls, and otherwise leaves dirty pages
 * to the operating system, which writes them back once they are about 30 s old (Linux's
 * `vm.dirty_expire_centisecs` = 3000). A process crash loses nothing that reached the page cache; a
 * power cut loses whatever the OS had not written yet — replication is what protects it.
 */
import type { Log } from '../log';

/** Linux's default age at which dirty pages are written back. */
export const OS_DIRTY_EXPIRE_MS = 30_000;

export class DurabilityTracker {
  /**
   * (time, LEO) after each append, oldest first; trimmed once older than the writeback age. Keyed by
   * the log itself: every broker has its own `orders-0`, written back on its own machine's clock.
   */
  private readonly marks = new WeakMap<Log, Array<{ atMs: number; logEndOffset: number }>>();

  recordAppend(log: Log, nowMs: number): void {
    let list = this.marks.get(log);
    if (!list) {
      list = [];
      this.marks.set(log, list);
    }
    list.push({ atMs: nowMs, logEndOffset: log.logEndOffset });
    // Keep only what can still matter: the newest mark older than the writeback age and everything after.
    while (list.length > 1 && (list[1] as { atMs: number }).atMs <= nowMs - OS_DIRTY_EXPIRE_MS) list.shift();
  }

  /** The offset up to which `log` is on disk at `nowMs`. */
  durableOffset(log: Log, nowMs: number): number {
    const flushedOnRoll = log.activeSegment.baseOffset;
    let written = log.logStartOffset;
    const list = this.marks.get(log);
    for (const mark of list ?? []) if (mark.atMs <= nowMs - OS_DIRTY_EXPIRE_MS) written = mark.logEndOffset;
    // No append in the last 30 s: everything is written back.
    if (!list || list.length === 0 || (list.at(-1) as { atMs: number }).atMs <= nowMs - OS_DIRTY_EXPIRE_MS)
      return log.logEndOffset;
    return Math.min(log.logEndOffset, Math.max(flushedOnRoll, written));
  }
}
