/**
 * Countdown arcs (pure; Node-tested): a broker's time left until its log manager next checks
 * retention (`log.retention.check.interval.ms`), and a follower's time left before the leader drops it
 * from the ISR (`replica.lag.time.max.ms`). Arcs start at 12 o'clock and run clockwise.
 *
 * @example
 *   arcPath(10, 10, 8, 0.25); // a quarter circle, 12 → 3 o'clock
 */
import type { BrokerRecord, ReplicaRecord } from '../../../engine/view/types';

const round = (n: number) => Math.round(n * 100) / 100;

/** The path of `fraction` (0..1) of a circle; '' for nothing, two half arcs for a whole circle. */
export function arcPath(cx: number, cy: number, r: number, fraction: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  if (f <= 0 || r <= 0) return '';
  const top = `M${round(cx)},${round(cy - r)}`;
  if (f >= 0.9999) {
    // SVG cannot draw a full circle as one arc: its start and end would coincide.
    return `${top} A${r},${r} 0 1 1 ${round(cx)},${round(cy + r)} A${r},${r} 0 1 1 ${round(cx)},${round(cy - r)}`;
  }
  const angle = f * 2 * Math.PI;
  const x = cx + r * Math.sin(angle);
  const y = cy - r * Math.cos(angle);
  const large = f > 0.5 ? 1 : 0;
  return `${top} A${r},${r} 0 ${large} 1 ${round(x)},${round(y)}`;
}

/**
 * Share of the retention check interval still to wait at `nowMs` (1 just after a check, 0 when the
 * next one is due), or null when the broker has no check scheduled (stopped).
 */
export function retentionRemaining(
  broker: Pick<BrokerRecord, 'nextRetentionCheckMs' | 'retentionCheckIntervalMs'>,
  nowMs: number,
): number | null {
  if (broker.nextRetentionCheckMs < 0 || broker.retentionCheckIntervalMs <= 0) return null;
  const left = broker.nextRetentionCheckMs - nowMs;
  return Math.min(1, Math.max(0, left / broker.retentionCheckIntervalMs));
}

/**
 * Share of `replica.lag.time.max.ms` used up by a follower that has not caught up (0 = in step,
 * 1 = the leader shrinks the ISR), or null for leaders and replicas the leader does not track.
 */
export function lagUsed(
  replica: Pick<ReplicaRecord, 'role' | 'lagMs' | 'replicaLagTimeMaxMs'>,
): number | null {
  if (replica.role !== 'follower' || replica.lagMs === null || replica.replicaLagTimeMaxMs <= 0) return null;
  return Math.min(1, Math.max(0, replica.lagMs / replica.replicaLagTimeMaxMs));
}

/** Rounds a share to `steps` steps, so a component re-renders a few times per countdown, not every patch. */
export function quantise(share: number, steps: number): number {
  return Math.round(share * steps) / steps;
}
