import {
  DEFAULT_TICK_TIME_MS,
  initialSessionId,
  negotiateSessionTimeoutMs,
  nextSessionIdAfter,
  STANDALONE_SERVER_ID,
} from './session-id';
import type { SessionId, ZooKeeperState } from './zookeeper-types';

/** A live session's record (`SessionTrackerImpl.SessionImpl` plus who opened it). */
export interface Session {
  readonly sessionId: SessionId;
  readonly owner: string;
  readonly timeoutMs: number;
  readonly createdMs: number;
}

/**
 * The live sessions and the next id to hand out (`SessionTrackerImpl` without its expiry clock: the
 * cluster decides when a silent session expires).
 */
export class SessionTracker {
  readonly serverId: number;
  readonly tickTimeMs: number;
  private readonly sessions = new Map<SessionId, Session>();
  private nextId: SessionId;

  constructor(serverId = STANDALONE_SERVER_ID, tickTimeMs = DEFAULT_TICK_TIME_MS, monotonicMs = 0) {
    this.serverId = serverId;
    this.tickTimeMs = tickTimeMs;
    this.nextId = initialSessionId(serverId, monotonicMs);
  }

  /** Opens a session with the negotiated timeout. */
  open(nowMs: number, requestedTimeoutMs: number, owner: string): Session {
    const sessionId = this.nextId;
    this.nextId = nextSessionIdAfter(sessionId);
    const timeoutMs = negotiateSessionTimeoutMs(requestedTimeoutMs, this.tickTimeMs);
    const session = { sessionId, owner, timeoutMs, createdMs: nowMs };
    this.sessions.set(sessionId, session);
    return session;
  }

  /** Forgets a session; returns it, or undefined if it was not live. */
  remove(sessionId: SessionId): Session | undefined {
    const session = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    return session;
  }

  get(sessionId: SessionId): Session | undefined {
    return this.sessions.get(sessionId);
  }

  has(sessionId: SessionId): boolean {
    return this.sessions.has(sessionId);
  }

  /** True while some live session belongs to `owner`. */
  hasOwner(owner: string): boolean {
    for (const session of this.sessions.values()) if (session.owner === owner) return true;
    return false;
  }

  /** Live sessions, oldest first. */
  all(): Session[] {
    return [...this.sessions.values()];
  }

  toState(): Pick<ZooKeeperState, 'serverId' | 'tickTimeMs' | 'nextSessionId' | 'sessions'> {
    return {
      serverId: this.serverId,
      tickTimeMs: this.tickTimeMs,
      nextSessionId: this.nextId,
      sessions: this.all().map((s) => ({ ...s })),
    };
  }

  static fromState(state: Pick<ZooKeeperState, 'serverId' | 'tickTimeMs' | 'nextSessionId' | 'sessions'>) {
    const tracker = new SessionTracker(state.serverId, state.tickTimeMs);
    tracker.nextId = state.nextSessionId;
    for (const session of state.sessions) tracker.sessions.set(session.sessionId, { ...session });
    return tracker;
  }
}
