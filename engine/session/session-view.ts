/**
 * Builds the flat view records (engine/view/types.ts) of a session, at most once per frame. Reads
 * in-memory numbers only (no file bytes). Records whose content cannot have changed are reused by
 * identity (events, znodes between ZooKeeper writes), so the worker's diff skips them cheaply.
 *
 * Segments are built only for the partitions the UI watches (the partition log view), so a 50-partition
 * cluster sends a few hundred records per frame, not thousands.
 */
import { buildClusterView } from '../cluster/cluster-view';
import type { Log } from '../log/log';
import { AUTO_PRODUCE_LINGER_MS } from '../view/auto-produce';
import { type ElectionKind, electionAvailability } from '../view/election-availability';
import {
  AUTO_PRODUCE_ID,
  brokerViewId,
  CLOCK_ID,
  type ClockRecord,
  INVARIANTS_ID,
  partitionViewId,
  replicaViewId,
  type SegmentRecord,
  segmentViewId,
  topicViewId,
  type ViewRecord,
  type ZnodeRecord,
  ZOOKEEPER_ID,
} from '../view/types';
import { describeSegments } from './segment-describe';
import {
  controllerEpochOf,
  eventRecord,
  groupRecords,
  messageRecords,
  type SessionViewCache,
  sendRecords,
  zooKeeperRecords,
} from './session-view-parts';

export { SessionViewCache } from './session-view-parts';

import type { Session } from './session';

/** What the host adds about playback (not part of the simulation). */
export type PlaybackView = Pick<
  ClockRecord,
  'historyEndMs' | 'commandCount' | 'playing' | 'speed' | 'busyUntilMs' | 'busyKind' | 'lagging'
>;

export interface SessionViewOptions {
  /** `topic-partition` keys whose replicas' segments to include. */
  readonly watched: ReadonlySet<string>;
  readonly playback: PlaybackView;
}

export function buildSessionView(
  session: Session,
  options: SessionViewOptions,
  cache: SessionViewCache,
): ViewRecord[] {
  const cluster = session.cluster;
  // Internal topics too (`__consumer_offsets`): brokers count their replicas, and so does the UI.
  const view = buildClusterView(cluster, { includeInternal: true, includeInFlight: false });
  const out: ViewRecord[] = [];
  out.push({
    kind: 'clock',
    id: CLOCK_ID,
    nowMs: cluster.nowMs,
    startMs: session.startMs,
    seed: session.options.seed,
    preset: session.options.preset,
    ...options.playback,
  });

  // Registration is what ZooKeeper holds: a killed broker's `/brokers/ids/<id>` stays until its session
  // expires (up to zookeeper.session.timeout.ms later), which is how the controller learns of the death.
  const zkTree = zooKeeperRecords(session, cache);
  const registered = registeredBrokers(zkTree);
  const brokerConfigs = new Map<number, { retentionCheckIntervalMs: number; nextRetentionCheckMs: number }>();
  for (const b of view.brokers) {
    const broker = cluster.brokers.get(b.id);
    const interval = cluster.brokerConfig(b.id).logManager.logRetentionCheckIntervalMs;
    const next = broker?.logManager?.state().nextRetentionCheckMs ?? -1;
    brokerConfigs.set(b.id, { retentionCheckIntervalMs: interval, nextRetentionCheckMs: next });
    out.push({
      kind: 'broker',
      id: brokerViewId(b.id),
      brokerId: b.id,
      status: b.status,
      lastStop: b.lastStop,
      isController: b.isController,
      registered: registered.has(b.id),
      slowMs: b.slowMs,
      leaderCount: b.leaderCount,
      replicaCount: b.replicaCount,
      diskBytes: b.diskBytes,
      retentionCheckIntervalMs: interval,
      nextRetentionCheckMs: b.status === 'stopped' ? -1 : next,
      metrics: { ...b.metrics },
      pageCacheHitBytes: b.pageCache.hitBytes,
      pageCacheMissBytes: b.pageCache.missBytes,
      pageCacheUsedBytes: b.pageCache.usedBytes,
      pageCacheBudgetBytes: b.pageCache.budgetBytes,
      configs: cluster.brokerConfig(b.id).explicit,
    });
  }

  const sessions = [...registered].sort((a, b) => a - b);
  out.push({
    kind: 'zookeeper',
    id: ZOOKEEPER_ID,
    isolated: cluster.network.isIsolated('zookeeper'),
    sessions,
    controllerEpoch: controllerEpochOf(zkTree),
    zxid: cluster.zk.lastZxid,
  });
  for (const z of zkTree) out.push(z);

  const live = registered;
  for (const t of view.topics) {
    out.push({
      kind: 'topic',
      id: topicViewId(t.name),
      name: t.name,
      topicId: t.topicId,
      internal: t.internal,
      partitionCount: t.partitionCount,
      replicationFactor: t.replicationFactor,
      markedForDeletion: false,
      configs: cluster.topicOverrides(t.name),
      minInsyncReplicas: cluster.minInsyncReplicas(t.name),
      uncleanLeaderElectionEnable: cluster.uncleanLeaderElectionEnable(t.name),
    });
  }

  for (const p of view.partitions) {
    const key = `${p.topic}-${p.partition}`;
    const leaderState = p.replicaStates.find((r) => r.broker === p.leader && r.role === 'leader');
    out.push({
      kind: 'partition',
      id: partitionViewId(p.topic, p.partition),
      topic: p.topic,
      partition: p.partition,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicas: p.replicas,
      isr: p.isr,
      outOfSync: p.outOfSync,
      underReplicated: p.underReplicated,
      offline: p.offline,
      logStartOffset: leaderState?.logStartOffset ?? -1,
      logEndOffset: leaderState?.logEndOffset ?? -1,
      highWatermark: leaderState?.highWatermark ?? -1,
      preferredElectionBlocked: electionBlocked(p, live, 'PREFERRED'),
      uncleanElectionBlocked: electionBlocked(p, live, 'UNCLEAN'),
    });
    for (const r of p.replicaStates) {
      const log = cluster.brokers.get(r.broker)?.logs.get(key);
      out.push({
        kind: 'replica',
        id: replicaViewId(p.topic, p.partition, r.broker),
        topic: p.topic,
        partition: p.partition,
        brokerId: r.broker,
        role: r.role,
        // The controller's ISR (ZooKeeper), not the broker's own copy: a follower learns it was added
        // only with the next LeaderAndIsr, and the drawing should show what the cluster decided.
        inIsr: p.isr.includes(r.broker),
        logStartOffset: r.logStartOffset,
        logEndOffset: r.logEndOffset,
        highWatermark: r.highWatermark,
        segmentCount: r.segmentCount,
        sizeBytes: r.sizeBytes,
        lagMs: r.lagMs,
        replicaLagTimeMaxMs: replicaLagTimeMaxMs(cluster, r.broker),
        epochStarts: log && r.role !== 'offline' ? flattenEpochs(log) : [],
      });
      if (options.watched.has(key) && log && r.role !== 'offline') {
        for (const s of describeSegments(log)) out.push(segmentRecord(r.broker, p.topic, p.partition, s));
      }
    }
  }

  groupRecords(session, view, out);
  for (const e of session.notable.recent()) out.push(eventRecord(e, cache));
  messageRecords(session, out);
  sendRecords(session, out);

  const auto = session.autoProducer;
  auto.settle();
  out.push({
    kind: 'autoProduce',
    id: AUTO_PRODUCE_ID,
    topic: auto.topic,
    ratePerSec: auto.ratePerSec,
    distribution: auto.distribution,
    acks: auto.acks,
    lingerMs: AUTO_PRODUCE_LINGER_MS,
    sent: auto.sent,
    acknowledged: auto.acknowledged,
    failed: auto.failed,
  });

  out.push({
    kind: 'invariants',
    id: INVARIANTS_ID,
    acknowledgedButLost: view.acknowledgedButLost,
    keyOrderViolations: view.keyOrderViolations,
    underReplicatedPartitions: view.underReplicatedPartitions,
    offlinePartitions: view.offlinePartitions,
    activeControllerCount: view.controllerId >= 0 ? 1 : 0,
    offlinePartitionsCount: view.offlinePartitionsCount,
    controllerId: view.controllerId,
  });
  for (const lost of view.lostRanges) {
    const dash = lost.topicPartition.lastIndexOf('-');
    out.push({
      kind: 'lost',
      id: `lost:${lost.topicPartition}:${lost.fromOffset}`,
      topic: lost.topicPartition.slice(0, dash),
      partition: Number(lost.topicPartition.slice(dash + 1)),
      fromOffset: lost.fromOffset,
      toOffset: lost.toOffset,
    });
  }
  return out;
}

function replicaLagTimeMaxMs(cluster: Session['cluster'], brokerId: number): number {
  return cluster.brokerConfig(brokerId).replicaLagTimeMaxMs;
}

function flattenEpochs(log: Log): number[] {
  const out: number[] = [];
  for (const e of log.leaderEpochEntries()) out.push(e.epoch, e.startOffset);
  return out;
}

/**
 * The brokers the controller counts as live: those with a `/brokers/ids/<id>` znode. A killed broker
 * keeps its znode until its ZooKeeper session expires, and until then the controller answers an
 * ElectLeaders request as if it were alive.
 */
function registeredBrokers(znodes: readonly ZnodeRecord[]): Set<number> {
  const prefix = '/brokers/ids/';
  const out = new Set<number>();
  for (const z of znodes) if (z.path.startsWith(prefix)) out.add(Number(z.path.slice(prefix.length)));
  return out;
}

function electionBlocked(
  p: { readonly leader: number; readonly replicas: readonly number[]; readonly isr: readonly number[] },
  live: ReadonlySet<number>,
  type: ElectionKind,
): string | null {
  const availability = electionAvailability(p, live, type);
  return availability.available ? null : availability.reason;
}

function segmentRecord(
  brokerId: number,
  topic: string,
  partition: number,
  s: ReturnType<typeof describeSegments>[number],
): SegmentRecord {
  return {
    kind: 'segment',
    id: segmentViewId(brokerId, topic, partition, s.baseOffset, s.deleted),
    replicaId: replicaViewId(topic, partition, brokerId),
    topic,
    partition,
    brokerId,
    ...s,
  };
}
