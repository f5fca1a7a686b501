/**
 * One member of a classic group as the coordinator keeps it (Kafka's `MemberMetadata`): identity,
 * timeouts, the protocols it supports with their metadata, its current assignment, and the JoinGroup /
 * SyncGroup responses it is waiting for.
 */
import type { ConsumerSubscription, JoinGroupResponse, SyncGroupResponse } from '../../cluster/protocol';

export interface MemberProtocol {
  readonly name: string;
  readonly metadata: ConsumerSubscription;
  /** The metadata as ConsumerProtocolSubscription bytes: what `matches` compares and the log stores. */
  readonly bytes: Uint8Array;
}

export type JoinCallback = (response: JoinGroupResponse) => void;
export type SyncCallback = (response: SyncGroupResponse) => void;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class MemberMetadata {
  /** The JoinGroup response this member waits for (its request is parked), or null. */
  awaitingJoin: JoinCallback | null = null;
  /** The SyncGroup response this member waits for, or null. */
  awaitingSync: SyncCallback | null = null;
  /**
   * Set from the member's first JoinGroup until its first rebalance completes: such a member cannot
   * heartbeat yet, so it expires after the new-member join timeout instead of the session timeout.
   */
  isNew = false;
  /** ConsumerProtocolAssignment bytes of the current generation (empty = none). */
  assignment: Uint8Array = new Uint8Array(0);

  constructor(
    public memberId: string,
    readonly groupInstanceId: string | null,
    readonly clientId: string,
    readonly clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    readonly protocolType: string,
    public protocols: readonly MemberProtocol[],
  ) {}

  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  get isAwaitingJoin(): boolean {
    return this.awaitingJoin !== null;
  }

  get isAwaitingSync(): boolean {
    return this.awaitingSync !== null;
  }

  /**
   * Whether a session-expiry check finds this member alive without a heartbeat: members parked in a
   * rebalance count as alive (the rebalance timeout governs them), except brand-new ones.
   */
  get satisfiesHeartbeatWhileWaiting(): boolean {
    return !this.isNew && (this.isAwaitingJoin || this.isAwaitingSync);
  }

  /** The metadata this member sent for `protocol`. */
  protocol(name: string): MemberProtocol {
    const found = this.protocols.find((p) => p.name === name);
    if (!found) throw new Error(`Member ${this.memberId} does not support protocol ${name}`);
    return found;
  }

  /** Same protocols, in the same order, with byte-identical metadata. */
  matches(protocols: readonly MemberProtocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    return protocols.every((p, i) => {
      const mine = this.protocols[i] as MemberProtocol;
      return p.name === mine.name && sameBytes(p.bytes, mine.bytes);
    });
  }

  /** Its most preferred protocol among `candidates` (`MemberMetadata.vote`). */
  vote(candidates: ReadonlySet<string>): string {
    const found = this.protocols.find((p) => candidates.has(p.name));
    if (!found) throw new Error(`Member ${this.memberId} does not support any of the candidate protocols`);
    return found.name;
  }
}
