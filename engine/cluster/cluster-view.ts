/**
 * Builds the view model from the live cluster: one pass over brokers and their partitions, reading
 * only in-memory numbers (no log reads), so it stays cheap enough to run every frame (see
 * `cluster.bench.ts`: 9 brokers × 50 partitions × RF 3).
 */
import type {
  ClusterBrokerView,
  ClusterPartitionView,
  ClusterReplicaView,
  ClusterTopicView,
  ClusterView,
  InFlightMessageView,
} from '../view/cluster-types';
import { brokerMetricsView, pageCacheView } from './broker-metrics';
import type { Cluster } from './cluster';
import type { Partition } from './partition';

export function buildClusterView(
  cluster: Cluster,
  options: { includeInternal?: boolean; includeInFlight?: boolean } = {},
): ClusterView {
  const includeInternal = options.includeInternal ?? false;
  // The UI's session view builds its own message records (with summaries): it skips these.
  const includeInFlight = options.includeInFlight ?? true;
  const controllerId = cluster.controllerId();
  const brokers: ClusterBrokerView[] = [];
  // Replica state per partition key, gathered broker by broker.
  const replicasByPartition = new Map<string, ClusterReplicaView[]>();
  const leaderPartition = new Map<string, Partition>();
  const zk = cluster.metadataView;
  const live = zk.liveBrokers();
  const offlinePartitionsCount = countOfflinePartitions(cluster, live);
  for (const broker of cluster.brokers.values()) {
    let leaderCount = 0;
    let diskBytes = 0;
    for (const log of broker.logs.values()) diskBytes += log.size;
    for (const partition of broker.partitions.values()) {
      if (!includeInternal && partition.topic.startsWith('__')) continue;
      const isLeader = partition.isLeader();
      if (isLeader) {
        leaderCount++;
        leaderPartition.set(partition.key, partition);
      }
      const log = partition.log;
      const replica: ClusterReplicaView = {
        broker: broker.id,
        role: isLeader ? 'leader' : 'follower',
        inIsr: partition.isr.includes(broker.id),
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        highWatermark: log.highWatermark,
        segmentCount: log.segments.length,
        sizeBytes: log.size,
        lagMs: null,
      };
      let list = replicasByPartition.get(partition.key);
      if (!list) {
        list = [];
        replicasByPartition.set(partition.key, list);
      }
      list.push(replica);
    }
    brokers.push({
      id: broker.id,
      status: !broker.isUp() ? 'stopped' : cluster.network.isIsolated(broker.nodeId) ? 'isolated' : 'running',
      lastStop: broker.lastStop,
      isController: broker.id === controllerId,
      registered: broker.zkSessionId !== null && broker.isUp(),
      slowMs: cluster.network.extraDelay(broker.nodeId),
      leaderCount,
      replicaCount: broker.partitions.size,
      diskBytes,
      metrics: brokerMetricsView(
        broker,
        broker.isUp() && cluster.controllers.get(broker.id)?.active === true,
        offlinePartitionsCount,
      ),
      pageCache: pageCacheView(broker.pageCache),
    });
  }
  const partitions: ClusterPartitionView[] = [];
  const topics: ClusterTopicView[] = [];
  for (const topic of cluster.admin.topicNames()) {
    if (!includeInternal && topic.startsWith('__')) continue;
    const zkPartitions = zk.partitions(topic);
    let replicationFactor = 0;
    for (const { partition: p, replicas, state } of zkPartitions) {
      replicationFactor = Math.max(replicationFactor, replicas.length);
      const key = `${topic}-${p}`;
      const leader = leaderPartition.get(key);
      const states = (replicasByPartition.get(key) ?? []).map((r) =>
        leader && r.role === 'follower' ? { ...r, lagMs: leader.lagMs(r.broker) } : r,
      );
      const isr = state?.isr ?? [];
      for (const id of replicas) {
        if (states.some((r) => r.broker === id)) continue;
        states.push(offlineReplica(id, isr.includes(id)));
      }
      const offline = !state || state.leader < 0 || !live.has(state.leader);
      partitions.push({
        topic,
        partition: p,
        leader: offline ? -1 : (state?.leader ?? -1),
        leaderEpoch: state?.leaderEpoch ?? -1,
        replicas,
        isr,
        outOfSync: replicas.filter((id) => !isr.includes(id)),
        underReplicated: isr.length < replicas.length,
        offline,
        replicaStates: states,
      });
    }
    topics.push({
      name: topic,
      topicId: cluster.admin.topicId(topic),
      internal: topic.startsWith('__'),
      partitionCount: zkPartitions.length,
      replicationFactor,
    });
  }
  const inFlight: InFlightMessageView[] = (includeInFlight ? cluster.network.inFlight() : []).map((m) => ({
    id: m.id,
    from: m.from,
    to: m.to,
    sendMs: m.sendMs,
    recvMs: m.recvMs,
    api: m.body.kind === 'zk' ? m.body.body.type : m.body.body.api,
    kind: m.body.kind,
    lost: m.lost,
  }));
  const groups = cluster.listGroups().flatMap((groupId) => {
    const g = cluster.describeGroup(groupId);
    if (!g) return [];
    return [
      {
        groupId,
        state: g.state,
        generationId: g.generationId,
        protocol: g.protocol,
        coordinator: g.coordinator.id,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          clientId: m.clientId,
          partitions: m.assignment.map((tp) => `${tp.topic}-${tp.partition}`),
        })),
        offsets: g.offsets.map((o) => {
          const key = `${o.topic}-${o.partition}`;
          const leader = leaderPartition.get(key) ?? cluster.admin.leaderBroker(o)?.partitions.get(key);
          return {
            topicPartition: key,
            offset: o.offset,
            lag: leader ? leader.log.highWatermark - o.offset : null,
          };
        }),
      },
    ];
  });
  return {
    nowMs: cluster.nowMs,
    seed: cluster.seed,
    controllerId,
    brokers,
    topics,
    partitions,
    groups,
    inFlight,
    underReplicatedPartitions: partitions.filter((p) => p.underReplicated).length,
    offlinePartitions: partitions.filter((p) => p.offline).length,
    acknowledgedButLost: cluster.ackLedger.lostCount(),
    lostRanges: cluster.ackLedger.lostRanges(),
    offlinePartitionsCount: controllerId >= 0 ? offlinePartitionsCount : 0,
    keyOrderViolations: cluster.keyOrderLedger.violationCount(),
    recentKeyOrderViolations: [...cluster.keyOrderLedger.recentViolations()],
  };
}

/**
 * The controller's OfflinePartitionsCount: partitions of every topic, internal ones included, with no
 * live leader in what the controller wrote to ZooKeeper.
 */
function countOfflinePartitions(cluster: Cluster, live: ReadonlySet<number>): number {
  let count = 0;
  for (const topic of cluster.admin.topicNames())
    for (const { state } of cluster.metadataView.partitions(topic))
      if (!state || state.leader < 0 || !live.has(state.leader)) count++;
  return count;
}

function offlineReplica(broker: number, inIsr: boolean): ClusterReplicaView {
  return {
    broker,
    role: 'offline',
    inIsr,
    logStartOffset: -1,
    logEndOffset: -1,
    highWatermark: -1,
    segmentCount: 0,
    sizeBytes: 0,
    lagMs: null,
  };
}
