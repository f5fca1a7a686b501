/**
 * `ConsumerGroupCommandOptions` of Kafka 3.9 and the checks `fromArgs` and `main` run before the
 * command, in order. `--bootstrap-server` is not required by the simulator.
 */
import {
  checkInvalidArgs,
  hashSetOrder,
  type OptionSpec,
  type ParsedOptions,
  specString,
  UsageError,
} from '../options';
import { DEFAULT_OPTIONS } from './tool';

export const GROUP_OPTIONS: readonly OptionSpec[] = [
  ...DEFAULT_OPTIONS,
  { name: 'bootstrap-server', arg: 'required' },
  { name: 'group', arg: 'required' },
  { name: 'topic', arg: 'required' },
  { name: 'all-topics', arg: 'none' },
  { name: 'list', arg: 'none' },
  { name: 'describe', arg: 'none' },
  { name: 'all-groups', arg: 'none' },
  { name: 'delete', arg: 'none' },
  { name: 'timeout', arg: 'required', type: 'long', defaultValue: '5000' },
  { name: 'command-config', arg: 'required' },
  { name: 'reset-offsets', arg: 'none' },
  { name: 'delete-offsets', arg: 'none' },
  { name: 'dry-run', arg: 'none' },
  { name: 'execute', arg: 'none' },
  { name: 'export', arg: 'none' },
  { name: 'to-offset', arg: 'required', type: 'long' },
  { name: 'from-file', arg: 'required' },
  { name: 'to-datetime', arg: 'required' },
  { name: 'by-duration', arg: 'required' },
  { name: 'to-earliest', arg: 'none' },
  { name: 'to-latest', arg: 'none' },
  { name: 'to-current', arg: 'none' },
  { name: 'shift-by', arg: 'required', type: 'long' },
  { name: 'members', arg: 'none', availableIf: ['describe'] },
  { name: 'verbose', arg: 'none', availableIf: ['describe'] },
  { name: 'offsets', arg: 'none', availableIf: ['describe'] },
  { name: 'state', arg: 'optional', availableIf: ['describe', 'list'] },
  { name: 'type', arg: 'optional', availableIf: ['list'] },
];

const GROUP_LEVEL = ['list', 'describe', 'delete', 'reset-offsets'];
const GROUP_SCOPE = ['group', 'all-groups'];
const RESET_SCENARIOS = [
  'to-offset',
  'shift-by',
  'to-datetime',
  'by-duration',
  'to-earliest',
  'to-latest',
  'to-current',
  'from-file',
];

/** `ToolsUtils.minus`: a new HashSet without `remove`, in its iteration order. */
function minus(set: readonly string[], ...remove: readonly string[]): string[] {
  return hashSetOrder(set.filter((o) => !remove.includes(o)));
}

function joined(names: readonly string[]): string {
  return hashSetOrder(names).map(specString).join(', ');
}

export type GroupCheck =
  | { readonly kind: 'run' }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'version' }
  /** `--reset-offsets` without `--execute`/`--dry-run` warns on stderr and goes on. */
  | { readonly kind: 'stderr'; readonly text: string };

/** `checkArgs`, then `main`'s one-action rule. */
export function checkGroupArgs(opts: ParsedOptions): GroupCheck {
  if (opts.argCount === 0 || opts.has('help')) {
    return {
      kind: 'usage',
      message:
        'This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.',
    };
  }
  if (opts.has('version')) return { kind: 'version' };
  let warning = '';
  try {
    warning = checkArgs(opts);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage', message: e.message };
    throw e;
  }
  const actions = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'].filter((a) =>
    opts.has(a),
  );
  if (actions.length !== 1) {
    return {
      kind: 'usage',
      message:
        'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets',
    };
  }
  return warning === '' ? { kind: 'run' } : { kind: 'stderr', text: warning };
}

function checkArgs(opts: ParsedOptions): string {
  let warning = '';
  if (opts.has('describe')) {
    if (!opts.has('group') && !opts.has('all-groups')) {
      throw new UsageError(
        `Option ${specString('describe')} takes one of these options: ${joined(GROUP_LEVEL)}`,
      );
    }
    const views = ['members', 'offsets', 'state'];
    if (views.filter((v) => opts.has(v)).length > 1) {
      throw new UsageError(
        `Option ${specString('describe')} takes at most one of these options: ${views.map(specString).join(', ')}`,
      );
    }
    if (opts.has('state') && opts.valueOf('state') !== undefined) {
      throw new UsageError(
        `Option ${specString('describe')} does not take a value for ${specString('state')}`,
      );
    }
  }
  if (opts.has('delete')) {
    if (!opts.has('group') && !opts.has('all-groups')) {
      throw new UsageError(
        `Option ${specString('delete')} takes one of these options: ${joined(GROUP_SCOPE)}`,
      );
    }
    if (opts.has('topic')) {
      throw new UsageError(
        'The consumer does not support topic-specific offset deletion from a consumer group.',
      );
    }
  }
  if (opts.has('delete-offsets') && (!opts.has('group') || !opts.has('topic'))) {
    throw new UsageError(
      `Option ${specString('delete-offsets')} takes the following options: ${joined(GROUP_SCOPE)}`,
    );
  }
  if (opts.has('reset-offsets')) {
    if (opts.has('dry-run') && opts.has('execute')) {
      throw new UsageError(
        `Option ${specString('reset-offsets')} only accepts one of ${specString('execute')} and ${specString('dry-run')}`,
      );
    }
    if (!opts.has('dry-run') && !opts.has('execute')) {
      warning =
        'WARN: No action will be performed as the --execute option is missing.' +
        'In a future major release, the default behavior of this command will be to prompt the user before ' +
        'executing the reset rather than doing a dry run. You should add the --dry-run option explicitly ' +
        'if you are scripting this command and want to keep the current default behavior without prompting.\n';
    }
    if (!opts.has('group') && !opts.has('all-groups')) {
      throw new UsageError(
        `Option ${specString('reset-offsets')} takes one of these options: ${joined(GROUP_SCOPE)}`,
      );
    }
    for (const scenario of RESET_SCENARIOS)
      checkInvalidArgs(opts, scenario, minus(RESET_SCENARIOS, scenario));
  }
  checkInvalidArgs(opts, 'group', minus(GROUP_SCOPE, 'group'));
  checkInvalidArgs(opts, 'group', minus(GROUP_LEVEL, 'describe', 'delete', 'reset-offsets'));
  checkInvalidArgs(opts, 'topic', minus(GROUP_LEVEL, 'delete', 'reset-offsets'));
  return warning;
}
