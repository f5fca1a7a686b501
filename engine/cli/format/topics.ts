/**
 * `kafka-topics.sh` output as Kafka 3.9's TopicCommand prints it against ZooKeeper-mode brokers
 * (KAFKA-REFERENCE §11.1). With no DescribeTopicPartitions API on a ZK broker the admin client falls
 * back to Metadata, whose partitions carry no ELR, hence `Elr: N/A` and `LastKnownElr: N/A`. The 3.9
 * tool never prints `MarkedForDeletion` (it always passes `false`).
 */
import type { PartitionDescription, TopicDescription } from '../../cluster/cluster-api';
import { copiedHashMapCapacity, hashMapCapacity, javaHashOrder, javaStringHash } from './java-hash-map';
import { type JavaThrowable, log4jEvent } from './log4j';

/** TopicCommand's logger (a Java class since 3.7; `kafka.admin.TopicCommand$` before). */
export const TOPIC_COMMAND_LOGGER = 'org.apache.kafka.tools.TopicCommand';

/** Printed before `--create` of a name containing `.` or `_` (`Topic.hasCollisionChars`). */
export const COLLISION_WARNING =
  "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.";

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/**
 * The topic line of `--describe`.
 *
 * @example
 *   formatTopicLine(td); // 'Topic: demo\tTopicId: …\tPartitionCount: 3\tReplicationFactor: 2\tConfigs: '
 */
export function formatTopicLine(td: TopicDescription): string {
  const first = [...td.partitions].sort((a, b) => a.partition - b.partition)[0];
  const configs = td.configs.map((c) => `${c.name}=${c.value}`).join(',');
  const topicId = td.topicId === ZERO_UUID ? '' : `\tTopicId: ${td.topicId}`;
  return (
    `Topic: ${td.name}${topicId}\tPartitionCount: ${td.partitions.length}` +
    `\tReplicationFactor: ${first?.replicas.length ?? 0}\tConfigs: ${configs}`
  );
}

/**
 * One partition line of `--describe` (starts with a TAB).
 *
 * @example
 *   formatPartitionLine('demo', p); // '\tTopic: demo\tPartition: 0\tLeader: 1\tReplicas: 1,2\tIsr: 1,2\tElr: N/A\tLastKnownElr: N/A'
 */
export function formatPartitionLine(topic: string, p: PartitionDescription): string {
  const leader = p.leader < 0 ? 'none' : String(p.leader);
  return (
    `\tTopic: ${topic}\tPartition: ${p.partition}\tLeader: ${leader}` +
    `\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}\tElr: N/A\tLastKnownElr: N/A`
  );
}

/**
 * The order `--describe` prints topics in: the tool asks for the sorted names, but the admin client
 * hands the descriptions back through three `HashMap<String, …>`s (`handleDescribeTopicsByNames…`'s
 * futures map, its copy, and `DescribeTopicsResult.all`), so the output follows their bucket order.
 *
 * @example
 *   describeOrder(['a', 'b', 'c']); // ['a', 'b', 'c'] (one-letter names land in increasing buckets)
 */
export function describeOrder<T extends { readonly name: string }>(sortedTopics: readonly T[]): T[] {
  const n = sortedTopics.length;
  const hash = (t: T) => javaStringHash(t.name);
  const futures = javaHashOrder(sortedTopics, hash, hashMapCapacity(n, n));
  const copy = javaHashOrder(futures, hash, copiedHashMapCapacity(n));
  return javaHashOrder(copy, hash, hashMapCapacity(n, n));
}

/**
 * The whole `--describe` output for the given topics (already filtered), one line per element.
 * `partitionFilter` implements the `--under-replicated-partitions`-style reports; `printTopicLine` is
 * false for those reports (they print partitions only).
 */
export function formatDescribe(
  topics: readonly TopicDescription[],
  options: {
    readonly printTopicLine: boolean;
    readonly printPartitions: boolean;
    readonly partitionFilter?: (td: TopicDescription, p: PartitionDescription) => boolean;
    readonly onlyWithOverrides?: boolean;
  },
): string[] {
  const lines: string[] = [];
  for (const td of describeOrder(topics)) {
    if (td.partitions.length === 0) continue;
    if (options.printTopicLine && (!options.onlyWithOverrides || td.configs.length > 0)) {
      lines.push(formatTopicLine(td));
    }
    if (!options.printPartitions) continue;
    for (const p of [...td.partitions].sort((a, b) => a.partition - b.partition)) {
      if (options.partitionFilter === undefined || options.partitionFilter(td, p)) {
        lines.push(formatPartitionLine(td.name, p));
      }
    }
  }
  return lines;
}

/**
 * `--list`: the names sorted by Java's `String.compareTo` (UTF-16 code units, as JS sorts) joined by
 * newlines; no topics print one empty line.
 *
 * @example
 *   formatList(['b', 'A', '__consumer_offsets']); // 'A\n__consumer_offsets\nb'
 */
export function formatList(names: readonly string[]): string {
  return [...names].sort().join('\n');
}

/**
 * `TopicCommand.printException`: `Error while executing topic command : <message>` on stdout and the
 * exception through log4j at ERROR (`LOG.error(Utils.stackTrace(e))`, so the message is the stack
 * trace text: the exception line, frames, and a final newline before ` (logger)`).
 *
 * @example
 *   topicCommandError(0, { className: 'org.apache.kafka.common.errors.TopicExistsException', message: "Topic 'demo' already exists." });
 */
export function topicCommandError(
  nowMs: number,
  error: JavaThrowable,
): { readonly stdout: string; readonly stderr: string } {
  const stackTrace = error.message === null ? error.className : `${error.className}: ${error.message}`;
  return {
    stdout: `Error while executing topic command : ${error.message ?? 'null'}\n`,
    stderr: log4jEvent(nowMs, 'ERROR', `${stackTrace}\n`, TOPIC_COMMAND_LOGGER),
  };
}
