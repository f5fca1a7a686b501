import { describe, expect, it } from 'vitest';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
  type GroupMetadataValue,
} from './offsets-records';
import { WireFormatError, WireWriter } from './wire';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (s: string): string => hex(new TextEncoder().encode(s));

describe('OffsetCommit key (version 1)', () => {
  it('lays out version, group, topic, partition as int16-prefixed strings and an int32', () => {
    const bytes = encodeOffsetCommitKey({ group: 'g', topic: 't', partition: 7 });
    expect(hex(bytes)).toBe(`0001 0001${ascii('g')} 0001${ascii('t')} 00000007`.replaceAll(' ', ''));
  });

  it('round-trips, and version 0 keys read the same', () => {
    const key = { group: 'my-group', topic: 'demo', partition: 12 };
    expect(decodeOffsetsKey(encodeOffsetCommitKey(key))).toEqual({
      type: 'offset-commit',
      version: 1,
      ...key,
    });
    const v0 = new WireWriter().int16(0).string('g').string('t').int32(1).bytesWritten();
    expect(decodeOffsetsKey(v0)).toEqual({
      type: 'offset-commit',
      version: 0,
      group: 'g',
      topic: 't',
      partition: 1,
    });
  });
});

describe('OffsetCommit value (version 3)', () => {
  it('writes offset, leaderEpoch, metadata, commitTimestamp — no expireTimestamp', () => {
    const bytes = encodeOffsetCommitValue({
      offset: 42,
      leaderEpoch: 0,
      metadata: '',
      commitTimestamp: 1_700_000_000_000,
      expireTimestamp: -1,
    });
    // 1700000000000 = 0x0000018bcfe56800
    expect(hex(bytes)).toBe('0003' + '000000000000002a' + '00000000' + '0000' + '0000018bcfe56800');
    expect(bytes.length).toBe(24);
  });

  it('round-trips', () => {
    const value = {
      offset: 123456789012,
      leaderEpoch: 5,
      metadata: 'm€ta',
      commitTimestamp: 99,
      expireTimestamp: -1,
    };
    expect(decodeOffsetCommitValue(encodeOffsetCommitValue(value))).toEqual(value);
  });

  it('reads version 1 (with expireTimestamp, no leaderEpoch)', () => {
    const v1 = new WireWriter().int16(1).int64(10).string('x').int64(1000).int64(2000).bytesWritten();
    expect(decodeOffsetCommitValue(v1)).toEqual({
      offset: 10,
      leaderEpoch: -1,
      metadata: 'x',
      commitTimestamp: 1000,
      expireTimestamp: 2000,
    });
  });

  it('rejects truncated bytes', () => {
    const bytes = encodeOffsetCommitValue({
      offset: 1,
      leaderEpoch: 0,
      metadata: '',
      commitTimestamp: 0,
      expireTimestamp: -1,
    });
    expect(() => decodeOffsetCommitValue(bytes.subarray(0, 10))).toThrow(WireFormatError);
  });
});

describe('GroupMetadata key (version 2) and value (version 3)', () => {
  it('key is version 2 then the group id', () => {
    expect(hex(encodeGroupMetadataKey('g'))).toBe(`00020001${ascii('g')}`);
    expect(decodeOffsetsKey(encodeGroupMetadataKey('my-group'))).toEqual({
      type: 'group-metadata',
      version: 2,
      group: 'my-group',
    });
  });

  const value: GroupMetadataValue = {
    protocolType: 'consumer',
    generation: 1,
    protocol: 'range',
    leader: 'm',
    currentStateTimestamp: 0,
    members: [
      {
        memberId: 'm',
        groupInstanceId: null,
        clientId: 'c',
        clientHost: '/h',
        rebalanceTimeoutMs: 300_000,
        sessionTimeoutMs: 45_000,
        subscription: new Uint8Array([1, 2]),
        assignment: new Uint8Array(0),
      },
    ],
  };

  it('lays out the fields in schema order (hand-checked)', () => {
    const expected = [
      '0003',
      `0008${ascii('consumer')}`,
      '00000001',
      `0005${ascii('range')}`,
      `0001${ascii('m')}`,
      '0000000000000000',
      '00000001',
      `0001${ascii('m')}`,
      'ffff', // groupInstanceId null
      `0001${ascii('c')}`,
      `0002${ascii('/h')}`,
      '000493e0', // rebalanceTimeout 300000
      '0000afc8', // sessionTimeout 45000
      '000000020102',
      '00000000',
    ].join('');
    expect(hex(encodeGroupMetadataValue(value))).toBe(expected);
  });

  it('round-trips, including an empty group with null protocol and leader', () => {
    expect(decodeGroupMetadataValue(encodeGroupMetadataValue(value))).toEqual(value);
    const empty: GroupMetadataValue = {
      protocolType: 'consumer',
      generation: 4,
      protocol: null,
      leader: null,
      currentStateTimestamp: 123,
      members: [],
    };
    expect(decodeGroupMetadataValue(encodeGroupMetadataValue(empty))).toEqual(empty);
  });

  it('reads a version 0 value: the session timeout stands in for the rebalance timeout', () => {
    const v0 = new WireWriter()
      .int16(0)
      .string('consumer')
      .int32(2)
      .nullableString('range')
      .nullableString('m')
      .int32(1)
      .string('m')
      .string('c')
      .string('/h')
      .int32(10_000)
      .bytes(new Uint8Array([9]))
      .bytes(new Uint8Array(0))
      .bytesWritten();
    const decoded = decodeGroupMetadataValue(v0);
    expect(decoded.currentStateTimestamp).toBe(-1);
    expect(decoded.members[0]).toMatchObject({
      rebalanceTimeoutMs: 10_000,
      sessionTimeoutMs: 10_000,
      groupInstanceId: null,
    });
  });

  it('reports keys of unknown versions', () => {
    expect(decodeOffsetsKey(new WireWriter().int16(7).bytesWritten())).toEqual({
      type: 'unknown',
      version: 7,
    });
  });
});
