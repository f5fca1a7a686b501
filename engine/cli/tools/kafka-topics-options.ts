/**
 * `TopicCommandOptions` of Kafka 3.9: the options `kafka-topics.sh` accepts and its argument checks, in
 * the order `checkArgs` runs them. The simulator does not require `--bootstrap-server`; the checks that
 * involve it behave as if it were given (every real invocation gives it).
 */
import {
  checkInvalidArgs,
  checkRequiredArgs,
  hashSetOrder,
  type OptionSpec,
  type ParsedOptions,
  specString,
  UsageError,
} from '../options';
import { DEFAULT_OPTIONS } from './tool';

export const TOPIC_OPTIONS: readonly OptionSpec[] = [
  ...DEFAULT_OPTIONS,
  { name: 'bootstrap-server', arg: 'required' },
  { name: 'command-config', arg: 'required' },
  { name: 'list', arg: 'none' },
  { name: 'create', arg: 'none' },
  { name: 'delete', arg: 'none' },
  { name: 'alter', arg: 'none' },
  { name: 'describe', arg: 'none' },
  { name: 'topic', arg: 'required' },
  { name: 'topic-id', arg: 'required' },
  { name: 'config', arg: 'required' },
  { name: 'delete-config', arg: 'required' },
  { name: 'partitions', arg: 'required', type: 'int' },
  { name: 'replication-factor', arg: 'required', type: 'int' },
  { name: 'replica-assignment', arg: 'required' },
  { name: 'under-replicated-partitions', arg: 'none' },
  { name: 'unavailable-partitions', arg: 'none' },
  { name: 'under-min-isr-partitions', arg: 'none' },
  { name: 'at-min-isr-partitions', arg: 'none' },
  { name: 'topics-with-overrides', arg: 'none' },
  { name: 'if-exists', arg: 'none' },
  { name: 'if-not-exists', arg: 'none' },
  { name: 'exclude-internal', arg: 'none' },
  { name: 'partition-size-limit-per-response', arg: 'required', type: 'int' },
];

const ACTIONS = ['create', 'list', 'alter', 'describe', 'delete'] as const;
/** `allTopicLevelOpts`, a `HashSet`, in its iteration order. */
const TOPIC_LEVEL = hashSetOrder(['alter', 'create', 'describe', 'list', 'delete']);
const REPORTS = hashSetOrder([
  'under-replicated-partitions',
  'under-min-isr-partitions',
  'at-min-isr-partitions',
  'unavailable-partitions',
]);

/** `invalidOptions(add, remove)`: a LinkedHashSet of the topic-level options minus `remove`, plus `add`. */
function invalid(remove: readonly string[], add: readonly string[] = []): string[] {
  return [...TOPIC_LEVEL.filter((o) => !remove.includes(o)), ...add];
}

export type TopicCheck =
  | { readonly kind: 'run' }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'version' };

/**
 * `TopicCommandOptions.checkArgs`. Returns what the tool does next; a `--describe --if-exists` with
 * both `--topic` and `--topic-id` also prints a notice on stdout (via `notice`).
 */
export function checkTopicArgs(opts: ParsedOptions, notice: (line: string) => void): TopicCheck {
  if (opts.argCount === 0) return { kind: 'usage', message: 'Create, delete, describe, or change a topic.' };
  if (opts.has('help')) {
    return { kind: 'usage', message: 'This tool helps to create, delete, describe, or change a topic.' };
  }
  if (opts.has('version')) return { kind: 'version' };
  if (ACTIONS.filter((a) => opts.has(a)).length !== 1) {
    return {
      kind: 'usage',
      message: 'Command must include exactly one action: --list, --describe, --create, --alter or --delete',
    };
  }
  try {
    checkRequired(opts, notice);
    checkInvalid(opts);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage', message: e.message };
    throw e;
  }
  return { kind: 'run' };
}

function checkRequired(opts: ParsedOptions, notice: (line: string) => void): void {
  if (opts.has('describe') && opts.has('if-exists')) {
    if (!opts.has('topic') && !opts.has('topic-id')) {
      throw new UsageError('--topic or --topic-id is required to describe a topic');
    }
    if (opts.has('topic') && opts.has('topic-id')) {
      notice(
        'Only topic id will be used when both --topic and --topic-id are specified and topicId is not Uuid.ZERO_UUID',
      );
    }
  }
  if (!opts.has('list') && !opts.has('describe')) checkRequiredArgs(opts, 'topic');
  if (opts.has('alter')) {
    // `checkInvalidArgsSet({bootstrap-server, config}, {alter})`, --bootstrap-server taken as given.
    if (opts.has('config')) {
      const used = hashSetOrder(['bootstrap-server', 'config']).map(specString).join(', ');
      throw new UsageError(
        `Option combination "[${used}]" can't be used with option "${specString('alter')}"` +
          ' (the kafka-configs CLI supports altering topic configs with a --bootstrap-server option)',
      );
    }
    checkRequiredArgs(opts, 'partitions');
  }
}

function checkInvalid(opts: ParsedOptions): void {
  checkInvalidArgs(opts, 'config', invalid(['alter', 'create']));
  if (opts.has('delete-config')) {
    const list = invalid(['alter']);
    checkInvalidArgs(opts, 'delete-config', list);
    // …then `bootstrap-server`, added last to that set: always present in a real invocation.
    throw new UsageError(
      `Option "${specString('delete-config')}" can't be used with option "${specString('bootstrap-server')}"`,
    );
  }
  checkInvalidArgs(opts, 'partitions', invalid(['alter', 'create']));
  checkInvalidArgs(opts, 'replication-factor', invalid(['create']));
  checkInvalidArgs(opts, 'replica-assignment', invalid(['alter', 'create']));
  if (opts.has('create')) checkInvalidArgs(opts, 'replica-assignment', ['partitions', 'replication-factor']);
  for (const report of [
    'under-replicated-partitions',
    'under-min-isr-partitions',
    'at-min-isr-partitions',
    'unavailable-partitions',
  ]) {
    checkInvalidArgs(opts, report, invalid(['describe', report], ['topics-with-overrides']));
  }
  checkInvalidArgs(opts, 'topics-with-overrides', invalid(['describe'], REPORTS));
  checkInvalidArgs(opts, 'if-exists', invalid(['alter', 'delete', 'describe']));
  checkInvalidArgs(opts, 'if-not-exists', invalid(['create']));
  checkInvalidArgs(opts, 'exclude-internal', invalid(['list', 'describe']));
}
