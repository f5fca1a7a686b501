/**
 * A log's own events (log/log-events.ts) as cluster events, stamped with the broker and partition.
 */
import type { LogEvent } from '../log';
import type { ClusterEventBody } from './events';
import type { Partition } from './partition';
import type { PartitionState } from './protocol';

export function stateOf(partition: Partition): PartitionState {
  return {
    topic: partition.topic,
    partition: partition.partition,
    controllerEpoch: -1,
    leader: partition.leaderId,
    leaderEpoch: partition.leaderEpoch,
    isr: partition.isr,
    partitionEpoch: partition.partitionEpoch,
    replicas: partition.replicas,
    leaderRecoveryState: 0,
  };
}

export function translateLogEvent(
  event: LogEvent,
  broker: number,
  topic: string,
  partition: number,
): ClusterEventBody | null {
  const at = { broker, topic, partition };
  switch (event.type) {
    case 'segment-rolled':
      return { type: 'segment-rolled' as const, ...at, baseOffset: event.baseOffset, reason: event.reason };
    case 'segment-deleted':
      return {
        type: 'segment-deleted' as const,
        ...at,
        baseOffset: event.baseOffset,
        sizeInBytes: event.sizeInBytes,
        reason: event.reason,
      };
    case 'segments-compacted':
      return {
        type: 'segments-compacted' as const,
        ...at,
        recordsBefore: event.recordsBefore,
        recordsAfter: event.recordsAfter,
      };
    case 'log-start-offset-advanced':
      return { type: 'log-start-offset-advanced' as const, ...at, from: event.from, to: event.to };
    default:
      return null;
  }
}
