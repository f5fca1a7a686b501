/**
 * `kafka-consumer-groups.sh` (Kafka 3.9 tools/.../consumer/group/ConsumerGroupCommand.java): `--list`
 * (optionally with `--state`) and `--describe` in its three views (offsets, `--members [--verbose]`,
 * `--state`). `--delete`, `--reset-offsets` and `--delete-offsets` are not simulated yet.
 */
import type { GroupDescription } from '../../cluster/cluster-api';
import {
  formatGroupList,
  formatMembersTable,
  formatOffsetsTable,
  formatStateTable,
  groupStateNotice,
  offsetsRows,
} from '../format/consumer-groups';
import { hashMapCapacity, javaHashOrder, javaStringHash } from '../format/java-hash-map';
import { stackTraceLines } from '../format/log4j';
import { OptionException, type ParsedOptions, parseOptions, UsageError } from '../options';
import { checkGroupArgs, GROUP_OPTIONS } from './consumer-groups-options';
import {
  KAFKA_VERSION,
  noSuchFile,
  printUsageError,
  type Tool,
  type ToolContext,
  toJavaThrowable,
  uncaughtLines,
} from './tool';

/** `kafka-consumer-groups.sh <args>`. */
export const consumerGroups: Tool = (ctx) => {
  const { out } = ctx;
  let opts: ParsedOptions;
  try {
    opts = parseOptions(GROUP_OPTIONS, ctx.args);
  } catch (e) {
    // `fromArgs` runs before main's try: a parse error is an uncaught exception.
    if (e instanceof OptionException) return out.stderr(uncaughtLines(e.throwable));
    throw e;
  }
  const check = checkGroupArgs(opts);
  if (check.kind === 'usage') return printUsageError(out, check.message);
  if (check.kind === 'version') return out.stdout(`${KAFKA_VERSION}\n`);
  if (check.kind === 'stderr') out.stderr(check.text);
  try {
    // ConsumerGroupService's admin client loads --command-config first.
    if (opts.has('command-config')) throw noSuchFile(opts.valueOf('command-config'));
    // withTimeoutMs(...) reads --timeout for every admin call.
    opts.numberValueOf('timeout');
    if (opts.has('list')) listGroups(ctx, opts);
    else if (opts.has('describe')) describeGroups(ctx, opts);
    else out.stderr('kafkascope: only --list and --describe are simulated yet\n');
  } catch (e) {
    if (e instanceof UsageError) return printUsageError(out, e.message);
    const throwable = toJavaThrowable(e);
    if (throwable === null) throw e;
    // printError(...) on stdout, then printStackTrace on stderr.
    out.stdout(`\nError: Executing consumer group command failed due to ${throwable.message}\n`);
    out.stderr(`${stackTraceLines(throwable).join('\n')}\n`);
  }
};

const STATES = [
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
  'Empty',
  'Assigning',
  'Reconciling',
] as const;

/** The groups as `listConsumerGroups` returns them: the admin client's `HashMap` of listings. */
function listedGroups(ctx: ToolContext): string[] {
  const groups = ctx.cluster.listGroups();
  return javaHashOrder(groups, javaStringHash, hashMapCapacity(groups.length));
}

function listGroups(ctx: ToolContext, opts: ParsedOptions): void {
  if (opts.has('type')) {
    ctx.out.stderr('kafkascope: --list --type is not simulated yet\n');
    return;
  }
  if (!opts.has('state')) {
    ctx.out.stdout(formatGroupList(ctx.cluster.listGroups()));
    return;
  }
  const wanted = parseStates(opts.valueOf('state'));
  const rows = listedGroups(ctx)
    .map((id) => ({ id, state: describeOrDead(ctx, id).state as string }))
    .filter((g) => wanted.size === 0 || wanted.has(g.state));
  const width = Math.max(15, ...rows.map((g) => g.id.length)) + 10;
  const line = (a: string, b: string) => `${a.padEnd(width, ' ')} ${b.padEnd(20, ' ')}\n`;
  ctx.out.stdout(line('GROUP', 'STATE') + rows.map((g) => line(g.id, g.state)).join(''));
}

/** `consumerGroupStatesFromString`: comma-separated, case-insensitive state names. */
function parseStates(value: string | undefined): Set<string> {
  if (value === undefined || value === '') return new Set();
  const states = value.split(',').map((s) => STATES.find((k) => k.toUpperCase() === s.trim().toUpperCase()));
  if (states.some((s) => s === undefined)) {
    // An IllegalArgumentException, which run() turns into printUsageAndExit.
    throw new UsageError(`Invalid state list '${value}'. Valid states are: ${STATES.join(', ')}`);
  }
  return new Set(states as string[]);
}

/** A group as `describeConsumerGroups` sees it: an unknown group is `Dead` with nothing in it. */
function describeOrDead(ctx: ToolContext, groupId: string): GroupDescription {
  return (
    ctx.cluster.describeGroup(groupId) ?? {
      groupId,
      state: 'Dead',
      generationId: -1,
      protocol: '',
      coordinator: { id: -1, host: '', port: -1 },
      members: [],
      offsets: [],
    }
  );
}

function describeGroups(ctx: ToolContext, opts: ParsedOptions): void {
  const ids = opts.has('all-groups') ? listedGroups(ctx) : [...opts.valuesOf('group')];
  // The views collect into a TreeMap: groups print sorted by id, each once.
  const groups = [...new Set(ids)].sort().map((id) => describeOrDead(ctx, id));
  const { out } = ctx;
  for (const group of groups) {
    if (opts.has('members')) {
      const notice = groupStateNotice(group.groupId, group.state, group.members.length);
      out.stdout(notice.stdout);
      out.stderr(notice.stderr);
      out.stdout(formatMembersTable(group.groupId, group.members, opts.has('verbose')));
    } else if (opts.has('state')) {
      const notice = groupStateNotice(group.groupId, group.state, 1);
      out.stdout(notice.stdout);
      out.stderr(notice.stderr);
      if (notice.printTable) out.stdout(formatStateTable(group));
    } else {
      const rows = offsetsRows(group, logEndOffsets(ctx, group));
      const notice = groupStateNotice(group.groupId, group.state, rows.length);
      out.stdout(notice.stdout);
      out.stderr(notice.stderr);
      if (notice.printTable) out.stdout(formatOffsetsTable(rows));
    }
  }
}

/**
 * ListOffsets(latest), i.e. the high watermark, of every partition the group owns or has committed. A
 * partition whose answer is an error shows `-` (the tool's `Unknown`); the real admin client would
 * first retry until its timeout.
 */
function logEndOffsets(ctx: ToolContext, group: GroupDescription): Map<string, number | null> {
  const tps = new Map<string, { topic: string; partition: number }>();
  for (const m of group.members) for (const tp of m.assignment) tps.set(`${tp.topic}-${tp.partition}`, tp);
  for (const o of group.offsets)
    tps.set(`${o.topic}-${o.partition}`, { topic: o.topic, partition: o.partition });
  const result = new Map<string, number | null>();
  if (tps.size === 0) return result;
  for (const r of ctx.cluster.listOffsets([...tps.values()], 'latest')) {
    result.set(`${r.topic}-${r.partition}`, r.error === 'NONE' ? r.offset : null);
  }
  return result;
}
