/**
 * `kafka-consumer-groups.sh` output as Kafka 3.9's ConsumerGroupCommand (tools/.../consumer/group/)
 * prints it (KAFKA-REFERENCE §11.4). Two 3.9 facts the reference does not show:
 * - the `--describe` offsets table ends without a newline (every row is `printf("\n" + format)`); the
 *   missing `println()` was added only for 4.0 (apache/kafka#17058). The transcript ends every command
 *   on a line of its own, so the next `$` still starts a line.
 * - rows pass through `HashMap`s keyed by `TopicPartition`, so their order is the maps' bucket order.
 */
import type { GroupDescription, GroupMemberDescription } from '../../cluster/cluster-api';
import type { TopicPartition } from '../../cluster/protocol';
import {
  hashMapCapacity,
  hashSetCapacity,
  javaHashOrder,
  javaStringHash,
  topicPartitionHash,
} from './java-hash-map';

const MISSING = '-';

/** One row of the offsets view (`PartitionAssignmentState`); null prints as `-`. */
export interface OffsetsRow {
  readonly group: string;
  readonly topic: string | null;
  readonly partition: number | null;
  readonly offset: number | null;
  readonly logEndOffset: number | null;
  readonly lag: number | null;
  readonly consumerId: string | null;
  readonly host: string | null;
  readonly clientId: string | null;
}

/** Java's `%-Ns`. */
function left(value: string, width: number): string {
  return value.padEnd(width, ' ');
}

const tpHash = (tp: TopicPartition) => topicPartitionHash(tp.topic, tp.partition);

/** `collectConsumerAssignment` + `describePartitions`: sort by partition, then a `HashMap`'s order. */
function partitionRowsOrder(partitionsInSetOrder: readonly TopicPartition[]): TopicPartition[] {
  const sorted = [...partitionsInSetOrder].sort((a, b) => a.partition - b.partition);
  return javaHashOrder(sorted, tpHash, hashMapCapacity(sorted.length));
}

/**
 * The rows of `--describe --group g` in the tool's order: members with partitions, most partitions
 * first (ties keep the coordinator's member order), each member's partitions in hash-map order; then
 * committed partitions nobody owns, with `-` for the member columns.
 *
 * `logEndOffsets` maps `topic-partition` to the ListOffsets(latest) answer (null when it failed).
 */
export function offsetsRows(
  group: GroupDescription,
  logEndOffsets: ReadonlyMap<string, number | null>,
): OffsetsRow[] {
  const committed = new Map(group.offsets.map((o) => [`${o.topic}-${o.partition}`, o.offset]));
  const row = (tp: TopicPartition, member: GroupMemberDescription | null): OffsetsRow => {
    const key = `${tp.topic}-${tp.partition}`;
    const offset = committed.get(key) ?? null;
    const logEndOffset = logEndOffsets.get(key) ?? null;
    const lag = offset !== null && offset !== -1 && logEndOffset !== null ? logEndOffset - offset : null;
    return {
      group: group.groupId,
      topic: tp.topic,
      partition: tp.partition,
      offset,
      logEndOffset,
      lag,
      consumerId: member === null ? MISSING : member.memberId,
      host: member === null ? MISSING : member.host,
      clientId: member === null ? MISSING : member.clientId,
    };
  };
  const rows: OffsetsRow[] = [];
  const assigned = new Set<string>();
  const members = group.members
    .filter((m) => m.assignment.length > 0)
    .sort((a, b) => b.assignment.length - a.assignment.length);
  for (const member of members) {
    // The admin client copies the assignment into a HashSet (twice, same capacity).
    const set = javaHashOrder(member.assignment, tpHash, hashSetCapacity(member.assignment.length));
    for (const tp of set) assigned.add(`${tp.topic}-${tp.partition}`);
    for (const tp of partitionRowsOrder(set)) rows.push(row(tp, member));
  }
  const committedOrder = javaHashOrder(group.offsets, tpHash, hashMapCapacity(group.offsets.length));
  const unassigned = committedOrder.filter((o) => !assigned.has(`${o.topic}-${o.partition}`));
  const unassignedSet = javaHashOrder(unassigned, tpHash, hashMapCapacity(unassigned.length));
  for (const tp of partitionRowsOrder(unassignedSet)) rows.push(row(tp, null));
  return rows;
}

function cell(value: string | number | null): string {
  return value === null ? MISSING : String(value);
}

/**
 * The offsets table: a newline before the header and before every row, no newline at the end (3.9).
 *
 * @example
 *   formatOffsetsTable(rows); // '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  …\nmy-group        demo …'
 */
export function formatOffsetsTable(rows: readonly OffsetsRow[]): string {
  let g = 15;
  let t = 15;
  let c = 15;
  let h = 15;
  for (const r of rows) {
    g = Math.max(g, r.group.length);
    t = Math.max(t, cell(r.topic).length);
    c = Math.max(c, cell(r.consumerId).length);
    h = Math.max(h, cell(r.host).length);
  }
  const line = (cols: readonly string[]) =>
    `\n${left(cols[0] ?? '', g)} ${left(cols[1] ?? '', t)} ${left(cols[2] ?? '', 10)} ${left(cols[3] ?? '', 15)} ` +
    `${left(cols[4] ?? '', 15)} ${left(cols[5] ?? '', 15)} ${left(cols[6] ?? '', c)} ${left(cols[7] ?? '', h)} ${cols[8] ?? ''}`;
  let out = line([
    'GROUP',
    'TOPIC',
    'PARTITION',
    'CURRENT-OFFSET',
    'LOG-END-OFFSET',
    'LAG',
    'CONSUMER-ID',
    'HOST',
    'CLIENT-ID',
  ]);
  for (const r of rows) {
    out += line([
      r.group,
      cell(r.topic),
      cell(r.partition),
      cell(r.offset),
      cell(r.logEndOffset),
      cell(r.lag),
      cell(r.consumerId),
      cell(r.host),
      cell(r.clientId),
    ]);
  }
  return out;
}

/**
 * `shouldPrintMemberState`: what the tool says about the group's state before a table, and whether the
 * table follows (`numRows` = rows the view would print).
 */
export function groupStateNotice(
  groupId: string,
  state: GroupDescription['state'],
  numRows: number,
): { readonly stdout: string; readonly stderr: string; readonly printTable: boolean } {
  let stdout = '';
  let stderr = '';
  if (state === 'Dead') stdout = `\nError: Consumer group '${groupId}' does not exist.\n`;
  else if (state === 'Empty') stderr = `\nConsumer group '${groupId}' has no active members.\n`;
  else if (state !== 'Stable') stderr = `\nWarning: Consumer group '${groupId}' is rebalancing.\n`;
  return { stdout, stderr, printTable: state !== 'Dead' && numRows > 0 };
}

/**
 * `--describe --members [--verbose]`. The header is printed even when the state notice says there is
 * nothing to show (3.9 prints it outside the check); each line ends with the padding of its last column.
 */
export function formatMembersTable(
  groupId: string,
  members: readonly GroupMemberDescription[],
  verbose: boolean,
): string {
  let g = 15;
  let c = 15;
  let gi = 17;
  let h = 15;
  let cl = 15;
  let withInstanceId = false;
  for (const m of members) {
    g = Math.max(g, groupId.length);
    c = Math.max(c, m.memberId.length);
    gi = Math.max(gi, (m.groupInstanceId ?? '').length);
    h = Math.max(h, m.host.length);
    cl = Math.max(cl, m.clientId.length);
    withInstanceId ||= (m.groupInstanceId ?? '') !== '';
  }
  const line = (group: string, id: string, instance: string, host: string, client: string, n: string) =>
    `${left(group, g)} ${left(id, c)} ${withInstanceId ? `${left(instance, gi)} ` : ''}${left(host, h)} ` +
    `${left(client, cl)} ${left(n, 15)} `;
  let out = `\n${line('GROUP', 'CONSUMER-ID', 'GROUP-INSTANCE-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS')}`;
  out += `${verbose ? 'ASSIGNMENT' : ''}\n`;
  for (const m of members) {
    out += line(
      groupId,
      m.memberId,
      m.groupInstanceId ?? '',
      m.host,
      m.clientId,
      String(m.assignment.length),
    );
    if (verbose) out += assignmentText(m.assignment);
    out += '\n';
  }
  return out;
}

/** `--verbose` assignment: `(0,1), (2)` per topic, partitions and groups sorted as strings. */
function assignmentText(assignment: readonly TopicPartition[]): string {
  if (assignment.length === 0) return MISSING;
  const byTopic = new Map<string, string[]>();
  for (const tp of assignment)
    byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), String(tp.partition)]);
  return [...byTopic.values()]
    .map((ps) => `(${ps.sort().join(',')})`)
    .sort()
    .join(', ');
}

/**
 * `--describe --state`. The GROUP column takes the coordinator column's width (a quirk of 3.9's
 * format string); the coordinator prints as `host:port  (id)`.
 */
export function formatStateTable(group: GroupDescription): string {
  const coordinator = `${group.coordinator.host}:${group.coordinator.port}  (${group.coordinator.id})`;
  const width = Math.max(25, coordinator.length);
  const line = (a: string, b: string, c: string, d: string, e: string) =>
    `\n${left(a, width)} ${left(b, 25)} ${left(c, 20)} ${left(d, 15)} ${e}`;
  return (
    line('GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS') +
    line(group.groupId, coordinator, group.protocol, group.state, String(group.members.length)) +
    '\n'
  );
}

/**
 * `--list`: one group id per line, in the order of the admin client's `HashMap<String, …>` of listings.
 *
 * @example
 *   formatGroupList(['b', 'a']); // 'a\nb\n'
 */
export function formatGroupList(groupIds: readonly string[]): string {
  const ordered = javaHashOrder(groupIds, javaStringHash, hashMapCapacity(groupIds.length));
  return ordered.map((id) => `${id}\n`).join('');
}
