/**
 * The records of `__consumer_offsets` in Kafka 3.9's exact binary form (`GroupMetadataManager`'s
 * `offsetCommitKey`, `offsetCommitValue`, `groupMetadataKey`, `groupMetadataValue`; schemas in
 * group-coordinator/src/main/resources/common/message/). Every key and value starts with an int16
 * schema version (`MessageUtil.toVersionPrefixedBytes`); the key's version says which record it is:
 * 0–1 an offset commit, 2 group metadata. A null value is a tombstone.
 */
import { WireReader, WireWriter } from './wire';

/** `OffsetCommitKey.HIGHEST_SUPPORTED_VERSION`: what 3.9 writes. */
export const OFFSET_COMMIT_KEY_VERSION = 1;
/**
 * `MetadataVersion.offsetCommitValueVersion(false)` for IBP ≥ 2.1: 3, the highest non-flexible version.
 * Version 1 (with `expireTimestamp`) is only written for a commit carrying a retention time, which
 * OffsetCommit v5+ (every 3.x client) no longer sends.
 */
export const OFFSET_COMMIT_VALUE_VERSION = 3;
/** `GroupMetadataKey`'s only version. */
export const GROUP_METADATA_KEY_VERSION = 2;
/** `MetadataVersion.groupMetadataValueVersion()` for IBP ≥ 2.3: 3. */
export const GROUP_METADATA_VALUE_VERSION = 3;

export interface OffsetCommitKey {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
}

export interface OffsetCommitValue {
  /** The next offset to read. */
  readonly offset: number;
  /** −1 = none (`RecordBatch.NO_PARTITION_LEADER_EPOCH`); only stored from version 3. */
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestamp: number;
  /** Only version 1 stores it; −1 = none (`OffsetCommitRequest.DEFAULT_TIMESTAMP`). */
  readonly expireTimestamp: number;
}

export interface GroupMetadataMemberRecord {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly rebalanceTimeoutMs: number;
  readonly sessionTimeoutMs: number;
  /** The member's protocol metadata for the selected protocol (ConsumerProtocolSubscription bytes). */
  readonly subscription: Uint8Array;
  /** Its assignment (ConsumerProtocolAssignment bytes; empty when none). */
  readonly assignment: Uint8Array;
}

export interface GroupMetadataValue {
  readonly protocolType: string;
  readonly generation: number;
  readonly protocol: string | null;
  readonly leader: string | null;
  /** When the group entered its current state; −1 = unknown (versions < 2). */
  readonly currentStateTimestamp: number;
  readonly members: readonly GroupMetadataMemberRecord[];
}

export type OffsetsRecordKey =
  | ({ readonly type: 'offset-commit'; readonly version: number } & OffsetCommitKey)
  | { readonly type: 'group-metadata'; readonly version: number; readonly group: string }
  | { readonly type: 'unknown'; readonly version: number };

/**
 * @example
 *   encodeOffsetCommitKey({ group: 'g', topic: 't', partition: 0 });
 *   // 00 01 | 00 01 67 | 00 01 74 | 00 00 00 00
 */
export function encodeOffsetCommitKey(key: OffsetCommitKey): Uint8Array {
  return new WireWriter()
    .int16(OFFSET_COMMIT_KEY_VERSION)
    .string(key.group)
    .string(key.topic)
    .int32(key.partition)
    .bytesWritten();
}

/**
 * Writes version 3 (offset, leaderEpoch, metadata, commitTimestamp); `expireTimestamp` is not stored.
 *
 * @example
 *   encodeOffsetCommitValue({ offset: 42, leaderEpoch: -1, metadata: '', commitTimestamp: 0, expireTimestamp: -1 });
 */
export function encodeOffsetCommitValue(value: OffsetCommitValue): Uint8Array {
  return new WireWriter()
    .int16(OFFSET_COMMIT_VALUE_VERSION)
    .int64(value.offset)
    .int32(value.leaderEpoch)
    .string(value.metadata)
    .int64(value.commitTimestamp)
    .bytesWritten();
}

/** @example encodeGroupMetadataKey('g'); // 00 02 | 00 01 67 */
export function encodeGroupMetadataKey(group: string): Uint8Array {
  return new WireWriter().int16(GROUP_METADATA_KEY_VERSION).string(group).bytesWritten();
}

/**
 * Writes version 3: every member with its group instance id, rebalance and session timeouts and the
 * subscription/assignment bytes.
 *
 * @example
 *   encodeGroupMetadataValue({ protocolType: 'consumer', generation: 1, protocol: 'range', leader: 'm',
 *     currentStateTimestamp: 0, members: [] });
 */
export function encodeGroupMetadataValue(value: GroupMetadataValue): Uint8Array {
  const writer = new WireWriter()
    .int16(GROUP_METADATA_VALUE_VERSION)
    .string(value.protocolType)
    .int32(value.generation)
    .nullableString(value.protocol)
    .nullableString(value.leader)
    .int64(value.currentStateTimestamp);
  writer.array(value.members, (w, m) => {
    w.string(m.memberId)
      .nullableString(m.groupInstanceId)
      .string(m.clientId)
      .string(m.clientHost)
      .int32(m.rebalanceTimeoutMs)
      .int32(m.sessionTimeoutMs)
      .bytes(m.subscription)
      .bytes(m.assignment);
  });
  return writer.bytesWritten();
}

/** Reads a key of any version (`GroupMetadataManager.readMessageKey`). */
export function decodeOffsetsKey(bytes: Uint8Array): OffsetsRecordKey {
  const reader = new WireReader(bytes);
  const version = reader.int16();
  if (version === 0 || version === 1) {
    return {
      type: 'offset-commit',
      version,
      group: reader.string(),
      topic: reader.string(),
      partition: reader.int32(),
    };
  }
  if (version === GROUP_METADATA_KEY_VERSION)
    return { type: 'group-metadata', version, group: reader.string() };
  return { type: 'unknown', version };
}

/** Reads versions 0–3 (`readOffsetMessageValue`); fields a version lacks take their schema defaults. */
export function decodeOffsetCommitValue(bytes: Uint8Array): OffsetCommitValue {
  const reader = new WireReader(bytes);
  const version = reader.int16();
  // Version 4 is flexible (compact strings, tagged fields): 3.9 never writes it.
  if (version < 0 || version > 3) throw new RangeError(`Unknown offset message version: ${version}`);
  const offset = reader.int64();
  const leaderEpoch = version >= 3 ? reader.int32() : -1;
  const metadata = reader.string();
  const commitTimestamp = reader.int64();
  const expireTimestamp = version === 1 ? reader.int64() : -1;
  return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp };
}

/** Reads versions 0–3 (`readGroupMessageValue`). */
export function decodeGroupMetadataValue(bytes: Uint8Array): GroupMetadataValue {
  const reader = new WireReader(bytes);
  const version = reader.int16();
  if (version < 0 || version > 3) throw new RangeError(`Unknown group metadata message version: ${version}`);
  const protocolType = reader.string();
  const generation = reader.int32();
  const protocol = reader.nullableString();
  const leader = reader.nullableString();
  const currentStateTimestamp = version >= 2 ? reader.int64() : -1;
  const members = reader.array((r) => readMember(r, version));
  return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
}

function readMember(reader: WireReader, version: number): GroupMetadataMemberRecord {
  const memberId = reader.string();
  const groupInstanceId = version >= 3 ? reader.nullableString() : null;
  const clientId = reader.string();
  const clientHost = reader.string();
  const rebalanceTimeout = version >= 1 ? reader.int32() : -1;
  const sessionTimeoutMs = reader.int32();
  // Version 0 had no rebalance timeout: Kafka loads the session timeout in its place.
  const rebalanceTimeoutMs = version === 0 ? sessionTimeoutMs : rebalanceTimeout;
  const subscription = reader.bytesField();
  const assignment = reader.bytesField();
  return {
    memberId,
    groupInstanceId,
    clientId,
    clientHost,
    rebalanceTimeoutMs,
    sessionTimeoutMs,
    subscription,
    assignment,
  };
}
