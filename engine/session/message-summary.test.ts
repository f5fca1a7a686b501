import { describe, expect, it } from 'vitest';
import type { MessageBody } from '../cluster/protocol';
import { summarizeMessage } from './message-summary';

const request = (body: unknown): MessageBody => ({ kind: 'request', correlationId: 1, body }) as MessageBody;
const response = (body: unknown): MessageBody =>
  ({ kind: 'response', correlationId: 1, body }) as MessageBody;

describe('summarizeMessage', () => {
  it('says what a produce request carries and with which acks', () => {
    const m = request({
      api: 'Produce',
      acks: -1,
      timeoutMs: 30_000,
      partitions: [{ topic: 'orders', partition: 0, records: new Uint8Array(), recordCount: 3 }],
    });
    expect(summarizeMessage(m)).toBe('acks=all · orders-0: 3 records');
  });

  it('gives the offset a produce got, or its error', () => {
    const ok = response({
      api: 'Produce',
      partitions: [{ topic: 'orders', partition: 1, error: 'NONE', baseOffset: 12 }],
    });
    const refused = response({
      api: 'Produce',
      partitions: [{ topic: 'orders', partition: 1, error: 'NOT_ENOUGH_REPLICAS', baseOffset: -1 }],
    });
    expect(summarizeMessage(ok)).toBe('orders-1 → offset 12');
    expect(summarizeMessage(refused)).toBe('orders-1: NOT_ENOUGH_REPLICAS');
  });

  it('names a follower fetch and its offsets, folding long partition lists', () => {
    const m = request({
      api: 'Fetch',
      replicaId: 2,
      partitions: [0, 1, 2, 3, 4].map((p) => ({ topic: 't', partition: p, fetchOffset: p * 10 })),
    });
    expect(summarizeMessage(m)).toBe('replica 2 · t-0@0, t-1@10, t-2@20, +2');
  });

  it('names the group of a group request and the path of a ZooKeeper watch', () => {
    expect(
      summarizeMessage(request({ api: 'Heartbeat', groupId: 'billing', generationId: 3, memberId: 'm' })),
    ).toBe('group billing · generation 3');
    expect(
      summarizeMessage({
        kind: 'zk',
        body: { api: 'ZkWatch', type: 'NodeDataChanged', path: '/controller' },
      } as MessageBody),
    ).toBe('NodeDataChanged /controller');
  });
});
