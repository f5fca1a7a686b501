/**
 * The leader's side of ISR changes (Kafka's `AlterPartitionManager`, KIP-497, §5.6): propose the new ISR
 * to the controller, apply its answer, and tell the event stream who left or joined and why.
 */
import type { Broker } from './broker';
import { brokerNodeId } from './node-ids';
import type { Partition } from './partition';
import type { AlterPartitionResponse } from './protocol';

/** Sends the AlterPartition; one change per partition is in flight (`Partition.pendingIsr`). */
export function sendAlterPartition(broker: Broker, partition: Partition, newIsr: readonly number[]): void {
  const controllerId = broker.metadata.controllerId;
  const before = partition.isr;
  const clearPending = () => {
    if (partition.pendingIsr === newIsr) partition.pendingIsr = null;
  };
  if (controllerId < 0) {
    clearPending();
    return;
  }
  broker.rpcEndpoint.request(
    brokerNodeId(controllerId),
    {
      api: 'AlterPartition',
      brokerId: broker.id,
      topic: partition.topic,
      partition: partition.partition,
      leaderEpoch: partition.leaderEpoch,
      newIsr,
      partitionEpoch: partition.partitionEpoch,
    },
    broker.config.replicaSocketTimeoutMs,
    (response: AlterPartitionResponse) => {
      // Refused, or the partition moved on meanwhile (new epoch, not hosted any more): the next ISR
      // check proposes again from what is true then.
      if (
        response.error !== 'NONE' ||
        broker.partitions.get(partition.key) !== partition ||
        response.leaderEpoch !== partition.leaderEpoch
      ) {
        // Kafka's FailedIsrUpdatesPerSec (markFailed).
        broker.metrics.failedIsrUpdatesTotal++;
        clearPending();
        return;
      }
      partition.applyIsrChange(response.isr, response.partitionEpoch);
      emitIsrChange(broker, partition, before, response.isr);
    },
    clearPending,
  );
}

function emitIsrChange(
  broker: Broker,
  partition: Partition,
  from: readonly number[],
  to: readonly number[],
): void {
  const removed = from.filter((id) => !to.includes(id));
  const added = to.filter((id) => !from.includes(id));
  // Kafka marks IsrShrinksPerSec / IsrExpandsPerSec here, on the leader, once per accepted change —
  // never for the controller's own removal of a dead broker (controller.ts, cause 'broker-failure').
  if (removed.length > 0) broker.metrics.isrShrinksTotal++;
  if (added.length > 0) broker.metrics.isrExpandsTotal++;
  if (removed.length > 0) {
    broker.emit({
      type: 'isr-shrunk',
      topic: partition.topic,
      partition: partition.partition,
      leader: broker.id,
      from: [...from],
      to: [...to],
      removed: removed.map((id) => ({ broker: id, lagMs: partition.lagMs(id) })),
      replicaLagTimeMaxMs: broker.config.replicaLagTimeMaxMs,
      cause: 'lag',
    });
  }
  for (const id of added) {
    broker.emit({
      type: 'isr-expanded',
      topic: partition.topic,
      partition: partition.partition,
      leader: broker.id,
      from: [...from],
      to: [...to],
      added: id,
    });
  }
}
