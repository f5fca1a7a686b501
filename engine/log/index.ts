/**
 * The log layer's public face: one partition replica's log (`Log`), the per-broker `LogManager`, topic
 * configs with Kafka's validation, file names, and the pieces views need (segments, indexes, events).
 * Layers above import from here, not from the files behind it.
 */

export { ChunkedFile, ColdChunkError, DEFAULT_CHUNK_BYTES } from './chunked-file';
export { ConfigException, InvalidConfigurationException } from './config-parse';
export {
  filenamePrefixFromOffset,
  LEADER_EPOCH_CHECKPOINT_FILE,
  parsePartitionDirName,
  parseSegmentFileName,
  partitionDirName,
  segmentFileName,
} from './file-names';
export type { FileOp } from './file-ops';
export type { EpochEntry } from './leader-epoch-cache';
export { Log } from './log';
export type { CleanResult, LogToClean } from './log-cleaner';
export { cleanLog, grabFilthiestCompactedLog, logToClean } from './log-cleaner';
export type { CleanupPolicyName, LogConfig, LogManagerConfig, TimestampTypeName } from './log-config';
export {
  DEFAULT_LOG_CONFIG,
  DEFAULT_LOG_MANAGER_CONFIG,
  effectiveSegmentMs,
  isCompacted,
  isDeleteEnabled,
  LONG_MAX_VALUE,
} from './log-config';
export type { DirEntry, PendingDeletion } from './log-dir';
export type { LogErrorCode } from './log-errors';
export { LogError } from './log-errors';
export type { LogEvent, LogStartOffsetReason, SegmentDeletionReason } from './log-events';
export type { LogManagerAction, LogManagerState } from './log-manager';
export { LogManager } from './log-manager';
export type { FetchedBatch, LogReadResult, LogRecord, ReadCap, ReadOptions } from './log-read';
export type { LogSegment, RollReason } from './log-segment';
export type { LogFiles, LogState, RecoverParams } from './log-state';
export type { AppendRecord, LeaderAppendInput, LogAppendResult, LogCreateParams } from './log-types';
export type { OffsetPosition } from './offset-index';
export type { ProducerSnapshotEntry } from './producer-snapshot';
export {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  encodeProducerSnapshot,
  PRODUCER_SNAPSHOT_ENTRY_BYTES,
  PRODUCER_SNAPSHOT_HEADER_BYTES,
} from './producer-snapshot';
export type { ProducerSnapshotState, ProducerStateManagerState } from './producer-state';
export type { TimestampOffset } from './time-index';
export type { ConfigUnit, TopicConfigDef, TopicConfigOverrides, TopicSettings } from './topic-config';
export { logConfigWith, parseTopicConfig, TOPIC_CONFIGS, topicConfigDef } from './topic-config';
