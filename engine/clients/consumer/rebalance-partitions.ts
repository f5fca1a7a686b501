/**
 * What a rebalance does to the consumer's own partitions (Kafka's `ConsumerCoordinator.onJoinPrepare`
 * and `onJoinComplete`): revoke before rejoining — all of them (eager), only those of topics no longer
 * subscribed (cooperative), or all as lost when the generation was reset — then take the new assignment.
 */
import type { TopicPartition } from '../../cluster/protocol';
import type { SubscriptionState } from './subscription-state';

/** Revokes before a JoinGroup; returns whether any partition was taken away. */
export function revokeBeforeRejoin(
  subscriptions: SubscriptionState,
  options: { readonly cooperative: boolean; readonly generationValid: boolean },
): boolean {
  const owned = subscriptions.assignedPartitions();
  let keep: TopicPartition[] = [];
  if (options.generationValid && options.cooperative) {
    const topics = new Set(subscriptions.subscription);
    keep = owned.filter((tp) => topics.has(tp.topic));
  }
  if (keep.length === owned.length) return false;
  subscriptions.assignFromSubscribed(keep);
  return true;
}

export interface AssignmentOutcome {
  /** The assignment names a topic this member no longer subscribes to: rejoin instead. */
  readonly mismatch: boolean;
  /** Owned partitions the new assignment leaves out. */
  readonly revoked: number;
}

/** Takes the SyncGroup assignment; partitions kept keep their positions. */
export function applyAssignment(
  subscriptions: SubscriptionState,
  assigned: readonly TopicPartition[],
): AssignmentOutcome {
  const topics = new Set(subscriptions.subscription);
  if (assigned.some((tp) => !topics.has(tp.topic))) return { mismatch: true, revoked: 0 };
  const keys = new Set(assigned.map((tp) => `${tp.topic}-${tp.partition}`));
  const revoked = subscriptions.assignedPartitions().filter((tp) => !keys.has(`${tp.topic}-${tp.partition}`));
  subscriptions.assignFromSubscribed(assigned);
  return { mismatch: false, revoked: revoked.length };
}
