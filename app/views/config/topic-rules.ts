/**
 * Client-side checks of the create-topic and add-partitions forms, by Kafka's rules (KAFKA-REFERENCE
 * §10, `Topic.validate`, `AdminZkClient.validateTopicCreate`, `AdminUtils.assignReplicasToBrokers`),
 * for instant feedback. Each problem carries Kafka's text too; the engine checks again on submit.
 */

/** Partition directories are `<topic>-<partition>` and file names stop at 255 characters. */
export const MAX_TOPIC_NAME_LENGTH = 249;

export type TopicNameProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'dot' }
  | { readonly kind: 'dotdot' }
  | { readonly kind: 'tooLong'; readonly length: number }
  | { readonly kind: 'illegalChars'; readonly chars: string }
  | { readonly kind: 'exists' }
  | { readonly kind: 'collision'; readonly with: readonly string[] };

/** A problem with Kafka's error name and text, as the broker would answer. */
export interface KafkaProblem<P> {
  readonly problem: P;
  readonly error: string;
  readonly kafkaText: string;
}

/**
 * Why `name` cannot be created next to `existing` topics, or null when it can.
 *
 * @example
 *   topicNameProblem('a b', [])?.kafkaText;
 *   // "Topic name is invalid: 'a b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"
 *   topicNameProblem('a.b', ['a_b'])?.kafkaText; // "Topic 'a.b' collides with existing topics: a_b"
 */
export function topicNameProblem(
  name: string,
  existing: readonly string[],
): KafkaProblem<TopicNameProblem> | null {
  const invalid = (problem: TopicNameProblem, reason: string) => ({
    problem,
    error: 'INVALID_TOPIC_EXCEPTION',
    kafkaText: `Topic name is invalid: ${reason}`,
  });
  if (name.length === 0) return invalid({ kind: 'empty' }, 'the empty string is not allowed');
  if (name === '.') return invalid({ kind: 'dot' }, "'.' is not allowed");
  if (name === '..') return invalid({ kind: 'dotdot' }, "'..' is not allowed");
  if (name.length > MAX_TOPIC_NAME_LENGTH)
    return invalid(
      { kind: 'tooLong', length: name.length },
      `the length of '${name}' is longer than the max allowed length ${MAX_TOPIC_NAME_LENGTH}`,
    );
  const illegal = [...new Set(name.replace(/[a-zA-Z0-9._-]/g, ''))].join('');
  if (illegal !== '')
    return invalid(
      { kind: 'illegalChars', chars: illegal },
      `'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`,
    );
  if (existing.includes(name))
    return {
      problem: { kind: 'exists' },
      error: 'TOPIC_ALREADY_EXISTS',
      kafkaText: `Topic '${name}' already exists.`,
    };
  // Metric names turn '.' into '_', so 'a.b' and 'a_b' would share them.
  const unified = name.replaceAll('.', '_');
  const colliding = /[._]/.test(name) ? existing.filter((t) => t.replaceAll('.', '_') === unified) : [];
  if (colliding.length > 0)
    return {
      problem: { kind: 'collision', with: colliding },
      error: 'INVALID_TOPIC_EXCEPTION',
      kafkaText: `Topic '${name}' collides with existing topics: ${colliding.join(', ')}`,
    };
  return null;
}

export type CountProblem =
  | { readonly kind: 'notWhole' }
  | { readonly kind: 'partitionsTooFew' }
  | { readonly kind: 'replicationTooFew' }
  | { readonly kind: 'replicationAboveBrokers'; readonly brokers: number }
  | { readonly kind: 'fewerThanNow'; readonly current: number }
  | { readonly kind: 'sameAsNow'; readonly current: number }
  | { readonly kind: 'tooManyForSimulator'; readonly max: number };

/**
 * The most partitions one topic may have here: not a Kafka limit (Kafka has none), a browser's —
 * the simulation draws and steps every replica.
 */
export const MAX_PARTITIONS_IN_SIMULATOR = 1000;

function whole(raw: string): number | null {
  const t = raw.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** Partition count and replication factor for a new topic (RF against the registered brokers). */
export function newTopicProblem(
  partitionsRaw: string,
  replicationRaw: string,
  registeredBrokers: number,
): {
  readonly partitions: KafkaProblem<CountProblem> | null;
  readonly replication: KafkaProblem<CountProblem> | null;
} {
  const partitions = whole(partitionsRaw);
  const replication = whole(replicationRaw);
  return {
    partitions:
      partitions === null
        ? { problem: { kind: 'notWhole' }, error: 'INVALID_PARTITIONS', kafkaText: '' }
        : partitions <= 0
          ? {
              problem: { kind: 'partitionsTooFew' },
              error: 'INVALID_PARTITIONS',
              kafkaText: 'Number of partitions must be larger than 0.',
            }
          : partitions > MAX_PARTITIONS_IN_SIMULATOR
            ? {
                problem: { kind: 'tooManyForSimulator', max: MAX_PARTITIONS_IN_SIMULATOR },
                error: '',
                kafkaText: '',
              }
            : null,
    replication:
      replication === null
        ? { problem: { kind: 'notWhole' }, error: 'INVALID_REPLICATION_FACTOR', kafkaText: '' }
        : replication <= 0
          ? {
              problem: { kind: 'replicationTooFew' },
              error: 'INVALID_REPLICATION_FACTOR',
              kafkaText: 'Replication factor must be larger than 0.',
            }
          : replication > registeredBrokers
            ? {
                problem: { kind: 'replicationAboveBrokers', brokers: registeredBrokers },
                error: 'INVALID_REPLICATION_FACTOR',
                kafkaText: `Replication factor: ${replication} larger than available brokers: ${registeredBrokers}.`,
              }
            : null,
  };
}

/** A new total partition count for a topic that has `current` (partitions can only grow). */
export function addPartitionsProblem(totalRaw: string, current: number): KafkaProblem<CountProblem> | null {
  const total = whole(totalRaw);
  if (total === null) return { problem: { kind: 'notWhole' }, error: 'INVALID_PARTITIONS', kafkaText: '' };
  if (total < current)
    return {
      problem: { kind: 'fewerThanNow', current },
      error: 'INVALID_PARTITIONS',
      kafkaText: `Topic currently has ${current} partitions, which is higher than the requested ${total}.`,
    };
  if (total === current)
    return {
      problem: { kind: 'sameAsNow', current },
      error: 'INVALID_PARTITIONS',
      kafkaText: `Topic already has ${current} partitions.`,
    };
  if (total > MAX_PARTITIONS_IN_SIMULATOR)
    return {
      problem: { kind: 'tooManyForSimulator', max: MAX_PARTITIONS_IN_SIMULATOR },
      error: '',
      kafkaText: '',
    };
  return null;
}
