/**
 * One classic group as its coordinator holds it (Kafka's `GroupMetadata`): state machine, members,
 * generation, leader, selected protocol and the committed offsets. Pure bookkeeping — the rules that
 * move it (timers, responses, log writes) live in membership.ts and offset-store.ts.
 */
import { type JoinGroupMember, type TopicPartition, tpKey } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { MemberMetadata } from './member-metadata';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** `GroupState.validPreviousStates`. */
const VALID_PREVIOUS_STATES: Readonly<Record<GroupState, readonly GroupState[]>> = {
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
  Empty: ['PreparingRebalance'],
};

/** A committed offset as cached (Kafka's `CommitRecordMetadataAndOffset`). */
export interface CommittedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestamp: number;
  /** −1 unless loaded from a version-1 record. */
  readonly expireTimestamp: number;
  /** Offset of the batch holding the commit record in `__consumer_offsets`. */
  readonly recordOffset: number;
}

/** The rebalance's pending DelayedJoin or InitialDelayedJoin (Kafka keeps it in a purgatory). */
export interface PendingJoin {
  readonly initial: boolean;
  readonly timer: Timer;
  readonly delayMs: number;
  readonly remainingMs: number;
}

export class GroupMetadata {
  private stateValue: GroupState;
  /** When the group entered its current state; null for a group loaded from a version < 2 record. */
  currentStateTimestamp: number | null;
  protocolType: string | null = null;
  protocolName: string | null = null;
  generationId = 0;
  leaderId: string | null = null;
  /** Insertion order: the order of JoinGroup responses' member lists (Kafka's is a HashMap's). */
  readonly members = new Map<string, MemberMetadata>();
  /** Members given an id by MEMBER_ID_REQUIRED that have not joined with it yet. */
  readonly pendingMembers = new Set<string>();
  readonly pendingSyncMembers = new Set<string>();
  readonly staticMembers = new Map<string, string>();
  private readonly supportedProtocols = new Map<string, number>();
  readonly offsets = new Map<string, CommittedOffset>();
  /** Commits appended but not yet acknowledged, per `topic-partition`. */
  readonly pendingOffsetCommits = new Map<string, number>();
  /** A member joined during the initial delay: InitialDelayedJoin extends the wait. */
  newMemberAdded = false;
  /** Topics the members subscribe to (consumer groups), or null when unknown. */
  subscribedTopics: ReadonlySet<string> | null = null;
  pendingJoin: PendingJoin | null = null;
  /** DelayedSync: members of `generationId` that must send SyncGroup before `timer` fires. */
  pendingSync: { readonly timer: Timer; readonly generationId: number } | null = null;
  /** Session (or new-member / pending-member) expiry timers by member id. */
  readonly expirationTimers = new Map<string, Timer>();

  constructor(
    readonly groupId: string,
    initialState: GroupState,
    nowMs: number,
  ) {
    this.stateValue = initialState;
    this.currentStateTimestamp = nowMs;
  }

  get state(): GroupState {
    return this.stateValue;
  }

  is(state: GroupState): boolean {
    return this.stateValue === state;
  }

  get size(): number {
    return this.members.size;
  }

  has(memberId: string): boolean {
    return this.members.has(memberId);
  }

  get(memberId: string): MemberMetadata {
    const member = this.members.get(memberId);
    if (!member) throw new Error(`Group ${this.groupId} has no member ${memberId}`);
    return member;
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  get canRebalance(): boolean {
    return VALID_PREVIOUS_STATES.PreparingRebalance.includes(this.stateValue);
  }

  /** Returns the previous state. */
  transitionTo(state: GroupState, nowMs: number): GroupState {
    const from = this.stateValue;
    if (!VALID_PREVIOUS_STATES[state].includes(from)) {
      throw new Error(
        `Group ${this.groupId} should be in ${VALID_PREVIOUS_STATES[state]} before ${state}, is ${from}`,
      );
    }
    this.stateValue = state;
    this.currentStateTimestamp = nowMs;
    return from;
  }

  get rebalanceTimeoutMs(): number {
    let timeout = 0;
    for (const m of this.members.values()) timeout = Math.max(timeout, m.rebalanceTimeoutMs);
    return timeout;
  }

  get numAwaitingJoin(): number {
    let n = 0;
    for (const m of this.members.values()) if (m.isAwaitingJoin) n++;
    return n;
  }

  get hasAllMembersJoined(): boolean {
    return this.members.size === this.numAwaitingJoin && this.pendingMembers.size === 0;
  }

  add(member: MemberMetadata): void {
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    if (this.members.size === 0) this.protocolType = member.protocolType;
    // The first member to join leads, and stays leader across rebalances while it remains.
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
    this.countProtocols(member, 1);
    this.pendingMembers.delete(member.memberId);
  }

  remove(memberId: string): void {
    const member = this.members.get(memberId);
    if (member) {
      this.members.delete(memberId);
      this.countProtocols(member, -1);
      if (member.groupInstanceId !== null) this.staticMembers.delete(member.groupInstanceId);
    }
    if (this.isLeader(memberId)) this.leaderId = this.members.keys().next().value ?? null;
    this.pendingMembers.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
  }

  /** Replaces a member's protocols (a rejoin with new metadata). */
  updateProtocols(member: MemberMetadata, protocols: MemberMetadata['protocols']): void {
    this.countProtocols(member, -1);
    member.protocols = protocols;
    this.countProtocols(member, 1);
  }

  /** Static members: the instance id now maps to a new member id (`replaceStaticMember`). */
  replaceMemberId(member: MemberMetadata, newMemberId: string): void {
    const oldMemberId = member.memberId;
    this.members.delete(oldMemberId);
    member.memberId = newMemberId;
    this.members.set(newMemberId, member);
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId;
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, newMemberId);
  }

  /** If the leader did not rejoin, any member that did takes over; false when nobody rejoined. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    if (this.get(this.leaderId).isAwaitingJoin) return true;
    for (const [memberId, member] of this.members) {
      if (member.isAwaitingJoin) {
        this.leaderId = memberId;
        return true;
      }
    }
    return false;
  }

  /** Protocols every member supports (`candidateProtocols`). */
  private candidateProtocols(): Set<string> {
    const n = this.members.size;
    return new Set([...this.supportedProtocols].filter(([, count]) => count === n).map(([name]) => name));
  }

  /** Each member votes for its most preferred common protocol; the most votes win (first on a tie). */
  selectProtocol(): string {
    if (this.members.size === 0) throw new Error('Cannot select protocol for empty group');
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const choice = m.vote(candidates);
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best = '';
    let bestVotes = -1;
    for (const [name, count] of votes) {
      if (count > bestVotes) {
        best = name;
        bestVotes = count;
      }
    }
    return best;
  }

  supportsProtocols(protocolType: string, names: readonly string[]): boolean {
    if (this.is('Empty')) return protocolType !== '' && names.length > 0;
    return (
      this.protocolType === protocolType &&
      names.some((n) => this.supportedProtocols.get(n) === this.members.size)
    );
  }

  /** Next generation: CompletingRebalance with a protocol, or Empty when nobody is left. */
  initNextGeneration(nowMs: number): GroupState {
    this.generationId += 1;
    this.protocolName = this.members.size > 0 ? this.selectProtocol() : null;
    this.subscribedTopics = this.computeSubscribedTopics();
    this.pendingSyncMembers.clear();
    return this.transitionTo(this.members.size > 0 ? 'CompletingRebalance' : 'Empty', nowMs);
  }

  computeSubscribedTopics(): ReadonlySet<string> | null {
    if (this.protocolType !== 'consumer') return null;
    if (this.members.size === 0) return new Set();
    if (this.protocolName === null) return null;
    const topics = new Set<string>();
    for (const m of this.members.values())
      for (const t of m.protocol(this.protocolName).metadata.topics) topics.add(t);
    return topics;
  }

  /** The leader's JoinGroup member list: every member's metadata for the selected protocol. */
  currentMemberMetadata(): JoinGroupMember[] {
    const protocol = this.protocolName;
    if (protocol === null) throw new Error(`Group ${this.groupId} has no protocol in state ${this.state}`);
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.protocol(protocol).metadata,
    }));
  }

  get hasOffsets(): boolean {
    return this.offsets.size > 0 || this.pendingOffsetCommits.size > 0;
  }

  committedOffsets(): CommittedOffset[] {
    return [...this.offsets.values()].sort(
      (a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0) || a.partition - b.partition,
    );
  }

  offset(tp: TopicPartition): CommittedOffset | undefined {
    return this.offsets.get(tpKey(tp.topic, tp.partition));
  }

  private countProtocols(member: MemberMetadata, delta: number): void {
    for (const p of member.protocols)
      this.supportedProtocols.set(p.name, (this.supportedProtocols.get(p.name) ?? 0) + delta);
  }
}
