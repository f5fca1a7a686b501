/**
 * `TopicFilter.IncludeList` (server-common): the regex form `--topic` takes in kafka-topics.sh,
 * kafka-get-offsets.sh and `--include` of the console consumer. The raw text is trimmed, commas become
 * `|`, spaces and surrounding quotes are dropped, and a topic is allowed when the whole name matches.
 * JavaScript regexes stand in for `java.util.regex` (the same for the usual `.`, `*`, `[…]`, `|`).
 */
import { JavaError } from './tool';

const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state']);

/** `Topic.isInternal`. */
export function isInternalTopic(topic: string): boolean {
  return INTERNAL_TOPICS.has(topic);
}

/**
 * @example
 *   includeList('demo.*').allows('demo-1', false); // true
 */
export function includeList(rawRegex: string): { allows(topic: string, excludeInternal: boolean): boolean } {
  const regex = rawRegex
    .trim()
    .replaceAll(',', '|')
    .replaceAll(' ', '')
    .replace(/^["']+/, '')
    .replace(/["']+$/, '');
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${regex})$`);
  } catch {
    throw new JavaError({
      className: 'java.lang.RuntimeException',
      message: `${regex} is an invalid regex.`,
    });
  }
  return {
    allows: (topic, excludeInternal) => pattern.test(topic) && !(excludeInternal && isInternalTopic(topic)),
  };
}
