/**
 * The metadata as ZooKeeper holds it — the truth in ZooKeeper mode, whatever any broker's cache says —
 * for the view model: every topic's assignment and every partition's leader, epoch and ISR, with
 * `/brokers/ids` for liveness. Decoded znodes are cached by their `mzxid`, so a frame re-reads JSON
 * only for what changed.
 */
import {
  BROKER_IDS_PATH,
  decodePartitionState,
  decodeTopicAssignment,
  type PartitionState,
  partitionStatePath,
  type TopicAssignment,
  topicPath,
  type ZooKeeperServer,
} from './zookeeper';

export interface ZkPartitionView {
  readonly partition: number;
  readonly replicas: readonly number[];
  /** Null before the controller has written the state znode. */
  readonly state: PartitionState | null;
}

export class ZkMetadataView {
  private readonly cache = new Map<string, { mzxid: number; value: unknown }>();

  constructor(private readonly zk: ZooKeeperServer) {}

  liveBrokers(): Set<number> {
    return new Set(this.zk.getChildren(BROKER_IDS_PATH).map(Number));
  }

  partitions(topic: string): ZkPartitionView[] {
    const assignment = this.read(topicPath(topic), decodeTopicAssignment) as TopicAssignment | null;
    if (!assignment) return [];
    return [...assignment.partitions].map(([partition, replicas]) => ({
      partition,
      replicas,
      state: this.read(partitionStatePath(topic, partition), decodePartitionState) as PartitionState | null,
    }));
  }

  private read<T>(path: string, decode: (json: string | null) => T): T | null {
    const stat = this.zk.exists(path);
    if (!stat) return null;
    const hit = this.cache.get(path);
    if (hit && hit.mzxid === stat.mzxid) return hit.value as T;
    const value = decode(this.zk.getData(path).data);
    this.cache.set(path, { mzxid: stat.mzxid, value });
    return value;
  }
}
