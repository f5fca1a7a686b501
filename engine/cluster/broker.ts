/**
 * One Kafka broker process (Kafka's `KafkaServer` in ZooKeeper mode): its log dir (which outlives the
 * process, as a disk does), the partitions it hosts and their roles, the replica fetchers, the request
 * handlers, the periodic ISR check and the log manager's schedule. Killing it drops every in-memory
 * thing; the logs stay (a power cut also loses what the OS had not written back, see `powerOff`).
 */
import { type Log, LogManager } from '../log';
import type { InFlightMessage, NetworkNode } from '../sim/network';
import type { Scheduler, Timer } from '../sim/scheduler';
import { sendAlterPartition } from './alter-partition-manager';
import type { BrokerConfig } from './broker-config';
import { stateOf, translateLogEvent } from './broker-log-events';
import { BrokerMetrics, observeFetchRead, observeLogEvents } from './broker-metrics';
import type { EmitEvent } from './events';
import { FetchHandler } from './fetch-handler';
import { MetadataCache } from './metadata-cache';
import { brokerNodeId } from './node-ids';
import { PageCacheModel } from './page-cache-model';
import { Partition, type PartitionHost } from './partition';
import { ProduceHandler } from './produce-handler';
import type {
  FetchRequest,
  FetchResponse,
  LeaderAndIsrRequest,
  MessageBody,
  RequestBody,
  ResponseBody,
  StopReplicaRequest,
} from './protocol';
import { ReplicaFetcher } from './replica-fetcher';
import type { RpcEndpoint } from './rpc';
import type { SessionId } from './zookeeper';

/** What a broker needs of the world around it (the cluster implements it). */
export interface BrokerWorld {
  readonly scheduler: Scheduler;
  readonly emit: EmitEvent;
  rpc(nodeId: string): RpcEndpoint;
  nextInt(): number;
  brokerConfig(brokerId: number): BrokerConfig;
  /** Creates (or finds) the log of a partition this broker was told to host, with its topic's config. */
  createLog(brokerId: number, topic: string, partition: number): Log;
  minInsyncReplicas(topic: string): number;
  /** Handles requests the broker itself does not (group APIs, FindCoordinator, ListOffsets, Metadata, admin). */
  handleOtherRequest(broker: Broker, from: string, correlationId: number, body: RequestBody): void;
  /** A response arrived for the controller or a coordinator living on this broker. */
  brokerStarted(broker: Broker): void;
  zkWatchFired(broker: Broker, path: string, type: string): void;
  /** The controller on this broker, if it is the controller. */
  alterPartitionFromLeader(broker: Broker, from: string, correlationId: number, body: RequestBody): void;
  /** Leadership of a partition on this broker changed (group coordinators load/unload offsets). */
  leadershipChanged(broker: Broker, partition: Partition, wasLeader: boolean): void;
  /** A log was created in this broker's log dir, or deleted from it (persistence follows). */
  logCreated(broker: Broker, log: Log): void;
  logDeleted(broker: Broker, log: Log): void;
  /** Whether a persister takes the logs' file ops (otherwise the broker drops them). */
  readonly persisting: boolean;
  /** The leader answered NONE for a batch (the acknowledged-records ledger). */
  acknowledged(broker: Broker, partition: Partition, baseOffset: number): void;
  /** Each machine's page cache budget in bytes (our model's, see page-cache-model.ts); default 64 MiB. */
  readonly pageCacheBytes?: number;
}

export type BrokerStatus = 'running' | 'stopped';

export class Broker implements NetworkNode<MessageBody>, PartitionHost {
  readonly nodeId: string;
  status: BrokerStatus = 'stopped';
  /** How the last stop happened (shown until the next start). */
  lastStop: 'kill' | 'power-off' | null = null;
  /** The disk: every log this broker has, by `topic-partition`. Survives kill and restart. */
  readonly logs = new Map<string, Log>();
  readonly partitions = new Map<string, Partition>();
  readonly metadata = new MetadataCache();
  rpcEndpoint: RpcEndpoint;
  logManager: LogManager | null = null;
  startedMs = -1;
  /** The ZooKeeper session this incarnation registered with (hex), once registered. */
  zkSessionId: SessionId | null = null;
  /** Kafka's JMX counters of this process (reset at start, as a new JVM's are). */
  readonly metrics = new BrokerMetrics();
  /** The machine's OS page cache: kept across a kill, emptied by a power cut. */
  readonly pageCache: PageCacheModel;
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  private readonly fetchHandler: FetchHandler;
  private readonly produceHandler: ProduceHandler;
  private isrTimer: Timer | null = null;
  private logManagerTimer: Timer | null = null;

  constructor(
    readonly id: number,
    private readonly world: BrokerWorld,
  ) {
    this.nodeId = brokerNodeId(id);
    this.rpcEndpoint = world.rpc(this.nodeId);
    this.pageCache = new PageCacheModel(world.pageCacheBytes);
    // What both request handlers need of the broker.
    const handlerHost = {
      brokerId: id,
      nowMs: () => this.nowMs(),
      after: (delayMs: number, label: string, action: () => void) => this.after(delayMs, label, action),
      cancel: (timer: Timer | null | undefined) => world.scheduler.cancel(timer),
      partition: (topic: string, partition: number) => this.partitions.get(`${topic}-${partition}`),
      respond: (to: string, correlationId: number, body: ResponseBody) =>
        this.rpcEndpoint.respond(to, correlationId, body),
    };
    this.fetchHandler = new FetchHandler({
      ...handlerHost,
      onFollowerFetched: (partition, followerId, fetchOffset, records) =>
        world.emit({
          type: 'follower-fetched',
          broker: followerId,
          leader: id,
          topic: partition.topic,
          partition: partition.partition,
          fetchOffset,
          records,
        }),
      onFetchRead: (partition, fromFollower, read) =>
        observeFetchRead(this.metrics, this.pageCache, partition, fromFollower, read),
    });
    this.produceHandler = new ProduceHandler({
      ...handlerHost,
      appended: (partition, baseOffset, lastOffset) => {
        this.world.emit({
          type: 'records-appended',
          broker: id,
          topic: partition.topic,
          partition: partition.partition,
          baseOffset,
          lastOffset,
          leaderEpoch: partition.leaderEpoch,
          origin: 'leader',
        });
        this.publishLogEvents(partition.log, partition.topic, partition.partition);
        this.partitionChanged(partition);
      },
      acknowledged: (partition, baseOffset) => this.world.acknowledged(this, partition, baseOffset),
    });
  }

  get config(): BrokerConfig {
    return this.world.brokerConfig(this.id);
  }

  get brokerId(): number {
    return this.id;
  }

  nowMs(): number {
    return this.world.scheduler.nowMs;
  }

  get emit(): EmitEvent {
    return this.world.emit;
  }

  after(delayMs: number, label: string, action: () => void): Timer {
    const incarnation = this.startedMs;
    return this.world.scheduler.after(delayMs, `${label} broker-${this.id}`, () => {
      // A timer of an earlier incarnation of this process must not fire into the new one.
      if (this.status === 'running' && this.startedMs === incarnation) action();
    });
  }

  isUp(): boolean {
    return this.status === 'running';
  }

  // ------------------------------------------------------------------ lifecycle

  start(): void {
    if (this.status === 'running') return;
    this.status = 'running';
    this.lastStop = null;
    this.startedMs = this.nowMs();
    this.metrics.reset();
    this.logManager = new LogManager(this.config.logManager, this.startedMs);
    for (const log of this.logs.values()) this.logManager.addLog(log);
    this.scheduleLogManager();
    this.world.emit({ type: 'broker-started', broker: this.id });
    this.world.brokerStarted(this);
  }

  /** The process dies (kill -9): memory is gone, the logs stay. */
  stop(how: 'kill' | 'power-off'): void {
    if (this.status !== 'running') return;
    this.status = 'stopped';
    this.lastStop = how;
    this.rpcEndpoint.reset();
    for (const fetcher of this.fetchers.values()) fetcher.stop();
    this.fetchers.clear();
    this.fetchHandler.clear();
    this.produceHandler.clear();
    this.world.scheduler.cancel(this.isrTimer);
    this.isrTimer = null;
    this.world.scheduler.cancel(this.logManagerTimer);
    this.partitions.clear();
    this.metadata.clear();
    this.logManager = null;
    this.zkSessionId = null;
    // kill -9 leaves the OS and its page cache running; a power cut empties memory.
    if (how === 'power-off') this.pageCache.clear();
    this.world.emit({ type: 'broker-stopped', broker: this.id, how });
  }

  // ------------------------------------------------------------------ network

  deliver(message: InFlightMessage<MessageBody>): void {
    const body = message.body;
    if (body.kind === 'response') {
      this.rpcEndpoint.handleResponse(message);
      return;
    }
    if (body.kind === 'zk') {
      this.world.zkWatchFired(this, body.body.path, body.body.type);
      return;
    }
    this.handleRequest(message.from, body.correlationId, body.body);
  }

  connectionFailed(message: InFlightMessage<MessageBody>): void {
    this.rpcEndpoint.handleConnectionFailed(message);
  }

  /** A client closed its connection: fetches it left parked here are dropped (no one would read them). */
  connectionClosed(peer: string): void {
    this.fetchHandler.dropParkedFrom(peer);
  }

  respond(to: string, correlationId: number, body: ResponseBody): void {
    this.rpcEndpoint.respond(to, correlationId, body);
  }

  private handleRequest(from: string, correlationId: number, body: RequestBody): void {
    switch (body.api) {
      case 'Produce':
        this.produceHandler.handle(from, correlationId, body);
        return;
      case 'Fetch':
        if (body.replicaId >= 0) this.fetchHandler.dropParkedFrom(from);
        this.fetchHandler.handle(from, correlationId, body);
        return;
      case 'LeaderAndIsr':
        this.handleLeaderAndIsr(body);
        this.respond(from, correlationId, { api: 'LeaderAndIsr', error: 'NONE' });
        return;
      case 'UpdateMetadata': {
        const applied = this.metadata.update(body);
        this.respond(from, correlationId, {
          api: 'UpdateMetadata',
          error: applied ? 'NONE' : 'STALE_CONTROLLER_EPOCH',
        });
        return;
      }
      case 'StopReplica':
        this.handleStopReplica(body);
        this.respond(from, correlationId, { api: 'StopReplica', error: 'NONE' });
        return;
      case 'AlterPartition':
        this.world.alterPartitionFromLeader(this, from, correlationId, body);
        return;
      default:
        this.world.handleOtherRequest(this, from, correlationId, body);
    }
  }

  // ------------------------------------------------------------------ LeaderAndIsr / StopReplica

  private controllerEpochSeen = -1;

  private handleLeaderAndIsr(request: LeaderAndIsrRequest): void {
    if (request.controllerEpoch < this.controllerEpochSeen) return;
    this.controllerEpochSeen = request.controllerEpoch;
    for (const state of request.partitions) {
      if (!state.replicas.includes(this.id)) continue;
      const key = `${state.topic}-${state.partition}`;
      let partition = this.partitions.get(key);
      // Kafka ignores a LeaderAndIsr whose leader epoch is not newer than the one it has.
      if (partition && state.leaderEpoch < partition.leaderEpoch) continue;
      if (!partition) {
        const log = this.logs.get(key) ?? this.world.createLog(this.id, state.topic, state.partition);
        if (!this.logs.has(key)) {
          this.logs.set(key, log);
          this.world.logCreated(this, log);
          this.logManager?.addLog(log);
          this.scheduleLogManager();
        }
        partition = new Partition(state.topic, state.partition, log, this);
        this.partitions.set(key, partition);
      }
      const wasLeader = partition.isLeader();
      if (state.leader === this.id) {
        this.fetcherFor(partition.leaderId)?.remove(partition);
        partition.makeLeader(state);
      } else {
        this.fetcherFor(partition.leaderId)?.remove(partition);
        partition.makeFollower(state);
        if (state.leader >= 0) this.ensureFetcher(state.leader).add(partition);
      }
      this.pruneFetchers();
      if (wasLeader !== partition.isLeader() || partition.isLeader())
        this.world.leadershipChanged(this, partition, wasLeader);
    }
  }

  private handleStopReplica(request: StopReplicaRequest): void {
    for (const tp of request.partitions) {
      const key = `${tp.topic}-${tp.partition}`;
      const partition = this.partitions.get(key);
      if (partition) {
        this.fetcherFor(partition.leaderId)?.remove(partition);
        const wasLeader = partition.isLeader();
        partition.makeFollower({ ...stateOf(partition), leader: -1 });
        this.partitions.delete(key);
        // Fetches parked on it get their NOT_LEADER / UNKNOWN answer now.
        this.partitionChanged(partition);
        if (wasLeader) this.world.leadershipChanged(this, partition, true);
      }
      if (tp.deletePartition) {
        const log = this.logs.get(key);
        if (log) {
          this.world.logDeleted(this, log);
          this.pageCache.logDeleted(log.name);
          log.close();
          this.logManager?.removeLog(log.name);
          this.logs.delete(key);
        }
      }
    }
    this.pruneFetchers();
  }

  private fetcherFor(leaderId: number): ReplicaFetcher | undefined {
    return this.fetchers.get(leaderId);
  }

  private ensureFetcher(leaderId: number): ReplicaFetcher {
    let fetcher = this.fetchers.get(leaderId);
    if (!fetcher) {
      fetcher = new ReplicaFetcher(leaderId, {
        brokerId: this.id,
        nowMs: () => this.nowMs(),
        after: (d, l, a) => this.after(d, l, a),
        cancel: (t) => this.world.scheduler.cancel(t),
        emit: this.world.emit,
        replicaFetchWaitMaxMs: () => this.config.replicaFetchWaitMaxMs,
        replicaFetchMaxBytes: () => this.config.replicaFetchMaxBytes,
        replicaFetchResponseMaxBytes: () => this.config.replicaFetchResponseMaxBytes,
        replicaFetchBackoffMs: () => this.config.replicaFetchBackoffMs,
        replicaSocketTimeoutMs: () => this.config.replicaSocketTimeoutMs,
        fetch: (
          leader,
          request: FetchRequest,
          timeoutMs,
          onResponse: (r: FetchResponse) => void,
          onFailure,
        ) => this.rpcEndpoint.request(brokerNodeId(leader), request, timeoutMs, onResponse, onFailure),
        logChanged: (partition) => this.publishLogEvents(partition.log, partition.topic, partition.partition),
      });
      this.fetchers.set(leaderId, fetcher);
    }
    return fetcher;
  }

  private pruneFetchers(): void {
    for (const [leaderId, fetcher] of this.fetchers) {
      if (!fetcher.isEmpty()) continue;
      fetcher.stop();
      this.fetchers.delete(leaderId);
    }
  }

  // ------------------------------------------------------------------ PartitionHost

  replicaLagTimeMaxMs(): number {
    return this.config.replicaLagTimeMaxMs;
  }

  minInsyncReplicas(topic: string): number {
    return this.world.minInsyncReplicas(topic);
  }

  isBrokerAlive(brokerId: number): boolean {
    return this.metadata.isBrokerAlive(brokerId);
  }

  /** AlterPartition to the controller (KIP-497); the answer updates the ISR. */
  proposeIsr(partition: Partition, newIsr: readonly number[]): void {
    sendAlterPartition(this, partition, newIsr);
  }

  partitionChanged(partition: Partition): void {
    this.fetchHandler.partitionChanged(partition);
    this.produceHandler.partitionChanged(partition);
  }

  // ------------------------------------------------------------------ periodic work

  /**
   * The leader's `isr-expiration` task runs every `replica.lag.time.max.ms / 2` from start. A run in which
   * every ISR follower is at its leader's LEO can change nothing, so while all partitions are quiet the
   * task is left unarmed and re-armed on the next append — at the same grid point it would have run at,
   * so outcomes are those of the periodic task (and an idle week costs no wake-ups).
   */
  isrCheckNeeded(): void {
    if (this.isrTimer && !this.isrTimer.cancelled) return;
    const period = Math.max(1, Math.floor(this.config.replicaLagTimeMaxMs / 2));
    const elapsed = this.nowMs() - this.startedMs;
    const next = this.startedMs + (Math.floor(elapsed / period) + 1) * period;
    this.isrTimer = this.after(next - this.nowMs(), 'isr-expiration', () => {
      this.isrTimer = null;
      let quiet = true;
      for (const partition of this.partitions.values()) {
        partition.maybeShrinkIsr();
        if (!partition.isrQuiet()) quiet = false;
      }
      if (!quiet) this.isrCheckNeeded();
    });
  }

  /** Re-arms the log manager's timer at its next due time (after a tick or a new log). */
  scheduleLogManager(): void {
    const manager = this.logManager;
    if (!manager || this.status !== 'running') return;
    const due = manager.nextDueMs();
    if (due === null) return;
    if (this.logManagerTimer && !this.logManagerTimer.cancelled && this.logManagerTimer.atMs <= due) return;
    this.world.scheduler.cancel(this.logManagerTimer);
    this.logManagerTimer = this.after(Math.max(0, due - this.nowMs()), 'log-manager', () => {
      this.logManagerTimer = null;
      manager.tick(this.nowMs());
      for (const [key, log] of this.logs) {
        const partition = this.partitions.get(key);
        const changed = this.publishLogEvents(
          log,
          partition?.topic ?? log.topic,
          partition?.partition ?? log.partition,
        );
        // Only a log that retention or the cleaner touched can wake a waiting fetch (log start offset).
        if (partition && changed) this.partitionChanged(partition);
      }
      this.scheduleLogManager();
    });
  }

  /** Turns the log's own events into cluster events (and drops its file ops: nobody persists in Node). */
  /** Returns whether the log had anything to report (its offsets or segments may have moved). */
  publishLogEvents(log: Log, topic: string, partition: number): boolean {
    // Without a persister nobody writes the files anywhere: drop their ops so they do not pile up.
    if (!this.world.persisting) log.takeFileOps();
    const events = log.takeEvents();
    if (events.length > 0) observeLogEvents(this.metrics, this.pageCache, log, events);
    for (const event of events) {
      const translated = translateLogEvent(event, this.id, topic, partition);
      if (translated) this.world.emit(translated);
    }
    return events.length > 0;
  }

  /** Partitions this broker leads now. */
  leaderPartitions(): Partition[] {
    return [...this.partitions.values()].filter((p) => p.isLeader());
  }

  sendRequest<R extends RequestBody>(
    toBroker: number,
    body: R,
    timeoutMs: number,
    onResponse: (response: Extract<ResponseBody, { api: R['api'] }>) => void,
    onFailure: () => void = () => {},
  ): void {
    this.rpcEndpoint.request(brokerNodeId(toBroker), body, timeoutMs, onResponse, onFailure);
  }
}

export { brokerNodeId } from './node-ids';
