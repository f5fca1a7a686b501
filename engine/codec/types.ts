/** Shapes of record batches going into the encoder and coming out of the decoder (KAFKA-REFERENCE §1). */

/** A record header. Keys are non-null UTF-8 strings; a null value is legal. */
export interface RecordHeader {
  key: string;
  value: Uint8Array | null;
}

/** One record to encode. `key`/`value` null encode as length −1 (a null value is a tombstone). */
export interface RecordInput {
  timestamp: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers?: RecordHeader[];
  /**
   * Offset relative to the batch's baseOffset. Omit it for a producer batch (0, 1, 2, …); give it to
   * rebuild a compacted batch whose surviving records keep their original offsets (strictly increasing).
   */
  offsetDelta?: number;
}

/**
 * A batch to encode as uncompressed magic 2. Omitted identity fields are −1 (a plain producer, §1.7) and
 * omitted attributes are 0 (CreateTime, not transactional).
 */
export interface RecordBatchInput {
  baseOffset: number;
  partitionLeaderEpoch?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  attributes?: number;
  records: RecordInput[];
  /** Overrides "first record's timestamp", e.g. with the delete horizon (attribute bit 6). */
  baseTimestamp?: number;
  /** Overrides "largest record timestamp", e.g. with the broker's append time for LogAppendTime. */
  maxTimestamp?: number;
  /** Overrides "last record's offsetDelta"; a compacted batch keeps its original value (§1.5). */
  lastOffsetDelta?: number;
}

/** The 61-byte batch header as stored, plus derived sizes/offsets; read without touching the records. */
export interface RecordBatchHeader {
  baseOffset: number;
  /** Bytes after the batchLength field: the batch's total size is 12 + batchLength. */
  batchLength: number;
  /** 12 + batchLength: how far the next batch starts. */
  sizeInBytes: number;
  partitionLeaderEpoch: number;
  magic: number;
  /** Stored CRC-32C, unsigned. */
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  /** baseOffset + lastOffsetDelta. */
  lastOffset: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
}

/** A decoded record: offset and timestamp resolved per the decoding rules of §1.4. */
export interface DecodedRecord {
  offset: number;
  timestamp: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: RecordHeader[];
}

/** A decoded batch: its stored header fields and its records. */
export interface DecodedRecordBatch {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  records: DecodedRecord[];
}
