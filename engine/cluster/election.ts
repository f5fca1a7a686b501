/**
 * Leader election rules of the ZooKeeper-mode controller (KAFKA-REFERENCE §5.9–§5.10, Kafka's
 * `PartitionLeaderElectionAlgorithms`): pure functions from a partition's assignment, ISR and the
 * live brokers to the new leader and ISR. Kept apart from the controller so a KRaft controller can
 * reuse them.
 */
import type { ElectionReason } from './events';

/** Kafka's `ElectionType` of an ElectLeaders request (`kafka-leader-election.sh --election-type`). */
export type ElectionType = 'PREFERRED' | 'UNCLEAN';

export interface LeaderAndIsr {
  readonly leader: number;
  readonly isr: readonly number[];
}

export interface ElectionResult extends LeaderAndIsr {
  readonly reason: ElectionReason;
}

/**
 * Offline partition: the first replica in assignment order that is alive and in the ISR (clean); if
 * none and unclean election is allowed, the first live replica, whose ISR becomes just itself.
 * Returns null when no leader can be chosen (the partition stays offline, `Leader: none`).
 *
 * @example
 *   offlinePartitionLeader([1, 2, 3], [2, 3], new Set([3]), false); // { leader: 3, isr: [3], reason: 'clean' }
 */
export function offlinePartitionLeader(
  replicas: readonly number[],
  isr: readonly number[],
  liveBrokers: ReadonlySet<number>,
  uncleanLeaderElectionEnable: boolean,
): ElectionResult | null {
  const liveIsr = isr.filter((id) => liveBrokers.has(id));
  const clean = replicas.find((id) => liveBrokers.has(id) && liveIsr.includes(id));
  if (clean !== undefined) return { leader: clean, isr: liveIsr, reason: 'clean' };
  if (!uncleanLeaderElectionEnable) return null;
  const unclean = replicas.find((id) => liveBrokers.has(id));
  if (unclean === undefined) return null;
  return { leader: unclean, isr: [unclean], reason: 'unclean' };
}

/** A new partition: the first live replica leads, every live replica is in the ISR. */
export function newPartitionLeader(
  replicas: readonly number[],
  liveBrokers: ReadonlySet<number>,
): LeaderAndIsr | null {
  const live = replicas.filter((id) => liveBrokers.has(id));
  const leader = live[0];
  if (leader === undefined) return null;
  return { leader, isr: live };
}

/**
 * Preferred replica election: succeeds only if the first assigned replica is alive and in the ISR.
 * Returns the error Kafka reports otherwise.
 */
export function preferredReplicaLeader(
  replicas: readonly number[],
  current: LeaderAndIsr,
  liveBrokers: ReadonlySet<number>,
): ElectionResult | 'ELECTION_NOT_NEEDED' | 'PREFERRED_LEADER_NOT_AVAILABLE' {
  const preferred = replicas[0];
  if (preferred === undefined) return 'PREFERRED_LEADER_NOT_AVAILABLE';
  if (current.leader === preferred) return 'ELECTION_NOT_NEEDED';
  if (!liveBrokers.has(preferred) || !current.isr.includes(preferred))
    return 'PREFERRED_LEADER_NOT_AVAILABLE';
  return { leader: preferred, isr: current.isr, reason: 'preferred' };
}

/**
 * A broker died: its replica leaves the ISR of every partition it does not lead, unless it is the
 * last member (then the ISR is left as is, §5.6).
 */
export function isrWithoutBroker(isr: readonly number[], brokerId: number): readonly number[] {
  if (!isr.includes(brokerId) || isr.length === 1) return isr;
  return isr.filter((id) => id !== brokerId);
}

/**
 * Kafka's ZK-controller imbalance check (`checkAndTriggerAutoLeaderRebalance`): per preferred broker,
 * the share of its preferred partitions it does not lead.
 */
export function imbalanceRatio(
  partitions: ReadonlyArray<{ readonly replicas: readonly number[]; readonly leader: number }>,
  brokerId: number,
): number {
  let preferred = 0;
  let notLed = 0;
  for (const p of partitions) {
    if (p.replicas[0] !== brokerId) continue;
    preferred++;
    if (p.leader !== brokerId) notLed++;
  }
  return preferred === 0 ? 0 : notLed / preferred;
}
