/**
 * What happens to batches before they reach a segment (KAFKA-REFERENCE §1.5): Kafka's
 * `analyzeAndValidateRecords` (sizes, CRC, offset order) for every append, and `LogValidator`'s checks and
 * in-place offset assignment for a leader's append from a client. Pure functions over a copy of the bytes.
 */
import {
  CONTROL_FLAG_MASK,
  CorruptRecordError,
  type RecordBatchHeader,
  readBatchHeader,
  scanRecords,
  TIMESTAMP_TYPE_MASK,
  verifyBatchCrc,
  writeBaseOffset,
  writeMaxTimestamp,
  writePartitionLeaderEpoch,
} from '../codec';
import { corruptRecord, invalidRecord, invalidTimestamp, LogError, recordTooLarge } from './log-errors';

/** A batch found in an append, with where it starts in the append's bytes. */
export interface AppendedBatch {
  readonly position: number;
  readonly header: RecordBatchHeader;
}

/** Kafka's `LogAppendInfo`, reduced to what the simulation uses. */
export interface AnalyzedAppend {
  readonly batches: readonly AppendedBatch[];
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
  /** Last offset of the batch holding the max timestamp (Kafka's "shallow" offset). */
  readonly offsetOfMaxTimestamp: number;
  readonly sizeInBytes: number;
  readonly recordCount: number;
  readonly offsetsMonotonic: boolean;
}

/**
 * Reads every batch header, checking each batch against max.message.bytes (`maxMessageBytes`, null for
 * follower appends, which skip it) and its CRC (`verifyCrc` is false only for a batch the log itself
 * just encoded).
 */
export function analyzeAndValidateRecords(
  bytes: Uint8Array,
  partition: string,
  maxMessageBytes: number | null,
  verifyCrc = true,
): AnalyzedAppend {
  const batches: AppendedBatch[] = [];
  let position = 0;
  let maxTimestamp = -1;
  let offsetOfMaxTimestamp = -1;
  let lastOffset = -1;
  let monotonic = true;
  let recordCount = 0;
  while (position < bytes.length) {
    const header = readHeaderOrCorrupt(bytes, position, partition);
    if (maxMessageBytes !== null && header.sizeInBytes > maxMessageBytes) {
      throw recordTooLarge(partition, header.sizeInBytes, maxMessageBytes);
    }
    if (position + header.sizeInBytes > bytes.length || (verifyCrc && !verifyBatchCrc(bytes, position))) {
      throw corruptRecord(partition, header.crc);
    }
    if (header.lastOffset <= lastOffset) monotonic = false;
    lastOffset = header.lastOffset;
    if (header.maxTimestamp > maxTimestamp) {
      maxTimestamp = header.maxTimestamp;
      offsetOfMaxTimestamp = header.lastOffset;
    }
    recordCount += header.recordsCount;
    batches.push({ position, header });
    position += header.sizeInBytes;
  }
  const first = batches[0]?.header;
  return {
    batches,
    firstOffset: first?.baseOffset ?? -1,
    lastOffset,
    maxTimestamp,
    offsetOfMaxTimestamp,
    sizeInBytes: position,
    recordCount,
    offsetsMonotonic: monotonic,
  };
}

function readHeaderOrCorrupt(bytes: Uint8Array, position: number, partition: string): RecordBatchHeader {
  try {
    return readBatchHeader(bytes, position);
  } catch (e) {
    if (e instanceof CorruptRecordError) {
      throw new LogError(
        'CORRUPT_MESSAGE',
        'CorruptRecordException',
        `${e.message} in topic partition ${partition}.`,
      );
    }
    throw e;
  }
}

/** What the leader's validation needs to know about the log. */
export interface LeaderAppendContext {
  readonly partition: string;
  /** The offset the first record gets: the log end offset. */
  readonly nextOffset: number;
  readonly leaderEpoch: number;
  readonly nowMs: number;
  readonly compacted: boolean;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly timestampBeforeMaxMs: number;
  readonly timestampAfterMaxMs: number;
}

/**
 * Kafka's `LogValidator.validateMessagesAndAssignOffsets` for uncompressed magic-2 batches, in place:
 * batch checks, per-record checks (keys on compacted topics, CreateTime bounds), then each batch gets
 * baseOffset = next offset, the leader epoch, and its maxTimestamp rewritten (CRC recomputed) when it
 * changes — always for LogAppendTime, where it becomes `nowMs` and attribute bit 3 is set.
 */
export function validateAndAssignOffsets(
  bytes: Uint8Array,
  analyzed: AnalyzedAppend,
  ctx: LeaderAppendContext,
): AnalyzedAppend {
  let next = ctx.nextOffset;
  let maxTimestamp = -1;
  let offsetOfMaxTimestamp = -1;
  const batches: AppendedBatch[] = [];
  for (const { position, header } of analyzed.batches) {
    validateBatch(header, ctx.partition);
    const batchMaxTimestamp = validateRecords(bytes, position, header, ctx);
    const baseOffset = next;
    next += header.lastOffsetDelta + 1;
    writeBaseOffset(bytes, position, baseOffset);
    writePartitionLeaderEpoch(bytes, position, ctx.leaderEpoch);
    const logAppendTime = ctx.timestampType === 'LogAppendTime';
    const batchMax = logAppendTime ? ctx.nowMs : batchMaxTimestamp;
    writeMaxTimestamp(bytes, position, header, logAppendTime, batchMax);
    const lastOffset = baseOffset + header.lastOffsetDelta;
    if (batchMax > maxTimestamp || logAppendTime) {
      maxTimestamp = batchMax;
      offsetOfMaxTimestamp = lastOffset;
    }
    batches.push({ position, header: readBatchHeader(bytes, position) });
  }
  return {
    ...analyzed,
    batches,
    firstOffset: ctx.nextOffset,
    lastOffset: next - 1,
    maxTimestamp,
    offsetOfMaxTimestamp,
  };
}

/** Kafka's `LogValidator.validateBatch` for a client's magic-2 batch. */
function validateBatch(header: RecordBatchHeader, partition: string): void {
  const countFromOffsets = header.lastOffsetDelta + 1;
  if (countFromOffsets <= 0) {
    throw invalidRecord(
      `Batch has an invalid offset range: [${header.baseOffset}, ${header.lastOffset}] in topic partition ${partition}.`,
    );
  }
  if (header.recordsCount <= 0) {
    throw invalidRecord(
      `Invalid reported count for record batch: ${header.recordsCount} in topic partition ${partition}.`,
    );
  }
  if (countFromOffsets !== header.recordsCount) {
    throw invalidRecord(
      `Inconsistent batch offset range [${header.baseOffset}, ${header.lastOffset}] and count of records ${header.recordsCount} in topic partition ${partition}.`,
    );
  }
  if ((header.attributes & CONTROL_FLAG_MASK) !== 0) {
    throw invalidRecord(`Clients are not allowed to write control records in topic partition ${partition}.`);
  }
  if (header.producerId >= 0 && header.baseSequence < 0) {
    throw invalidRecord(
      `Invalid sequence number ${header.baseSequence} in record batch with producerId ${header.producerId} in topic partition ${partition}.`,
    );
  }
}

/**
 * Per-record checks; Kafka collects every failing record, then fails the whole append. Walks the
 * records without decoding them (the CRC was checked in `analyzeAndValidateRecords`). Returns the
 * batch's largest record timestamp.
 */
function validateRecords(
  bytes: Uint8Array,
  position: number,
  header: RecordBatchHeader,
  ctx: LeaderAppendContext,
): number {
  const errors: string[] = [];
  let timestampError = false;
  let maxTimestamp = -1;
  const low = ctx.nowMs - ctx.timestampBeforeMaxMs;
  const high = ctx.nowMs + ctx.timestampAfterMaxMs;
  const checkTimestamps = ctx.timestampType === 'CreateTime';
  scanRecords(bytes, position, header, (index, offsetDelta, timestamp, keyIsNull) => {
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    if (ctx.compacted && keyIsNull) {
      errors.push(
        recordError(
          index,
          `Compacted topic cannot accept message without key in topic partition ${ctx.partition}`,
        ),
      );
      return;
    }
    if (!checkTimestamps || timestamp === -1) return;
    if (timestamp < low || timestamp > high) {
      timestampError = true;
      errors.push(
        recordError(
          index,
          `Timestamp ${timestamp} of message with offset ${header.baseOffset + offsetDelta} is out of range. The timestamp should be within [${low}, ${high}]`,
        ),
      );
    }
  });
  if ((header.attributes & TIMESTAMP_TYPE_MASK) !== 0) timestampError = true;
  if (timestampError)
    throw invalidTimestamp('One or more records have been rejected due to invalid timestamp');
  if (errors.length > 0) {
    throw invalidRecord(
      `One or more records have been rejected due to ${errors.length} record errors in total, and only showing the first three errors at most: [${errors.slice(0, 3).join(', ')}]`,
    );
  }
  return maxTimestamp;
}

function recordError(batchIndex: number, message: string): string {
  return `RecordError(batchIndex=${batchIndex}, message='${message}')`;
}
