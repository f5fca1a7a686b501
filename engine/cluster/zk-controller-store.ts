/**
 * The controller's metadata store in ZooKeeper mode: the znodes of §9.1 read and written through the
 * controller broker's ZooKeeper session. When that broker cannot reach ZooKeeper every call throws,
 * and the controller can do nothing until it reconnects (or loses its session and resigns).
 */
import type { ControllerStore, StoredPartitionState, StoredTopic } from './controller-store';
import { MetadataStoreUnavailable } from './controller-store';
import {
  BROKER_IDS_PATH,
  DELETE_TOPICS_PATH,
  decodePartitionState,
  decodeTopicAssignment,
  deleteTopicPath,
  partitionStateJson,
  partitionStatePath,
  TOPICS_PATH,
  topicConfigPath,
  topicPath,
} from './zookeeper';
import { KeeperException } from './zookeeper/keeper-exception';
import type { ZooKeeperServer } from './zookeeper/zookeeper';

export class ZkControllerStore implements ControllerStore {
  constructor(
    private readonly zk: ZooKeeperServer,
    private readonly connected: () => boolean,
    private readonly nowMs: () => number,
  ) {}

  private server(): ZooKeeperServer {
    if (!this.connected()) throw new MetadataStoreUnavailable();
    return this.zk;
  }

  liveBrokerIds(): number[] {
    return this.server()
      .getChildren(BROKER_IDS_PATH)
      .map(Number)
      .sort((a, b) => a - b);
  }

  topics(): StoredTopic[] {
    return this.server()
      .getChildren(TOPICS_PATH)
      .sort()
      .map((name) => this.topic(name))
      .filter((t): t is StoredTopic => t !== undefined);
  }

  topic(name: string): StoredTopic | undefined {
    const zk = this.server();
    if (!zk.exists(topicPath(name))) return undefined;
    const decoded = decodeTopicAssignment(zk.getData(topicPath(name)).data);
    const assignment: number[][] = [];
    for (const [partition, replicas] of decoded.partitions) assignment[partition] = [...replicas];
    return { name, topicId: decoded.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAA', assignment };
  }

  partitionState(topic: string, partition: number): StoredPartitionState | undefined {
    const zk = this.server();
    const path = partitionStatePath(topic, partition);
    if (!zk.exists(path)) return undefined;
    const { data, stat } = zk.getData(path);
    const state = decodePartitionState(data);
    return { ...state, isr: [...state.isr], version: stat.version };
  }

  createPartitionState(
    topic: string,
    partition: number,
    state: Omit<StoredPartitionState, 'version'>,
  ): number {
    const zk = this.server();
    const path = partitionStatePath(topic, partition);
    if (zk.exists(path)) return zk.setData(path, partitionStateJson(state), -1, this.nowMs()).version;
    zk.createRecursive(path, partitionStateJson(state), this.nowMs());
    return 0;
  }

  updatePartitionState(
    topic: string,
    partition: number,
    state: Omit<StoredPartitionState, 'version'>,
    expectedVersion: number,
  ): number | null {
    const zk = this.server();
    try {
      return zk.setData(
        partitionStatePath(topic, partition),
        partitionStateJson(state),
        expectedVersion,
        this.nowMs(),
      ).version;
    } catch (e) {
      if (e instanceof KeeperException) return null;
      throw e;
    }
  }

  topicsMarkedForDeletion(): string[] {
    return this.server().getChildren(DELETE_TOPICS_PATH).sort();
  }

  completeTopicDeletion(topic: string): void {
    const zk = this.server();
    const nowMs = this.nowMs();
    zk.deleteRecursive(topicPath(topic), nowMs);
    zk.deleteRecursive(topicConfigPath(topic), nowMs);
    zk.deleteRecursive(deleteTopicPath(topic), nowMs);
  }
}
