/**
 * A small in-memory cluster for testing the group coordinator and the consumer without the real
 * broker: a Scheduler, brokers that serve Metadata / FindCoordinator / ListOffsets / Fetch from
 * in-memory partition logs (HW = LEO: every append is committed at once) and route group requests to
 * a {@link GroupCoordinator} per broker, and client contexts with a 1 ms hop each way.
 */
import type { ClusterEvent, ClusterEventBody } from '../../cluster/events';
import type {
  FetchPartitionResponse,
  FetchRequest,
  FetchResponse,
  RequestBody,
  ResponseBody,
  ResponseFor,
} from '../../cluster/protocol';
import { randomJavaUuid } from '../../cluster/uuid';
import { SeededRandom } from '../../sim/random';
import { Scheduler } from '../../sim/scheduler';
import type { ClientContext } from '../client-context';
import { coordinatorPartitionFor } from '../java-string-hash';
import {
  type CoordinatorContext,
  DEFAULT_GROUP_COORDINATOR_CONFIG,
  type GroupCoordinatorConfig,
} from './coordinator-context';
import { GroupCoordinator, type GroupRequest } from './group-coordinator';
import { MemoryPartitionLog } from './memory-partition-log';

export const HOP_MS = 1;
/** How long an idle consumer fetch is held when the fetcher already knows the HW (the real broker's rule). */
export const IDLE_FETCH_HOLD_MS = 25_000;

interface TopicState {
  readonly partitions: Array<{ leader: number; leaderEpoch: number; log: MemoryPartitionLog }>;
}

interface ParkedFetch {
  readonly brokerId: number;
  readonly request: FetchRequest;
  readonly respond: (response: FetchResponse) => void;
  timer: ReturnType<Scheduler['after']> | null;
}

export interface OffsetsRecord {
  readonly offset: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
}

export interface HarnessOptions {
  readonly brokers?: number;
  readonly coordinator?: Partial<GroupCoordinatorConfig>;
  readonly seed?: number;
}

const enc = new TextEncoder();

export class TestCluster {
  readonly scheduler = new Scheduler(0);
  readonly events: ClusterEvent[] = [];
  readonly brokerIds: number[];
  readonly coordinators = new Map<number, GroupCoordinator>();
  readonly config: GroupCoordinatorConfig;
  /** `__consumer_offsets` partition → its records (one log, shared by whichever broker leads it). */
  readonly offsetsLogs = new Map<number, OffsetsRecord[]>();
  readonly offsetsLeaders = new Map<number, number>();
  private readonly topics = new Map<string, TopicState>();
  private readonly parked = new Set<ParkedFetch>();
  private readonly down = new Set<number>();
  private readonly random: SeededRandom;
  private seq = 0;
  private correlationIds = 0;

  constructor(options: HarnessOptions = {}) {
    this.random = SeededRandom.fromSeed(options.seed ?? 42);
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.coordinator };
    this.brokerIds = Array.from({ length: options.brokers ?? 3 }, (_, i) => i + 1);
    for (const id of this.brokerIds)
      this.coordinators.set(id, new GroupCoordinator(this.coordinatorContext(id)));
    for (let p = 0; p < this.config.offsetsTopicNumPartitions; p++) {
      const leader = this.brokerIds[p % this.brokerIds.length] as number;
      this.offsetsLogs.set(p, []);
      this.offsetsLeaders.set(p, leader);
      this.coordinators.get(leader)?.onElection(p, []);
    }
  }

  get nowMs(): number {
    return this.scheduler.nowMs;
  }

  run(ms: number): void {
    this.scheduler.runUntil(this.scheduler.nowMs + ms);
  }

  emit = (event: ClusterEventBody): void => {
    this.events.push({ ...event, atMs: this.scheduler.nowMs, seq: this.seq++ } as ClusterEvent);
  };

  eventsOf<T extends ClusterEvent['type']>(type: T): Array<Extract<ClusterEvent, { type: T }>> {
    return this.events.filter((e): e is Extract<ClusterEvent, { type: T }> => e.type === type);
  }

  coordinatorFor(groupId: string): GroupCoordinator {
    const partition = coordinatorPartitionFor(groupId, this.config.offsetsTopicNumPartitions);
    return this.coordinators.get(this.offsetsLeaders.get(partition) as number) as GroupCoordinator;
  }

  createTopic(name: string, partitions: number): void {
    this.topics.set(name, {
      partitions: Array.from({ length: partitions }, (_, p) => ({
        leader: this.brokerIds[p % this.brokerIds.length] as number,
        leaderEpoch: 0,
        log: new MemoryPartitionLog(),
      })),
    });
  }

  /** A new leader for a data partition (epoch + 1); fetches parked on the old one are answered at once. */
  moveLeader(topic: string, partition: number, to: number): void {
    const p = this.topics.get(topic)?.partitions[partition];
    if (!p) throw new Error(`no partition ${topic}-${partition}`);
    p.leader = to;
    p.leaderEpoch++;
    for (const parked of [...this.parked]) {
      if (!parked.request.partitions.some((f) => f.topic === topic && f.partition === partition)) continue;
      this.scheduler.cancel(parked.timer);
      this.parked.delete(parked);
      parked.respond({
        api: 'Fetch',
        partitions: parked.request.partitions.map((f) => this.readPartition(parked.brokerId, f)),
      });
    }
  }

  /** `kafka-topics --alter --partitions`: new partitions, seen by clients at their next metadata refresh. */
  addPartitions(name: string, total: number): void {
    const topic = this.topics.get(name);
    if (!topic) throw new Error(`no topic ${name}`);
    for (let p = topic.partitions.length; p < total; p++) {
      topic.partitions.push({
        leader: this.brokerIds[p % this.brokerIds.length] as number,
        leaderEpoch: 0,
        log: new MemoryPartitionLog(),
      });
    }
  }

  log(topic: string, partition: number): MemoryPartitionLog {
    const p = this.topics.get(topic)?.partitions[partition];
    if (!p) throw new Error(`no partition ${topic}-${partition}`);
    return p.log;
  }

  /**
   * Appends one batch of string values (null keys) and wakes parked fetches. With `commit: false` the
   * high watermark stays where it was (a follower has not caught up yet).
   */
  produce(
    topic: string,
    partition: number,
    values: readonly string[],
    options: { commit?: boolean } = {},
  ): void {
    const p = this.topics.get(topic)?.partitions[partition];
    if (!p) throw new Error(`no partition ${topic}-${partition}`);
    p.log.append(
      values.map((v) => ({ timestamp: this.nowMs, key: null, value: enc.encode(v) })),
      p.leaderEpoch,
    );
    if (options.commit !== false) p.log.commit();
    this.wakeParked();
  }

  /** The high watermark of a partition catches up with its log end. */
  commitLog(topic: string, partition: number): void {
    this.log(topic, partition).commit();
    this.wakeParked();
  }

  /** Moves the leadership of `__consumer_offsets-<partition>`: the old leader resigns, the new loads. */
  moveOffsetsLeader(partition: number, to: number): void {
    const from = this.offsetsLeaders.get(partition) as number;
    this.coordinators.get(from)?.onResignation(partition);
    this.offsetsLeaders.set(partition, to);
    this.coordinators.get(to)?.onElection(partition, this.offsetsLogs.get(partition) ?? []);
  }

  /** Requests to a stopped broker fail with `disconnected`. */
  stopBroker(id: number): void {
    this.down.add(id);
  }

  clientContext(nodeId: string): ClientContext {
    return {
      nodeId,
      host: '/127.0.0.1',
      nowMs: () => this.scheduler.nowMs,
      after: (delayMs, label, action) => this.scheduler.after(delayMs, label, action),
      cancel: (timer) => this.scheduler.cancel(timer),
      request: (brokerId, body, timeoutMs, onResponse, onFailure) =>
        this.deliver(brokerId, body, timeoutMs, onResponse, onFailure),
      send: () => {},
      bootstrapBrokers: () => this.brokerIds,
      nextInt: () => this.random.nextInt(),
      nextIntBelow: (bound) => this.random.nextIntBelow(bound),
      emit: this.emit,
    };
  }

  private coordinatorContext(brokerId: number): CoordinatorContext {
    return {
      brokerId,
      host: 'localhost',
      port: 9091 + brokerId,
      config: this.config,
      nowMs: () => this.scheduler.nowMs,
      after: (delayMs, label, action) => this.scheduler.after(delayMs, label, action),
      cancel: (timer) => this.scheduler.cancel(timer),
      appendOffsetsRecords: (partition, records, done) => {
        // The append is committed one hop later (a follower fetch round trip, shortened).
        this.scheduler.after(HOP_MS, 'offsets-append', () => {
          if (this.offsetsLeaders.get(partition) !== brokerId) {
            done('NOT_LEADER_OR_FOLLOWER', -1);
            return;
          }
          const log = this.offsetsLogs.get(partition) as OffsetsRecord[];
          const baseOffset = log.length;
          records.forEach((r, i) => {
            log.push({ offset: baseOffset + i, key: r.key, value: r.value });
          });
          done('NONE', baseOffset);
        });
      },
      randomUuid: () => randomJavaUuid(() => this.random.nextInt()),
      emit: this.emit,
    };
  }

  private deliver<R extends RequestBody>(
    brokerId: number,
    body: R,
    timeoutMs: number,
    onResponse: (response: ResponseFor<R>) => void,
    onFailure: (reason: 'disconnected' | 'timeout') => void,
  ): number {
    const correlationId = ++this.correlationIds;
    let settled = false;
    const timer =
      timeoutMs > 0
        ? this.scheduler.after(timeoutMs, `${body.api} timeout`, () => {
            if (settled) return;
            settled = true;
            onFailure('timeout');
          })
        : null;
    this.scheduler.after(HOP_MS, `${body.api} → broker-${brokerId}`, () => {
      if (this.down.has(brokerId)) {
        settled = true;
        this.scheduler.cancel(timer);
        onFailure('disconnected');
        return;
      }
      this.serve(brokerId, body, (response) => {
        this.scheduler.after(HOP_MS, `${body.api} ← broker-${brokerId}`, () => {
          if (settled) return;
          settled = true;
          this.scheduler.cancel(timer);
          onResponse(response as ResponseFor<R>);
        });
      });
    });
    return correlationId;
  }

  private serve(brokerId: number, body: RequestBody, respond: (response: ResponseBody) => void): void {
    switch (body.api) {
      case 'Metadata': {
        const names = body.topics ?? [...this.topics.keys()];
        respond({
          api: 'Metadata',
          brokers: this.brokerIds.map((id) => ({ id, host: 'localhost', port: 9091 + id })),
          controllerId: 1,
          topics: names.map((name) => {
            const t = this.topics.get(name);
            return {
              name,
              error: t ? 'NONE' : 'UNKNOWN_TOPIC_OR_PARTITION',
              topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
              isInternal: false,
              partitions: (t?.partitions ?? []).map((p, partition) => ({
                partition,
                error: 'NONE' as const,
                leader: p.leader,
                leaderEpoch: p.leaderEpoch,
                replicas: [p.leader],
                isr: [p.leader],
                offlineReplicas: [],
              })),
            };
          }),
        });
        return;
      }
      case 'FindCoordinator': {
        const partition = coordinatorPartitionFor(body.key, this.config.offsetsTopicNumPartitions);
        const nodeId = this.offsetsLeaders.get(partition) as number;
        respond({ api: 'FindCoordinator', error: 'NONE', nodeId, host: 'localhost', port: 9091 + nodeId });
        return;
      }
      case 'ListOffsets':
        respond({
          api: 'ListOffsets',
          partitions: body.partitions.map((p) => {
            const state = this.topics.get(p.topic)?.partitions[p.partition];
            if (!state || state.leader !== brokerId) {
              return { ...p, error: 'NOT_LEADER_OR_FOLLOWER' as const, offset: -1, leaderEpoch: -1 };
            }
            const offset = p.timestamp === -2 ? state.log.logStartOffset : state.log.highWatermark;
            return { ...p, error: 'NONE' as const, offset, leaderEpoch: state.leaderEpoch };
          }),
        });
        return;
      case 'Fetch':
        this.fetch(brokerId, body, respond);
        return;
      case 'JoinGroup':
      case 'SyncGroup':
      case 'Heartbeat':
      case 'LeaveGroup':
      case 'OffsetCommit':
      case 'OffsetFetch':
        this.coordinators
          .get(brokerId)
          ?.handle(body as GroupRequest, respond as (r: ResponseFor<GroupRequest>) => void);
        return;
      default:
        throw new Error(`test harness does not serve ${body.api}`);
    }
  }

  private readPartition(brokerId: number, p: FetchRequest['partitions'][number]): FetchPartitionResponse {
    const base = { topic: p.topic, partition: p.partition, lastStableOffset: -1, divergingEpoch: null };
    const state = this.topics.get(p.topic)?.partitions[p.partition];
    const empty = new Uint8Array(0);
    if (!state || state.leader !== brokerId) {
      return {
        ...base,
        error: 'NOT_LEADER_OR_FOLLOWER',
        highWatermark: -1,
        logStartOffset: -1,
        records: empty,
        recordCount: 0,
      };
    }
    const log = state.log;
    const marks = { highWatermark: log.highWatermark, logStartOffset: log.logStartOffset };
    if (p.fetchOffset < log.logStartOffset || p.fetchOffset > log.logEndOffset) {
      return { ...base, ...marks, error: 'OFFSET_OUT_OF_RANGE', records: empty, recordCount: 0 };
    }
    const records = log.read(p.fetchOffset);
    return {
      ...base,
      ...marks,
      error: 'NONE',
      records,
      recordCount: Math.max(0, log.highWatermark - p.fetchOffset),
    };
  }

  private fetch(brokerId: number, request: FetchRequest, respond: (response: FetchResponse) => void): void {
    const answer = () => ({
      api: 'Fetch' as const,
      partitions: request.partitions.map((p) => this.readPartition(brokerId, p)),
    });
    const now = answer();
    if (now.partitions.some((p) => p.error !== 'NONE' || p.records.length > 0)) {
      respond(now);
      return;
    }
    const parked: ParkedFetch = { brokerId, request, respond, timer: null };
    const news = now.partitions.some((r, i) => {
      const sent = request.partitions[i];
      return (
        sent !== undefined &&
        (r.highWatermark !== sent.knownHighWatermark || r.logStartOffset !== sent.logStartOffset)
      );
    });
    parked.timer = this.scheduler.after(news ? request.maxWaitMs : IDLE_FETCH_HOLD_MS, 'fetch wait', () => {
      this.parked.delete(parked);
      respond(answer());
    });
    this.parked.add(parked);
  }

  private wakeParked(): void {
    for (const parked of [...this.parked]) {
      const partitions = parked.request.partitions.map((p) => this.readPartition(parked.brokerId, p));
      const response = { api: 'Fetch' as const, partitions };
      if (!response.partitions.some((p) => p.recordCount > 0)) continue;
      this.scheduler.cancel(parked.timer);
      this.parked.delete(parked);
      parked.respond(response);
    }
  }
}
