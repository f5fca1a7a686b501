/** The ZooKeeper server model and Kafka's znodes on it (ZK mode). */

export * from './kafka-zk-client';
export * from './kafka-znodes';
export * from './kafka-znodes-decode';
export * from './keeper-exception';
export * from './session-id';
export * from './zk-paths';
export * from './zk-shell-format';
export * from './zookeeper';
export * from './zookeeper-types';
