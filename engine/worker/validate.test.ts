import { describe, expect, it } from 'vitest';
import type { SessionCommand } from '../session/commands';
import type { UiToEngine } from './protocol';
import { MAX_FIELD_CHARS, MAX_JUMP_MS, MAX_PAGE_RECORDS, parseUiMessage } from './validate';

const replica = { topic: 'orders', partition: 0, brokerId: 1 };

const GOOD_MESSAGES: UiToEngine[] = [
  { type: 'init', protocolVersion: 2 },
  { type: 'playback', playing: true, speed: 0.1 },
  { type: 'playback', playing: false, speed: 1000 },
  { type: 'step', id: 1 },
  { type: 'jump', id: 2, ms: 7 * 86_400_000 },
  { type: 'jump', id: 3, ms: MAX_JUMP_MS },
  { type: 'seek', id: 4, atMs: 1_767_603_601_000 },
  { type: 'cancel' },
  { type: 'watch', partitions: [] },
  { type: 'watch', partitions: ['orders-0', 'orders-1'] },
  { type: 'reset', id: 5, preset: 'classroom' },
  { type: 'reset', id: 6, preset: 'large', seed: 0xffff_ffff },
  { type: 'readRecords', id: 7, replica, fromOffset: 0, maxRecords: MAX_PAGE_RECORDS, uncommitted: true },
  { type: 'readRecords', id: 8, replica, fromOffset: 12, maxRecords: 1, uncommitted: false },
  { type: 'readBatchBytes', id: 9, replica, offset: 3 },
  { type: 'lookupOffset', id: 10, replica, offset: 0 },
];

const GOOD_COMMANDS: SessionCommand[] = [
  { type: 'create-topic', name: 'orders', options: {} },
  {
    type: 'create-topic',
    name: 'payments',
    options: { partitions: 3, replicationFactor: 2, configs: { 'retention.ms': '60000' } },
  },
  // -1 asks for the broker default, as kafka-topics does.
  { type: 'create-topic', name: 'x', options: { partitions: -1, replicationFactor: -1 } },
  { type: 'delete-topic', name: 'orders' },
  { type: 'create-partitions', name: 'orders', totalCount: 6 },
  { type: 'alter-topic-config', name: 'orders', set: { 'segment.bytes': '1024' }, remove: ['retention.ms'] },
  { type: 'alter-broker-config', brokerId: null, set: { 'log.retention.check.interval.ms': '10000' } },
  { type: 'alter-broker-config', brokerId: 2, set: {} },
  { type: 'kill-broker', id: 1 },
  { type: 'power-off-broker', id: 2 },
  { type: 'start-broker', id: 3 },
  { type: 'isolate', node: 2 },
  { type: 'isolate', node: 'zookeeper' },
  { type: 'heal' },
  { type: 'slow', id: 1, delayMs: 500 },
  { type: 'drop-message', id: 77 },
  { type: 'elect-leaders', electionType: 'PREFERRED', partitions: null },
  { type: 'elect-leaders', electionType: 'UNCLEAN', partitions: [{ topic: 'orders', partition: 1 }] },
  { type: 'reset-offsets', groupId: 'g', topics: null, spec: { to: 'earliest' } },
  { type: 'reset-offsets', groupId: 'g', topics: ['orders'], spec: { to: 'latest' } },
  { type: 'reset-offsets', groupId: 'g', topics: null, spec: { to: 'offset', offset: 5 } },
  { type: 'reset-offsets', groupId: 'g', topics: null, spec: { shiftBy: -3 } },
  {
    type: 'reset-offsets',
    groupId: 'g',
    topics: null,
    spec: { to: 'datetime', timestampMs: 1_767_603_601_000 },
  },
  {
    type: 'send',
    topic: 'orders',
    key: 'k',
    value: 'v',
    headers: [{ key: 'trace', value: null }],
    partition: null,
    acks: 'all',
    partitioner: 'default',
  },
  {
    type: 'send',
    topic: 'orders',
    key: null,
    value: null,
    headers: [],
    partition: 2,
    acks: '0',
    partitioner: 'ignore-keys',
  },
  { type: 'auto-produce', topic: 'orders', ratePerSec: 50, distribution: { kind: 'none' }, acks: '1' },
  {
    type: 'auto-produce',
    topic: '',
    ratePerSec: 0,
    distribution: { kind: 'uniform', keys: 10 },
    acks: 'all',
  },
  {
    type: 'auto-produce',
    topic: 'clicks',
    ratePerSec: 2.5,
    distribution: { kind: 'hot-key', keys: 20, hotShare: 0.7 },
    acks: 'all',
  },
  { type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' },
  { type: 'add-member', groupId: 'g', topics: ['a', 'b'], assignor: 'cooperative-sticky' },
  { type: 'remove-member', name: 'g-app-1' },
  { type: 'crash-member', name: 'g-app-2' },
];

describe('parseUiMessage accepts', () => {
  it.each(GOOD_MESSAGES.map((m) => [m.type, m] as const))('%s', (_type, message) => {
    expect(parseUiMessage(message)).toEqual({ ok: true, message });
  });

  it.each(GOOD_COMMANDS.map((c, i) => [`${i}: ${c.type}`, c] as const))('command %s', (_name, command) => {
    const message = { type: 'command', id: 1, command };
    expect(parseUiMessage(message)).toEqual({ ok: true, message });
  });

  it('every command type at least once', () => {
    const types = new Set(GOOD_COMMANDS.map((c) => c.type));
    const all: Record<SessionCommand['type'], true> = {
      'create-topic': true,
      'delete-topic': true,
      'create-partitions': true,
      'alter-topic-config': true,
      'alter-broker-config': true,
      'kill-broker': true,
      'power-off-broker': true,
      'start-broker': true,
      isolate: true,
      heal: true,
      slow: true,
      'drop-message': true,
      'elect-leaders': true,
      'reset-offsets': true,
      send: true,
      'auto-produce': true,
      'add-member': true,
      'remove-member': true,
      'crash-member': true,
    };
    expect([...types].sort()).toEqual(Object.keys(all).sort());
  });

  it('drops fields it does not know, so nothing unchecked reaches the engine', () => {
    expect(parseUiMessage({ type: 'step', id: 1, evil: true })).toEqual({
      ok: true,
      message: { type: 'step', id: 1 },
    });
    expect(parseUiMessage({ type: 'command', id: 2, command: { type: 'heal', extra: [1, 2, 3] } })).toEqual({
      ok: true,
      message: { type: 'command', id: 2, command: { type: 'heal' } },
    });
  });
});

describe('parseUiMessage rejects', () => {
  /** [message, the id the error must carry, words the reason must contain]. */
  const bad: Array<[unknown, number | undefined, string]> = [
    [null, undefined, 'a message must be an object'],
    ['init', undefined, 'a message must be an object'],
    [{ type: 'nope', id: 1 }, 1, 'unknown message type "nope"'],
    [{ type: 'init' }, undefined, 'protocolVersion must be a whole number'],
    [{ type: 'step' }, undefined, 'step needs an id'],
    [{ type: 'step', id: 1.5 }, undefined, 'step needs an id'],
    [{ type: 'playback', playing: 'yes', speed: 1 }, undefined, 'playing must be true or false'],
    [{ type: 'playback', playing: true, speed: Number.NaN }, undefined, 'speed must be a number'],
    [{ type: 'playback', playing: true, speed: -1 }, undefined, 'speed must be a number in [0,'],
    [{ type: 'jump', id: 2, ms: 0 }, 2, 'ms must be a whole number in [1,'],
    [{ type: 'jump', id: 3, ms: MAX_JUMP_MS + 1 }, 3, `ms must be a whole number in [1, ${MAX_JUMP_MS}]`],
    [{ type: 'jump', id: 4, ms: 1.5 }, 4, 'got 1.5'],
    [{ type: 'seek', id: 5, atMs: -1 }, 5, 'atMs must be a whole number'],
    [{ type: 'watch', partitions: 'orders-0' }, undefined, 'partitions must be a list'],
    [{ type: 'watch', partitions: Array(101).fill('p') }, undefined, 'partitions may hold at most 100 items'],
    [
      { type: 'reset', id: 6, preset: 'huge' },
      6,
      'reset.preset must be one of classroom, hot-key, retention, large',
    ],
    [{ type: 'reset', id: 7, preset: 'classroom', seed: -1 }, 7, 'seed must be a whole number'],
    [{ type: 'reset', preset: 'classroom' }, undefined, 'reset needs an id'],
    [
      { type: 'readRecords', id: 8, replica, fromOffset: 0, maxRecords: 0, uncommitted: true },
      8,
      'maxRecords',
    ],
    [
      {
        type: 'readRecords',
        id: 9,
        replica,
        fromOffset: 0,
        maxRecords: MAX_PAGE_RECORDS + 1,
        uncommitted: true,
      },
      9,
      'maxRecords',
    ],
    [
      { type: 'readRecords', id: 10, replica, fromOffset: 0, maxRecords: 5 },
      10,
      'uncommitted must be true or false',
    ],
    [{ type: 'readBatchBytes', id: 11, replica: null, offset: 0 }, 11, 'replica must be an object'],
    [
      { type: 'lookupOffset', id: 12, replica: { ...replica, brokerId: '1' }, offset: 0 },
      12,
      'replica.brokerId',
    ],
    [{ type: 'lookupOffset', id: 13, replica, offset: -2 }, 13, 'offset must be a whole number'],
    [{ type: 'command', id: 14 }, 14, 'command must be an object'],
    [{ type: 'command', id: 15, command: [] }, 15, 'command must be an object'],
    [{ type: 'command', id: 16, command: { type: 'rm -rf' } }, 16, 'unknown command "rm -rf"'],
    [{ type: 'command', command: { type: 'heal' } }, undefined, 'command needs an id'],
  ];

  const badCommands: Array<[unknown, string]> = [
    [{ type: 'create-topic', name: 5, options: {} }, 'name must be text'],
    [{ type: 'create-topic', name: 'x'.repeat(1001), options: {} }, 'name is longer than 1000 characters'],
    [
      { type: 'create-topic', name: 't', options: { partitions: 'three' } },
      'partitions must be a whole number',
    ],
    [
      { type: 'create-topic', name: 't', options: { configs: { 'retention.ms': 5 } } },
      'configs.retention.ms must be text',
    ],
    [{ type: 'create-partitions', name: 't', totalCount: 0 }, 'totalCount'],
    [{ type: 'alter-topic-config', name: 't', set: {}, remove: 'retention.ms' }, 'remove must be a list'],
    [{ type: 'alter-broker-config', brokerId: 'all', set: {} }, 'brokerId must be a whole number'],
    [{ type: 'kill-broker', id: 'x' }, 'id must be a whole number in [0, 1000000], got x'],
    [{ type: 'isolate', node: 'broker-1' }, 'node must be a whole number'],
    [{ type: 'slow', id: 1, delayMs: 600_001 }, 'delayMs must be a whole number in [0, 600000]'],
    [{ type: 'drop-message' }, 'id must be a whole number'],
    [
      { type: 'elect-leaders', electionType: 'preferred', partitions: null },
      'electionType must be PREFERRED or UNCLEAN',
    ],
    [
      { type: 'elect-leaders', electionType: 'UNCLEAN', partitions: [{ topic: 't' }] },
      'partition must be a whole number',
    ],
    [
      { type: 'reset-offsets', groupId: 'g', topics: null, spec: { to: 'middle' } },
      'spec must say to earliest',
    ],
    [
      { type: 'reset-offsets', groupId: 'g', topics: null, spec: { shiftBy: 0.5 } },
      'shiftBy must be a whole number',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 1,
        value: 'v',
        headers: [],
        partition: null,
        acks: 'all',
        partitioner: 'default',
      },
      'key must be text',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 'k',
        value: 'v',
        partition: null,
        acks: 'all',
        partitioner: 'default',
      },
      'headers must be a list',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 'k',
        value: 'v',
        headers: [{ key: null, value: 'x' }],
        partition: null,
        acks: 'all',
        partitioner: 'default',
      },
      'header key must be text',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 'k',
        value: 'v',
        headers: [],
        partition: null,
        acks: -1,
        partitioner: 'default',
      },
      'acks must be one of all, 1, 0',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 'k',
        value: 'v',
        headers: [],
        partition: null,
        acks: 'all',
        partitioner: 'sticky',
      },
      'partitioner must be one of default',
    ],
    [
      {
        type: 'send',
        topic: 't',
        key: 'k',
        value: 'v'.repeat(MAX_FIELD_CHARS + 1),
        headers: [],
        partition: null,
        acks: 'all',
        partitioner: 'default',
      },
      `value is longer than ${MAX_FIELD_CHARS} characters`,
    ],
    [
      { type: 'auto-produce', topic: 't', ratePerSec: 5, distribution: { kind: 'zipf' }, acks: 'all' },
      'distribution.kind must be none, uniform or hot-key',
    ],
    [
      {
        type: 'auto-produce',
        topic: 't',
        ratePerSec: 5,
        distribution: { kind: 'hot-key', keys: 5, hotShare: 2 },
        acks: 'all',
      },
      'hotShare must be a number in [0, 1]',
    ],
    [
      {
        type: 'auto-produce',
        topic: 't',
        ratePerSec: Number.POSITIVE_INFINITY,
        distribution: { kind: 'none' },
        acks: 'all',
      },
      'ratePerSec must be a number',
    ],
    [
      { type: 'add-member', groupId: 'g', topics: ['t'], assignor: 'sticky' },
      'assignor must be one of range',
    ],
    [{ type: 'add-member', groupId: 'g', topics: 't', assignor: 'range' }, 'topics must be a list'],
    [{ type: 'remove-member' }, 'name must be text'],
  ];

  it.each(bad.map(([m, id, reason], i) => [i, m, id, reason] as const))(
    'message %i, keeping its id and saying why',
    (_i, message, id, reason) => {
      const result = parseUiMessage(message);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.id).toBe(id);
      expect('id' in result).toBe(id !== undefined);
      expect(result.reason).toContain(reason);
    },
  );

  it.each(badCommands.map(([c, reason], i) => [i, c, reason] as const))(
    'command %i, keeping the request id and saying why',
    (_i, command, reason) => {
      const result = parseUiMessage({ type: 'command', id: 42, command });
      expect(result).toEqual({ ok: false, id: 42, reason: expect.stringContaining(reason) });
    },
  );
});
