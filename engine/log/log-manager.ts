/**
 * One broker's log manager (Kafka's `LogManager` and the log-cleaner thread) on the simulated clock: it
 * owns the broker's logs — leaders and followers alike — and runs their background work when due:
 *
 * - retention every `log.retention.check.interval.ms`, first `log.initial.task.delay.ms` after start,
 *   at a fixed rate (KAFKA-REFERENCE §3.1–3.2), over non-compacted logs only: compacted logs are left to
 *   the cleaner, and get no retention at all when it is off;
 * - removal of `.deleted` files once their `file.delete.delay.ms` has passed (§3.4);
 * - the cleaner, from start and then every `log.cleaner.backoff.ms` while idle: it cleans the filthiest
 *   compacted log, runs retention on every compacted log, and goes again at once after a cleaning (§4.1).
 *
 * Pure: `tick(nowMs)` does what is due and says what it did; `nextDueMs()` lets a scheduler jump there.
 */
import type { Log } from './log';
import { type CleanResult, cleanLog, grabFilthiestCompactedLog } from './log-cleaner';
import { DEFAULT_LOG_MANAGER_CONFIG, isCompacted, type LogManagerConfig } from './log-config';

/** Something the manager did during a tick. */
export type LogManagerAction =
  | {
      readonly kind: 'retention-check';
      readonly nowMs: number;
      readonly segmentsDeleted: ReadonlyArray<{ log: string; count: number }>;
    }
  | { readonly kind: 'files-deleted'; readonly log: string; readonly names: readonly string[] }
  | { readonly kind: 'log-cleaned'; readonly result: CleanResult }
  | { readonly kind: 'cleaner-retention'; readonly log: string; readonly segmentsDeleted: number };

/** The schedule, for reload (logs are restored separately and added back). */
export interface LogManagerState {
  readonly startMs: number;
  readonly nextRetentionCheckMs: number;
  readonly nextCleanerRunMs: number;
}

/** A cleaner loop that cleans this many times in one tick is stuck: stop and let time pass. */
const MAX_CLEANINGS_PER_TICK = 1000;

export class LogManager {
  private readonly logs = new Map<string, Log>();
  private nextRetentionCheckMs: number;
  private nextCleanerRunMs: number;
  readonly startMs: number;

  /**
   * @example
   *   const manager = new LogManager(DEFAULT_LOG_MANAGER_CONFIG, 0);
   *   manager.addLog(log);
   *   manager.nextDueMs(); // 0: the cleaner thread starts at once (if any log is compacted), else 30000
   */
  constructor(
    readonly config: LogManagerConfig = DEFAULT_LOG_MANAGER_CONFIG,
    startMs = 0,
    state?: LogManagerState,
  ) {
    this.startMs = state?.startMs ?? startMs;
    this.nextRetentionCheckMs = state?.nextRetentionCheckMs ?? this.startMs + config.logInitialTaskDelayMs;
    this.nextCleanerRunMs = state?.nextCleanerRunMs ?? this.startMs;
  }

  addLog(log: Log): void {
    if (this.logs.has(log.name)) throw new Error(`log ${log.name} is already managed`);
    this.logs.set(log.name, log);
  }

  /** Stops managing a log (partition deleted or moved); its pending `.deleted` files go with it. */
  removeLog(name: string): Log | undefined {
    const log = this.logs.get(name);
    this.logs.delete(name);
    return log;
  }

  getLog(name: string): Log | undefined {
    return this.logs.get(name);
  }

  allLogs(): Log[] {
    return [...this.logs.values()];
  }

  state(): LogManagerState {
    return {
      startMs: this.startMs,
      nextRetentionCheckMs: this.nextRetentionCheckMs,
      nextCleanerRunMs: this.nextCleanerRunMs,
    };
  }

  /** The earliest time something is due, or null if nothing ever will be. */
  nextDueMs(): number | null {
    let due = this.nextRetentionCheckMs;
    if (this.cleanerHasWork()) due = Math.min(due, this.nextCleanerRunMs);
    for (const log of this.logs.values()) {
      const fileDue = log.nextFileDeletionDueMs();
      if (fileDue !== null) due = Math.min(due, fileDue);
    }
    return due;
  }

  /**
   * Runs everything due at or before `nowMs`, once each, at `nowMs`: file removals, then retention,
   * then the cleaner. A late tick does not replay missed runs; the fixed-rate schedule just moves on.
   */
  tick(nowMs: number): LogManagerAction[] {
    const actions: LogManagerAction[] = [];
    for (const log of this.logs.values()) {
      const due = log.nextFileDeletionDueMs();
      if (due === null || due > nowMs) continue;
      actions.push({ kind: 'files-deleted', log: log.name, names: log.deleteExpiredFiles(nowMs) });
    }
    if (nowMs >= this.nextRetentionCheckMs) {
      actions.push(this.runRetention(nowMs));
      const period = this.config.logRetentionCheckIntervalMs;
      this.nextRetentionCheckMs += period * (Math.floor((nowMs - this.nextRetentionCheckMs) / period) + 1);
    }
    if (nowMs >= this.nextCleanerRunMs) {
      if (this.cleanerHasWork()) actions.push(...this.runCleaner(nowMs));
      this.nextCleanerRunMs = nowMs + this.config.logCleanerBackoffMs;
    }
    return actions;
  }

  /**
   * Kafka's `cleanupLogs`: retention over every log whose cleanup.policy lacks compact. Compacted logs
   * (compact, or compact,delete) are the cleaner thread's; with log.cleaner.enable=false nobody applies
   * retention to them at all (`LogManager.cleanupLogs` filters `!log.config.compact` either way).
   */
  private runRetention(nowMs: number): LogManagerAction {
    const segmentsDeleted: Array<{ log: string; count: number }> = [];
    for (const log of this.logs.values()) {
      if (isCompacted(log.config)) continue;
      const count = log.deleteOldSegments(nowMs);
      if (count > 0) segmentsDeleted.push({ log: log.name, count });
    }
    return { kind: 'retention-check', nowMs, segmentsDeleted };
  }

  /** The cleaner thread's loop: clean the filthiest log, retention on compacted logs, again if it cleaned. */
  private runCleaner(nowMs: number): LogManagerAction[] {
    const actions: LogManagerAction[] = [];
    for (let i = 0; i < MAX_CLEANINGS_PER_TICK; i++) {
      const filthiest = grabFilthiestCompactedLog(this.logs.values(), nowMs);
      if (filthiest !== null) actions.push({ kind: 'log-cleaned', result: cleanLog(filthiest, nowMs) });
      for (const log of this.logs.values()) {
        if (!isCompacted(log.config)) continue;
        const count = log.deleteOldSegments(nowMs);
        if (count > 0) actions.push({ kind: 'cleaner-retention', log: log.name, segmentsDeleted: count });
      }
      if (filthiest === null) break;
    }
    return actions;
  }

  private cleanerHasWork(): boolean {
    if (!this.config.logCleanerEnable) return false;
    for (const log of this.logs.values()) if (isCompacted(log.config)) return true;
    return false;
  }
}
