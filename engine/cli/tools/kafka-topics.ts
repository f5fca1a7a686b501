/**
 * `kafka-topics.sh` (Kafka 3.9 tools/.../TopicCommand.java) against the simulated cluster:
 * `--create`, `--list`, `--describe` (with its partition reports), `--alter --partitions`, `--delete`.
 * Failures follow `TopicCommand`: option parse errors reach `mainNoExit` (message, then the exception),
 * usage errors print the usage message, and everything after connecting goes through `printException`.
 */
import type { PartitionDescription, TopicDescription } from '../../cluster/cluster-api';
import { KafkaError } from '../../cluster/errors';
import { COLLISION_WARNING, formatDescribe, formatList, topicCommandError } from '../format/topics';
import { OptionException, type ParsedOptions, parseOptions } from '../options';
import { checkTopicArgs, TOPIC_OPTIONS } from './kafka-topics-options';
import {
  illegalArgument,
  KAFKA_VERSION,
  printUsageError,
  type Tool,
  type ToolContext,
  toJavaThrowable,
} from './tool';
import { validateTopicConfigs } from './topic-configs';
import { includeList, isInternalTopic } from './topic-filter';

/** `kafka-topics.sh <args>`. */
export const kafkaTopics: Tool = (ctx) => {
  const { out } = ctx;
  let opts: ParsedOptions;
  try {
    opts = parseOptions(TOPIC_OPTIONS, ctx.args);
  } catch (e) {
    if (!(e instanceof OptionException)) throw e;
    // mainNoExit: getMessage(), then Utils.stackTrace(e) (frames left out) and println's newline.
    out.stderr(`${e.message}\n${e.throwable.className}: ${e.message}\n\n`);
    return;
  }
  const check = checkTopicArgs(opts, (line) => out.stdout(`${line}\n`));
  if (check.kind === 'usage') return printUsageError(out, check.message);
  if (check.kind === 'version') return out.stdout(`${KAFKA_VERSION}\n`);
  if (opts.has('command-config')) {
    // `opts.commandConfig()` runs before the try of execute(): mainNoExit prints it.
    const path = opts.valueOf('command-config') ?? 'null';
    return out.stderr(`${path}\njava.nio.file.NoSuchFileException: ${path}\n\n`);
  }
  try {
    if (opts.has('create')) createTopic(ctx, opts);
    else if (opts.has('alter')) alterTopic(ctx, opts);
    else if (opts.has('list')) out.stdout(`${formatList(getTopics(ctx, opts))}\n`);
    else if (opts.has('describe')) describeTopic(ctx, opts);
    else deleteTopic(ctx, opts);
  } catch (e) {
    const throwable = toJavaThrowable(e);
    if (throwable === null) throw e;
    const printed = topicCommandError(ctx.cluster.nowMs, throwable);
    out.stdout(printed.stdout);
    out.stderr(printed.stderr);
  }
};

/** `TopicService.getTopics`: all names (internal ones unless excluded), sorted, filtered by `--topic`. */
function getTopics(ctx: ToolContext, opts: ParsedOptions): string[] {
  const excludeInternal = opts.has('exclude-internal');
  const all = [...ctx.cluster.listTopics()].sort();
  const topic = opts.valueOf('topic');
  if (topic === undefined) return all.filter((t) => !(isInternalTopic(t) && excludeInternal));
  const filter = includeList(topic);
  return all.filter((t) => filter.allows(t, excludeInternal));
}

/** `ensureTopicExists`: the 3.7+ Java port formats the `Optional`, hence `Optional[demo]`. */
function ensureTopicExists(found: readonly string[], opts: ParsedOptions): void {
  const requested = opts.valueOf('topic');
  if (requested !== undefined && requested !== '' && !opts.has('if-exists') && found.length === 0) {
    throw illegalArgument(`Topic 'Optional[${requested}]' does not exist as expected`);
  }
}

function createTopic(ctx: ToolContext, opts: ParsedOptions): void {
  // `new CommandTopicPartition(opts)`: the values convert here, so conversion errors are printException's.
  const name = opts.valueOf('topic') as string;
  const partitions = opts.numberValueOf('partitions');
  const replicationFactor = opts.numberValueOf('replication-factor');
  if (opts.has('replica-assignment')) {
    unsupported(ctx, '--replica-assignment');
    return;
  }
  const configs = validateTopicConfigs(opts.valuesOf('config'), (line) => ctx.out.stdout(`${line}\n`));
  if (name.includes('_') || name.includes('.')) ctx.out.stdout(`${COLLISION_WARNING}\n`);
  if (replicationFactor !== undefined && (replicationFactor > 32767 || replicationFactor < 1)) {
    throw illegalArgument('The replication factor must be between 1 and 32767 inclusive');
  }
  if (partitions !== undefined && partitions < 1)
    throw illegalArgument('The partitions must be greater than 0');
  try {
    ctx.cluster.createTopic(name, {
      ...(partitions === undefined ? {} : { partitions }),
      ...(replicationFactor === undefined ? {} : { replicationFactor }),
      configs,
    });
  } catch (e) {
    if (e instanceof KafkaError && e.error === 'TOPIC_ALREADY_EXISTS' && opts.has('if-not-exists')) return;
    throw e;
  }
  ctx.out.stdout(`Created topic ${name}.\n`);
}

function alterTopic(ctx: ToolContext, opts: ParsedOptions): void {
  const partitions = opts.numberValueOf('partitions') as number;
  if (opts.has('replica-assignment')) {
    unsupported(ctx, '--replica-assignment');
    return;
  }
  validateTopicConfigs(opts.valuesOf('config'), (line) => ctx.out.stdout(`${line}\n`));
  const topics = getTopics(ctx, opts);
  ensureTopicExists(topics, opts);
  // Prints nothing on success (the admin client's CreatePartitions).
  for (const topic of topics) ctx.cluster.createPartitions(topic, partitions);
}

function deleteTopic(ctx: ToolContext, opts: ParsedOptions): void {
  const topics = getTopics(ctx, opts);
  ensureTopicExists(topics, opts);
  for (const topic of topics) ctx.cluster.deleteTopic(topic);
}

function describeTopic(ctx: ToolContext, opts: ParsedOptions): void {
  const topicId = opts.valueOf('topic-id');
  let descriptions: TopicDescription[];
  if (topicId !== undefined && topicId !== 'AAAAAAAAAAAAAAAAAAAAAA') {
    const excludeInternal = opts.has('exclude-internal');
    const names = ctx.cluster.listTopics().filter((t) => !(excludeInternal && isInternalTopic(t)));
    descriptions = ctx.cluster.describeTopics(names).filter((td) => td.topicId === topicId);
    if (descriptions.length === 0 && !opts.has('if-exists')) {
      throw illegalArgument(`TopicId '${topicId}' does not exist as expected`);
    }
  } else {
    const topics = getTopics(ctx, opts);
    ensureTopicExists(topics, opts);
    descriptions = topics.length === 0 ? [] : ctx.cluster.describeTopics(topics);
  }
  const reports = {
    underReplicated: opts.has('under-replicated-partitions'),
    unavailable: opts.has('unavailable-partitions'),
    underMinIsr: opts.has('under-min-isr-partitions'),
    atMinIsr: opts.has('at-min-isr-partitions'),
  };
  const describeConfigs =
    !reports.underReplicated && !reports.unavailable && !reports.underMinIsr && !reports.atMinIsr;
  const partitionFilter = (td: TopicDescription, p: PartitionDescription): boolean =>
    describeConfigs ||
    (reports.underReplicated && p.replicas.length - p.isr.length > 0) ||
    // The tool also counts a leader outside the live brokers as unavailable; a simulated leader is live.
    (reports.unavailable && p.leader < 0) ||
    (reports.underMinIsr && (p.leader < 0 || p.isr.length < minIsr(td))) ||
    (reports.atMinIsr && p.isr.length === minIsr(td));
  const lines = formatDescribe(descriptions, {
    printTopicLine: describeConfigs,
    printPartitions: !opts.has('topics-with-overrides'),
    partitionFilter,
    onlyWithOverrides: opts.has('topics-with-overrides'),
  });
  for (const line of lines) ctx.out.stdout(`${line}\n`);
}

/** The topic's `min.insync.replicas`: its override or broker setting when listed, else Kafka's default 1. */
function minIsr(td: TopicDescription): number {
  const entry = td.configs.find((c) => c.name === 'min.insync.replicas');
  return entry === undefined ? 1 : Number(entry.value);
}

function unsupported(ctx: ToolContext, option: string): void {
  ctx.out.stderr(`kafkascope: ${option} is not simulated yet\n`);
}
