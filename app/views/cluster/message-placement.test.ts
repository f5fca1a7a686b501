import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../engine/view/types';
import {
  categoryOf,
  edgeToward,
  linkBetween,
  lostOpacity,
  MESSAGE_CATEGORIES,
  planDrawing,
  pointOnLink,
  progressOf,
} from './message-placement';

const message = (id: number, over: Partial<MessageRecord> = {}): MessageRecord => ({
  kind: 'message',
  id: `message:${id}`,
  messageId: id,
  from: 'client-1',
  to: 'broker-1',
  sendMs: 1000,
  recvMs: 1010,
  api: 'Produce',
  direction: 'request',
  lost: null,
  summary: '',
  ...over,
});

describe('links', () => {
  const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });
  const broker = (x: number) => ({ kind: 'broker' as const, box: box(x, 100) });
  const zk = { kind: 'zookeeper' as const, box: box(150, 0, 160, 40) };
  const client = { kind: 'client' as const, box: box(0, 10, 90, 26) };

  it('run between brokers under their row, never through their boxes', () => {
    const link = linkBetween(broker(0), broker(300));
    expect(pointOnLink(link, 0)).toEqual({ x: 50, y: 160 });
    expect(pointOnLink(link, 1)).toEqual({ x: 350, y: 160 });
    for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) expect(pointOnLink(link, t).y).toBeGreaterThan(160);
  });

  it('keep a request and its response apart (a leftward trip dips deeper)', () => {
    const there = pointOnLink(linkBetween(broker(0), broker(300)), 0.5);
    const back = pointOnLink(linkBetween(broker(300), broker(0)), 0.5);
    expect(back.y).toBeGreaterThan(there.y + 5);
  });

  it('follow ZooKeeper’s session line from its bottom to a broker’s top', () => {
    const link = linkBetween(zk, broker(300));
    expect(pointOnLink(link, 0)).toEqual({ x: 230, y: 40 });
    expect(pointOnLink(link, 1)).toEqual({ x: 350, y: 100 });
  });

  it('bring a client’s request and the broker’s response to different points of the top edge', () => {
    const request = linkBetween(client, broker(300));
    const response = linkBetween(broker(300), client);
    expect(pointOnLink(request, 1)).toEqual({ x: 340, y: 100 });
    expect(pointOnLink(response, 0)).toEqual({ x: 360, y: 100 });
    // The client end leaves from the client box's edge.
    const start = pointOnLink(request, 0);
    expect(start.x).toBeCloseTo(90, 5);
    expect(start.y).toBeGreaterThan(10);
  });

  it('find where a ray from a box’s centre leaves it', () => {
    expect(edgeToward(box(0, 0, 100, 60), { x: 500, y: 30 })).toEqual({ x: 100, y: 30 });
    expect(edgeToward(box(0, 0, 100, 60), { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
    expect(edgeToward(box(0, 0, 100, 60), { x: 60, y: 35 })).toEqual({ x: 60, y: 35 });
  });
});

describe('progressOf', () => {
  it('is (now − sendMs) / (recvMs − sendMs), clamped to the trip', () => {
    const m = message(1, { sendMs: 1000, recvMs: 1010 });
    expect(progressOf(m, 1000)).toBe(0);
    expect(progressOf(m, 1005)).toBe(0.5);
    expect(progressOf(m, 990)).toBe(0);
    expect(progressOf(m, 2000)).toBe(1);
    expect(progressOf(message(2, { sendMs: 5, recvMs: 5 }), 5)).toBe(1);
  });
});

describe('categoryOf', () => {
  it('tells a follower’s fetch (replication) from a consumer’s', () => {
    expect(categoryOf(message(1, { api: 'Fetch', from: 'broker-2', to: 'broker-1' }))).toBe('replication');
    expect(categoryOf(message(1, { api: 'Fetch', from: 'client-3', to: 'broker-1' }))).toBe('fetch');
    expect(
      categoryOf(message(1, { api: 'Fetch', from: 'broker-1', to: 'client-3', direction: 'response' })),
    ).toBe('fetch');
  });

  it('groups APIs by what they are for', () => {
    expect(categoryOf(message(1, { api: 'Produce' }))).toBe('produce');
    expect(categoryOf(message(1, { api: 'Heartbeat' }))).toBe('group');
    expect(categoryOf(message(1, { api: 'OffsetCommit' }))).toBe('group');
    expect(categoryOf(message(1, { api: 'LeaderAndIsr', from: 'broker-1', to: 'broker-2' }))).toBe(
      'controller',
    );
    expect(categoryOf(message(1, { api: 'Metadata' }))).toBe('metadata');
    expect(categoryOf(message(1, { api: 'SomethingNew' }))).toBe('metadata');
  });

  it('puts every ZooKeeper message under ZooKeeper', () => {
    expect(
      categoryOf(message(1, { api: 'ZkWatch', from: 'zookeeper', to: 'broker-1', direction: 'zk' })),
    ).toBe('zookeeper');
  });
});

describe('planDrawing', () => {
  const all = new Set(MESSAGE_CATEGORIES);
  const placed = () => true;

  it('draws up to the cap, oldest ids first, and counts the rest per link', () => {
    const messages = [
      message(5),
      message(1),
      message(2, { from: 'broker-2', to: 'broker-1', api: 'Fetch' }),
      message(3),
      message(4, { from: 'broker-2', to: 'broker-1', api: 'Fetch' }),
    ];
    const plan = planDrawing(messages, { cap: 2, shown: all, selectedId: null, placed });
    expect(plan.drawn.map((m) => m.messageId)).toEqual([1, 2]);
    expect(plan.overflow).toEqual(
      expect.arrayContaining([
        { from: 'client-1', to: 'broker-1', count: 2 },
        { from: 'broker-2', to: 'broker-1', count: 1 },
      ]),
    );
    expect(plan.overflow).toHaveLength(2);
  });

  it('always draws the selected message, even past the cap or filtered out', () => {
    const messages = [message(1), message(2), message(3, { api: 'Heartbeat' })];
    const noGroup = new Set(MESSAGE_CATEGORIES.filter((c) => c !== 'group'));
    const plan = planDrawing(messages, { cap: 1, shown: noGroup, selectedId: 3, placed });
    expect(plan.drawn.map((m) => m.messageId)).toEqual([1, 3]);
    expect(plan.overflow).toEqual([{ from: 'client-1', to: 'broker-1', count: 1 }]);
  });

  it('leaves out filtered categories (not even counted) and nodes not on screen', () => {
    const messages = [message(1, { api: 'Heartbeat' }), message(2), message(3, { from: 'client-9' })];
    const plan = planDrawing(messages, {
      cap: 10,
      shown: new Set(['produce']),
      selectedId: null,
      placed: (n) => n !== 'client-9',
    });
    expect(plan.drawn.map((m) => m.messageId)).toEqual([2]);
    expect(plan.overflow).toEqual([]);
  });
});

describe('lostOpacity', () => {
  it('fades a lost message as it travels, never to nothing', () => {
    expect(lostOpacity(0)).toBe(1);
    expect(lostOpacity(1)).toBeCloseTo(0.25);
    expect(lostOpacity(0.5)).toBeGreaterThan(lostOpacity(0.9));
  });
});
