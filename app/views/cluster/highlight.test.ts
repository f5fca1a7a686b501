import { describe, expect, it } from 'vitest';
import { brokerRelation, isMessageEnd, watchedPartitionOf } from './highlight';

describe('brokerRelation', () => {
  it('relates brokers to the selected partition or replica', () => {
    const hosts = (topic: string, partition: number) => topic === 'orders' && partition === 0;
    expect(brokerRelation(null, 1, hosts)).toBe('none');
    expect(brokerRelation({ kind: 'broker', brokerId: 1 }, 1, hosts)).toBe('selected');
    expect(brokerRelation({ kind: 'broker', brokerId: 2 }, 1, hosts)).toBe('none');
    expect(brokerRelation({ kind: 'partition', topic: 'orders', partition: 0 }, 1, hosts)).toBe('related');
    expect(brokerRelation({ kind: 'partition', topic: 'orders', partition: 1 }, 1, hosts)).toBe('none');
    expect(brokerRelation({ kind: 'replica', topic: 'orders', partition: 0, brokerId: 1 }, 1, hosts)).toBe(
      'related',
    );
    expect(brokerRelation({ kind: 'replica', topic: 'orders', partition: 0, brokerId: 2 }, 1, hosts)).toBe(
      'none',
    );
  });
});

describe('isMessageEnd and watchedPartitionOf', () => {
  it('marks both ends of the selected message', () => {
    const sel = { kind: 'message', messageId: 4 } as const;
    const m = { from: 'client-1', to: 'broker-2' };
    expect(isMessageEnd(sel, 'broker-2', m)).toBe(true);
    expect(isMessageEnd(sel, 'client-1', m)).toBe(true);
    expect(isMessageEnd(sel, 'broker-1', m)).toBe(false);
    expect(isMessageEnd(sel, 'broker-2', undefined)).toBe(false);
  });

  it('watches the partition of a selected partition, replica or record only', () => {
    expect(watchedPartitionOf({ kind: 'partition', topic: 'orders', partition: 3 })).toBe('orders-3');
    expect(watchedPartitionOf({ kind: 'replica', topic: 'a-b', partition: 0, brokerId: 1 })).toBe('a-b-0');
    expect(watchedPartitionOf({ kind: 'broker', brokerId: 1 })).toBeNull();
    expect(watchedPartitionOf(null)).toBeNull();
  });
});
