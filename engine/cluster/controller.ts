/**
 * The ZooKeeper-mode controller (Kafka's `KafkaController`, §9.2): one broker, elected through the
 * ephemeral `/controller` znode, that elects partition leaders, commits ISR changes and tells brokers
 * (LeaderAndIsr to replicas, UpdateMetadata to everyone). Its rules come from `election.ts`; its
 * metadata lives behind `ControllerStore`, so a KRaft controller could reuse both.
 */
import type { Timer } from '../sim/scheduler';
import { ControllerChannel, type PartitionContext, push, toState } from './controller-channel';
import {
  type ControllerStore,
  MetadataStoreUnavailable,
  type StoredPartitionState,
} from './controller-store';
import {
  type ElectionType,
  imbalanceRatio,
  isrWithoutBroker,
  newPartitionLeader,
  offlinePartitionLeader,
  preferredReplicaLeader,
} from './election';
import type { ErrorName } from './errors';
import type { ElectionReason, EmitEvent } from './events';
import type {
  AlterPartitionRequest,
  AlterPartitionResponse,
  BrokerEndpoint,
  PartitionState,
  RequestBody,
} from './protocol';

export interface ControllerHost {
  readonly brokerId: number;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  emit: EmitEvent;
  send(toBroker: number, body: RequestBody): void;
  /** Sends and reports whether the broker answered (false: no answer, connection failed or timed out). */
  request(toBroker: number, body: RequestBody, done: (answered: boolean) => void): void;
  endpoint(brokerId: number): BrokerEndpoint;
  uncleanLeaderElectionEnable(topic: string): boolean;
  autoLeaderRebalance(): { enable: boolean; intervalMs: number; percentage: number };
  topicIdOf(topic: string): string;
  /** The controller wrote ZooKeeper outside a watch callback: deliver the watch events it fired. */
  storeChanged(): void;
}

export class Controller {
  private liveBrokers = new Set<number>();
  private readonly partitions = new Map<string, PartitionContext>();
  private readonly topicsKnown = new Set<string>();
  /** Topics whose StopReplica(delete) answers are awaited. */
  private readonly deleting = new Set<string>();
  private rebalanceTimer: Timer | null = null;
  active = true;

  private readonly channel: ControllerChannel;

  constructor(
    readonly epoch: number,
    private readonly store: ControllerStore,
    private readonly host: ControllerHost,
  ) {
    this.channel = new ControllerChannel(epoch, host, () => this.liveBrokers);
  }

  /** `onControllerFailover`: read everything, tell every broker, elect leaders for offline partitions. */
  failover(): void {
    this.liveBrokers = new Set(this.store.liveBrokerIds());
    const fresh: PartitionContext[] = [];
    for (const topic of this.store.topics()) fresh.push(...this.loadTopic(topic.name));
    const known = [...this.partitions.values()].filter((c) => !fresh.includes(c));
    this.channel.updateMetadata(
      [...this.liveBrokers],
      known.map((c) => toState(c)),
    );
    const byBroker = new Map<number, PartitionContext[]>();
    for (const ctx of known)
      for (const id of ctx.replicas) if (this.liveBrokers.has(id)) push(byBroker, id, ctx);
    for (const [id, ctxs] of byBroker) this.channel.leaderAndIsr(id, ctxs, false);
    this.initializeNewPartitions(fresh);
    // replicaStateMachine.startup: replicas on brokers that are not alive go offline (out of every ISR,
    // leaders re-elected), whether they died before or during the controller change.
    const dead = new Set<number>();
    for (const ctx of this.partitions.values())
      for (const id of ctx.replicas) if (!this.liveBrokers.has(id)) dead.add(id);
    if (dead.size > 0) this.onBrokerFailure([...dead].sort((a, b) => a - b));
    this.electOfflinePartitions();
    this.topicDeletionsChanged();
    this.scheduleAutoRebalance();
  }

  resign(): void {
    this.active = false;
    this.host.cancel(this.rebalanceTimer);
  }

  // ------------------------------------------------------------------ brokers

  /** The `/brokers/ids` child watch fired: compare with the live set we knew. */
  brokersChanged(): void {
    const now = new Set(this.store.liveBrokerIds());
    const started = [...now].filter((id) => !this.liveBrokers.has(id)).sort((a, b) => a - b);
    const failed = [...this.liveBrokers].filter((id) => !now.has(id)).sort((a, b) => a - b);
    this.liveBrokers = now;
    if (failed.length > 0) this.onBrokerFailure(failed);
    if (started.length > 0) this.onBrokerStartup(started);
  }

  /** `onBrokerStartup`: metadata to everyone, its replicas as followers, then offline partitions. */
  private onBrokerStartup(started: number[]): void {
    this.channel.updateMetadata([...this.liveBrokers], [...this.partitions.values()].map(toState));
    for (const id of started) {
      const hosted = [...this.partitions.values()].filter((c) => c.replicas.includes(id));
      if (hosted.length > 0) this.channel.leaderAndIsr(id, hosted, false);
    }
    this.electOfflinePartitions();
    this.topicDeletionsChanged();
  }

  /** `onBrokerFailure` (§9.2): elect for partitions it led, then drop it from every ISR. */
  private onBrokerFailure(failed: number[]): void {
    const changed: PartitionContext[] = [];
    const isDead = (id: number) => failed.includes(id);
    for (const ctx of this.partitions.values()) {
      if (!ctx.replicas.some(isDead)) continue;
      if (ctx.state.leader >= 0 && isDead(ctx.state.leader)) {
        if (this.elect(ctx)) changed.push(ctx);
        continue;
      }
      let isr = ctx.state.isr;
      for (const id of failed) isr = isrWithoutBroker(isr, id);
      if (isr.length === ctx.state.isr.length) continue;
      const before = ctx.state.isr;
      if (!this.write(ctx, { ...ctx.state, isr, leaderEpoch: ctx.state.leaderEpoch + 1 })) continue;
      this.host.emit({
        type: 'isr-shrunk',
        topic: ctx.topic,
        partition: ctx.partition,
        leader: ctx.state.leader,
        from: [...before],
        to: [...isr],
        removed: before.filter((id) => !isr.includes(id)).map((broker) => ({ broker, lagMs: null })),
        replicaLagTimeMaxMs: 0,
        cause: 'broker-failure',
      });
      changed.push(ctx);
    }
    this.propagate(changed);
  }

  // ------------------------------------------------------------------ elections

  private electOfflinePartitions(): void {
    const changed: PartitionContext[] = [];
    for (const ctx of this.partitions.values()) {
      const leader = ctx.state.leader;
      if (leader >= 0 && this.liveBrokers.has(leader)) continue;
      if (this.elect(ctx)) changed.push(ctx);
    }
    this.propagate(changed);
  }

  /**
   * Elects a leader for an offline partition; returns whether the state changed. `allowUnclean` is the
   * topic's `unclean.leader.election.enable` unless an admin asked for an unclean election.
   */
  private elect(
    ctx: PartitionContext,
    allowUnclean = this.host.uncleanLeaderElectionEnable(ctx.topic),
  ): boolean {
    const result = offlinePartitionLeader(ctx.replicas, ctx.state.isr, this.liveBrokers, allowUnclean);
    const previousLeader = ctx.state.leader;
    if (!result) {
      if (previousLeader === -1) return false;
      // No live ISR member: the leader becomes none and the ISR keeps its last member (§5.6).
      if (!this.write(ctx, { ...ctx.state, leader: -1, leaderEpoch: ctx.state.leaderEpoch + 1 }))
        return false;
      this.host.emit({
        type: 'partition-offline',
        topic: ctx.topic,
        partition: ctx.partition,
        isr: [...ctx.state.isr],
        leaderEpoch: ctx.state.leaderEpoch,
      });
      return true;
    }
    const reason: ElectionReason =
      result.reason === 'unclean' ? 'unclean' : previousLeader === -1 ? 'offline-recovered' : 'clean';
    const recovering = result.reason === 'unclean' ? 1 : 0;
    if (
      !this.write(ctx, {
        ...ctx.state,
        leader: result.leader,
        isr: result.isr,
        leaderEpoch: ctx.state.leaderEpoch + 1,
        leaderRecoveryState: recovering,
      })
    )
      return false;
    this.emitElected(ctx, previousLeader, reason);
    return true;
  }

  private emitElected(ctx: PartitionContext, previousLeader: number, reason: ElectionReason): void {
    this.host.emit({
      type: 'leader-elected',
      topic: ctx.topic,
      partition: ctx.partition,
      leader: ctx.state.leader,
      previousLeader,
      leaderEpoch: ctx.state.leaderEpoch,
      isr: [...ctx.state.isr],
      reason,
    });
  }

  /** Preferred replica election for the given partitions (the leader-election tool, auto rebalance). */
  electPreferred(partitions: ReadonlyArray<{ topic: string; partition: number }>): Map<string, ErrorName> {
    const results = new Map<string, ErrorName>();
    const changed: PartitionContext[] = [];
    for (const tp of partitions) {
      const key = `${tp.topic}-${tp.partition}`;
      const ctx = this.partitions.get(key);
      if (!ctx) {
        results.set(key, 'UNKNOWN_TOPIC_OR_PARTITION');
        continue;
      }
      const result = preferredReplicaLeader(ctx.replicas, ctx.state, this.liveBrokers);
      if (typeof result === 'string') {
        results.set(key, result);
        continue;
      }
      const previous = ctx.state.leader;
      if (!this.write(ctx, { ...ctx.state, leader: result.leader, leaderEpoch: ctx.state.leaderEpoch + 1 }))
        continue;
      this.emitElected(ctx, previous, 'preferred');
      changed.push(ctx);
      results.set(key, 'NONE');
    }
    this.propagate(changed);
    return results;
  }

  /**
   * An ElectLeaders request from an admin client (`processReplicaLeaderElection`, admin-triggered): per
   * `topic-partition`, the leader it now has or Kafka's error. Unknown partitions and topics being
   * deleted are skipped; PREFERRED goes through {@link electPreferred}; UNCLEAN elects only for
   * partitions without a live leader and may take a live replica outside the ISR whatever the topic's
   * `unclean.leader.election.enable` (Kafka's `OfflinePartitionLeaderElectionStrategy(true)`).
   */
  electLeadersForAdmin(
    type: ElectionType,
    partitions: ReadonlyArray<{ topic: string; partition: number }>,
  ): Map<string, number | ErrorName> {
    const results = new Map<string, number | ErrorName>();
    const deleting = new Set(this.store.topicsMarkedForDeletion());
    const electable: PartitionContext[] = [];
    for (const tp of partitions) {
      const key = `${tp.topic}-${tp.partition}`;
      const ctx = this.partitions.get(key);
      if (!ctx) results.set(key, 'UNKNOWN_TOPIC_OR_PARTITION');
      else if (deleting.has(ctx.topic)) results.set(key, 'INVALID_TOPIC_EXCEPTION');
      else electable.push(ctx);
    }
    if (type === 'PREFERRED') {
      const preferred = this.electPreferred(electable);
      for (const ctx of electable) {
        const key = `${ctx.topic}-${ctx.partition}`;
        // No answer means the state znode changed under the controller: the election did not happen.
        const error = preferred.get(key) ?? 'PREFERRED_LEADER_NOT_AVAILABLE';
        results.set(key, error === 'NONE' ? ctx.state.leader : error);
      }
      return results;
    }
    const changed: PartitionContext[] = [];
    for (const ctx of electable) {
      const key = `${ctx.topic}-${ctx.partition}`;
      if (ctx.state.leader >= 0 && this.liveBrokers.has(ctx.state.leader)) {
        results.set(key, 'ELECTION_NOT_NEEDED');
        continue;
      }
      // Without a live replica Kafka fails the election and leaves the partition's state as it is.
      if (!offlinePartitionLeader(ctx.replicas, ctx.state.isr, this.liveBrokers, true)) {
        results.set(key, 'ELIGIBLE_LEADERS_NOT_AVAILABLE');
        continue;
      }
      if (this.elect(ctx, true)) changed.push(ctx);
      results.set(
        key,
        this.liveBrokers.has(ctx.state.leader) ? ctx.state.leader : 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
      );
    }
    this.propagate(changed);
    return results;
  }

  private scheduleAutoRebalance(): void {
    const { enable, intervalMs } = this.host.autoLeaderRebalance();
    if (!enable) return;
    this.rebalanceTimer = this.host.after(intervalMs, 'auto-leader-rebalance', () => {
      if (!this.active) return;
      this.checkAndTriggerAutoLeaderRebalance();
      this.scheduleAutoRebalance();
    });
  }

  private checkAndTriggerAutoLeaderRebalance(): void {
    const { percentage } = this.host.autoLeaderRebalance();
    const all = [...this.partitions.values()].map((c) => ({
      ...c,
      replicas: c.replicas,
      leader: c.state.leader,
    }));
    for (const brokerId of [...this.liveBrokers].sort((a, b) => a - b)) {
      if (imbalanceRatio(all, brokerId) <= percentage / 100) continue;
      const candidates = all
        .filter((c) => c.replicas[0] === brokerId && c.leader !== brokerId && c.state.isr.includes(brokerId))
        .map((c) => ({ topic: c.topic, partition: c.partition }));
      if (candidates.length > 0) this.electPreferred(candidates);
    }
  }

  // ------------------------------------------------------------------ ISR changes from leaders

  /** AlterPartition from a partition leader (KIP-497): validate, write the state znode, answer. */
  alterPartition(request: AlterPartitionRequest): AlterPartitionResponse {
    const ctx = this.partitions.get(`${request.topic}-${request.partition}`);
    const reply = (error: ErrorName): AlterPartitionResponse => ({
      api: 'AlterPartition',
      error,
      topic: request.topic,
      partition: request.partition,
      leader: ctx?.state.leader ?? -1,
      leaderEpoch: ctx?.state.leaderEpoch ?? -1,
      isr: ctx?.state.isr ?? [],
      partitionEpoch: ctx?.state.version ?? -1,
    });
    if (!ctx) return reply('UNKNOWN_TOPIC_OR_PARTITION');
    if (request.brokerId !== ctx.state.leader) return reply('NOT_LEADER_OR_FOLLOWER');
    if (request.leaderEpoch !== ctx.state.leaderEpoch) return reply('FENCED_LEADER_EPOCH');
    if (request.partitionEpoch !== ctx.state.version) return reply('INVALID_UPDATE_VERSION');
    if (request.newIsr.some((id) => !ctx.state.isr.includes(id) && !this.liveBrokers.has(id)))
      return reply('INVALID_UPDATE_VERSION');
    if (!this.write(ctx, { ...ctx.state, isr: [...request.newIsr] })) return reply('INVALID_UPDATE_VERSION');
    this.channel.updateMetadata([...this.liveBrokers], [toState(ctx)]);
    return reply('NONE');
  }

  // ------------------------------------------------------------------ topics

  /** The `/brokers/topics` watch fired (new topic or new partitions). */
  topicsChanged(): void {
    const fresh: PartitionContext[] = [];
    for (const topic of this.store.topics()) fresh.push(...this.loadTopic(topic.name));
    this.initializeNewPartitions(fresh);
  }

  /** `onNewPartitionCreation`: state znodes (first live replica leads, live replicas in the ISR). */
  private initializeNewPartitions(fresh: PartitionContext[]): void {
    if (fresh.length === 0) return;
    const changed: PartitionContext[] = [];
    for (const ctx of fresh) {
      const chosen = newPartitionLeader(ctx.replicas, this.liveBrokers);
      const state = {
        leader: chosen?.leader ?? -1,
        leaderEpoch: 0,
        isr: chosen?.isr ?? [...ctx.replicas],
        controllerEpoch: this.epoch,
        leaderRecoveryState: 0 as const,
      };
      const version = this.store.createPartitionState(ctx.topic, ctx.partition, state);
      ctx.state = { ...state, version };
      if (chosen) this.emitElected(ctx, -1, 'new-partition');
      changed.push(ctx);
    }
    // As the controller's request batch does: LeaderAndIsr to the replicas first, then UpdateMetadata.
    const byBroker = new Map<number, PartitionContext[]>();
    for (const ctx of changed)
      for (const id of ctx.replicas) if (this.liveBrokers.has(id)) push(byBroker, id, ctx);
    for (const [id, ctxs] of byBroker) this.channel.leaderAndIsr(id, ctxs, true);
    this.channel.updateMetadata(
      [...this.liveBrokers],
      changed.map((c) => toState(c)),
    );
  }

  /** `/admin/delete_topics` changed: delete topics whose replicas are all alive (else wait). */
  topicDeletionsChanged(): void {
    for (const topic of this.store.topicsMarkedForDeletion()) {
      if (this.deleting.has(topic)) continue;
      const ctxs = [...this.partitions.values()].filter((c) => c.topic === topic);
      // Kafka's TopicDeletionManager: ineligible while a replica is offline; retried when it returns.
      if (ctxs.some((c) => c.replicas.some((id) => !this.liveBrokers.has(id)))) continue;
      const byBroker = new Map<number, PartitionContext[]>();
      for (const ctx of ctxs) for (const id of ctx.replicas) push(byBroker, id, ctx);
      this.deleting.add(topic);
      let waiting = byBroker.size;
      let failed = false;
      const replicaDone = (answered: boolean) => {
        if (!this.active) return;
        failed ||= !answered;
        if (--waiting > 0) return;
        this.deleting.delete(topic);
        // Every replica deleted: only now do the topic's znodes go (a failure retries on the next change).
        if (failed) return;
        this.completeTopicDeletion(topic, ctxs);
      };
      if (waiting === 0) {
        this.deleting.delete(topic);
        this.completeTopicDeletion(topic, ctxs);
        continue;
      }
      for (const [id, list] of byBroker) {
        this.host.request(
          id,
          {
            api: 'StopReplica',
            controllerId: this.host.brokerId,
            controllerEpoch: this.epoch,
            partitions: list.map((c) => ({ topic: c.topic, partition: c.partition, deletePartition: true })),
          },
          replicaDone,
        );
      }
    }
  }

  private completeTopicDeletion(topic: string, ctxs: readonly PartitionContext[]): void {
    try {
      this.store.completeTopicDeletion(topic);
    } catch (e) {
      if (e instanceof MetadataStoreUnavailable) return;
      throw e;
    }
    for (const ctx of ctxs) this.partitions.delete(`${ctx.topic}-${ctx.partition}`);
    this.topicsKnown.delete(topic);
    this.channel.updateMetadata([...this.liveBrokers], [], [topic]);
    this.host.emit({ type: 'topic-deleted', topic });
    this.host.storeChanged();
  }

  /** Loads a topic's partitions into the context; returns the ones not seen before. */
  private loadTopic(name: string): PartitionContext[] {
    const topic = this.store.topic(name);
    if (!topic) return [];
    this.topicsKnown.add(name);
    const fresh: PartitionContext[] = [];
    topic.assignment.forEach((replicas, partition) => {
      const key = `${name}-${partition}`;
      const existing = this.partitions.get(key);
      if (existing) {
        existing.replicas = replicas;
        return;
      }
      const stored = this.store.partitionState(name, partition);
      const ctx: PartitionContext = {
        topic: name,
        partition,
        replicas,
        state: stored ?? {
          leader: -1,
          leaderEpoch: -1,
          isr: [],
          controllerEpoch: this.epoch,
          leaderRecoveryState: 0,
          version: -1,
        },
      };
      this.partitions.set(key, ctx);
      if (!stored) fresh.push(ctx);
    });
    return fresh;
  }

  // ------------------------------------------------------------------ writing and telling

  private write(ctx: PartitionContext, next: StoredPartitionState): boolean {
    const { version: _ignored, ...state } = next;
    const version = this.store.updatePartitionState(
      ctx.topic,
      ctx.partition,
      { ...state, controllerEpoch: this.epoch },
      ctx.state.version,
    );
    if (version === null) return false;
    ctx.state = { ...state, controllerEpoch: this.epoch, version };
    return true;
  }

  private propagate(changed: PartitionContext[]): void {
    if (changed.length === 0) return;
    const byBroker = new Map<number, PartitionContext[]>();
    for (const ctx of changed)
      for (const id of ctx.replicas) if (this.liveBrokers.has(id)) push(byBroker, id, ctx);
    for (const [id, ctxs] of byBroker) this.channel.leaderAndIsr(id, ctxs, false);
    this.channel.updateMetadata(
      [...this.liveBrokers],
      changed.map((c) => toState(c)),
    );
  }

  /** The controller's view, for the view model and tests. */
  partitionStates(): PartitionState[] {
    return [...this.partitions.values()].map(toState);
  }

  liveBrokerIds(): number[] {
    return [...this.liveBrokers].sort((a, b) => a - b);
  }
}
