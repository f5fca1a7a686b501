/**
 * Topic name rules (KAFKA-REFERENCE §10) as Kafka 3.9's `org.apache.kafka.common.internals.Topic`
 * states them, plus the `.`/`_` collision check that `AdminZkClient.validateTopicCreate` (ZooKeeper
 * mode) and `ReplicationControlManager.validateNewTopicNames` (KRaft) run at creation.
 */

/** `InvalidTopicException`: an illegal or colliding topic name. */
export class InvalidTopicError extends Error {
  readonly kafkaName = 'InvalidTopicException';
  /** The protocol error a broker answers with. */
  readonly error = 'INVALID_TOPIC_EXCEPTION';
  constructor(message: string) {
    super(message);
    this.name = this.kafkaName;
  }
}

export const GROUP_METADATA_TOPIC_NAME = '__consumer_offsets';
export const TRANSACTION_STATE_TOPIC_NAME = '__transaction_state';
export const SHARE_GROUP_STATE_TOPIC_NAME = '__share_group_state';
/** The KRaft metadata log; not a topic clients can list. */
export const CLUSTER_METADATA_TOPIC_NAME = '__cluster_metadata';
/** Partition directories are `<topic>-<partition>`, and file names stop at 255 characters. */
export const MAX_TOPIC_NAME_LENGTH = 249;

/**
 * `Topic.INTERNAL_TOPICS` in 3.9. `__share_group_state` joined the set in 3.9.0 (KIP-932's early
 * access), although nothing creates it unless share groups are enabled.
 */
const INTERNAL_TOPICS: ReadonlySet<string> = new Set([
  GROUP_METADATA_TOPIC_NAME,
  TRANSACTION_STATE_TOPIC_NAME,
  SHARE_GROUP_STATE_TOPIC_NAME,
]);

/** The line `kafka-topics.sh --create` prints before sending the request when the name has `.` or `_`. */
export const TOPIC_COLLISION_WARNING =
  "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.";

/** `Topic.detectInvalidTopic`: why the name is illegal, or undefined if it is legal. */
function invalidReason(name: string): string | undefined {
  if (name.length === 0) return 'the empty string is not allowed';
  if (name === '.') return "'.' is not allowed";
  if (name === '..') return "'..' is not allowed";
  // Java's length() counts UTF-16 code units, as JavaScript's does.
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `the length of '${name}' is longer than the max allowed length ${MAX_TOPIC_NAME_LENGTH}`;
  }
  if (!/^[a-zA-Z0-9._-]*$/.test(name)) {
    return `'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return undefined;
}

/**
 * Throws `InvalidTopicError` with Kafka 3.4+'s text if `name` is not a legal topic name.
 *
 * @example
 *   validateTopicName('orders'); // ok
 *   validateTopicName('a b'); // throws "Topic name is invalid: 'a b' contains one or more characters …"
 */
export function validateTopicName(name: string): void {
  const reason = invalidReason(name);
  if (reason !== undefined) throw new InvalidTopicError(`Topic name is invalid: ${reason}`);
}

/**
 * Whether the name contains `.` or `_`, the characters metric names cannot tell apart.
 *
 * @example
 *   hasCollisionChars('a.b'); // true
 */
export function hasCollisionChars(name: string): boolean {
  return name.includes('_') || name.includes('.');
}

/**
 * The name as metrics see it: every `.` replaced by `_`.
 *
 * @example
 *   unifyCollisionChars('a.b_c'); // 'a_b_c'
 */
export function unifyCollisionChars(name: string): string {
  return name.replaceAll('.', '_');
}

/**
 * Every existing topic other than `name` itself that collides with it (`Topic.hasCollision`), in the
 * order given. ZooKeeper mode reports all of them; KRaft reports one.
 *
 * @example
 *   findCollisions('a.b', ['a_b', 'c']); // ['a_b']
 */
export function findCollisions(name: string, existing: Iterable<string>): string[] {
  if (!hasCollisionChars(name)) return [];
  const unified = unifyCollisionChars(name);
  const colliding: string[] = [];
  for (const topic of existing) {
    if (topic !== name && unifyCollisionChars(topic) === unified) colliding.push(topic);
  }
  return colliding;
}

/**
 * The first existing topic (not `name` itself) that `name` collides with, or undefined.
 *
 * @example
 *   findCollision('a.b', ['a.b', 'a_b']); // 'a_b'
 */
export function findCollision(name: string, existing: Iterable<string>): string | undefined {
  return findCollisions(name, existing)[0];
}

/**
 * The `InvalidTopicException` message for a collision. ZooKeeper mode (`AdminZkClient`) lists every
 * colliding topic joined by ", "; KRaft names one, with "topic" in the singular.
 *
 * @example
 *   collisionMessage('a.b', 'a_b'); // "Topic 'a.b' collides with existing topics: a_b"
 *   collisionMessage('a.b', 'a_b', 'kraft'); // "Topic 'a.b' collides with existing topic: a_b"
 */
export function collisionMessage(
  name: string,
  collidingWith: string | readonly string[],
  metadataMode: 'zk' | 'kraft' = 'zk',
): string {
  const topics = typeof collidingWith === 'string' ? [collidingWith] : collidingWith;
  if (metadataMode === 'kraft') return `Topic '${name}' collides with existing topic: ${topics[0] ?? ''}`;
  return `Topic '${name}' collides with existing topics: ${topics.join(', ')}`;
}

/**
 * Whether Kafka treats the topic as internal (`Topic.isInternal`): listed unless `--exclude-internal`,
 * flagged `isInternal` in Metadata responses.
 *
 * @example
 *   isInternalTopic('__consumer_offsets'); // true
 */
export function isInternalTopic(name: string): boolean {
  return INTERNAL_TOPICS.has(name);
}
