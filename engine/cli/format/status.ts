/**
 * A proposed shape for `sim status` (a simulator verb, not a Kafka tool): one line per broker, then the
 * controller and ZooKeeper, as space-separated words that scripts and golden transcripts can rely on.
 * `ClusterApi.statusLines()` produces the lines today; a cluster that exposes its status as data can
 * hand it to `formatStatus` so the format lives in one tested place.
 *
 *   broker 1 running leader-of 2 replica-of 6
 *   broker 2 killed leader-of 0 replica-of 6
 *   broker 3 running leader-of 1 replica-of 6 isolated slow 200ms
 *   controller 1 epoch 2
 *   zookeeper running
 */

export interface BrokerStatus {
  readonly id: number;
  /** `running`, `killed` (process died, disk kept), `powered-off` (page cache lost), `starting`. */
  readonly state: 'running' | 'killed' | 'powered-off' | 'starting';
  /** Partitions this broker leads. */
  readonly leaderOf: number;
  /** Partition replicas assigned to this broker. */
  readonly replicaOf: number;
  readonly isolated: boolean;
  /** Added network delay (`sim slow`), 0 for none. */
  readonly slowMs: number;
}

export interface ClusterStatus {
  readonly brokers: readonly BrokerStatus[];
  /** −1 while no broker holds /controller. */
  readonly controllerId: number;
  readonly controllerEpoch: number;
  readonly zookeeperIsolated: boolean;
}

/**
 * @example
 *   formatStatus({ brokers: [], controllerId: -1, controllerEpoch: 0, zookeeperIsolated: false });
 *   // ['controller none epoch 0', 'zookeeper running']
 */
export function formatStatus(status: ClusterStatus): string[] {
  const lines = [...status.brokers]
    .sort((a, b) => a.id - b.id)
    .map((b) => {
      const faults = `${b.isolated ? ' isolated' : ''}${b.slowMs > 0 ? ` slow ${b.slowMs}ms` : ''}`;
      return `broker ${b.id} ${b.state} leader-of ${b.leaderOf} replica-of ${b.replicaOf}${faults}`;
    });
  const controller = status.controllerId < 0 ? 'none' : String(status.controllerId);
  lines.push(`controller ${controller} epoch ${status.controllerEpoch}`);
  lines.push(`zookeeper ${status.zookeeperIsolated ? 'isolated' : 'running'}`);
  return lines;
}
