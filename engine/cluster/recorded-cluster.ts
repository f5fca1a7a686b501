/**
 * Determinism made usable: a cluster driven only through serialisable commands, each stamped with the
 * simulated time it was issued at. Seed + commands is the whole state, so any earlier moment can be
 * restored by replaying the commands up to it on a fresh cluster (rewind), and a forked future is just
 * a truncated command list plus new commands. Checkpoints (keeping a replayed cluster to continue from)
 * are an optimisation the caller may add; correctness never depends on them.
 */

import { type Cluster, type ClusterOptions, createCluster } from './cluster';
import type {
  ConsumerConfigInput,
  ConsumerHandle,
  CreateTopicOptions,
  FaultNode,
  ProducerConfigInput,
  ProducerHandle,
} from './cluster-api';
import type { ElectionType } from './election';
import type { OffsetResetSpec, PartitionOffset } from './group-offsets-admin';
import type { ElectLeadersPartitionResult } from './leader-election-admin';
import type { TopicPartition } from './protocol';

export type ClusterCommand =
  | { readonly type: 'advance'; readonly ms: number }
  | { readonly type: 'create-topic'; readonly name: string; readonly options: CreateTopicOptions }
  | { readonly type: 'delete-topic'; readonly name: string }
  | { readonly type: 'create-partitions'; readonly name: string; readonly totalCount: number }
  | {
      readonly type: 'alter-topic-config';
      readonly name: string;
      readonly set: Readonly<Record<string, string>>;
      readonly remove: readonly string[];
    }
  | {
      readonly type: 'alter-broker-config';
      readonly brokerId: number | null;
      readonly set: Readonly<Record<string, string>>;
    }
  | { readonly type: 'kill-broker' | 'power-off-broker' | 'start-broker'; readonly id: number }
  | { readonly type: 'isolate'; readonly node: FaultNode }
  | { readonly type: 'heal' }
  | { readonly type: 'slow'; readonly id: number; readonly delayMs: number }
  | { readonly type: 'drop-next'; readonly from: FaultNode; readonly to: FaultNode }
  | { readonly type: 'new-producer'; readonly name: string; readonly config: ProducerConfigInput }
  | {
      readonly type: 'produce';
      readonly producer: string;
      readonly records: ReadonlyArray<{
        topic: string;
        key: string | null;
        value: string | null;
        partition?: number;
      }>;
      readonly flush: boolean;
    }
  | {
      readonly type: 'new-consumer';
      readonly name: string;
      readonly config: ConsumerConfigInput;
      readonly topics: readonly string[];
    }
  | {
      readonly type: 'assign-consumer';
      readonly name: string;
      readonly partitions: readonly TopicPartition[];
    }
  | { readonly type: 'close-consumer' | 'crash-consumer'; readonly name: string }
  /** One message on the wire, by the id the view's `inFlight` shows. */
  | { readonly type: 'drop-message'; readonly id: number }
  | {
      readonly type: 'elect-leaders';
      readonly electionType: ElectionType;
      /** null: every partition. */
      readonly partitions: readonly TopicPartition[] | null;
    }
  | {
      readonly type: 'reset-offsets';
      readonly groupId: string;
      /** null: every partition the group has a committed offset for. */
      readonly topics: readonly string[] | null;
      readonly spec: OffsetResetSpec;
    };

/** What a command answers, if anything: per-partition election results, or the offsets a reset committed. */
export type CommandResult = undefined | ElectLeadersPartitionResult[] | PartitionOffset[];

/**
 * The commands that are plain operations on the cluster (admin calls and faults), with no client of
 * the recorder's own: what the UI's session shares with the script runner's recorder.
 */
export type ClusterOperation = Exclude<
  ClusterCommand,
  {
    readonly type:
      | 'advance'
      | 'new-producer'
      | 'produce'
      | 'new-consumer'
      | 'assign-consumer'
      | 'close-consumer'
      | 'crash-consumer';
  }
>;

/**
 * Runs one cluster operation, throwing Kafka's error (and changing nothing) when Kafka would refuse.
 * Returns the answer of the operations that have one (elections, offset resets).
 */
export function applyClusterOperation(c: Cluster, command: ClusterOperation): CommandResult {
  switch (command.type) {
    case 'create-topic':
      c.createTopic(command.name, command.options);
      return;
    case 'delete-topic':
      c.deleteTopic(command.name);
      return;
    case 'create-partitions':
      c.createPartitions(command.name, command.totalCount);
      return;
    case 'alter-topic-config':
      c.alterTopicConfig(command.name, command.set, command.remove);
      return;
    case 'alter-broker-config':
      c.alterBrokerConfig(command.brokerId, command.set);
      return;
    case 'kill-broker':
      c.killBroker(command.id);
      return;
    case 'power-off-broker':
      c.powerOffBroker(command.id);
      return;
    case 'start-broker':
      c.startBroker(command.id);
      return;
    case 'isolate':
      c.isolate(command.node);
      return;
    case 'heal':
      c.heal();
      return;
    case 'slow':
      c.slow(command.id, command.delayMs);
      return;
    case 'drop-next':
      c.dropNext(command.from, command.to);
      return;
    case 'drop-message':
      c.dropMessage(command.id);
      return;
    case 'elect-leaders':
      return c.electLeaders(command.electionType, command.partitions);
    case 'reset-offsets':
      return c.resetGroupOffsets(command.groupId, command.topics, command.spec);
  }
}

export interface StampedCommand {
  readonly atMs: number;
  readonly command: ClusterCommand;
}

export interface RecordedClusterOptions extends ClusterOptions {
  readonly seed: number;
}

export class RecordedCluster {
  readonly cluster: Cluster;
  private readonly log: StampedCommand[] = [];
  private readonly producers = new Map<string, ProducerHandle>();
  private readonly consumers = new Map<string, ConsumerHandle>();

  constructor(readonly options: RecordedClusterOptions) {
    this.cluster = createCluster(options);
  }

  /** Commands applied so far, in order, each with the time it was issued. */
  commands(): readonly StampedCommand[] {
    return this.log;
  }

  consumer(name: string): ConsumerHandle | undefined {
    return this.consumers.get(name);
  }

  producer(name: string): ProducerHandle | undefined {
    return this.producers.get(name);
  }

  /**
   * Applies a command now and records it, returning its answer (see {@link CommandResult}). A command
   * Kafka refuses throws (with Kafka's message) and is not recorded, so replay never meets it.
   */
  apply(command: ClusterCommand): CommandResult {
    const atMs = this.cluster.nowMs;
    const result = this.execute(command);
    this.log.push({ atMs, command });
    return result;
  }

  /**
   * A fresh cluster with the same seed, the commands issued before `atMs` replayed at their times, and
   * the clock moved to `atMs`: the cluster exactly as it was then.
   *
   * @example
   *   const earlier = RecordedCluster.replay(recorded.options, recorded.commands(), recorded.cluster.nowMs - 60_000);
   */
  static replay(
    options: RecordedClusterOptions,
    commands: readonly StampedCommand[],
    atMs: number,
  ): RecordedCluster {
    const replayed = new RecordedCluster(options);
    for (const { atMs: when, command } of commands) {
      if (when > atMs) break;
      const gap = when - replayed.cluster.nowMs;
      if (gap > 0) replayed.cluster.advance(gap);
      // An `advance` crossing the target stops at it.
      if (command.type === 'advance') {
        const ms = Math.min(command.ms, atMs - replayed.cluster.nowMs);
        replayed.apply({ type: 'advance', ms });
        continue;
      }
      replayed.apply(command);
    }
    if (atMs > replayed.cluster.nowMs) replayed.apply({ type: 'advance', ms: atMs - replayed.cluster.nowMs });
    return replayed;
  }

  private execute(command: ClusterCommand): CommandResult {
    const c = this.cluster;
    switch (command.type) {
      case 'advance':
        c.advance(command.ms);
        return;
      case 'new-producer':
        if (this.producers.has(command.name)) throw new RangeError(`A producer named ${command.name} exists`);
        this.producers.set(command.name, c.newProducer(command.config));
        return;
      case 'produce': {
        const producer = this.producers.get(command.producer);
        if (!producer) throw new RangeError(`No producer named ${command.producer}`);
        for (const record of command.records) producer.send(record);
        if (command.flush) producer.flush();
        return;
      }
      case 'new-consumer': {
        if (this.consumers.has(command.name)) throw new RangeError(`A consumer named ${command.name} exists`);
        const consumer = c.newConsumer(command.config);
        if (command.topics.length > 0) consumer.subscribe(command.topics);
        this.consumers.set(command.name, consumer);
        return;
      }
      case 'assign-consumer': {
        const consumer = this.consumers.get(command.name);
        if (!consumer) throw new RangeError(`No consumer named ${command.name}`);
        consumer.assign(command.partitions);
        return;
      }
      case 'close-consumer':
      case 'crash-consumer': {
        const consumer = this.consumers.get(command.name);
        if (!consumer) throw new RangeError(`No consumer named ${command.name}`);
        if (command.type === 'close-consumer') consumer.close();
        else consumer.crash();
        return;
      }
      default:
        return applyClusterOperation(c, command);
    }
  }
}
