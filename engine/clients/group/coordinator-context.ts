/**
 * What the group coordinator (which lives inside a broker) needs of that broker: time and timers, the
 * `__consumer_offsets` partitions it leads, and the event stream.
 */

import type { ErrorName } from '../../cluster/errors';
import type { EmitEvent } from '../../cluster/events';
import type { AppendRecord } from '../../log';
import type { Timer } from '../../sim/scheduler';

export interface GroupCoordinatorConfig {
  /** `group.initial.rebalance.delay.ms`. */
  readonly groupInitialRebalanceDelayMs: number;
  /** `group.min.session.timeout.ms`. */
  readonly groupMinSessionTimeoutMs: number;
  /** `group.max.session.timeout.ms`. */
  readonly groupMaxSessionTimeoutMs: number;
  /** `offsets.topic.num.partitions`. */
  readonly offsetsTopicNumPartitions: number;
  /** `offsets.retention.minutes`. */
  readonly offsetsRetentionMinutes: number;
  /** `offsets.retention.check.interval.ms`. */
  readonly offsetsRetentionCheckIntervalMs: number;
}

export const DEFAULT_GROUP_COORDINATOR_CONFIG: GroupCoordinatorConfig = Object.freeze({
  groupInitialRebalanceDelayMs: 3000,
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  offsetsTopicNumPartitions: 50,
  offsetsRetentionMinutes: 10_080,
  offsetsRetentionCheckIntervalMs: 600_000,
});

export interface CoordinatorContext {
  readonly brokerId: number;
  readonly host: string;
  readonly port: number;
  readonly config: GroupCoordinatorConfig;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  /**
   * Appends records to `__consumer_offsets-<partition>` as its leader, with acks=-1 semantics; `done`
   * runs once they are committed (HW past them) or failed (e.g. NOT_LEADER_OR_FOLLOWER, NOT_ENOUGH_REPLICAS,
   * REQUEST_TIMED_OUT). May call `done` synchronously when the ISR is the leader alone.
   */
  appendOffsetsRecords(
    partition: number,
    records: readonly AppendRecord[],
    done: (error: ErrorName, baseOffset: number) => void,
  ): void;
  /** A Java `UUID.randomUUID().toString()` drawn from the seeded PRNG. */
  randomUuid(): string;
  emit: EmitEvent;
}
