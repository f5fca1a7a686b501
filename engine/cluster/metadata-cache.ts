/**
 * A broker's metadata cache (Kafka's `ZkMetadataCache`): what the controller last told it in
 * UpdateMetadata — live brokers, every partition's leader and ISR, topic ids. Clients' Metadata
 * requests are answered from it, so a broker the controller has not reached yet answers stale.
 */
import type {
  BrokerEndpoint,
  PartitionMetadata,
  PartitionState,
  TopicMetadata,
  UpdateMetadataRequest,
} from './protocol';

export class MetadataCache {
  controllerId = -1;
  controllerEpoch = -1;
  private liveBrokers = new Map<number, BrokerEndpoint>();
  private readonly partitions = new Map<string, Map<number, PartitionState>>();
  private readonly topicIds = new Map<string, string>();

  /** Applies an UpdateMetadata; a request from an older controller epoch is refused (false). */
  update(request: UpdateMetadataRequest): boolean {
    if (request.controllerEpoch < this.controllerEpoch) return false;
    this.controllerId = request.controllerId;
    this.controllerEpoch = request.controllerEpoch;
    this.liveBrokers = new Map(request.liveBrokers.map((b) => [b.id, b]));
    for (const topic of request.deletedTopics) {
      this.partitions.delete(topic);
      this.topicIds.delete(topic);
    }
    for (const { topic, topicId } of request.topicIds) this.topicIds.set(topic, topicId);
    for (const state of request.partitions) {
      let byPartition = this.partitions.get(state.topic);
      if (!byPartition) {
        byPartition = new Map();
        this.partitions.set(state.topic, byPartition);
      }
      byPartition.set(state.partition, state);
    }
    return true;
  }

  clear(): void {
    this.controllerId = -1;
    this.controllerEpoch = -1;
    this.liveBrokers.clear();
    this.partitions.clear();
    this.topicIds.clear();
  }

  isBrokerAlive(id: number): boolean {
    return this.liveBrokers.has(id);
  }

  aliveBrokers(): BrokerEndpoint[] {
    return [...this.liveBrokers.values()].sort((a, b) => a.id - b.id);
  }

  broker(id: number): BrokerEndpoint | undefined {
    return this.liveBrokers.get(id);
  }

  hasTopic(topic: string): boolean {
    return this.partitions.has(topic);
  }

  topics(): string[] {
    return [...this.partitions.keys()].sort();
  }

  partitionState(topic: string, partition: number): PartitionState | undefined {
    return this.partitions.get(topic)?.get(partition);
  }

  partitionCount(topic: string): number {
    return this.partitions.get(topic)?.size ?? 0;
  }

  topicId(topic: string): string {
    return this.topicIds.get(topic) ?? 'AAAAAAAAAAAAAAAAAAAAAA';
  }

  /** A Metadata response's topic entry (Kafka's `getTopicMetadata`). */
  topicMetadata(topic: string): TopicMetadata {
    const byPartition = this.partitions.get(topic);
    if (!byPartition) {
      return {
        name: topic,
        error: 'UNKNOWN_TOPIC_OR_PARTITION',
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        isInternal: false,
        partitions: [],
      };
    }
    const partitions: PartitionMetadata[] = [...byPartition.values()]
      .sort((a, b) => a.partition - b.partition)
      .map((s) => {
        const offlineReplicas = s.replicas.filter((id) => !this.liveBrokers.has(id));
        const leaderAlive = s.leader >= 0 && this.liveBrokers.has(s.leader);
        return {
          partition: s.partition,
          error: leaderAlive ? 'NONE' : 'LEADER_NOT_AVAILABLE',
          leader: leaderAlive ? s.leader : -1,
          leaderEpoch: s.leaderEpoch,
          replicas: s.replicas,
          isr: s.isr,
          offlineReplicas,
        };
      });
    return {
      name: topic,
      error: 'NONE',
      topicId: this.topicId(topic),
      isInternal: topic.startsWith('__'),
      partitions,
    };
  }
}
