import { describe, expect, it } from 'vitest';
import {
  assignorUserData,
  decodeAssignment,
  decodeSubscription,
  encodeAssignment,
  encodeSubscription,
  subscriptionFromBytes,
} from './consumer-protocol';
import { WireWriter } from './wire';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (s: string): string => hex(new TextEncoder().encode(s));

describe('ConsumerProtocolSubscription v3', () => {
  it('lays out topics, null user data, owned partitions, generation and a null rack (hand-checked)', () => {
    const bytes = encodeSubscription({ topics: ['demo'], ownedPartitions: [], generationId: -1 }, null);
    expect(hex(bytes)).toBe(
      `0003 00000001 0004${ascii('demo')} ffffffff 00000000 ffffffff ffff`.replaceAll(' ', ''),
    );
  });

  it('sorts topics and owned partitions and groups partitions per topic', () => {
    const bytes = encodeSubscription(
      {
        topics: ['b', 'a'],
        ownedPartitions: [
          { topic: 'b', partition: 1 },
          { topic: 'a', partition: 2 },
          { topic: 'a', partition: 0 },
        ],
        generationId: 3,
      },
      assignorUserData('cooperative-sticky', 3),
    );
    const decoded = decodeSubscription(bytes);
    expect(decoded.topics).toEqual(['a', 'b']);
    expect(decoded.ownedPartitions).toEqual([
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 2 },
      { topic: 'b', partition: 1 },
    ]);
    expect(decoded.generationId).toBe(3);
    expect(decoded.userData && hex(decoded.userData)).toBe('00000003');
    expect(decoded.rackId).toBeNull();
    expect(subscriptionFromBytes(bytes)).toEqual({
      topics: ['a', 'b'],
      ownedPartitions: decoded.ownedPartitions,
      generationId: 3,
    });
  });

  it('range and roundrobin add no user data', () => {
    expect(assignorUserData('range', 5)).toBeNull();
    expect(assignorUserData('roundrobin', 5)).toBeNull();
  });

  it('reads version 0 (topics and user data only)', () => {
    const v0 = new WireWriter()
      .int16(0)
      .array(['t'], (w, t) => w.string(t))
      .nullableBytes(null)
      .bytesWritten();
    expect(decodeSubscription(v0)).toEqual({
      version: 0,
      topics: ['t'],
      userData: null,
      ownedPartitions: [],
      generationId: -1,
      rackId: null,
    });
  });
});

describe('ConsumerProtocolAssignment v3', () => {
  it('lays out partitions per topic and null user data (hand-checked)', () => {
    const bytes = encodeAssignment([{ topic: 'demo', partition: 0 }]);
    expect(hex(bytes)).toBe(
      `0003 00000001 0004${ascii('demo')} 00000001 00000000 ffffffff`.replaceAll(' ', ''),
    );
  });

  it('round-trips, keeping the assignor order within the per-topic groups', () => {
    const partitions = [
      { topic: 'A', partition: 0 },
      { topic: 'A', partition: 1 },
      { topic: 'B', partition: 0 },
    ];
    expect(decodeAssignment(encodeAssignment(partitions)).partitions).toEqual(partitions);
  });

  it('reads empty bytes (a member the leader left out) as no partitions', () => {
    expect(decodeAssignment(new Uint8Array(0)).partitions).toEqual([]);
  });
});
