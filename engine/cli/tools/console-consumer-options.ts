/**
 * `ConsoleConsumerOptions` of Kafka 3.9: the console consumer's options and the checks its constructor
 * runs, in order, turned into a plan for the run. Which way each failure is reported follows the tool:
 * most go through `printUsageAndExit`; `--timeout-ms` and `--partition` values convert inside the
 * constructor, outside any try, so a bad number is an uncaught exception of the main thread.
 */
import type { ConsumerConfigInput } from '../../cluster/cluster-api';
import { type FormatterConfig, formatterConfig } from '../format/console-consumer';
import type { JavaThrowable } from '../format/log4j';
import { OptionException, type ParsedOptions, parseKeyValueArgs, parseOptions, UsageError } from '../options';
import { DEFAULT_OPTIONS, noSuchFile } from './tool';

export const CONSUMER_OPTIONS = [
  ...DEFAULT_OPTIONS,
  { name: 'topic', arg: 'required' },
  { name: 'whitelist', arg: 'required' },
  { name: 'include', arg: 'required' },
  { name: 'partition', arg: 'required', type: 'int' },
  { name: 'offset', arg: 'required', defaultValue: 'latest' },
  { name: 'consumer-property', arg: 'required' },
  { name: 'consumer.config', arg: 'required' },
  {
    name: 'formatter',
    arg: 'required',
    defaultValue: 'org.apache.kafka.tools.consumer.DefaultMessageFormatter',
  },
  { name: 'property', arg: 'required' },
  { name: 'formatter-config', arg: 'required' },
  { name: 'from-beginning', arg: 'none' },
  { name: 'max-messages', arg: 'required', type: 'int' },
  { name: 'timeout-ms', arg: 'required', type: 'long' },
  { name: 'skip-message-on-error', arg: 'none' },
  { name: 'bootstrap-server', arg: 'required' },
  { name: 'key-deserializer', arg: 'required' },
  { name: 'value-deserializer', arg: 'required' },
  { name: 'enable-systest-events', arg: 'none' },
  { name: 'isolation-level', arg: 'required', defaultValue: 'read_uncommitted' },
  { name: 'group', arg: 'required' },
] as const;

/** Where a manually assigned partition starts: `ListOffsetsRequest.EARLIEST/LATEST_TIMESTAMP` or an offset. */
export type StartOffset = 'earliest' | 'latest' | number;

export interface ConsumerPlan {
  readonly options: ParsedOptions;
  /** `--topic`, or the `--include` regex (null with `--topic`). */
  readonly topic: string | null;
  readonly include: string | null;
  readonly partition: number | null;
  readonly startOffset: StartOffset;
  /** null: no `--timeout-ms` (the runner's idle wait applies, silently, as if the user pressed Ctrl-C). */
  readonly timeoutMs: number | null;
  /** Consumer settings except the group id, which needs the cluster's RNG when generated. */
  readonly config: ConsumerConfigInput;
  /** The group id given in any of the three places, or null to generate `console-consumer-<n>`. */
  readonly groupId: string | null;
  /** Whether enable.auto.commit was given explicitly. */
  readonly autoCommitGiven: boolean;
  readonly formatter: FormatterConfig | 'no-op';
  /** A `WARNING:` line a deprecated formatter class name prints on stderr. */
  readonly formatterWarning: string | null;
}

export type ConsumerCheck =
  | { readonly kind: 'run'; readonly plan: ConsumerPlan }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'stderr'; readonly text: string }
  | { readonly kind: 'uncaught'; readonly error: JavaThrowable }
  | { readonly kind: 'version' };

const FORMATTERS: Record<string, { readonly kind: 'default' | 'no-op'; readonly deprecated: boolean }> = {
  'org.apache.kafka.tools.consumer.DefaultMessageFormatter': { kind: 'default', deprecated: false },
  'org.apache.kafka.tools.consumer.LoggingMessageFormatter': { kind: 'default', deprecated: false },
  'org.apache.kafka.tools.consumer.NoOpMessageFormatter': { kind: 'no-op', deprecated: false },
  'kafka.tools.DefaultMessageFormatter': { kind: 'default', deprecated: true },
  'kafka.tools.LoggingMessageFormatter': { kind: 'default', deprecated: true },
  'kafka.tools.NoOpMessageFormatter': { kind: 'no-op', deprecated: true },
};

/** The constructor of `ConsoleConsumerOptions`. */
export function checkConsumerArgs(args: readonly string[]): ConsumerCheck {
  try {
    return { kind: 'run', plan: plan(args) };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage', message: e.message };
    if (e instanceof Uncaught) return { kind: 'uncaught', error: e.throwable };
    if (e instanceof Printed) return e.text === null ? { kind: 'version' } : { kind: 'stderr', text: e.text };
    throw e;
  }
}

class Uncaught extends Error {
  constructor(readonly throwable: JavaThrowable) {
    super(throwable.message ?? throwable.className);
  }
}

class Printed extends Error {
  constructor(readonly text: string | null) {
    super(text ?? 'version');
  }
}

function throwNoSuchFile(path: string | undefined): never {
  throw new Uncaught(noSuchFile(path).throwable);
}

/** Converts a typed value where a conversion error escapes the constructor uncaught. */
function uncaught<T>(convert: () => T): T {
  try {
    return convert();
  } catch (e) {
    if (e instanceof OptionException) throw new Uncaught(e.throwable);
    throw e;
  }
}

function plan(args: readonly string[]): ConsumerPlan {
  let opts: ParsedOptions;
  try {
    opts = parseOptions(CONSUMER_OPTIONS, args);
  } catch (e) {
    if (e instanceof OptionException) throw new UsageError(e.message);
    throw e;
  }
  if (opts.argCount === 0 || opts.has('help')) {
    throw new UsageError('This tool helps to read data from Kafka topics and outputs it to standard output.');
  }
  if (opts.has('version')) throw new Printed(null);
  const topic = uncaught(() => opts.valueOf('topic')) ?? null;
  const include = uncaught(() => opts.valueOf('include') ?? opts.valueOf('whitelist')) ?? null;
  if ((topic === null) === (include === null)) {
    const whitelist = opts.has('whitelist')
      ? '--whitelist is DEPRECATED use --include instead; ignored if --include specified.'
      : '';
    throw new UsageError(`Exactly one of --include/--topic is required. ${whitelist}`);
  }
  const partition = uncaught(() => opts.numberValueOf('partition')) ?? null;
  if (partition !== null) {
    if (!opts.has('topic')) throw new UsageError('The topic is required when partition is specified.');
    if (opts.has('from-beginning') && opts.has('offset')) {
      throw new UsageError('Options from-beginning and offset cannot be specified together.');
    }
  } else if (opts.has('offset')) {
    throw new UsageError('The partition is required when offset is specified.');
  }
  // `Utils.loadProps`: the simulated machine has no files, so any properties file is missing.
  if (opts.has('consumer.config')) throwNoSuchFile(uncaught(() => opts.valueOf('consumer.config')));
  const props = parseKeyValueArgs(opts.valuesOf('consumer-property'));
  const groups = [
    ...new Set([
      ...(opts.has('group') ? [opts.valueOf('group') as string] : []),
      ...(props.has('group.id') ? [props.get('group.id') as string] : []),
    ]),
  ];
  if (groups.length > 1) {
    throw new UsageError(
      "The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. " +
        `Detected group ids: ${groups.map((g) => `'${g}'`).join(', ')}`,
    );
  }
  if (groups.length > 0 && partition !== null) {
    throw new UsageError('Options group and partition cannot be specified together.');
  }
  const reset = props.get('auto.offset.reset');
  if (reset !== undefined && opts.has('from-beginning') && reset !== 'earliest') {
    throw new Printed(
      `Can't simultaneously specify --from-beginning and 'auto.offset.reset=${reset}', please remove one option\n`,
    );
  }
  const startOffset = parseStartOffset(opts);
  const timeout = uncaught(() => opts.numberValueOf('timeout-ms'));
  const formatterName = opts.valueOf('formatter') as string;
  // buildFormatter reports any exception, a missing --formatter-config file included, as usage.
  const formatterConfigFile = opts.valueOf('formatter-config');
  if (formatterConfigFile !== undefined) throw new UsageError(formatterConfigFile);
  const formatter = FORMATTERS[formatterName];
  if (formatter === undefined) throw new UsageError(formatterName); // Class.forName's message: the name
  return {
    options: opts,
    topic,
    include,
    partition,
    startOffset,
    timeoutMs: timeout === undefined || timeout < 0 ? null : timeout,
    config: consumerConfig(props, reset ?? (opts.has('from-beginning') ? 'earliest' : 'latest')),
    groupId: groups[0] ?? null,
    autoCommitGiven: props.has('enable.auto.commit'),
    formatter:
      formatter.kind === 'no-op' ? 'no-op' : formatterConfig(parseKeyValueArgs(opts.valuesOf('property'))),
    formatterWarning: formatter.deprecated
      ? `WARNING: ${formatterName} is deprecated and will be removed in the next major release. Please use ${formatterName.replace('kafka.tools.', 'org.apache.kafka.tools.consumer.')} instead`
      : null,
  };
}

function parseStartOffset(opts: ParsedOptions): StartOffset {
  if (opts.has('offset')) {
    const text = opts.valueOf('offset') as string;
    const lower = text.toLowerCase();
    if (lower === 'earliest' || lower === 'latest') return lower;
    const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value) || value < 0) {
      throw new UsageError(
        `The provided offset value '${text}' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.`,
      );
    }
    return value;
  }
  return opts.has('from-beginning') ? 'earliest' : 'latest';
}

const ASSIGNORS: Record<string, string> = {
  'org.apache.kafka.clients.consumer.RangeAssignor': 'range',
  'org.apache.kafka.clients.consumer.RoundRobinAssignor': 'roundrobin',
  'org.apache.kafka.clients.consumer.StickyAssignor': 'sticky',
  'org.apache.kafka.clients.consumer.CooperativeStickyAssignor': 'cooperative-sticky',
};

/** The consumer properties the simulated consumer models; others are accepted and ignored. */
function consumerConfig(props: ReadonlyMap<string, string>, autoOffsetReset: string): ConsumerConfigInput {
  const num = (key: string) => {
    const v = props.get(key);
    return v === undefined || v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v);
  };
  const strategy = props.get('partition.assignment.strategy');
  const fields: Record<string, unknown> = {
    clientId: props.get('client.id') ?? 'console-consumer',
    autoOffsetReset,
    enableAutoCommit: props.has('enable.auto.commit')
      ? props.get('enable.auto.commit')?.trim().toLowerCase() === 'true'
      : undefined,
    autoCommitIntervalMs: num('auto.commit.interval.ms'),
    sessionTimeoutMs: num('session.timeout.ms'),
    heartbeatIntervalMs: num('heartbeat.interval.ms'),
    maxPollRecords: num('max.poll.records'),
    partitionAssignmentStrategy:
      strategy === undefined ? undefined : strategy.split(',').map((s) => ASSIGNORS[s.trim()] ?? s.trim()),
    groupInstanceId: props.get('group.instance.id'),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ConsumerConfigInput;
}
