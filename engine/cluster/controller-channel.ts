/**
 * What the controller tells brokers (Kafka's `ControllerChannelManager` and its request batch):
 * LeaderAndIsr to the replicas of changed partitions, UpdateMetadata to every live broker, each
 * stamped with the controller's id and epoch so brokers can ignore a deposed controller.
 */

import type { ControllerHost } from './controller';
import type { StoredPartitionState } from './controller-store';
import type { LeaderAndIsrRequest, PartitionState } from './protocol';

/** The controller's record of one partition: its assignment and its state znode as last written. */
export interface PartitionContext {
  readonly topic: string;
  readonly partition: number;
  replicas: readonly number[];
  state: StoredPartitionState;
}

export function toState(ctx: PartitionContext): PartitionState {
  return {
    topic: ctx.topic,
    partition: ctx.partition,
    controllerEpoch: ctx.state.controllerEpoch,
    leader: ctx.state.leader,
    leaderEpoch: ctx.state.leaderEpoch,
    isr: ctx.state.isr,
    partitionEpoch: ctx.state.version,
    replicas: ctx.replicas,
    leaderRecoveryState: ctx.state.leaderRecoveryState,
  };
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class ControllerChannel {
  constructor(
    private readonly epoch: number,
    private readonly host: ControllerHost,
    private readonly liveBrokers: () => ReadonlySet<number>,
  ) {}

  leaderAndIsr(brokerId: number, ctxs: readonly PartitionContext[], isNew: boolean): void {
    const request: LeaderAndIsrRequest = {
      api: 'LeaderAndIsr',
      controllerId: this.host.brokerId,
      controllerEpoch: this.epoch,
      partitions: ctxs.map((c) => ({ ...toState(c), isNew, topicId: this.host.topicIdOf(c.topic) })),
    };
    this.host.send(brokerId, request);
  }

  updateMetadata(brokers: number[], partitions: PartitionState[], deletedTopics: string[] = []): void {
    const liveBrokers = [...this.liveBrokers()].sort((a, b) => a - b).map((id) => this.host.endpoint(id));
    const topicIds = [...new Set(partitions.map((p) => p.topic))].map((topic) => ({
      topic,
      topicId: this.host.topicIdOf(topic),
    }));
    for (const id of brokers.sort((a, b) => a - b)) {
      this.host.send(id, {
        api: 'UpdateMetadata',
        controllerId: this.host.brokerId,
        controllerEpoch: this.epoch,
        liveBrokers,
        partitions,
        deletedTopics,
        topicIds,
      });
    }
  }
}
