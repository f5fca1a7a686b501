/** Builders of view records for the log views' unit tests. */
import type { ReplicaRecord, SegmentRecord } from '../../../engine/view/types';
import { replicaViewId, segmentViewId } from '../../../engine/view/types';

export function segment(
  baseOffset: number,
  nextOffset: number,
  extra: Partial<SegmentRecord> & { brokerId?: number; topic?: string; partition?: number } = {},
): SegmentRecord {
  const brokerId = extra.brokerId ?? 1;
  const topic = extra.topic ?? 'orders';
  const partition = extra.partition ?? 0;
  const deleted = extra.deleted ?? false;
  return {
    kind: 'segment',
    id: segmentViewId(brokerId, topic, partition, baseOffset),
    replicaId: replicaViewId(topic, partition, brokerId),
    topic,
    partition,
    brokerId,
    fileName: `${String(baseOffset).padStart(20, '0')}.log${deleted ? '.deleted' : ''}`,
    baseOffset,
    nextOffset,
    sizeBytes: (nextOffset - baseOffset) * 80,
    recordCount: nextOffset - baseOffset,
    active: false,
    deleted,
    indexBytes: 0,
    timeIndexBytes: 0,
    largestTimestampMs: -1,
    createdMs: 0,
    ...extra,
  };
}

export function replica(brokerId: number, extra: Partial<ReplicaRecord> = {}): ReplicaRecord {
  const topic = extra.topic ?? 'orders';
  const partition = extra.partition ?? 0;
  return {
    kind: 'replica',
    id: replicaViewId(topic, partition, brokerId),
    topic,
    partition,
    brokerId,
    role: 'follower',
    inIsr: true,
    logStartOffset: 0,
    logEndOffset: 0,
    highWatermark: 0,
    segmentCount: 1,
    sizeBytes: 0,
    lagMs: 0,
    replicaLagTimeMaxMs: 30_000,
    epochStarts: [0, 0],
    ...extra,
  };
}
