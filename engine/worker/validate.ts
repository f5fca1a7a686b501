/**
 * Checks what arrives through `postMessage` before the engine sees it: the types in protocol.ts are a
 * promise the other side may break (an old tab, a console experiment, a bug), and a bad message must
 * produce an error reply, never a crashed worker or a half-applied command. Kafka's own rules (topic
 * names, configs, acks) are checked later by the engine, with Kafka's error texts; this only checks
 * shapes and bounds.
 */
import type { SessionCommand } from '../session/commands';
import type { KeyDistribution, PresetName } from '../view/types';
import type { ReplicaRef, RequestId, UiToEngine } from './protocol';

/** Longest simulated jump one request may ask for: a year. */
export const MAX_JUMP_MS = 366 * 24 * 3600 * 1000;
/** Records per page; the UI shows tens, so this only stops a runaway request. */
export const MAX_PAGE_RECORDS = 1000;
/** Longest key/value/header string accepted over the boundary (Kafka's limits are checked later). */
export const MAX_FIELD_CHARS = 4 * 1024 * 1024;
const MAX_NAME_CHARS = 1000;
const PRESETS: readonly PresetName[] = ['classroom', 'hot-key', 'retention', 'large'];

export type ParseResult =
  | { readonly ok: true; readonly message: UiToEngine }
  | { readonly ok: false; readonly id?: RequestId; readonly reason: string };

class Invalid extends Error {}

export function isPreset(value: unknown): value is PresetName {
  return PRESETS.includes(value as PresetName);
}

export function parseUiMessage(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'a message must be an object' };
  const m = data as Record<string, unknown>;
  const id = isRequestId(m.id) ? m.id : undefined;
  try {
    return { ok: true, message: parse(m, id) };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return id === undefined ? { ok: false, reason: error.message } : { ok: false, id, reason: error.message };
  }
}

function parse(m: Record<string, unknown>, id: RequestId | undefined): UiToEngine {
  const needId = (): RequestId => {
    if (id === undefined) throw new Invalid(`${String(m.type)} needs an id`);
    return id;
  };
  switch (m.type) {
    case 'init':
      return { type: 'init', protocolVersion: int(m.protocolVersion, 'protocolVersion', 0, 1_000_000) };
    case 'command':
      return { type: 'command', id: needId(), command: parseCommand(record(m.command, 'command')) };
    case 'playback':
      return {
        type: 'playback',
        playing: bool(m.playing, 'playing'),
        speed: num(m.speed, 'speed', 0, Number.MAX_VALUE),
      };
    case 'step':
      return { type: 'step', id: needId() };
    case 'jump':
      return { type: 'jump', id: needId(), ms: int(m.ms, 'ms', 1, MAX_JUMP_MS) };
    case 'seek':
      return { type: 'seek', id: needId(), atMs: int(m.atMs, 'atMs', 0, Number.MAX_SAFE_INTEGER) };
    case 'cancel':
      return { type: 'cancel' };
    case 'watch':
      return { type: 'watch', partitions: strings(m.partitions, 'partitions', 100) };
    case 'reset': {
      if (!isPreset(m.preset)) throw new Invalid(`reset.preset must be one of ${PRESETS.join(', ')}`);
      const base = { type: 'reset' as const, id: needId(), preset: m.preset };
      return m.seed === undefined ? base : { ...base, seed: int(m.seed, 'seed', 0, 0xffff_ffff) };
    }
    case 'readRecords':
      return {
        type: 'readRecords',
        id: needId(),
        replica: replica(m.replica),
        fromOffset: int(m.fromOffset, 'fromOffset', 0, Number.MAX_SAFE_INTEGER),
        maxRecords: int(m.maxRecords, 'maxRecords', 1, MAX_PAGE_RECORDS),
        uncommitted: bool(m.uncommitted, 'uncommitted'),
      };
    case 'readBatchBytes':
    case 'lookupOffset':
      return {
        type: m.type,
        id: needId(),
        replica: replica(m.replica),
        offset: int(m.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
      };
    default:
      throw new Invalid(`unknown message type ${JSON.stringify(m.type)}`);
  }
}

function parseCommand(c: Record<string, unknown>): SessionCommand {
  switch (c.type) {
    case 'create-topic': {
      const o = c.options === undefined ? {} : record(c.options, 'options');
      return {
        type: 'create-topic',
        name: name(c.name, 'name'),
        options: {
          ...(o.partitions === undefined ? {} : { partitions: int(o.partitions, 'partitions', -1, 100_000) }),
          ...(o.replicationFactor === undefined
            ? {}
            : { replicationFactor: int(o.replicationFactor, 'replicationFactor', -1, 32_767) }),
          ...(o.configs === undefined ? {} : { configs: stringMap(o.configs, 'configs') }),
        },
      };
    }
    case 'delete-topic':
      return { type: 'delete-topic', name: name(c.name, 'name') };
    case 'create-partitions':
      return {
        type: 'create-partitions',
        name: name(c.name, 'name'),
        totalCount: int(c.totalCount, 'totalCount', 1, 100_000),
      };
    case 'alter-topic-config':
      return {
        type: 'alter-topic-config',
        name: name(c.name, 'name'),
        set: stringMap(c.set, 'set'),
        remove: strings(c.remove, 'remove', 200),
      };
    case 'alter-broker-config':
      return {
        type: 'alter-broker-config',
        brokerId: c.brokerId === null ? null : int(c.brokerId, 'brokerId', 0, 1_000_000),
        set: stringMap(c.set, 'set'),
      };
    case 'kill-broker':
    case 'power-off-broker':
    case 'start-broker':
      return { type: c.type, id: int(c.id, 'id', 0, 1_000_000) };
    case 'isolate':
      return {
        type: 'isolate',
        node: c.node === 'zookeeper' ? 'zookeeper' : int(c.node, 'node', 0, 1_000_000),
      };
    case 'heal':
      return { type: 'heal' };
    case 'slow':
      return {
        type: 'slow',
        id: int(c.id, 'id', 0, 1_000_000),
        delayMs: int(c.delayMs, 'delayMs', 0, 600_000),
      };
    case 'drop-message':
      return { type: 'drop-message', id: int(c.id, 'id', 0, Number.MAX_SAFE_INTEGER) };
    case 'elect-leaders':
      if (c.electionType !== 'PREFERRED' && c.electionType !== 'UNCLEAN')
        throw new Invalid('electionType must be PREFERRED or UNCLEAN');
      return {
        type: 'elect-leaders',
        electionType: c.electionType,
        partitions:
          c.partitions === null
            ? null
            : array(c.partitions, 'partitions', 10_000).map((p) => {
                const r = record(p, 'partition');
                return {
                  topic: name(r.topic, 'topic'),
                  partition: int(r.partition, 'partition', 0, 100_000),
                };
              }),
      };
    case 'reset-offsets':
      return {
        type: 'reset-offsets',
        groupId: name(c.groupId, 'groupId'),
        topics: c.topics === null ? null : strings(c.topics, 'topics', 1000),
        spec: resetSpec(record(c.spec, 'spec')),
      };
    case 'send':
      return {
        type: 'send',
        topic: name(c.topic, 'topic'),
        key: nullableText(c.key, 'key'),
        value: nullableText(c.value, 'value'),
        headers: array(c.headers, 'headers', 100).map((h) => {
          const r = record(h, 'header');
          return { key: text(r.key, 'header key'), value: nullableText(r.value, 'header value') };
        }),
        partition: c.partition === null ? null : int(c.partition, 'partition', 0, 100_000),
        acks: acks(c.acks),
        partitioner:
          c.partitioner === 'ignore-keys' ? 'ignore-keys' : oneOf(c.partitioner, 'partitioner', ['default']),
      };
    case 'auto-produce':
      return {
        type: 'auto-produce',
        topic:
          typeof c.topic === 'string' && c.topic.length <= MAX_NAME_CHARS ? c.topic : name(c.topic, 'topic'),
        ratePerSec: num(c.ratePerSec, 'ratePerSec', 0, 1_000_000),
        distribution: distribution(record(c.distribution, 'distribution')),
        acks: acks(c.acks),
      };
    case 'add-member':
      return {
        type: 'add-member',
        groupId: name(c.groupId, 'groupId'),
        topics: strings(c.topics, 'topics', 1000),
        assignor: oneOf(c.assignor, 'assignor', ['range', 'roundrobin', 'cooperative-sticky']),
      };
    case 'remove-member':
    case 'crash-member':
      return { type: c.type, name: name(c.name, 'name') };
    default:
      throw new Invalid(`unknown command ${JSON.stringify(c.type)}`);
  }
}

function resetSpec(s: Record<string, unknown>): Extract<SessionCommand, { type: 'reset-offsets' }>['spec'] {
  if ('shiftBy' in s)
    return { shiftBy: int(s.shiftBy, 'shiftBy', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) };
  switch (s.to) {
    case 'earliest':
    case 'latest':
      return { to: s.to };
    case 'offset':
      return { to: 'offset', offset: int(s.offset, 'offset', 0, Number.MAX_SAFE_INTEGER) };
    case 'datetime':
      return { to: 'datetime', timestampMs: int(s.timestampMs, 'timestampMs', 0, Number.MAX_SAFE_INTEGER) };
    default:
      throw new Invalid('spec must say to earliest, latest, offset, datetime, or shiftBy');
  }
}

function distribution(d: Record<string, unknown>): KeyDistribution {
  switch (d.kind) {
    case 'none':
      return { kind: 'none' };
    case 'uniform':
      return { kind: 'uniform', keys: int(d.keys, 'keys', 1, 1_000_000) };
    case 'hot-key':
      return {
        kind: 'hot-key',
        keys: int(d.keys, 'keys', 1, 1_000_000),
        hotShare: num(d.hotShare, 'hotShare', 0, 1),
      };
    default:
      throw new Invalid('distribution.kind must be none, uniform or hot-key');
  }
}

function acks(value: unknown): 'all' | '1' | '0' {
  return oneOf(value, 'acks', ['all', '1', '0']);
}

function replica(value: unknown): ReplicaRef {
  const r = record(value, 'replica');
  return {
    topic: name(r.topic, 'replica.topic'),
    partition: int(r.partition, 'replica.partition', 0, 100_000),
    brokerId: int(r.brokerId, 'replica.brokerId', 0, 1_000_000),
  };
}

function oneOf<T extends string>(value: unknown, what: string, options: readonly T[]): T {
  if (!options.includes(value as T)) throw new Invalid(`${what} must be one of ${options.join(', ')}`);
  return value as T;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${what} must be a list`);
  if (value.length > max) throw new Invalid(`${what} may hold at most ${max} items`);
  return value;
}

function strings(value: unknown, what: string, max: number): string[] {
  return array(value, what, max).map((v) => name(v, what));
}

function stringMap(value: unknown, what: string): Record<string, string> {
  const r = record(value, what);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) out[name(k, `${what} key`)] = text(v, `${what}.${k}`);
  return out;
}

function name(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Invalid(`${what} must be text`);
  if (value.length > MAX_NAME_CHARS) throw new Invalid(`${what} is longer than ${MAX_NAME_CHARS} characters`);
  return value;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Invalid(`${what} must be text`);
  if (value.length > MAX_FIELD_CHARS)
    throw new Invalid(`${what} is longer than ${MAX_FIELD_CHARS} characters`);
  return value;
}

function nullableText(value: unknown, what: string): string | null {
  return value === null ? null : text(value, what);
}

function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${what} must be true or false`);
  return value;
}

function num(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw new Invalid(`${what} must be a number in [${min}, ${max}], got ${String(value)}`);
  return value;
}

function int(value: unknown, what: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max)
    throw new Invalid(`${what} must be a whole number in [${min}, ${max}], got ${String(value)}`);
  return value as number;
}

function isRequestId(value: unknown): value is RequestId {
  return Number.isSafeInteger(value);
}
