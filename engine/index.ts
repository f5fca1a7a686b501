/**
 * The engine's public contract: everything the app and tools may import from the engine. Each line
 * re-exports one layer; add new layers as further lines.
 */
export type {
  ByteAnnotation,
  ByteCursor,
  DecodedRecord,
  DecodedRecordBatch,
  RecordBatchHeader,
  RecordBatchInput,
  RecordHeader,
  RecordInput,
  VarintRead,
} from './codec/index';
export {
  annotateRecordBatch,
  COMPRESSION_CODEC_MASK,
  CONTROL_FLAG_MASK,
  CorruptRecordError,
  CURRENT_MAGIC,
  crc32c,
  crc32cUpdate,
  DELETE_HORIZON_FLAG_MASK,
  decodeRecordBatches,
  decodeVarint,
  decodeVarlong,
  encodeRecordBatch,
  LOG_OVERHEAD,
  murmur2,
  NO_PARTITION_LEADER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  NO_TIMESTAMP,
  partitionForKey,
  RECORD_BATCH_OVERHEAD,
  readBatchHeader,
  readVarint,
  readVarlong,
  recordBatchSizeInBytes,
  sizeOfVarint,
  sizeOfVarlong,
  TIMESTAMP_TYPE_MASK,
  TRANSACTIONAL_FLAG_MASK,
  toPositive,
  verifyBatchCrc,
  writeBaseOffset,
  writePartitionLeaderEpoch,
  writeVarint,
  writeVarlong,
} from './codec/index';

// The log layer (one partition replica's log) and where its bytes live.
export * from './log/index';
// The engine's only sources of time and chance.
export { DEFAULT_START_MS, SimClock } from './sim/clock';
export { type RandomState, SeededRandom } from './sim/random';
export * from './storage/index';
