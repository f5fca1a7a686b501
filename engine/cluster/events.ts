/**
 * The cluster's typed event stream: everything a teacher would point at, each event carrying the
 * numbers that explain it (why a replica left the ISR, how a leader was chosen, which rule deleted a
 * segment). The timeline, the "what just happened" panel and lesson captions read it.
 */
import type { RollReason, SegmentDeletionReason } from '../log';
import type { TopicPartition } from './protocol';

export type ElectionReason =
  /** A new partition: the first live replica of the assignment (§5.9). */
  | 'new-partition'
  /** The leader was lost: the first live ISR member in assignment order. */
  | 'clean'
  /** No ISR member alive and `unclean.leader.election.enable=true`: the first live replica. */
  | 'unclean'
  | 'preferred'
  /** The leader's broker came back and the partition had none. */
  | 'offline-recovered';

export type ClusterEventBody =
  | { type: 'broker-started'; broker: number }
  | { type: 'broker-stopped'; broker: number; how: 'kill' | 'power-off' }
  | { type: 'broker-registered'; broker: number; sessionId: string }
  | {
      type: 'broker-expired';
      broker: number;
      sessionId: string;
      lastHeardMs: number;
      sessionTimeoutMs: number;
    }
  | { type: 'controller-changed'; controllerId: number; controllerEpoch: number; previous: number }
  | { type: 'topic-created'; topic: string; partitions: number; replicationFactor: number }
  | { type: 'topic-deleted'; topic: string }
  | { type: 'partitions-added'; topic: string; from: number; to: number }
  | {
      type: 'leader-elected';
      topic: string;
      partition: number;
      leader: number;
      previousLeader: number;
      leaderEpoch: number;
      isr: number[];
      reason: ElectionReason;
    }
  | { type: 'partition-offline'; topic: string; partition: number; isr: number[]; leaderEpoch: number }
  | {
      type: 'isr-shrunk';
      topic: string;
      partition: number;
      leader: number;
      from: number[];
      to: number[];
      /** Why each removed replica left: lag behind the leader, or its broker died. */
      removed: Array<{ broker: number; lagMs: number | null }>;
      replicaLagTimeMaxMs: number;
      cause: 'lag' | 'broker-failure';
    }
  | {
      type: 'isr-expanded';
      topic: string;
      partition: number;
      leader: number;
      from: number[];
      to: number[];
      added: number;
    }
  | {
      type: 'records-appended';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      lastOffset: number;
      leaderEpoch: number;
      origin: 'leader' | 'follower';
    }
  | {
      type: 'follower-fetched';
      broker: number;
      leader: number;
      topic: string;
      partition: number;
      fetchOffset: number;
      records: number;
    }
  | {
      type: 'high-watermark-advanced';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
    }
  | {
      type: 'log-truncated';
      broker: number;
      topic: string;
      partition: number;
      fromLogEndOffset: number;
      toOffset: number;
      cause: 'diverging-epoch' | 'above-leader-end' | 'power-loss';
    }
  | {
      type: 'segment-rolled';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      reason: RollReason | 'retention';
    }
  | {
      type: 'segment-deleted';
      broker: number;
      topic: string;
      partition: number;
      baseOffset: number;
      sizeInBytes: number;
      reason: SegmentDeletionReason;
    }
  | {
      type: 'segments-compacted';
      broker: number;
      topic: string;
      partition: number;
      recordsBefore: number;
      recordsAfter: number;
    }
  | {
      type: 'log-start-offset-advanced';
      broker: number;
      topic: string;
      partition: number;
      from: number;
      to: number;
    }
  | {
      type: 'produce-acked';
      clientId: string;
      topic: string;
      partition: number;
      baseOffset: number;
      records: number;
      acks: 0 | 1 | -1;
    }
  | {
      type: 'produce-failed';
      clientId: string;
      topic: string;
      partition: number;
      records: number;
      error: string;
      message: string;
      willRetry: boolean;
    }
  | {
      type: 'group-rebalanced';
      groupId: string;
      generationId: number;
      protocol: string;
      leader: string;
      assignments: Array<{ memberId: string; partitions: TopicPartition[] }>;
    }
  | { type: 'group-state-changed'; groupId: string; from: string; to: string; reason: string }
  | { type: 'member-joined'; groupId: string; memberId: string }
  | { type: 'member-left'; groupId: string; memberId: string; reason: 'leave' | 'session-timeout' }
  | { type: 'offset-committed'; groupId: string; topic: string; partition: number; offset: number }
  | {
      type: 'offset-reset';
      clientId: string;
      topic: string;
      partition: number;
      from: number | null;
      to: number;
      policy: string;
      cause: 'OFFSET_OUT_OF_RANGE' | 'no-committed-offset';
    }
  | { type: 'message-lost'; from: string; to: string; api: string; reason: 'isolated' | 'dropped' }
  | {
      type: 'acknowledged-records-lost';
      topic: string;
      partition: number;
      /** The acknowledged offsets no replica holds any more (first..last inclusive). */
      fromOffset: number;
      toOffset: number;
      count: number;
    };

export type ClusterEvent = ClusterEventBody & { readonly atMs: number; readonly seq: number };

export type EmitEvent = (event: ClusterEventBody) => void;
