/**
 * A broker's metrics as Kafka reports them over JMX (`kafka.server:type=BrokerTopicMetrics`,
 * `type=ReplicaManager`, `kafka.controller:type=KafkaController`), for the metrics table, the charts and
 * the invariant badges. Counters move only on engine events — an append, a fetch read, an accepted ISR
 * change — so a replay gives the same numbers.
 *
 * Our counter → Kafka's name (the meter's `Count` attribute; the UI shows Kafka's name):
 *   bytesInTotal → BytesInPerSec, messagesInTotal → MessagesInPerSec, bytesOutTotal → BytesOutPerSec,
 *   replicationBytesInTotal → ReplicationBytesInPerSec, replicationBytesOutTotal →
 *   ReplicationBytesOutPerSec, isrShrinksTotal → IsrShrinksPerSec, isrExpandsTotal → IsrExpandsPerSec,
 *   failedIsrUpdatesTotal → FailedIsrUpdatesPerSec.
 * Gauges (UnderReplicatedPartitions, LeaderCount, PartitionCount, ActiveControllerCount,
 * OfflinePartitionsCount) are read from the broker's state when the view is built.
 *
 * As in Kafka, the counters belong to the process: a restarted broker counts from 0 again. The page
 * cache model belongs to the machine (`page-cache-model.ts`) and is fed from the same two hooks.
 */
import type { Log, LogEvent, LogReadResult } from '../log';
import type { BrokerMetricsView, PageCacheView } from '../view/cluster-types';
import type { PageCacheModel } from './page-cache-model';
import type { Partition } from './partition';

export class BrokerMetrics {
  /** Bytes appended as leader (producers, the group coordinator). */
  bytesInTotal = 0;
  /** Records appended as leader. */
  messagesInTotal = 0;
  /** Record bytes in Fetch responses to consumers. */
  bytesOutTotal = 0;
  /** Bytes appended as follower. */
  replicationBytesInTotal = 0;
  /** Record bytes in Fetch responses to followers. */
  replicationBytesOutTotal = 0;
  /** ISR shrinks this broker made as leader (Kafka marks them when the AlterPartition is accepted). */
  isrShrinksTotal = 0;
  isrExpandsTotal = 0;
  /** AlterPartition answers refusing the change, or finding the partition moved on. */
  failedIsrUpdatesTotal = 0;

  /** A new process: every meter starts at 0. */
  reset(): void {
    this.bytesInTotal = 0;
    this.messagesInTotal = 0;
    this.bytesOutTotal = 0;
    this.replicationBytesInTotal = 0;
    this.replicationBytesOutTotal = 0;
    this.isrShrinksTotal = 0;
    this.isrExpandsTotal = 0;
    this.failedIsrUpdatesTotal = 0;
  }
}

/**
 * What a log reported since the broker last published its events: appends (bytes in, the page cache
 * fills), deleted segments and truncations (their pages are freed). Called once per publish — once per
 * append — with the few events of that moment.
 */
export function observeLogEvents(
  metrics: BrokerMetrics,
  pageCache: PageCacheModel,
  log: Log,
  events: readonly LogEvent[],
): void {
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LogEvent;
    switch (event.type) {
      case 'records-appended': {
        if (event.origin === 'leader') {
          metrics.bytesInTotal += event.sizeInBytes;
          metrics.messagesInTotal += event.lastOffset - event.baseOffset + 1;
        } else {
          metrics.replicationBytesInTotal += event.sizeInBytes;
        }
        const position = appendPosition(log, events, i);
        if (position >= 0) pageCache.written(log.name, event.segmentBaseOffset, position, event.sizeInBytes);
        break;
      }
      case 'segment-deleted':
        pageCache.segmentDeleted(log.name, event.baseOffset);
        break;
      case 'truncated':
        if (event.fully) pageCache.logDeleted(log.name);
        else pageCache.segmentTruncated(log.name, log.activeSegment.baseOffset, log.activeSegment.size);
        break;
      default:
        break;
    }
  }
}

/**
 * Where the append `events[index]` starts in its segment file: appends go to the file's end, so it is
 * the file's size less this append and any later ones to the same segment in `events`. −1 when the
 * segment is gone already.
 */
function appendPosition(log: Log, events: readonly LogEvent[], index: number): number {
  const event = events[index] as Extract<LogEvent, { type: 'records-appended' }>;
  const active = log.activeSegment;
  const segment =
    active.baseOffset === event.segmentBaseOffset
      ? active
      : log.segments.find((s) => s.baseOffset === event.segmentBaseOffset);
  if (!segment) return -1;
  let end = segment.size;
  for (let j = index + 1; j < events.length; j++) {
    const later = events[j] as LogEvent;
    if (later.type === 'records-appended' && later.segmentBaseOffset === event.segmentBaseOffset)
      end -= later.sizeInBytes;
  }
  return Math.max(0, end - event.sizeInBytes);
}

/** A Fetch read `read` from `partition`'s log for a consumer or a follower (bytes out, a cache access). */
export function observeFetchRead(
  metrics: BrokerMetrics,
  pageCache: PageCacheModel,
  partition: Partition,
  fromFollower: boolean,
  read: LogReadResult,
): void {
  const bytes = read.records.length;
  const first = read.batches[0];
  if (bytes === 0 || !first) return;
  if (fromFollower) metrics.replicationBytesOutTotal += bytes;
  else metrics.bytesOutTotal += bytes;
  pageCache.read(partition.log.name, first.segmentBaseOffset, first.position, bytes);
}

/** What the metrics view needs of a broker. */
export interface MetricsSource {
  readonly metrics: BrokerMetrics;
  readonly pageCache: PageCacheModel;
  readonly partitions: ReadonlyMap<string, Partition>;
}

/**
 * The broker's metrics by Kafka's names. `isActiveController` and `offlinePartitionsCount` come from
 * the controller (the latter only reported on the active controller, as Kafka's gauge is).
 */
export function brokerMetricsView(
  broker: MetricsSource,
  isActiveController: boolean,
  offlinePartitionsCount: number,
): BrokerMetricsView {
  let leaderCount = 0;
  let underReplicated = 0;
  for (const partition of broker.partitions.values()) {
    if (!partition.isLeader()) continue;
    leaderCount++;
    if (partition.isr.length < partition.replicas.length) underReplicated++;
  }
  const m = broker.metrics;
  return {
    BytesInPerSec: m.bytesInTotal,
    MessagesInPerSec: m.messagesInTotal,
    BytesOutPerSec: m.bytesOutTotal,
    ReplicationBytesInPerSec: m.replicationBytesInTotal,
    ReplicationBytesOutPerSec: m.replicationBytesOutTotal,
    IsrShrinksPerSec: m.isrShrinksTotal,
    IsrExpandsPerSec: m.isrExpandsTotal,
    FailedIsrUpdatesPerSec: m.failedIsrUpdatesTotal,
    UnderReplicatedPartitions: underReplicated,
    LeaderCount: leaderCount,
    PartitionCount: broker.partitions.size,
    ActiveControllerCount: isActiveController ? 1 : 0,
    OfflinePartitionsCount: isActiveController ? offlinePartitionsCount : 0,
  };
}

export function pageCacheView(pageCache: PageCacheModel): PageCacheView {
  const c = pageCache.counters();
  return { hitBytes: c.hitBytes, missBytes: c.missBytes, usedBytes: c.usedBytes, budgetBytes: c.budgetBytes };
}
