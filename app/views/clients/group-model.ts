/**
 * The consumers panel's derived data, pure: one row per partition a group reads (its owner, committed
 * offset, lag and the members' positions over the log's range), where those offsets sit on a bar, when
 * Kafka allows an offset reset, how long a crashed member has left before `session.timeout.ms`, and the
 * reset form turned into the command's spec.
 */
import type { CommittedOffsetRecord, MemberRecord, PartitionRecord } from '../../../engine/view/types';
import type { SessionCommand } from '../../../engine/worker/protocol';

export type ResetSpec = Extract<SessionCommand, { type: 'reset-offsets' }>['spec'];
export type Assignor = Extract<SessionCommand, { type: 'add-member' }>['assignor'];
export const ASSIGNORS: readonly Assignor[] = ['range', 'roundrobin', 'cooperative-sticky'];

/** The consumer's default `session.timeout.ms` (45 s since Kafka 3.0; the session's apps keep it). */
export const SESSION_TIMEOUT_MS = 45_000;

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';
export const GROUP_STATES: readonly GroupState[] = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
];

export function isGroupState(state: string): state is GroupState {
  return (GROUP_STATES as readonly string[]).includes(state);
}

/**
 * `kafka-consumer-groups --reset-offsets` runs only on an inactive group (Empty, or Dead / unknown):
 * Kafka 3.9's ConsumerGroupCommand refuses otherwise.
 */
export function canResetOffsets(state: string): boolean {
  return state === 'Empty' || state === 'Dead';
}

export interface MemberPosition {
  readonly name: string;
  readonly offset: number;
}

export interface PartitionRow {
  readonly topic: string;
  readonly partition: number;
  /** `topic-p`, as members list their partitions. */
  readonly key: string;
  /** The member (our name) assigned this partition now, or null. */
  readonly owner: string | null;
  readonly committed: number | null;
  /** HW − committed (what `kafka-consumer-groups` prints as LAG), null without a committed offset. */
  readonly lag: number | null;
  readonly logStartOffset: number;
  readonly highWatermark: number;
  readonly logEndOffset: number;
  /** Next offset each running member will fetch for this partition (usually only the owner's). */
  readonly positions: readonly MemberPosition[];
  readonly offline: boolean;
}

/**
 * The partitions a group reads: every partition of the topics it has offsets for or that its members
 * are assigned, with the committed offsets and positions laid over each partition's log.
 */
export function groupPartitionRows(
  topics: readonly string[],
  partitions: readonly PartitionRecord[],
  committed: readonly CommittedOffsetRecord[],
  members: readonly MemberRecord[],
): PartitionRow[] {
  const wanted = new Set(topics);
  const committedBy = new Map(committed.map((c) => [`${c.topic}-${c.partition}`, c]));
  const owners = new Map<string, string>();
  for (const m of members) if (m.status === 'running') for (const tp of m.partitions) owners.set(tp, m.name);
  return partitions
    .filter((p) => wanted.has(p.topic))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
    .map((p) => {
      const key = `${p.topic}-${p.partition}`;
      const c = committedBy.get(key);
      const positions: MemberPosition[] = [];
      for (const m of members) {
        const offset = m.positions[key];
        if (m.status === 'running' && offset !== undefined) positions.push({ name: m.name, offset });
      }
      return {
        topic: p.topic,
        partition: p.partition,
        key,
        owner: owners.get(key) ?? c?.owner ?? null,
        committed: c ? c.offset : null,
        lag: c ? c.lag : null,
        logStartOffset: Math.max(0, p.logStartOffset),
        highWatermark: Math.max(0, p.highWatermark),
        logEndOffset: Math.max(0, p.logEndOffset),
        positions,
        offline: p.offline,
      };
    });
}

/** Topics a group reads: those with committed offsets and those its running members are assigned. */
export function groupTopics(
  groupTopicsFromOffsets: readonly string[],
  members: readonly MemberRecord[],
): string[] {
  const topics = new Set(groupTopicsFromOffsets);
  for (const m of members) for (const tp of m.partitions) topics.add(tp.slice(0, tp.lastIndexOf('-')));
  return [...topics].sort();
}

export interface OffsetScale {
  readonly from: number;
  readonly to: number;
  /** Offset → x in [0, width]; offsets outside the domain are clamped to its ends. */
  x(offset: number, width: number): number;
}

/**
 * One scale for all partitions of a topic (so bars can be compared): from the lowest log start offset
 * to the highest LEO (at least one offset wide, so an empty log still draws).
 */
export function offsetScale(rows: readonly PartitionRow[]): OffsetScale {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const r of rows) {
    from = Math.min(from, r.logStartOffset);
    to = Math.max(to, r.logEndOffset, r.committed ?? 0, ...r.positions.map((p) => p.offset));
  }
  if (!Number.isFinite(from)) from = 0;
  if (to <= from) to = from + 1;
  const span = to - from;
  return {
    from,
    to,
    x: (offset, width) => (Math.min(Math.max(offset, from), to) - from) * (width / span),
  };
}

/** Simulated ms left before the coordinator expires a crashed member's session (never below 0). */
export function sessionTimeLeftMs(
  crashedAtMs: number,
  nowMs: number,
  sessionTimeoutMs = SESSION_TIMEOUT_MS,
): number {
  return Math.max(0, crashedAtMs + sessionTimeoutMs - nowMs);
}

export type ResetMode = 'earliest' | 'latest' | 'offset' | 'shift-by' | 'datetime';
export const RESET_MODES: readonly ResetMode[] = ['earliest', 'latest', 'offset', 'shift-by', 'datetime'];

/** The reset form: the scenario, the number typed (offset or shift) and the UTC date-time typed. */
export interface ResetForm {
  readonly mode: ResetMode;
  readonly amount: string;
  readonly datetime: string;
}

export type ResetProblem = 'offset' | 'shift' | 'datetime';

/** The command's spec, or what is wrong with the form (a message key suffix). */
export function resetSpecOf(form: ResetForm): { spec: ResetSpec } | { problem: ResetProblem } {
  switch (form.mode) {
    case 'earliest':
      return { spec: { to: 'earliest' } };
    case 'latest':
      return { spec: { to: 'latest' } };
    case 'offset': {
      const offset = wholeNumber(form.amount);
      return offset === null || offset < 0 ? { problem: 'offset' } : { spec: { to: 'offset', offset } };
    }
    case 'shift-by': {
      const shiftBy = wholeNumber(form.amount);
      return shiftBy === null ? { problem: 'shift' } : { spec: { shiftBy } };
    }
    case 'datetime': {
      const timestampMs = parseUtcDateTime(form.datetime);
      return timestampMs === null ? { problem: 'datetime' } : { spec: { to: 'datetime', timestampMs } };
    }
  }
}

function wholeNumber(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * A `datetime-local` value read as UTC (simulated time is shown in UTC everywhere):
 * `2026-01-05T09:00`, `…:30` or `…:30.250`. Null when malformed.
 */
export function parseUtcDateTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, sec, frac] = m.slice(1).map((v) => v ?? '');
  const month = Number(mo) - 1;
  const day = Number(d);
  const at = Date.UTC(
    Number(y),
    month,
    day,
    Number(h),
    Number(mi),
    Number(sec || 0),
    Number((frac || '0').padEnd(3, '0')),
  );
  const back = new Date(at);
  // Reject 2026-02-30 and friends rather than roll them over.
  if (back.getUTCMonth() !== month || back.getUTCDate() !== day || back.getUTCHours() !== Number(h))
    return null;
  if (back.getUTCMinutes() !== Number(mi)) return null;
  return at;
}

/** UTC ms → a `datetime-local` value with seconds, e.g. `2026-01-05T09:00:00`. */
export function toUtcDateTimeInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
