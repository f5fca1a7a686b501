/**
 * Whether an "elect leader" action can do anything for a partition right now, and if not, Kafka's
 * reason — so the UI greys the button out with the reason instead of hiding it. The same rules as the
 * ZooKeeper-mode controller's answer to an ElectLeaders request (`KafkaController.
 * processReplicaLeaderElection`); `engine/cluster/admin-ops.test.ts` checks the two agree.
 *
 * Pure and import-free: the UI may import it (see app/CONTEXT.md).
 */

/** Kafka's `ElectionType`: PREFERRED (move leadership back to the first assigned replica) or UNCLEAN. */
export type ElectionKind = 'PREFERRED' | 'UNCLEAN';

export type ElectionUnavailableReason =
  /** PREFERRED: the preferred replica already leads. UNCLEAN: the partition has a live leader. */
  | 'ELECTION_NOT_NEEDED'
  /** PREFERRED: the first assigned replica is down or not in the ISR. */
  | 'PREFERRED_LEADER_NOT_AVAILABLE'
  /** UNCLEAN: no replica of the partition is alive. */
  | 'ELIGIBLE_LEADERS_NOT_AVAILABLE';

export type ElectionAvailability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: ElectionUnavailableReason };

export interface ElectablePartition {
  /** Assigned replicas, the preferred one first. */
  readonly replicas: readonly number[];
  /** −1 when the partition has no leader. */
  readonly leader: number;
  readonly isr: readonly number[];
}

/**
 * @example
 *   // Leader 2 is down and the ISR holds only 2: a preferred election cannot move leadership to 1 …
 *   electionAvailability({ replicas: [1, 2, 3], leader: -1, isr: [2] }, [1, 3], 'PREFERRED');
 *   // → { available: false, reason: 'PREFERRED_LEADER_NOT_AVAILABLE' }
 *   // … but an unclean one elects broker 1 from outside the ISR.
 *   electionAvailability({ replicas: [1, 2, 3], leader: -1, isr: [2] }, [1, 3], 'UNCLEAN');
 *   // → { available: true }
 */
export function electionAvailability(
  partition: ElectablePartition,
  liveBrokers: ReadonlySet<number> | readonly number[],
  type: ElectionKind,
): ElectionAvailability {
  const isLive = (id: number) => ('has' in liveBrokers ? liveBrokers.has(id) : liveBrokers.includes(id));
  if (type === 'PREFERRED') {
    const preferred = partition.replicas[0];
    if (preferred !== undefined && partition.leader === preferred) return unavailable('ELECTION_NOT_NEEDED');
    // The preferred replica must be alive and in sync: a preferred election is always clean.
    if (preferred === undefined || !isLive(preferred) || !partition.isr.includes(preferred))
      return unavailable('PREFERRED_LEADER_NOT_AVAILABLE');
    return { available: true };
  }
  // An unclean election is only for a partition without a live leader; it takes a live ISR member if
  // there is one, else any live replica (whatever unclean.leader.election.enable says).
  if (partition.leader >= 0 && isLive(partition.leader)) return unavailable('ELECTION_NOT_NEEDED');
  if (!partition.replicas.some(isLive)) return unavailable('ELIGIBLE_LEADERS_NOT_AVAILABLE');
  return { available: true };
}

function unavailable(reason: ElectionUnavailableReason): ElectionAvailability {
  return { available: false, reason };
}
