/**
 * `kafka-get-offsets.sh` (Kafka 3.9 tools/.../GetOffsetShell.java): offsets of the partitions selected
 * by `--topic` (a regex) and `--partitions`, or by `--topic-partitions`, at `--time`.
 */
import type { OffsetSpec } from '../../cluster/cluster-api';
import { ERRORS, exceptionClassName } from '../../cluster/errors';
import { formatOffsets, getOffsetsError } from '../format/get-offsets';
import { stackTraceLines, throwableToString } from '../format/log4j';
import { OptionException, type OptionSpec, type ParsedOptions, parseOptions } from '../options';
import {
  DEFAULT_OPTIONS,
  JavaError,
  KAFKA_VERSION,
  noSuchFile,
  printUsageError,
  type Tool,
  type ToolContext,
  toJavaThrowable,
} from './tool';
import { javaSplit } from './topic-configs';
import { includeList } from './topic-filter';

export const GET_OFFSETS_OPTIONS: readonly OptionSpec[] = [
  ...DEFAULT_OPTIONS,
  { name: 'broker-list', arg: 'required' },
  { name: 'bootstrap-server', arg: 'required' },
  { name: 'topic-partitions', arg: 'required' },
  { name: 'topic', arg: 'required' },
  { name: 'partitions', arg: 'required' },
  { name: 'time', arg: 'required', defaultValue: 'latest' },
  { name: 'command-config', arg: 'required' },
  { name: 'exclude-internal-topics', arg: 'none' },
];

const USAGE = 'An interactive shell for getting topic-partition offsets.';

/** A `TerseException`: printed as `Error occurred: <message>`, without a stack trace. */
class TerseError extends Error {}

/** `kafka-get-offsets.sh <args>`. */
export const getOffsets: Tool = (ctx) => {
  const { out } = ctx;
  if (ctx.args.length === 0) return printUsageError(out, USAGE);
  let opts: ParsedOptions;
  try {
    opts = parseOptions(GET_OFFSETS_OPTIONS, ctx.args);
  } catch (e) {
    if (e instanceof OptionException) return out.stderr(getOffsetsError(e.message));
    throw e;
  }
  if (opts.has('help')) return printUsageError(out, USAGE);
  if (opts.has('version')) return out.stdout(`${KAFKA_VERSION}\n`);
  try {
    out.stdout(formatOffsets(fetchOffsets(ctx, opts)));
  } catch (e) {
    if (e instanceof TerseError) return out.stderr(getOffsetsError(e.message));
    const throwable = toJavaThrowable(e);
    if (throwable === null) throw e;
    // mainNoExit: the message, then Utils.stackTrace (frames left out) and println's newline.
    out.stderr(`${getOffsetsError(throwable.message ?? 'null')}${stackTraceLines(throwable).join('\n')}\n\n`);
  }
};

function fetchOffsets(ctx: ToolContext, opts: ParsedOptions) {
  if (opts.has('topic-partitions') && (opts.has('topic') || opts.has('partitions'))) {
    throw new TerseError('--topic-partitions cannot be used with --topic or --partitions');
  }
  const excludeInternal = opts.has('exclude-internal-topics');
  const spec = parseOffsetSpec(opts.valueOf('time') as string);
  const rules = opts.has('topic-partitions')
    ? javaSplit(opts.valueOf('topic-partitions') as string, /,/).map(parseRule)
    : [topicAndPartitions(opts.valueOf('topic'), opts.valueOf('partitions'))];
  if (opts.has('command-config')) throw noSuchFile(opts.valueOf('command-config'));
  const topics = ctx.cluster.listTopics().filter((t) => rules.some((r) => r.topic(t, excludeInternal)));
  const partitions = (topics.length === 0 ? [] : ctx.cluster.describeTopics(topics)).flatMap((td) =>
    td.partitions
      .map((p) => ({ topic: td.name, partition: p.partition }))
      .filter((tp) =>
        rules.some((r) => r.topic(tp.topic, excludeInternal) && r.partition(tp.topic, tp.partition)),
      ),
  );
  if (partitions.length === 0)
    throw new TerseError('Could not match any topic-partitions with the specified filters');
  if (spec === 'none') return [];
  const results = ctx.cluster.listOffsets(partitions, spec);
  for (const r of results) {
    if (r.error !== 'NONE') {
      ctx.out.stderr(
        `Skip getting offsets for topic-partition ${r.topic}-${r.partition} due to error: ` +
          `${exceptionClassName(r.error)}: ${ERRORS[r.error].message}\n`,
      );
    }
  }
  return results.filter((r) => r.error === 'NONE');
}

/**
 * `parseOffsetSpec`. `-4`/`earliest-local` is the log start offset without tiered storage;
 * `-5`/`latest-tiered` finds nothing without it ('none': every partition is left out).
 */
function parseOffsetSpec(time: string): OffsetSpec | 'none' {
  const named: Record<string, OffsetSpec | 'none'> = {
    earliest: 'earliest',
    latest: 'latest',
    'max-timestamp': 'max-timestamp',
    'earliest-local': 'earliest',
    'latest-tiered': 'none',
    '-2': 'earliest',
    '-1': 'latest',
    '-3': 'max-timestamp',
    '-4': 'earliest',
    '-5': 'none',
  };
  const spec = named[time];
  if (spec !== undefined) return spec;
  if (!/^[+-]?\d+$/.test(time)) {
    throw new TerseError(
      `Malformed time argument ${time}. Please use -1 or latest / -2 or earliest / -3 or max-timestamp / -4 or earliest-local / -5 or latest-tiered, or a specified long format timestamp`,
    );
  }
  return { timestampMs: Number(time) };
}

interface Rule {
  topic(topic: string, excludeInternal: boolean): boolean;
  partition(topic: string, partition: number): boolean;
}

function topicAndPartitions(topic: string | undefined, partitions: string | undefined): Rule {
  const filter = includeList(topic ?? '.*');
  let ids: Set<number> | null = null;
  if (partitions !== undefined && partitions !== '') {
    const parts = javaSplit(partitions, /,/);
    if (!parts.every((p) => /^[+-]?\d+$/.test(p))) {
      throw new TerseError(
        `--partitions expects a comma separated list of numeric partition ids, but received: ${partitions}`,
      );
    }
    ids = new Set(parts.map(Number));
  }
  return { topic: (t, ex) => filter.allows(t, ex), partition: (_t, p) => ids === null || ids.has(p) };
}

/** One `--topic-partitions` rule: `regex(:N|:N-M|:N-|:-M)?`; the range's upper bound is exclusive. */
function parseRule(spec: string): Rule {
  const m = /^([^:,]*)(?::(?:([0-9]*)|(?:([0-9]*)-([0-9]*))))?$/.exec(spec);
  if (m === null) {
    // Thrown inside a lambda and wrapped: RuntimeException(TerseException).
    const cause = {
      className: 'org.apache.kafka.tools.TerseException',
      message: `Invalid rule specification: ${spec}`,
    };
    throw new JavaError({
      className: 'java.lang.RuntimeException',
      message: throwableToString(cause),
      cause,
    });
  }
  const group = (i: number) => (m[i] === undefined || m[i] === '' ? null : (m[i] as string));
  const filter = includeList(group(1) ?? '.*');
  const exact = group(2);
  const lower = group(3) === null ? 0 : Number(group(3));
  const upper = group(4) === null ? Number.MAX_SAFE_INTEGER : Number(group(4));
  return {
    topic: (t, ex) => filter.allows(t, ex),
    partition: (_t, p) => (exact !== null ? p === Number(exact) : p >= lower && p < upper),
  };
}
