/**
 * The simulated Kafka cluster (ZooKeeper mode): brokers 1..N, one ZooKeeper server, the network between
 * them and the clients, on one discrete-event scheduler and one seeded PRNG. Same seed and same
 * commands at the same simulated times → the same cluster, byte for byte.
 *
 * ZooKeeper is modelled as a server whose operations a broker performs synchronously while its link to
 * ZooKeeper is up; watch notifications travel the network as messages. Sessions are kept alive by
 * pings every third of the session timeout; rather than simulate each ping, a session's expiry is
 * scheduled the moment its broker stops pinging (killed, powered off, cut off): the last ping it sent
 * plus the session timeout, exactly when ZooKeeper would expire it.
 */

import { KafkaConsumer } from '../clients/consumer/kafka-consumer';
import { KafkaProducer } from '../clients/producer/kafka-producer';
import { Log, logConfigWith, parseTopicConfig } from '../log';
import { DEFAULT_START_MS } from '../sim/clock';
import { Network } from '../sim/network';
import { SeededRandom } from '../sim/random';
import { Scheduler } from '../sim/scheduler';
import type { FlushResult, LogPersister } from '../storage/persister';
import { AckLedger } from './ack-ledger';
import { Broker, type BrokerWorld } from './broker';
import { type BrokerConfig, DEFAULT_BROKER_CONFIG } from './broker-config';
import { applyBrokerConfig } from './broker-config-parse';
import { BrokerRequests } from './broker-requests';
import { ClientNode } from './client-node';
import { ClusterAdmin } from './cluster-admin';
import type {
  ClusterApi,
  ConsumerConfigInput,
  ConsumerHandle,
  CreateTopicOptions,
  FaultNode,
  GroupDescription,
  OffsetSpec,
  ProducerConfigInput,
  ProducerHandle,
  TopicDescription,
} from './cluster-api';
import type { Controller } from './controller';
import { MetadataStoreUnavailable } from './controller-store';
import { DurabilityTracker } from './durability';
import type { ElectionType } from './election';
import type { ErrorName } from './errors';
import type { ClusterEvent, ClusterEventBody } from './events';
import { type OffsetResetSpec, type PartitionOffset, resetGroupOffsets } from './group-offsets-admin';
import { KeyOrderLedger } from './key-order-ledger';
import { type ElectLeadersPartitionResult, electLeaders } from './leader-election-admin';
import { ZOOKEEPER_NODE } from './node-ids';
import { DEFAULT_PAGE_CACHE_BYTES } from './page-cache-model';
import type { MessageBody, TopicPartition } from './protocol';
import { RpcEndpoint } from './rpc';
import { randomClusterId } from './uuid';
import { ZooKeeperLink } from './zk-link';
import { ZkMetadataView } from './zk-metadata-view';
import { brokerIdsPath, CONTROLLER_EPOCH_PATH, ZooKeeperServer } from './zookeeper';

/** How many recent events `events()` keeps (older ones are dropped in chunks). */
export const MAX_RETAINED_EVENTS = 50_000;

export interface ClusterOptions {
  readonly brokers?: number;
  readonly seed?: number;
  readonly linkLatencyMs?: number;
  readonly startMs?: number;
  /**
   * Where the brokers' log dirs are written (the Foundation's write-behind persister over a
   * SegmentStore: IndexedDB in the browser, memory in tests). Each log lives at `broker-N/<topic>-<p>`.
   */
  readonly persister?: LogPersister;
  /**
   * Each broker machine's page cache budget in bytes, for the page cache model (`page-cache-model.ts`).
   * Ours: a real broker's cache is whatever memory its OS has free. Default 64 MiB.
   */
  readonly pageCacheBytes?: number;
  /**
   * Lines added to every broker's `server.properties` before it starts (Kafka names and values, e.g.
   * `{ 'log.retention.check.interval.ms': '10000' }`), for settings Kafka only reads at startup.
   */
  readonly serverProperties?: Readonly<Record<string, string>>;
}

/** Creates a cluster with brokers 1..N started, as `bin/kafka-server-start.sh` would on each machine. */
/** A broker's log dir in the store: `broker-N/<topic>-<partition>`. */
export function logDirPath(brokerId: number, logName: string): string {
  return `broker-${brokerId}/${logName}`;
}

export function createCluster(options: ClusterOptions = {}): Cluster {
  return new Cluster(options);
}

export class Cluster implements ClusterApi, BrokerWorld {
  readonly seed: number;
  readonly scheduler: Scheduler;
  readonly network: Network<MessageBody>;
  readonly rng: SeededRandom;
  readonly zk: ZooKeeperServer;
  readonly brokers = new Map<number, Broker>();
  readonly controllers = new Map<number, Controller>();
  readonly ackLedger = new AckLedger();
  /** The "per-key order kept" invariant, fed by the producers' acknowledgements. */
  readonly keyOrderLedger = new KeyOrderLedger();
  readonly pageCacheBytes: number;
  readonly durability = new DurabilityTracker();
  readonly admin: ClusterAdmin;
  /** ZooKeeper's metadata, decoded and cached, for the view model. */
  readonly metadataView: ZkMetadataView;
  readonly requests: BrokerRequests;
  private readonly brokerConfigs = new Map<number, BrokerConfig>();
  private readonly endpoints = new Map<string, RpcEndpoint>();
  private readonly eventLog: ClusterEvent[] = [];
  private eventSeq = 0;
  private clientCount = 0;
  private consumerCount = 0;
  private readonly clients = new Map<string, ClientNode>();
  /** @internal The ZooKeeper server process is up (kept for a later `sim kill zookeeper`). */
  zookeeperUp = true;
  /** @internal The last broker to win the controller election (for controller-changed events). */
  lastControllerId = -1;
  private readonly zkLink: ZooKeeperLink;
  readonly clusterId: string;
  /** Observers of the event stream (the view, lessons). */
  readonly listeners = new Set<(event: ClusterEvent) => void>();

  private readonly persister: LogPersister | null;

  constructor(options: ClusterOptions = {}) {
    const brokerCount = options.brokers ?? 3;
    if (!Number.isInteger(brokerCount) || brokerCount < 1 || brokerCount > 9)
      throw new RangeError(`brokers must be 1..9, got ${brokerCount}`);
    this.seed = options.seed ?? 1;
    this.persister = options.persister ?? null;
    this.pageCacheBytes = options.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES;
    this.rng = SeededRandom.fromSeed(this.seed);
    this.scheduler = new Scheduler(options.startMs ?? DEFAULT_START_MS);
    this.network = new Network(this.scheduler, { linkLatencyMs: options.linkLatencyMs ?? 1 });
    this.network.onEvent = (event) => {
      if (event.type !== 'message-lost') return;
      const body = event.message.body;
      // The requester learns of a loss only by its timeout (charged now for long-poll fetches).
      if (body.kind === 'request') this.endpoints.get(event.message.from)?.handleLost(body.correlationId);
      else if (body.kind === 'response') this.endpoints.get(event.message.to)?.handleLost(body.correlationId);
      this.emit({
        type: 'message-lost',
        from: event.message.from,
        to: event.message.to,
        api: body.kind === 'zk' ? `ZooKeeper ${body.body.type}` : body.body.api,
        reason: event.reason,
      });
    };
    this.zk = new ZooKeeperServer({ nowMs: this.scheduler.nowMs });
    this.network.register({
      nodeId: ZOOKEEPER_NODE,
      isUp: () => this.zookeeperUp,
      deliver: () => {},
      connectionFailed: () => {},
    });
    this.clusterId = randomClusterId(() => this.rng.nextInt());
    this.admin = new ClusterAdmin(this);
    this.metadataView = new ZkMetadataView(this.zk);
    this.zkLink = new ZooKeeperLink(this);
    this.requests = new BrokerRequests(this);
    for (let id = 1; id <= brokerCount; id++) {
      this.brokerConfigs.set(
        id,
        options.serverProperties
          ? applyBrokerConfig(DEFAULT_BROKER_CONFIG, options.serverProperties)
          : DEFAULT_BROKER_CONFIG,
      );
      const broker = new Broker(id, this);
      this.brokers.set(id, broker);
      this.network.register(broker);
    }
    for (const broker of this.brokers.values()) broker.start();
    // Let registration, controller election and the first metadata round settle, as a real start does.
    this.advance(1000);
  }

  // ------------------------------------------------------------------ time and events

  get nowMs(): number {
    return this.scheduler.nowMs;
  }

  get brokerIds(): number[] {
    return [...this.brokers.keys()];
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`time only moves forward; got ${ms} ms`);
    this.scheduler.runUntil(this.scheduler.nowMs + ms);
  }

  runUntil(done: () => boolean, maxMs: number): boolean {
    const limit = this.scheduler.nowMs + maxMs;
    if (done()) return true;
    while (this.scheduler.step(limit)) if (done()) return true;
    this.scheduler.runUntil(limit);
    return done();
  }

  readonly emit = (body: ClusterEventBody): void => {
    // Event bodies are fresh literals from their emitters: stamping them in place saves a copy per event.
    const event = body as ClusterEvent & { atMs: number; seq: number };
    event.atMs = this.scheduler.nowMs;
    event.seq = this.eventSeq++;
    this.eventLog.push(event);
    // Memory stays bounded in a long session: the newest events are kept (a replay regenerates any).
    if (this.eventLog.length > MAX_RETAINED_EVENTS * 2)
      this.eventLog.splice(0, this.eventLog.length - MAX_RETAINED_EVENTS);
    if (body.type === 'records-appended') {
      const log = this.brokers.get(body.broker)?.logs.get(`${body.topic}-${body.partition}`);
      if (log) this.durability.recordAppend(log, this.scheduler.nowMs);
    }
    for (const listener of this.listeners) listener(event);
  };

  /** Recent events, oldest first (at least the last {@link MAX_RETAINED_EVENTS}). */
  events(): readonly ClusterEvent[] {
    return this.eventLog;
  }

  /** Events emitted since the cluster started (the next event's `seq`). */
  get eventCount(): number {
    return this.eventSeq;
  }

  nextInt(): number {
    return this.rng.nextInt();
  }

  nextIntBelow(bound: number): number {
    return this.rng.nextIntBelow(bound);
  }

  rpc(nodeId: string): RpcEndpoint {
    const endpoint = new RpcEndpoint(nodeId, this.network, this.scheduler);
    this.endpoints.set(nodeId, endpoint);
    return endpoint;
  }

  /** A process died: one latency later every peer waiting on it sees its connection reset. */
  private resetConnectionsTo(nodeId: string): void {
    this.scheduler.after(this.network.options.linkLatencyMs, 'connection reset', () => {
      for (const [id, endpoint] of this.endpoints) if (id !== nodeId) endpoint.peerDied(nodeId);
    });
  }

  // ------------------------------------------------------------------ configuration

  brokerConfig(brokerId: number): BrokerConfig {
    return this.brokerConfigs.get(brokerId) ?? DEFAULT_BROKER_CONFIG;
  }

  /** Any live broker's view of the config (they are kept equal unless set per broker). */
  defaultBrokerConfig(): BrokerConfig {
    return this.brokerConfig(this.brokerIds[0] ?? 1);
  }

  alterBrokerConfig(brokerId: number | null, set: Readonly<Record<string, string>>): void {
    const ids = brokerId === null ? this.brokerIds : [brokerId];
    for (const id of ids) {
      if (!this.brokers.has(id)) throw new RangeError(`No broker with id ${id}`);
      this.brokerConfigs.set(id, applyBrokerConfig(this.brokerConfig(id), set));
    }
    for (const id of ids) {
      const broker = this.brokers.get(id);
      for (const log of broker?.logs.values() ?? []) log.updateConfig(this.logConfigFor(log.topic, id));
    }
  }

  /** The topic's overrides as stored in `/config/topics/<t>`. */
  topicOverrides(topic: string): Readonly<Record<string, string>> {
    return this.admin.topicOverrides(topic);
  }

  logConfigFor(topic: string, brokerId: number) {
    const base = this.brokerConfig(brokerId).log;
    const internal = topic === '__consumer_offsets';
    const overrides = internal
      ? {
          'cleanup.policy': 'compact',
          'segment.bytes': String(this.brokerConfig(brokerId).offsetsTopicSegmentBytes),
        }
      : this.topicOverrides(topic);
    return logConfigWith(parseTopicConfig(overrides), base);
  }

  minInsyncReplicas(topic: string): number {
    const v = this.topicOverrides(topic)['min.insync.replicas'];
    return v === undefined ? this.defaultBrokerConfig().minInsyncReplicas : Number(v);
  }

  uncleanLeaderElectionEnable(topic: string): boolean {
    const v = this.topicOverrides(topic)['unclean.leader.election.enable'];
    return v === undefined ? this.defaultBrokerConfig().uncleanLeaderElectionEnable : v === 'true';
  }

  createLog(brokerId: number, topic: string, partition: number): Log {
    return Log.create({
      topic,
      partition,
      config: this.logConfigFor(topic, brokerId),
      nowMs: this.scheduler.nowMs,
      nextInt: () => this.rng.nextInt(),
    });
  }

  // ------------------------------------------------------------------ BrokerWorld hooks

  brokerStarted(broker: Broker): void {
    this.zkLink.connectToZooKeeper(broker);
  }

  zkReachable(broker: Broker): boolean {
    return this.zkLink.zkReachable(broker);
  }

  zkWatchFired(broker: Broker, path: string, type: string): void {
    this.zkLink.zkWatchFired(broker, path, type);
  }

  flushZkEvents(): void {
    this.zkLink.flushZkEvents();
  }

  handleOtherRequest(
    broker: Broker,
    from: string,
    correlationId: number,
    body: Parameters<BrokerWorld['handleOtherRequest']>[3],
  ): void {
    this.requests.handle(broker, from, correlationId, body);
  }

  alterPartitionFromLeader(
    broker: Broker,
    from: string,
    correlationId: number,
    body: Parameters<BrokerWorld['alterPartitionFromLeader']>[3],
  ): void {
    if (body.api !== 'AlterPartition') return;
    const controller = this.controllers.get(broker.id);
    const notController = {
      api: 'AlterPartition' as const,
      error: 'NOT_CONTROLLER' as ErrorName,
      topic: body.topic,
      partition: body.partition,
      leader: -1,
      leaderEpoch: -1,
      isr: [],
      partitionEpoch: -1,
    };
    if (!controller) {
      broker.respond(from, correlationId, notController);
      return;
    }
    try {
      const response = controller.alterPartition(body);
      this.flushZkEvents();
      broker.respond(from, correlationId, response);
    } catch (e) {
      if (!(e instanceof MetadataStoreUnavailable)) throw e;
      // The controller cannot reach ZooKeeper: the leader's request times out.
    }
  }

  leadershipChanged(
    broker: Broker,
    partition: Parameters<BrokerWorld['leadershipChanged']>[1],
    wasLeader: boolean,
  ): void {
    this.requests.leadershipChanged(broker, partition, wasLeader);
    if (partition.isLeader() && !partition.topic.startsWith('__')) {
      for (const lost of this.ackLedger.check(partition.topic, partition.partition, partition.log))
        this.emit({ type: 'acknowledged-records-lost', ...lost });
    }
  }

  get persisting(): boolean {
    return this.persister !== null;
  }

  logCreated(broker: Broker, log: Log): void {
    this.persister?.attach(logDirPath(broker.id, log.name), log);
  }

  logDeleted(broker: Broker, log: Log): void {
    this.persister?.detach(logDirPath(broker.id, log.name), { deleteFiles: true });
  }

  /**
   * Writes every broker's files since the last call to the store, with `meta` in the same transaction
   * (whatever the host needs to restore the run). Resolves when it commits or fails; never rejects.
   */
  persist(meta?: () => Readonly<Record<string, unknown>>): Promise<FlushResult> {
    if (!this.persister) return Promise.resolve({ committed: true, writes: 0, chunkPuts: 0, chunkBytes: 0 });
    return this.persister.flush(meta ? { meta } : {});
  }

  acknowledged(
    broker: Broker,
    partition: Parameters<BrokerWorld['acknowledged']>[1],
    baseOffset: number,
  ): void {
    void broker;
    if (partition.topic.startsWith('__')) return;
    if (partition.log.config.cleanupPolicy.includes('compact')) return;
    this.ackLedger.record(partition.key, partition.log, baseOffset);
  }

  // ------------------------------------------------------------------ faults

  private broker(id: number): Broker {
    const broker = this.brokers.get(id);
    if (!broker) throw new RangeError(`No broker with id ${id} (brokers are ${this.brokerIds.join(', ')})`);
    return broker;
  }

  killBroker(id: number): void {
    const broker = this.broker(id);
    if (!broker.isUp()) throw new RangeError(`Broker ${id} is not running`);
    this.zkLink.resignController(id);
    this.requests.shutDown(id);
    broker.stop('kill');
    this.resetConnectionsTo(broker.nodeId);
    this.zkLink.updateZkConnectivity();
  }

  powerOffBroker(id: number): void {
    const broker = this.broker(id);
    if (!broker.isUp()) throw new RangeError(`Broker ${id} is not running`);
    const nowMs = this.scheduler.nowMs;
    this.zkLink.resignController(id);
    this.requests.shutDown(id);
    broker.stop('power-off');
    this.resetConnectionsTo(broker.nodeId);
    for (const log of broker.logs.values()) {
      const durable = this.durability.durableOffset(log, nowMs);
      if (durable < log.logEndOffset) {
        const from = log.logEndOffset;
        log.truncateTo(Math.max(durable, log.logStartOffset), nowMs);
        if (log.highWatermark > log.logEndOffset) log.updateHighWatermark(log.logEndOffset);
        this.emit({
          type: 'log-truncated',
          broker: id,
          topic: log.topic,
          partition: log.partition,
          fromLogEndOffset: from,
          toOffset: log.logEndOffset,
          cause: 'power-loss',
        });
      }
      log.takeEvents();
      if (!this.persister) log.takeFileOps();
    }
    this.zkLink.updateZkConnectivity();
  }

  startBroker(id: number): void {
    const broker = this.broker(id);
    if (broker.isUp()) throw new RangeError(`Broker ${id} is already running`);
    broker.start();
    this.zkLink.updateZkConnectivity();
  }

  private nodeIdOf(node: FaultNode): string {
    if (node === 'zookeeper') return ZOOKEEPER_NODE;
    return this.broker(node).nodeId;
  }

  isolate(node: FaultNode): void {
    this.network.isolate(this.nodeIdOf(node));
    this.zkLink.updateZkConnectivity();
  }

  heal(): void {
    this.network.heal();
    this.zkLink.updateZkConnectivity();
  }

  slow(id: number, delayMs: number): void {
    if (!Number.isFinite(delayMs) || delayMs < 0)
      throw new RangeError(`delay must be ≥ 0 ms, got ${delayMs}`);
    this.network.slow(this.broker(id).nodeId, delayMs);
  }

  dropNext(from: FaultNode, to: FaultNode): void {
    this.network.dropNext(this.nodeIdOf(from), this.nodeIdOf(to));
  }

  /** Loses one message already on the wire (its id as the view's `inFlight` shows it), as `dropNext` would. */
  dropMessage(id: number): void {
    this.network.drop(id);
  }

  // ------------------------------------------------------------------ admin (AdminClient as the tools use it)

  createTopic(name: string, options: CreateTopicOptions = {}): void {
    this.admin.createTopic(name, options);
  }

  deleteTopic(name: string): void {
    this.admin.deleteTopic(name);
  }

  createPartitions(name: string, totalCount: number): void {
    this.admin.createPartitions(name, totalCount);
  }

  listTopics(): string[] {
    return this.admin.listTopics();
  }

  describeTopics(names?: readonly string[]): TopicDescription[] {
    return this.admin.describeTopics(names);
  }

  alterTopicConfig(
    name: string,
    set: Readonly<Record<string, string>>,
    remove: readonly string[] = [],
  ): void {
    this.admin.alterTopicConfig(name, set, remove);
  }

  listOffsets(partitions: readonly TopicPartition[], spec: OffsetSpec) {
    return this.admin.listOffsets(partitions, spec);
  }

  describeGroup(groupId: string): GroupDescription | undefined {
    return this.requests.describeGroup(groupId);
  }

  listGroups(): string[] {
    return this.requests.listGroups();
  }

  /** `kafka-leader-election.sh` / `AdminClient.electLeaders` (`leader-election-admin.ts`). */
  electLeaders(
    electionType: ElectionType,
    partitions: readonly TopicPartition[] | null,
  ): ElectLeadersPartitionResult[] {
    return electLeaders(this, electionType, partitions);
  }

  /** `kafka-consumer-groups.sh --reset-offsets --execute` (`group-offsets-admin.ts`). */
  resetGroupOffsets(
    groupId: string,
    topics: readonly string[] | null,
    spec: OffsetResetSpec,
  ): PartitionOffset[] {
    return resetGroupOffsets(this, groupId, topics, spec);
  }

  // ------------------------------------------------------------------ clients

  private newClientNode(): ClientNode {
    this.clientCount++;
    const node = new ClientNode(`client-${this.clientCount}`, {
      scheduler: this.scheduler,
      emit: this.emit,
      rpc: (id) => this.rpc(id),
      bootstrapBrokers: () => this.brokerIds,
      nextInt: () => this.rng.nextInt(),
      nextIntBelow: (n) => this.rng.nextIntBelow(n),
      keyOrderLedger: this.keyOrderLedger,
      release: (done) => {
        this.clients.delete(done.nodeId);
        this.endpoints.delete(done.nodeId);
        this.network.unregister(done.nodeId);
        for (const broker of this.brokers.values()) broker.connectionClosed(done.nodeId);
      },
    });
    this.clients.set(node.nodeId, node);
    this.network.register(node);
    return node;
  }

  newProducer(config: ProducerConfigInput = {}): ProducerHandle {
    const node = this.newClientNode();
    const producer = new KafkaProducer(node, config);
    return producer;
  }

  newConsumer(config: ConsumerConfigInput = {}): ConsumerHandle {
    const node = this.newClientNode();
    this.consumerCount++;
    return new KafkaConsumer(node, config, this.consumerCount);
  }

  /**
   * The broker an admin client (and the view) asks for metadata: a running broker the client can reach,
   * the lowest id first, as the AdminClient's "least loaded node" would be on an idle cluster.
   */
  adminBroker(): Broker | undefined {
    for (const broker of this.brokers.values())
      if (broker.isUp() && !this.network.isIsolated(broker.nodeId) && broker.metadata.controllerId >= 0)
        return broker;
    return undefined;
  }

  // ------------------------------------------------------------------ status

  controllerId(): number {
    return [...this.controllers.keys()][0] ?? -1;
  }

  statusLines(): string[] {
    const lines: string[] = [];
    for (const broker of this.brokers.values()) {
      const leading = broker.leaderPartitions().filter((p) => !p.topic.startsWith('__')).length;
      const state = broker.isUp()
        ? this.network.isIsolated(broker.nodeId)
          ? 'isolated'
          : 'running'
        : `stopped (${broker.lastStop ?? 'never started'})`;
      const registered = this.zk.exists(brokerIdsPath(broker.id)) ? 'registered' : 'not registered';
      lines.push(`broker ${broker.id}: ${state}, ${registered}, leader of ${leading} partition(s)`);
    }
    const controller = this.controllerId();
    const epochText = this.zk.exists(CONTROLLER_EPOCH_PATH)
      ? this.zk.getData(CONTROLLER_EPOCH_PATH).data
      : '0';
    lines.push(controller < 0 ? 'controller: none' : `controller: broker ${controller} (epoch ${epochText})`);
    lines.push(`acknowledged records lost: ${this.ackLedger.lostCount()}`);
    return lines;
  }
}
