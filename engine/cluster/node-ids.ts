/** Names of the nodes on the simulated network: `broker-N`, `zookeeper`, `client-N`. */

/** Broker N's node (and host name: it listens as `broker-N:9092`). */
export function brokerNodeId(id: number): string {
  return `broker-${id}`;
}

export const ZOOKEEPER_NODE = 'zookeeper';

/**
 * How a Java client prints broker N's socket address (`InetSocketAddress.toString`: host/ip:port). The
 * simulated brokers get the addresses 10.0.0.N, as on a small private network.
 */
export function brokerAddress(id: number): string {
  return `broker-${id}/10.0.0.${id}:9092`;
}
