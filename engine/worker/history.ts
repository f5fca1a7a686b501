/**
 * The run's past and recorded future. The session's own commands are the past; after a rewind the
 * commands that had come later are kept as the recorded future, re-applied at their times if time moves
 * on, and dropped if the user acts (a fork, as in RaftScope). `historyEndMs` is how far the timeline
 * slider reaches.
 */
import type { StampedSessionCommand } from '../session/commands';
import type { Session } from '../session/session';

export class History {
  /** Commands recorded after the current moment (non-empty only after a rewind). */
  private future: StampedSessionCommand[] = [];
  private endMs = 0;

  /** A new run starting now, or a rewound one with its recorded future. */
  reset(session: Session, future: readonly StampedSessionCommand[] = [], historyEndMs = session.nowMs): void {
    this.future = [...future];
    this.endMs = Math.max(historyEndMs, session.nowMs);
  }

  get historyEndMs(): number {
    return this.endMs;
  }

  get futureCommands(): readonly StampedSessionCommand[] {
    return this.future;
  }

  /** Every command of the run, past and recorded future, in order (what a replay needs). */
  allCommands(session: Session): StampedSessionCommand[] {
    return [...session.commands(), ...this.future];
  }

  /** The session is behind the end of its history (the UI says "rewound"). */
  isRewound(session: Session): boolean {
    return this.future.length > 0 || this.endMs > session.nowMs;
  }

  /** The user acted while rewound: the recorded future is gone for good. Returns whether it forked. */
  forkIfRewound(session: Session): boolean {
    if (!this.isRewound(session)) return false;
    this.future = [];
    this.endMs = session.nowMs;
    return true;
  }

  /** Simulated ms until the next recorded command, or `maxMs` if sooner (a step stops there). */
  msToNextCommand(session: Session, maxMs: number): number {
    const next = this.future[0];
    return Math.min(maxMs, next ? next.atMs - session.nowMs : maxMs);
  }

  /** Applies recorded commands that are due now. */
  applyDue(session: Session): void {
    while (this.future.length > 0 && (this.future[0] as StampedSessionCommand).atMs <= session.nowMs) {
      const next = this.future.shift() as StampedSessionCommand;
      session.apply(next.command);
    }
  }

  /** Advances toward `targetMs`, re-applying the recorded future on the way. False if it yielded. */
  advance(session: Session, targetMs: number, shouldYield: () => boolean): boolean {
    for (;;) {
      const next = this.future[0];
      if (!next || next.atMs > targetMs) break;
      if (!session.advanceTo(next.atMs, shouldYield)) return false;
      this.applyDue(session);
    }
    return session.advanceTo(targetMs, shouldYield);
  }

  /** Time moved on: the history reaches at least this far. */
  noteTime(session: Session): void {
    if (session.nowMs > this.endMs) this.endMs = session.nowMs;
  }
}
