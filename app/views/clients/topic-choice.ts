/**
 * What a typed topic name means to the producer: an existing topic (with its partition count), a new
 * one that the broker will create on the producer's first metadata request (`auto.create.topics.enable`,
 * true by default, with the broker's `num.partitions` and `default.replication.factor`), an internal
 * topic (never auto-created), or an illegal name, with Kafka's own text.
 */
import { isInternalTopic, validateTopicName } from '../../../engine/cluster/topic-name';

export type TopicChoice =
  | { readonly kind: 'existing'; readonly partitionCount: number }
  | { readonly kind: 'auto-create' }
  | { readonly kind: 'internal' }
  | { readonly kind: 'invalid'; readonly kafkaText: string };

/**
 * @param partitionCount the topic's partitions when a topic record exists, else undefined.
 * @example
 *   topicChoice('a b', undefined); // { kind: 'invalid', kafkaText: "Topic name is invalid: 'a b' contains …" }
 */
export function topicChoice(name: string, partitionCount: number | undefined): TopicChoice {
  if (partitionCount !== undefined) return { kind: 'existing', partitionCount };
  try {
    validateTopicName(name);
  } catch (error) {
    return { kind: 'invalid', kafkaText: error instanceof Error ? error.message : String(error) };
  }
  // The broker's metadata handler skips names starting with `__` (internal topics are not auto-created).
  if (isInternalTopic(name) || name.startsWith('__')) return { kind: 'internal' };
  return { kind: 'auto-create' };
}

/**
 * The NetworkClient WARN line a Java producer logs on its first send to a topic being auto-created
 * (Kafka's text, never translated; the client and correlation ids are illustrative).
 *
 * @example
 *   autoCreateWarnLine('payments');
 *   // 'WARN [Producer clientId=producer-1] Error while fetching metadata with correlation id 1 : {payments=LEADER_NOT_AVAILABLE}'
 */
export function autoCreateWarnLine(topic: string): string {
  return `WARN [Producer clientId=producer-1] Error while fetching metadata with correlation id 1 : {${topic}=LEADER_NOT_AVAILABLE}`;
}
