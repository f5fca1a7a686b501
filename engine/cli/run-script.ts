/**
 * Runs a script against a fresh simulated cluster and returns the transcript a terminal would show:
 * each command echoed after `$ ` (continuation and heredoc lines after `> `), then everything the
 * tool wrote to stdout and stderr, in order. A failing command prints its error and the script goes
 * on. Every command's output ends on a line of its own (a tool that stops mid-line, like 3.9's
 * `kafka-consumer-groups.sh --describe`, gets a newline), so the next `$` starts a line.
 *
 * The cluster is created at the first command that needs it, after any leading `sim brokers N` and
 * `sim seed S` (defaults: 3 brokers, seed 1).
 */
import type { ClusterApi } from '../cluster/cluster-api';
import { type Program, parseScript } from './script';
import { consoleConsumer } from './tools/console-consumer';
import { consoleProducer } from './tools/console-producer';
import { consumerGroups } from './tools/consumer-groups';
import { getOffsets } from './tools/get-offsets';
import { kafkaTopics } from './tools/kafka-topics';
import { parseCount, runSim } from './tools/sim';
import type { Output, Tool } from './tools/tool';

export { parseDuration } from './duration';

export const DEFAULT_BROKERS = 3;
export const DEFAULT_SEED = 1;
/** How long a console consumer without `--timeout-ms` waits for a record before the "user" stops it. */
export const DEFAULT_CONSUMER_IDLE_MS = 5000;

export interface RunResult {
  /** The transcript, ending with a newline (empty for an empty script). */
  readonly transcript: string;
  /** 0 normally; 2 when the script cannot be parsed (nothing runs); 1 after a simulator bug. */
  readonly exitCode: number;
  /** What the runner itself reports on stderr: `line N: message` for a parse error. */
  readonly stderr: string;
}

export type MakeCluster = (options: { readonly brokers: number; readonly seed: number }) => ClusterApi;

const TOOLS: Readonly<Record<Exclude<Program, 'sim'>, Tool>> = {
  'kafka-topics': kafkaTopics,
  'kafka-console-producer': consoleProducer,
  'kafka-console-consumer': consoleConsumer,
  'kafka-consumer-groups': consumerGroups,
  'kafka-get-offsets': getOffsets,
};

/** Collects a command's output in order and keeps the transcript line-aligned. */
class Transcript implements Output {
  private text = '';

  stdout(text: string): void {
    this.text += text;
  }

  stderr(text: string): void {
    this.text += text;
  }

  /** Starts a line if the last output stopped in the middle of one. */
  endLine(): void {
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  echo(lines: readonly string[]): void {
    this.endLine();
    this.text += lines.map((l) => `${l}\n`).join('');
  }

  toString(): string {
    this.endLine();
    return this.text;
  }
}

/** The simulator draws up to 9 brokers (ids 1..9). */
const MAX_BROKERS = 9;

/**
 * @example
 *   runScript('sim brokers 1\nkafka-topics.sh --list\n', createCluster).transcript;
 *   // '$ sim brokers 1\n$ kafka-topics.sh --list\n__consumer_offsets\n' (or an empty line, with no topics)
 */
export function runScript(
  text: string,
  makeCluster: MakeCluster,
  options: { consumerIdleMs?: number } = {},
): RunResult {
  const parsed = parseScript(text);
  if (parsed.error !== null) {
    return { transcript: '', exitCode: 2, stderr: `line ${parsed.error.line}: ${parsed.error.message}\n` };
  }
  const out = new Transcript();
  let brokers = DEFAULT_BROKERS;
  let seed = DEFAULT_SEED;
  let cluster: ClusterApi | null = null;
  let exitCode = 0;
  for (const command of parsed.commands) {
    out.echo(command.echo);
    const args = command.argv.slice(1);
    try {
      if (command.program === 'sim' && cluster === null && (args[0] === 'brokers' || args[0] === 'seed')) {
        const value = setup(out, args);
        if (value !== null && args[0] === 'brokers') brokers = value;
        if (value !== null && args[0] === 'seed') seed = value;
        continue;
      }
      cluster ??= makeCluster({ brokers, seed });
      if (command.program === 'sim') {
        runSim(cluster, out, args);
      } else {
        TOOLS[command.program]({
          cluster,
          out,
          args,
          stdin: command.heredoc,
          consumerIdleMs: options.consumerIdleMs ?? DEFAULT_CONSUMER_IDLE_MS,
        });
      }
    } catch (e) {
      // Not a Kafka error (those the tools print): a bug in the simulator. Say so and go on.
      exitCode = 1;
      out.endLine();
      out.stderr(`kafkascope: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
  }
  return { transcript: out.toString(), exitCode, stderr: '' };
}

/** `sim brokers N` / `sim seed S` before the cluster exists; prints a usage error and returns null. */
function setup(out: Output, args: readonly string[]): number | null {
  if (args.length !== 2) {
    out.stderr(`sim: usage: sim ${args[0]} ${args[0] === 'brokers' ? 'N' : 'S'}\n`);
    return null;
  }
  try {
    const value = parseCount(args[1], args[0] === 'brokers' ? 'broker count' : 'seed');
    if (args[0] === 'brokers' && (value < 1 || value > MAX_BROKERS))
      throw new RangeError(`broker count must be 1 to ${MAX_BROKERS}, got ${value}`);
    return value;
  } catch (e) {
    out.stderr(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}
