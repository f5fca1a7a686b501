/**
 * Byte layout of a magic-2 record batch header (KAFKA-REFERENCE §1.1) and its attribute bits (§1.3).
 * Names follow Kafka's `DefaultRecordBatch` so a reader can line them up with the Java source.
 */

export const BASE_OFFSET_OFFSET = 0;
export const BATCH_LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
/** The CRC covers from here to the end of the batch. */
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORDS_COUNT_OFFSET = 57;
export const RECORDS_OFFSET = 61;

/** Size of a batch header with no records. */
export const RECORD_BATCH_OVERHEAD = 61;
/** baseOffset + batchLength: the prefix every magic version shares. */
export const LOG_OVERHEAD = 12;
/** The only format this codec reads and writes. */
export const CURRENT_MAGIC = 2;

/** Attribute bits 0–2: compression codec (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd). */
export const COMPRESSION_CODEC_MASK = 0x07;
/** Attribute bit 3: 0 = CreateTime, 1 = LogAppendTime. */
export const TIMESTAMP_TYPE_MASK = 0x08;
/** Attribute bit 4: the batch belongs to a transaction. */
export const TRANSACTIONAL_FLAG_MASK = 0x10;
/** Attribute bit 5: a control batch (transaction markers). */
export const CONTROL_FLAG_MASK = 0x20;
/** Attribute bit 6: baseTimestamp holds the delete horizon (KIP-534). */
export const DELETE_HORIZON_FLAG_MASK = 0x40;

export const NO_TIMESTAMP = -1;
export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;
