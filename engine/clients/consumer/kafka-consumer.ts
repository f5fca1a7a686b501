/**
 * The Java `KafkaConsumer` (classic group protocol) over the simulated network. The application is
 * taken to poll continuously, so what Kafka does inside `poll()` — metadata, coordinator lookup,
 * rebalances, position initialisation, fetches, auto-commit — runs on the consumer's own timers and
 * responses; `poll()` here only hands out buffered records and moves positions.
 */

import type { ConsumedRecord, ConsumerHandle } from '../../cluster/cluster-api';
import { ERRORS, type ErrorName } from '../../cluster/errors';
import { type TopicPartition, tpKey } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext } from '../client-context';
import {
  type KafkaConsumerConfig,
  type KafkaConsumerConfigInput,
  resolveConsumerConfig,
} from './consumer-config';
import { ConsumerCoordinator, type OffsetToCommit, resetStrategyOf } from './consumer-coordinator';
import { type ConsumerError, consumerError, noOffsetForPartition } from './consumer-errors';
import { ConsumerMetadata } from './consumer-metadata';
import { Fetcher, type FetchPartitionError } from './fetcher';
import { GroupMembership } from './group-membership';
import type { MemberState } from './membership-types';
import { OffsetResetter } from './offset-resetter';
import { type AssignedPartition, SubscriptionState } from './subscription-state';

const NO_GROUP_MESSAGE =
  'To use the group management or offset commit APIs, you must provide a valid group.id in the consumer configuration.';

/**
 * @example
 *   const consumer = new KafkaConsumer(clientCtx, { groupId: 'my-group', autoOffsetReset: 'earliest' }, 1);
 *   consumer.subscribe(['demo']);
 *   scheduler.runUntil(10_000);
 *   consumer.poll(); // records of the partitions the group gave this member
 */
export class KafkaConsumer implements ConsumerHandle {
  readonly config: KafkaConsumerConfig;
  readonly clientId: string;
  readonly groupId: string | null;
  /** Every error the application would have seen, oldest first. */
  readonly errors: ConsumerError[] = [];
  private readonly subscriptions = new SubscriptionState();
  private readonly metadata: ConsumerMetadata;
  private readonly fetcher: Fetcher;
  private readonly resetter: OffsetResetter;
  private readonly coordinator: ConsumerCoordinator | null;
  private readonly membership: GroupMembership | null;
  private autoCommitTimer: Timer | null = null;
  private stepping = false;
  private stepAgain = false;
  private closing = false;
  private closedValue = false;

  constructor(
    private readonly ctx: ClientContext,
    input: KafkaConsumerConfigInput = {},
    clientSequence = 1,
  ) {
    this.config = resolveConsumerConfig(input, clientSequence);
    this.clientId = this.config.clientId;
    this.groupId = this.config.groupId;
    const wake = () => this.step();
    this.metadata = new ConsumerMetadata(ctx, this.config, wake);
    this.fetcher = new Fetcher(
      ctx,
      this.config,
      this.subscriptions,
      this.metadata,
      (p, e) => this.onFetchError(p, e),
      wake,
    );
    this.resetter = new OffsetResetter(
      ctx,
      this.config,
      this.subscriptions,
      this.metadata,
      (p) => this.onNoResetPolicy(p),
      wake,
    );
    const groupId = this.groupId;
    this.coordinator =
      groupId === null
        ? null
        : new ConsumerCoordinator(ctx, this.config, groupId, this.metadata, this.subscriptions, wake);
    this.membership =
      groupId === null || this.coordinator === null
        ? null
        : new GroupMembership({
            ctx,
            config: this.config,
            groupId,
            subscriptions: this.subscriptions,
            metadata: this.metadata,
            coordinator: this.coordinator,
            onPartitionsRevoked: () => this.fetcher.clearBuffered(),
            onJoinComplete: () => this.scheduleAutoCommit(),
            onFatalError: (error, message) => this.recordError(error, message),
            wake,
          });
    if (this.config.enableAutoCommit) this.scheduleAutoCommit();
  }

  get memberId(): string {
    return this.membership?.generation.memberId ?? '';
  }

  /** The member's rebalance state ('unjoined' without group membership). */
  get memberState(): MemberState {
    return this.membership?.state ?? 'unjoined';
  }

  get generationId(): number {
    return this.membership?.generation.generationId ?? -1;
  }

  get closed(): boolean {
    return this.closedValue;
  }

  /** The most recent error, or null. */
  get lastError(): ConsumerError | null {
    return this.errors[this.errors.length - 1] ?? null;
  }

  /** Commits sent or queued and not yet answered. */
  get pendingCommits(): number {
    return this.coordinator?.pendingCommits ?? 0;
  }

  subscribe(topics: readonly string[]): void {
    this.assertOpen();
    if (this.groupId === null || !this.coordinator || !this.membership) throw new Error(NO_GROUP_MESSAGE);
    this.coordinator.membership = this.membership;
    if (this.subscriptions.subscribe(topics)) this.membership.requestRejoin();
    this.step();
  }

  assign(partitions: readonly TopicPartition[]): void {
    this.assertOpen();
    this.subscriptions.assignManually(partitions);
    this.fetcher.clearBuffered();
    this.step();
  }

  seek(tp: TopicPartition, offset: number): void {
    this.assertOpen();
    const key = tpKey(tp.topic, tp.partition);
    this.subscriptions.seek(key, offset);
    this.fetcher.clearBuffered(key);
    this.step();
  }

  seekToBeginning(tps: readonly TopicPartition[]): void {
    this.seekTo(tps, 'earliest');
  }

  seekToEnd(tps: readonly TopicPartition[]): void {
    this.seekTo(tps, 'latest');
  }

  private seekTo(tps: readonly TopicPartition[], strategy: 'earliest' | 'latest'): void {
    this.assertOpen();
    const targets = tps.length > 0 ? tps : this.subscriptions.assignedPartitions();
    for (const tp of targets) {
      const key = tpKey(tp.topic, tp.partition);
      if (!this.subscriptions.isAssigned(key)) throw new Error(`No current assignment for partition ${key}`);
      this.subscriptions.requestReset(key, strategy, null, null);
      this.fetcher.clearBuffered(key);
    }
    this.step();
  }

  poll(max?: number): ConsumedRecord[] {
    if (this.closedValue || this.closing) return [];
    const limit = Math.min(max ?? this.config.maxPollRecords, this.config.maxPollRecords);
    const records = this.fetcher.poll(limit);
    // Drained partitions can be fetched again.
    if (records.length > 0) this.step();
    return records;
  }

  positions(): ReadonlyArray<TopicPartition & { readonly offset: number }> {
    return this.subscriptions
      .inState('fetching')
      .map((p) => ({ topic: p.topic, partition: p.partition, offset: p.position }));
  }

  assignment(): readonly TopicPartition[] {
    return this.subscriptions.assignedPartitions();
  }

  /** Records fetched and not yet polled. */
  bufferedRecords(): number {
    return this.fetcher.bufferedRecordCount();
  }

  /** Sends the commit now and keeps retrying retriable errors for `default.api.timeout.ms`. */
  commitSync(offsets?: ReadonlyArray<TopicPartition & { readonly offset: number }>): void {
    this.assertOpen();
    if (!this.coordinator) throw new Error(NO_GROUP_MESSAGE);
    const toCommit: OffsetToCommit[] = offsets
      ? offsets.map((o) => ({
          topic: o.topic,
          partition: o.partition,
          offset: o.offset,
          leaderEpoch: this.subscriptions.get(tpKey(o.topic, o.partition))?.positionEpoch ?? -1,
        }))
      : this.subscriptions.allConsumed();
    this.coordinator.commit({
      offsets: toCommit,
      retryUntilMs: this.ctx.nowMs() + this.config.defaultApiTimeoutMs,
      onDone: (error) => {
        if (error !== 'NONE') this.recordError(error, `Commit failed: ${ERRORS[error].message}`);
      },
    });
  }

  /** `KafkaConsumer.close`: commit (auto-commit), then LeaveGroup, then stop. */
  close(): void {
    if (this.closedValue || this.closing) return;
    this.closing = true;
    this.ctx.cancel(this.autoCommitTimer);
    this.fetcher.close();
    const finish = () => this.shutDown();
    const leave = () => (this.membership ? this.membership.leaveGroup(finish) : finish());
    const offsets = this.subscriptions.allConsumed();
    const canCommit = this.coordinator !== null && this.config.enableAutoCommit && offsets.length > 0;
    if (!canCommit || !this.coordinator) {
      leave();
      return;
    }
    this.coordinator.commit({
      offsets,
      retryUntilMs: this.ctx.nowMs() + this.config.requestTimeoutMs,
      onDone: () => leave(),
    });
  }

  /** The process dies: timers stop, nothing more is sent, late answers are ignored. */
  crash(): void {
    if (this.closedValue) return;
    this.closing = true;
    this.shutDown();
  }

  private shutDown(): void {
    this.closedValue = true;
    this.ctx.cancel(this.autoCommitTimer);
    this.fetcher.close();
    this.resetter.close();
    this.membership?.close();
    this.coordinator?.close();
    this.metadata.close();
    this.ctx.release?.();
  }

  private assertOpen(): void {
    if (this.closedValue || this.closing) throw new Error('This consumer has already been closed.');
  }

  /** One pass of the poll loop; re-entrant calls are folded into another pass. */
  private step(): void {
    if (this.closedValue) return;
    if (this.stepping) {
      this.stepAgain = true;
      return;
    }
    this.stepping = true;
    try {
      do {
        this.stepAgain = false;
        this.stepOnce();
      } while (this.stepAgain && !this.closedValue);
    } finally {
      this.stepping = false;
    }
  }

  private stepOnce(): void {
    const topics = new Set<string>(this.subscriptions.subscription);
    for (const tp of this.subscriptions.assignedPartitions()) topics.add(tp.topic);
    for (const t of this.membership?.groupTopics ?? []) topics.add(t);
    this.metadata.setTopics(topics);
    if (topics.size > 0 || this.coordinator) this.metadata.maybeUpdate();
    if (this.closing) {
      // Only the commit and LeaveGroup of close() are still going.
      this.coordinator?.poll(false);
      return;
    }
    if (this.coordinator) this.coordinator.poll(this.subscriptions.type === 'auto');
    else this.resetUninitialized();
    this.membership?.poll();
    this.resetter.resetPositionsIfNeeded();
    this.fetcher.sendFetches();
  }

  /** Without a group there are no committed offsets: the reset policy decides at once. */
  private resetUninitialized(): void {
    for (const p of this.subscriptions.inState('initializing')) {
      this.subscriptions.requestReset(p.key, resetStrategyOf(this.config), 'no-committed-offset', null);
    }
  }

  private scheduleAutoCommit(): void {
    if (!this.config.enableAutoCommit || this.closedValue || this.closing) return;
    this.ctx.cancel(this.autoCommitTimer);
    this.autoCommitTimer = this.ctx.after(
      this.config.autoCommitIntervalMs,
      `auto-commit ${this.clientId}`,
      () => {
        this.autoCommitTimer = null;
        this.maybeAutoCommit();
        this.scheduleAutoCommit();
      },
    );
  }

  /** Asynchronous, not retried: the next interval commits again anyway. */
  private maybeAutoCommit(): void {
    const offsets = this.subscriptions.allConsumed();
    if (!this.coordinator || offsets.length === 0) return;
    if (this.subscriptions.type === 'auto' && this.membership?.state !== 'stable') return;
    this.coordinator.commit({ offsets, retryUntilMs: null, onDone: () => {} });
  }

  private onFetchError(p: AssignedPartition, error: FetchPartitionError): void {
    if (error !== 'OFFSET_OUT_OF_RANGE') {
      // Stale leadership: refresh metadata and give the broker a moment.
      this.metadata.requestUpdate();
      const leader = this.metadata.leaderFor(p.topic, p.partition);
      if (leader) this.fetcher.backOff(leader.leader);
      return;
    }
    const strategy = resetStrategyOf(this.config);
    if (strategy === null) {
      p.state = 'error';
      this.recordError(
        'OFFSET_OUT_OF_RANGE',
        `Fetch position FetchPosition{offset=${p.position}} is out of range for partition ${p.key}`,
      );
      return;
    }
    this.subscriptions.requestReset(p.key, strategy, 'OFFSET_OUT_OF_RANGE', p.position);
  }

  private onNoResetPolicy(p: AssignedPartition): void {
    this.errors.push(noOffsetForPartition(p.key));
  }

  private recordError(error: ErrorName, message: string): void {
    this.errors.push(consumerError(error, message));
  }
}
