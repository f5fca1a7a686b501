/**
 * `TopicCommand.parseTopicConfigsToBeAdded` (Kafka 3.9): each `--config` is split on `\s*=\s*` into
 * exactly a key and a value, then `LogConfig.validate` rejects unknown names on the client, before any
 * request. Value checks (types, ranges) are left to the cluster, which validates them as the broker does.
 */
import { JavaError } from './tool';

/** `LogConfig.configNames()` of Kafka 3.9: every topic-level config. */
export const TOPIC_CONFIG_NAMES: ReadonlySet<string> = new Set([
  'cleanup.policy',
  'compression.gzip.level',
  'compression.lz4.level',
  'compression.type',
  'compression.zstd.level',
  'delete.retention.ms',
  'file.delete.delay.ms',
  'flush.messages',
  'flush.ms',
  'follower.replication.throttled.replicas',
  'index.interval.bytes',
  'leader.replication.throttled.replicas',
  'local.retention.bytes',
  'local.retention.ms',
  'max.compaction.lag.ms',
  'max.message.bytes',
  'message.downconversion.enable',
  'message.format.version',
  'message.timestamp.after.max.ms',
  'message.timestamp.before.max.ms',
  'message.timestamp.difference.max.ms',
  'message.timestamp.type',
  'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'preallocate',
  'remote.log.copy.disable',
  'remote.log.delete.on.disable',
  'remote.storage.enable',
  'retention.bytes',
  'retention.ms',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'segment.ms',
  'unclean.leader.election.enable',
]);

/**
 * Java's `String.split(regex)`: JavaScript's split, minus the trailing empty strings Java drops.
 *
 * @example
 *   javaSplit('a=', /\s*=\s*\/); // ['a']
 */
export function javaSplit(text: string, separator: RegExp): string[] {
  const parts = text.split(separator);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 1 && parts[0] === '' && text !== '') return [];
  return parts;
}

/**
 * The `--config` values as a config map, or the tool's exception. `notice` receives the (3.9, sic)
 * uninterpolated warning printed for `message.format.version`.
 *
 * @example
 *   validateTopicConfigs(['retention.ms=60000'], () => {}); // { 'retention.ms': '60000' }
 */
export function validateTopicConfigs(
  values: readonly string[],
  notice: (line: string) => void,
): Record<string, string> {
  const pairs = values.map((v) => javaSplit(v, /\s*=\s*/));
  if (!pairs.every((p) => p.length === 2)) {
    throw new JavaError({
      className: 'java.lang.IllegalArgumentException',
      message:
        'requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".',
    });
  }
  const configs: Record<string, string> = {};
  for (const [key, value] of pairs) configs[(key as string).trim()] = (value as string).trim();
  for (const name of Object.keys(configs)) {
    if (!TOPIC_CONFIG_NAMES.has(name)) {
      throw new JavaError({
        className: 'org.apache.kafka.common.errors.InvalidConfigurationException',
        message: `Unknown topic config name: ${name}`,
      });
    }
  }
  if ('message.format.version' in configs) {
    // The Java port kept the Scala string interpolation markers literally.
    notice(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Kafka 3.9 prints the `${…}` markers as is.
      'WARNING: The configuration ${TopicConfig.MESSAGE_FORMAT_VERSION_CONFIG}=${props.getProperty(TopicConfig.MESSAGE_FORMAT_VERSION_CONFIG)} is specified. ' +
        'This configuration will be ignored if the version is newer than the inter.broker.protocol.version specified in the broker or ' +
        'if the inter.broker.protocol.version is 3.0 or newer. This configuration is deprecated and it will be removed in Apache Kafka 4.0.',
    );
  }
  return configs;
}
