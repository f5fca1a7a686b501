/** Names of the nodes on the simulated network: `broker-N`, `zookeeper`, `client-N`. */

/** Broker N's node (and host name: it listens as `broker-N:9092`). */
export function brokerNodeId(id: number): string {
  return `broker-${id}`;
}

export const ZOOKEEPER_NODE = 'zookeeper';
