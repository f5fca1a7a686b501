/**
 * Errors the log raises, each carrying the Kafka protocol error a broker would answer with and Kafka's
 * own message text (Kafka 3.9's `UnifiedLog`/`LogValidator`), so layers above can show both.
 */

/** Kafka protocol error names the log can produce. */
export type LogErrorCode =
  | 'OFFSET_OUT_OF_RANGE'
  | 'MESSAGE_TOO_LARGE'
  | 'RECORD_LIST_TOO_LARGE'
  | 'INVALID_RECORD'
  | 'CORRUPT_MESSAGE'
  | 'INVALID_TIMESTAMP'
  | 'UNKNOWN_SERVER_ERROR';

/**
 * A failed log operation. `code` is the protocol error; `exception` is Kafka's Java exception class name
 * (what broker logs and some tools print).
 *
 * @example
 *   try { log.read(99, { maxBytes: 1024, upTo: 'highWatermark' }); }
 *   catch (e) { if (e instanceof LogError && e.code === 'OFFSET_OUT_OF_RANGE') resetOffset(); }
 */
export class LogError extends Error {
  constructor(
    readonly code: LogErrorCode,
    readonly exception: string,
    message: string,
  ) {
    super(message);
    this.name = exception;
  }
}

export function offsetOutOfRange(message: string): LogError {
  return new LogError('OFFSET_OUT_OF_RANGE', 'OffsetOutOfRangeException', message);
}

/** A fetch above the log end offset (`LocalLog.read`). */
export function offsetAboveLogEnd(offset: number, partition: string, logEndOffset: number): LogError {
  return offsetOutOfRange(
    `Received request for offset ${offset} for partition ${partition}, but we only have log segments upto ${logEndOffset}.`,
  );
}

/** A fetch below the log start offset (`UnifiedLog.checkLogStartOffset`). */
export function offsetBelowLogStart(offset: number, partition: string, logStartOffset: number): LogError {
  return offsetOutOfRange(
    `Received request for offset ${offset} for partition ${partition}, but we only have log segments starting from offset: ${logStartOffset}.`,
  );
}

/** A batch larger than max.message.bytes. */
export function recordTooLarge(partition: string, batchBytes: number, maxMessageBytes: number): LogError {
  return new LogError(
    'MESSAGE_TOO_LARGE',
    'RecordTooLargeException',
    `The record batch size in the append to ${partition} is ${batchBytes} bytes which exceeds the maximum configured value of ${maxMessageBytes}.`,
  );
}

/** An append larger than segment.bytes: it could never fit a segment. */
export function recordBatchTooLarge(partition: string, appendBytes: number, segmentBytes: number): LogError {
  return new LogError(
    'RECORD_LIST_TOO_LARGE',
    'RecordBatchTooLargeException',
    `Message batch size is ${appendBytes} bytes in append to partition ${partition}, which exceeds the maximum configured segment size of ${segmentBytes}.`,
  );
}

export function invalidRecord(message: string): LogError {
  return new LogError('INVALID_RECORD', 'InvalidRecordException', message);
}

export function corruptRecord(partition: string, storedCrc: number): LogError {
  return new LogError(
    'CORRUPT_MESSAGE',
    'CorruptRecordException',
    `Record is corrupt (stored crc = ${storedCrc}) in topic partition ${partition}.`,
  );
}

export function invalidTimestamp(message: string): LogError {
  return new LogError('INVALID_TIMESTAMP', 'InvalidTimestampException', message);
}

/** A follower append that does not continue the log (Kafka's `UnexpectedAppendOffsetException`). */
export function unexpectedAppendOffset(message: string): LogError {
  return new LogError('UNKNOWN_SERVER_ERROR', 'UnexpectedAppendOffsetException', message);
}
