/**
 * Kafka's znode paths in ZooKeeper mode (`kafka.zk.ZkData`, Kafka 3.9): fixed paths as constants,
 * per-topic and per-broker ones as functions, and the persistent paths every broker makes at start.
 */

export const BROKERS_PATH = '/brokers';
export const BROKER_IDS_PATH = '/brokers/ids';
export const TOPICS_PATH = '/brokers/topics';
export const BROKER_SEQUENCE_ID_PATH = '/brokers/seqid';
export const CONTROLLER_PATH = '/controller';
export const CONTROLLER_EPOCH_PATH = '/controller_epoch';
export const CONFIG_PATH = '/config';
export const CONFIG_CHANGES_PATH = '/config/changes';
/** Create path of a config change notification (persistent sequential). */
export const CONFIG_CHANGE_SEQUENCE_PATH = '/config/changes/config_change_';
export const ADMIN_PATH = '/admin';
export const DELETE_TOPICS_PATH = '/admin/delete_topics';
export const ISR_CHANGE_NOTIFICATION_PATH = '/isr_change_notification';
/** Create path of an ISR change notification (persistent sequential; IBP < 2.7 only). */
export const ISR_CHANGE_SEQUENCE_PATH = '/isr_change_notification/isr_change_';
export const LOG_DIR_EVENT_NOTIFICATION_PATH = '/log_dir_event_notification';
export const PRODUCER_ID_BLOCK_PATH = '/latest_producer_id_block';
export const CLUSTER_ID_PATH = '/cluster/id';
export const FEATURE_PATH = '/feature';
export const CONSUMERS_PATH = '/consumers';

/** `ConfigType.ALL` (client-metrics is KRaft-only). */
export const CONFIG_ENTITY_TYPES = ['topics', 'clients', 'users', 'brokers', 'ips'] as const;

/**
 * `ZkData.PersistentZkPaths`, in the order `createTopLevelPaths` makes them at broker start (each
 * through `makeSurePersistentPathExists`, so parents appear on the way).
 */
export const KAFKA_PERSISTENT_PATHS: readonly string[] = [
  CONSUMERS_PATH,
  BROKER_IDS_PATH,
  TOPICS_PATH,
  CONFIG_CHANGES_PATH,
  DELETE_TOPICS_PATH,
  BROKER_SEQUENCE_ID_PATH,
  ISR_CHANGE_NOTIFICATION_PATH,
  PRODUCER_ID_BLOCK_PATH,
  LOG_DIR_EVENT_NOTIFICATION_PATH,
  ...CONFIG_ENTITY_TYPES.map((type) => `${CONFIG_PATH}/${type}`),
];

/** A broker's registration znode (ephemeral): `brokerIdsPath(1)` is `/brokers/ids/1`. */
export function brokerIdsPath(brokerId: number): string {
  return `${BROKER_IDS_PATH}/${brokerId}`;
}

/** `/brokers/topics/<topic>`: the replica assignment. */
export function topicPath(topic: string): string {
  return `${TOPICS_PATH}/${topic}`;
}

/** `/brokers/topics/<topic>/partitions` (no data). */
export function topicPartitionsPath(topic: string): string {
  return `${topicPath(topic)}/partitions`;
}

/** `/brokers/topics/<topic>/partitions/<p>` (no data). */
export function topicPartitionPath(topic: string, partition: number): string {
  return `${topicPartitionsPath(topic)}/${partition}`;
}

/** `/brokers/topics/<topic>/partitions/<p>/state`: leader, ISR and epochs. */
export function partitionStatePath(topic: string, partition: number): string {
  return `${topicPartitionPath(topic, partition)}/state`;
}

/** `/config/<type>/<name>`, e.g. `/config/brokers/<default>`. */
export function entityConfigPath(
  entityType: (typeof CONFIG_ENTITY_TYPES)[number],
  entityName: string,
): string {
  return `${CONFIG_PATH}/${entityType}/${entityName}`;
}

/** `/config/topics/<topic>`: the topic's config overrides. */
export function topicConfigPath(topic: string): string {
  return entityConfigPath('topics', topic);
}

/** `/admin/delete_topics/<topic>`: its existence asks the controller to delete the topic. */
export function deleteTopicPath(topic: string): string {
  return `${DELETE_TOPICS_PATH}/${topic}`;
}
