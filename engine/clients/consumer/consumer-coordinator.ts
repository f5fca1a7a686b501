/**
 * The consumer's link to its group coordinator for everything but membership (Kafka's
 * `AbstractCoordinator.lookupCoordinator` and `ConsumerCoordinator`'s commit and committed-offset
 * code): FindCoordinator, OffsetCommit with Kafka's retry rules, and OffsetFetch to initialise the
 * positions of newly assigned partitions.
 */
import { type ErrorName, isRetriable } from '../../cluster/errors';
import type { OffsetCommitResponse, OffsetFetchResponse, TopicPartition } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext } from '../client-context';
import type { KafkaConsumerConfig } from './consumer-config';
import type { ConsumerMetadata } from './consumer-metadata';
import type { ResetStrategy, SubscriptionState } from './subscription-state';

export type OffsetToCommit = TopicPartition & { readonly offset: number; readonly leaderEpoch: number };

export interface CommitRequest {
  readonly offsets: readonly OffsetToCommit[];
  /** Keep retrying retriable failures until then (commitSync, close, before a rebalance); null = try once. */
  readonly retryUntilMs: number | null;
  readonly onDone: (error: ErrorName) => void;
}

export interface CommitGeneration {
  readonly generationId: number;
  readonly memberId: string;
}

/** What commits need from group membership (absent for manual assignment: generation −1). */
export interface MembershipHooks {
  /** The generation to commit with, or the error a commit fails with right now. */
  commitGeneration(): CommitGeneration | ErrorName;
  /** The coordinator fenced a commit (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION) or is rebalancing. */
  onCommitRejected(error: ErrorName, sent: CommitGeneration): void;
}

export function sameGeneration(a: CommitGeneration, b: CommitGeneration): boolean {
  return a.generationId === b.generationId && a.memberId === b.memberId;
}

const MANUAL_GENERATION: CommitGeneration = { generationId: -1, memberId: '' };

export function resetStrategyOf(config: KafkaConsumerConfig): ResetStrategy | null {
  return config.autoOffsetReset === 'none' ? null : config.autoOffsetReset;
}

export class ConsumerCoordinator {
  coordinatorId: number | null = null;
  membership: MembershipHooks | null = null;
  private lookupInFlight = false;
  private lookupRetryTimer: Timer | null = null;
  private readonly queued: CommitRequest[] = [];
  private inFlightCommits = 0;
  private readonly offsetFetchInFlight = new Set<string>();
  private offsetFetchRetryTimer: Timer | null = null;
  private closed = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly config: KafkaConsumerConfig,
    private readonly groupId: string,
    private readonly metadata: ConsumerMetadata,
    private readonly subscriptions: SubscriptionState,
    private readonly wake: () => void,
  ) {}

  get pendingCommits(): number {
    return this.queued.length + this.inFlightCommits;
  }

  /** Finds the coordinator if needed, then sends queued commits and committed-offset fetches. */
  poll(needCoordinator: boolean): void {
    if (this.closed) return;
    const needs =
      needCoordinator || this.queued.length > 0 || this.subscriptions.inState('initializing').length > 0;
    if (this.coordinatorId === null) {
      if (needs) this.lookupCoordinator();
      return;
    }
    while (this.queued.length > 0) this.sendCommit(this.queued.shift() as CommitRequest);
    this.refreshCommittedOffsets();
  }

  private lookupCoordinator(): void {
    if (this.lookupInFlight || this.lookupRetryTimer !== null) return;
    this.lookupInFlight = true;
    const node = this.metadata.leastLoadedNode();
    this.ctx.request(
      node,
      { api: 'FindCoordinator', key: this.groupId },
      this.config.requestTimeoutMs,
      (response) => {
        this.lookupInFlight = false;
        if (this.closed) return;
        if (response.error === 'NONE') {
          this.coordinatorId = response.nodeId;
          this.wake();
          return;
        }
        this.retryLookupLater();
      },
      () => {
        this.lookupInFlight = false;
        this.metadata.nodeFailed();
        this.retryLookupLater();
      },
    );
  }

  private retryLookupLater(): void {
    if (this.closed) return;
    this.lookupRetryTimer = this.ctx.after(
      this.config.retryBackoffMs,
      `find-coordinator-retry ${this.ctx.nodeId}`,
      () => {
        this.lookupRetryTimer = null;
        this.wake();
      },
    );
  }

  /** NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE or a lost connection: find it again. */
  markCoordinatorUnknown(): void {
    this.coordinatorId = null;
  }

  /** Queues a commit; it is sent as soon as the coordinator is known. */
  commit(request: CommitRequest): void {
    this.queued.push(request);
    this.wake();
  }

  private sendCommit(request: CommitRequest): void {
    if (request.offsets.length === 0) {
      request.onDone('NONE');
      return;
    }
    const generation = this.membership ? this.membership.commitGeneration() : MANUAL_GENERATION;
    if (typeof generation === 'string') {
      request.onDone(generation);
      return;
    }
    const node = this.coordinatorId as number;
    this.inFlightCommits++;
    this.ctx.request(
      node,
      {
        api: 'OffsetCommit',
        groupId: this.groupId,
        generationId: generation.generationId,
        memberId: generation.memberId,
        offsets: request.offsets.map((o) => ({ ...o, metadata: '' })),
      },
      this.config.requestTimeoutMs,
      (response) => {
        this.inFlightCommits--;
        this.onCommitResponse(request, generation, response);
      },
      (reason) => {
        this.inFlightCommits--;
        if (this.closed) return;
        this.markCoordinatorUnknown();
        this.finishCommit(request, reason === 'timeout' ? 'REQUEST_TIMED_OUT' : 'NETWORK_EXCEPTION');
      },
    );
  }

  private onCommitResponse(
    request: CommitRequest,
    sent: CommitGeneration,
    response: OffsetCommitResponse,
  ): void {
    if (this.closed) return;
    const error = response.partitions.find((p) => p.error !== 'NONE')?.error ?? 'NONE';
    switch (error) {
      case 'NOT_COORDINATOR':
      case 'COORDINATOR_NOT_AVAILABLE':
      case 'REQUEST_TIMED_OUT':
        this.markCoordinatorUnknown();
        break;
      case 'UNKNOWN_MEMBER_ID':
      case 'ILLEGAL_GENERATION':
      case 'REBALANCE_IN_PROGRESS':
        this.membership?.onCommitRejected(error, sent);
        break;
    }
    this.finishCommit(request, error);
  }

  /** Retriable failures of a commit that may retry are queued again after `retry.backoff.ms`. */
  private finishCommit(request: CommitRequest, error: ErrorName): void {
    const retryAtMs = this.ctx.nowMs() + this.config.retryBackoffMs;
    const mayRetry = request.retryUntilMs !== null && retryAtMs < request.retryUntilMs;
    if (error === 'NONE' || !isRetriable(error) || !mayRetry || this.closed) {
      request.onDone(error);
      this.wake();
      return;
    }
    this.ctx.after(this.config.retryBackoffMs, `commit-retry ${this.ctx.nodeId}`, () => this.commit(request));
  }

  /** Positions of newly assigned partitions: the committed offset, else the reset policy. */
  private refreshCommittedOffsets(): void {
    if (this.offsetFetchRetryTimer !== null) return;
    const partitions = this.subscriptions
      .inState('initializing')
      .filter((p) => !this.offsetFetchInFlight.has(p.key));
    if (partitions.length === 0) return;
    for (const p of partitions) this.offsetFetchInFlight.add(p.key);
    const done = () => {
      for (const p of partitions) this.offsetFetchInFlight.delete(p.key);
    };
    this.ctx.request(
      this.coordinatorId as number,
      {
        api: 'OffsetFetch',
        groupId: this.groupId,
        partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition })),
      },
      this.config.requestTimeoutMs,
      (response) => {
        done();
        this.onOffsetFetchResponse(response);
      },
      () => {
        done();
        this.markCoordinatorUnknown();
        this.retryOffsetFetchLater();
      },
    );
  }

  private onOffsetFetchResponse(response: OffsetFetchResponse): void {
    if (this.closed) return;
    if (response.error !== 'NONE') {
      if (response.error === 'NOT_COORDINATOR' || response.error === 'COORDINATOR_NOT_AVAILABLE') {
        this.markCoordinatorUnknown();
      }
      this.retryOffsetFetchLater();
      return;
    }
    for (const o of response.offsets) {
      const key = `${o.topic}-${o.partition}`;
      const p = this.subscriptions.get(key);
      if (p?.state !== 'initializing') continue;
      if (o.error !== 'NONE') continue;
      if (o.offset >= 0) this.subscriptions.seek(key, o.offset, o.leaderEpoch);
      else this.subscriptions.requestReset(key, resetStrategyOf(this.config), 'no-committed-offset', null);
    }
    this.wake();
  }

  private retryOffsetFetchLater(): void {
    if (this.closed || this.offsetFetchRetryTimer !== null) return;
    this.offsetFetchRetryTimer = this.ctx.after(
      this.config.retryBackoffMs,
      `offset-fetch-retry ${this.ctx.nodeId}`,
      () => {
        this.offsetFetchRetryTimer = null;
        this.wake();
      },
    );
  }

  close(): void {
    this.closed = true;
    this.ctx.cancel(this.lookupRetryTimer);
    this.ctx.cancel(this.offsetFetchRetryTimer);
    this.queued.length = 0;
  }
}
