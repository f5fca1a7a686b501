/**
 * The broker's request handlers beyond replication: Metadata (with topic auto-creation), ListOffsets,
 * FindCoordinator (creating `__consumer_offsets` on first use, §8.1) and the group APIs, which go to
 * the group coordinator living on each broker and owning the groups whose offsets partition it leads.
 */

import { GroupCoordinator, type GroupRequest } from '../clients/group/group-coordinator';
import type { OffsetsLogRecord } from '../clients/group/group-loader';
import { coordinatorPartitionFor } from '../clients/java-string-hash';
import { decodeRecordBatches } from '../codec';
import type { AppendRecord } from '../log';
import { encodeLeaderInput } from '../log/log-types';
import type { Broker } from './broker';
import type { Cluster } from './cluster';
import type { GroupDescription } from './cluster-api';
import { type ErrorName, KafkaError } from './errors';
import type { Partition } from './partition';
import type { ListOffsetsRequest, MetadataRequest, RequestBody, ResponseBody } from './protocol';
import { randomJavaUuid } from './uuid';
import { PRODUCER_ID_BLOCK_PATH, producerIdBlockJson } from './zookeeper';

export const OFFSETS_TOPIC = '__consumer_offsets';
/** `ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE`. */
const PRODUCER_ID_BLOCK_SIZE = 1000;
/** `offsets.commit.timeout.ms`: how long an offset commit waits for its replicas. */
const OFFSETS_COMMIT_TIMEOUT_MS = 5000;

interface CoordinatorEntry {
  readonly incarnation: number;
  readonly coordinator: GroupCoordinator;
}

export class BrokerRequests {
  private readonly coordinators = new Map<number, CoordinatorEntry>();
  private readonly producerIdBlocks = new Map<number, { incarnation: number; next: number; end: number }>();

  constructor(private readonly cluster: Cluster) {}

  handle(broker: Broker, from: string, correlationId: number, body: RequestBody): void {
    const respond = (response: ResponseBody) => broker.respond(from, correlationId, response);
    switch (body.api) {
      case 'Metadata':
        respond(this.metadata(broker, body));
        return;
      case 'ListOffsets':
        respond(this.listOffsets(broker, body));
        return;
      case 'FindCoordinator':
        respond(this.findCoordinator(broker, body.key));
        return;
      case 'InitProducerId':
        respond(this.initProducerId(broker));
        return;
      case 'JoinGroup':
      case 'SyncGroup':
      case 'Heartbeat':
      case 'LeaveGroup':
      case 'OffsetCommit':
      case 'OffsetFetch':
        this.coordinator(broker).handle(body as GroupRequest, respond as (r: ResponseBody) => void);
        return;
      default:
        return;
    }
  }

  private metadata(broker: Broker, request: MetadataRequest): ResponseBody {
    const cache = broker.metadata;
    const names = request.topics ?? cache.topics();
    const config = broker.config;
    const topics = names.map((name) => {
      if (
        !cache.hasTopic(name) &&
        request.topics !== null &&
        config.autoCreateTopicsEnable &&
        !name.startsWith('__')
      ) {
        // auto.create.topics.enable: the first metadata request for an unknown topic creates it.
        const created = this.cluster.admin.createTopicNoWait(
          name,
          config.numPartitions,
          config.defaultReplicationFactor,
        );
        if (created) return { ...cache.topicMetadata(name), error: 'LEADER_NOT_AVAILABLE' as ErrorName };
      }
      return cache.topicMetadata(name);
    });
    return { api: 'Metadata', brokers: cache.aliveBrokers(), controllerId: cache.controllerId, topics };
  }

  private listOffsets(broker: Broker, request: ListOffsetsRequest): ResponseBody {
    return {
      api: 'ListOffsets',
      partitions: request.partitions.map((tp) => {
        const partition = broker.partitions.get(`${tp.topic}-${tp.partition}`);
        const base = { topic: tp.topic, partition: tp.partition, timestamp: -1, leaderEpoch: -1 };
        if (!partition?.isLeader())
          return { ...base, error: 'NOT_LEADER_OR_FOLLOWER' as ErrorName, offset: -1 };
        const log = partition.log;
        const offset = tp.timestamp === -2 ? log.logStartOffset : log.highWatermark;
        return { ...base, error: 'NONE' as ErrorName, offset, leaderEpoch: partition.leaderEpoch };
      }),
    };
  }

  /** FindCoordinator as `broker` answers it (also asked by admin calls that go to a group's coordinator). */
  findCoordinator(broker: Broker, groupId: string): ResponseBody {
    const config = broker.config;
    const unavailable = {
      api: 'FindCoordinator' as const,
      error: 'COORDINATOR_NOT_AVAILABLE' as ErrorName,
      nodeId: -1,
      host: '',
      port: -1,
    };
    if (!broker.metadata.hasTopic(OFFSETS_TOPIC)) {
      // Created on first use; fails (clients keep retrying) while fewer brokers are alive than its RF.
      const alive = broker.metadata.aliveBrokers().length;
      if (alive >= config.offsetsTopicReplicationFactor)
        this.cluster.admin.createTopicNoWait(
          OFFSETS_TOPIC,
          config.offsetsTopicNumPartitions,
          config.offsetsTopicReplicationFactor,
          {
            'cleanup.policy': 'compact',
            'compression.type': 'producer',
            'segment.bytes': String(config.offsetsTopicSegmentBytes),
          },
        );
      return unavailable;
    }
    const partition = coordinatorPartitionFor(groupId, broker.metadata.partitionCount(OFFSETS_TOPIC));
    const state = broker.metadata.partitionState(OFFSETS_TOPIC, partition);
    if (!state || state.leader < 0 || !broker.metadata.isBrokerAlive(state.leader)) return unavailable;
    return {
      api: 'FindCoordinator',
      error: 'NONE',
      nodeId: state.leader,
      host: `broker-${state.leader}`,
      port: 9092,
    };
  }

  /**
   * Kafka's `ZkProducerIdManager`: each broker hands out ids from a block of 1000 it claims by a
   * conditional write of `/latest_producer_id_block` (the first block is 0–999). The first block is
   * claimed when the broker registers, so it can serve idempotent producers through a ZooKeeper outage.
   */
  claimProducerIdBlock(broker: Broker, onlyIfNone = false): boolean {
    const held = this.producerIdBlocks.get(broker.id);
    if (onlyIfNone && held && held.incarnation === broker.startedMs) return true;
    if (!this.cluster.zkReachable(broker)) return false;
    const zk = this.cluster.zk;
    const nowMs = this.cluster.nowMs;
    zk.makeSurePersistentPathExists(PRODUCER_ID_BLOCK_PATH, nowMs);
    const { data, stat } = zk.getData(PRODUCER_ID_BLOCK_PATH);
    const start = data === null ? 0 : Number(JSON.parse(data).block_end) + 1;
    const end = start + PRODUCER_ID_BLOCK_SIZE - 1;
    zk.setData(
      PRODUCER_ID_BLOCK_PATH,
      producerIdBlockJson({ brokerId: broker.id, blockStart: start, blockEnd: end }),
      stat.version,
      nowMs,
    );
    this.producerIdBlocks.set(broker.id, { incarnation: broker.startedMs, next: start, end });
    return true;
  }

  private initProducerId(broker: Broker): ResponseBody {
    const block = this.producerIdBlocks.get(broker.id);
    const current = block && block.incarnation === broker.startedMs && block.next <= block.end;
    if (!current && !this.claimProducerIdBlock(broker)) {
      return { api: 'InitProducerId', error: 'COORDINATOR_NOT_AVAILABLE', producerId: -1, producerEpoch: -1 };
    }
    const claimed = this.producerIdBlocks.get(broker.id) as { next: number };
    const producerId = claimed.next++;
    return { api: 'InitProducerId', error: 'NONE', producerId, producerEpoch: 0 };
  }

  /** The broker's process died: its coordinator's timers and state go with it. */
  shutDown(brokerId: number): void {
    this.coordinators.get(brokerId)?.coordinator.shutdown();
    this.coordinators.delete(brokerId);
  }

  /** The group coordinator of this broker incarnation (a restart starts a fresh one). */
  coordinator(broker: Broker): GroupCoordinator {
    const entry = this.coordinators.get(broker.id);
    if (entry && entry.incarnation === broker.startedMs) return entry.coordinator;
    entry?.coordinator.shutdown();
    const coordinator = new GroupCoordinator({
      brokerId: broker.id,
      host: broker.nodeId,
      port: 9092,
      config: {
        groupInitialRebalanceDelayMs: broker.config.groupInitialRebalanceDelayMs,
        groupMinSessionTimeoutMs: broker.config.groupMinSessionTimeoutMs,
        groupMaxSessionTimeoutMs: broker.config.groupMaxSessionTimeoutMs,
        offsetsTopicNumPartitions: broker.config.offsetsTopicNumPartitions,
        offsetsRetentionMinutes: broker.config.offsetsRetentionMinutes,
        offsetsRetentionCheckIntervalMs: broker.config.offsetsRetentionCheckIntervalMs,
      },
      nowMs: () => this.cluster.nowMs,
      after: (d, l, a) => broker.after(d, l, a),
      cancel: (t) => this.cluster.scheduler.cancel(t),
      appendOffsetsRecords: (p, records, done) => this.appendOffsets(broker, p, records, done),
      randomUuid: () => randomJavaUuid(() => this.cluster.rng.nextInt()),
      emit: this.cluster.emit,
    });
    this.coordinators.set(broker.id, { incarnation: broker.startedMs, coordinator });
    return coordinator;
  }

  /** Appends group records to `__consumer_offsets-p` as leader and waits for the HW (acks=all). */
  private appendOffsets(
    broker: Broker,
    p: number,
    records: readonly AppendRecord[],
    done: (error: ErrorName, baseOffset: number) => void,
  ): void {
    const partition = broker.partitions.get(`${OFFSETS_TOPIC}-${p}`);
    if (!partition?.isLeader()) {
      done('NOT_COORDINATOR', -1);
      return;
    }
    let result: { baseOffset: number; lastOffset: number };
    try {
      result = partition.appendRecordsToLeader(encodeLeaderInput({ records }), -1);
    } catch (e) {
      if (e instanceof KafkaError) {
        done(e.error, -1);
        return;
      }
      throw e;
    }
    broker.publishLogEvents(partition.log, partition.topic, partition.partition);
    this.cluster.emit({
      type: 'records-appended',
      broker: broker.id,
      topic: partition.topic,
      partition: partition.partition,
      baseOffset: result.baseOffset,
      lastOffset: result.lastOffset,
      leaderEpoch: partition.leaderEpoch,
      origin: 'leader',
    });
    broker.partitionChanged(partition);
    const required = result.lastOffset + 1;
    if (partition.log.highWatermark >= required) {
      done('NONE', result.baseOffset);
      return;
    }
    let finished = false;
    const listener = () => {
      if (finished) return;
      if (!partition.isLeader()) {
        finish('NOT_COORDINATOR');
        return;
      }
      if (partition.log.highWatermark >= required) finish('NONE');
    };
    const timer = broker.after(OFFSETS_COMMIT_TIMEOUT_MS, 'offset commit timeout', () =>
      finish('REQUEST_TIMED_OUT'),
    );
    const finish = (error: ErrorName) => {
      finished = true;
      this.cluster.listeners.delete(listener);
      this.cluster.scheduler.cancel(timer);
      done(error, error === 'NONE' ? result.baseOffset : -1);
    };
    this.cluster.listeners.add(listener);
  }

  /** `__consumer_offsets` leadership moved on a broker: its coordinator loads or unloads groups. */
  leadershipChanged(broker: Broker, partition: Partition, wasLeader: boolean): void {
    if (partition.topic !== OFFSETS_TOPIC) return;
    const coordinator = this.coordinator(broker);
    if (partition.isLeader()) coordinator.onElection(partition.partition, offsetsRecords(partition));
    else if (wasLeader) coordinator.onResignation(partition.partition);
  }

  describeGroup(groupId: string): GroupDescription | undefined {
    for (const broker of this.cluster.brokers.values()) {
      if (!broker.isUp()) continue;
      const entry = this.coordinators.get(broker.id);
      if (!entry || entry.incarnation !== broker.startedMs) continue;
      const description = entry.coordinator.describeGroup(groupId);
      if (description) return description;
    }
    return undefined;
  }

  listGroups(): string[] {
    const out = new Set<string>();
    for (const broker of this.cluster.brokers.values()) {
      const entry = this.coordinators.get(broker.id);
      if (!broker.isUp() || !entry || entry.incarnation !== broker.startedMs) continue;
      for (const g of entry.coordinator.listGroups()) out.add(g);
    }
    return [...out].sort();
  }
}

function* offsetsRecords(partition: Partition): Iterable<OffsetsLogRecord> {
  const log = partition.log;
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const read = log.read(offset, { maxBytes: 1 << 20, upTo: 'logEndOffset', minOneMessage: true });
    const last = read.batches.at(-1);
    if (!last) break;
    for (const batch of decodeRecordBatches(read.records))
      for (const r of batch.records)
        if (r.offset >= offset) yield { offset: r.offset, key: r.key, value: r.value };
    offset = last.lastOffset + 1;
  }
}
