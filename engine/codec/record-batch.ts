/**
 * The record-batch codec's public face: encode, decode, header access and layout constants. Other engine
 * layers import from here (or from `engine/index.ts`), not from the files behind it.
 */

export {
  readBatchHeader,
  verifyBatchCrc,
  writeBaseOffset,
  writeMaxTimestamp,
  writePartitionLeaderEpoch,
} from './batch-header';
export {
  COMPRESSION_CODEC_MASK,
  CONTROL_FLAG_MASK,
  CURRENT_MAGIC,
  DELETE_HORIZON_FLAG_MASK,
  LOG_OVERHEAD,
  NO_PARTITION_LEADER_EPOCH,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  NO_TIMESTAMP,
  RECORD_BATCH_OVERHEAD,
  TIMESTAMP_TYPE_MASK,
  TRANSACTIONAL_FLAG_MASK,
} from './batch-layout';
export { decodeRecordBatches } from './decode';
export { encodeRecordBatch, recordBatchSizeInBytes } from './encode';
export { CorruptRecordError } from './errors';
export { type RecordVisitor, scanRecords } from './record-scan';
export type {
  DecodedRecord,
  DecodedRecordBatch,
  RecordBatchHeader,
  RecordBatchInput,
  RecordHeader,
  RecordInput,
} from './types';
