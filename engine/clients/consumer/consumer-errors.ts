/** Errors the Java consumer would throw to the application, as the simulated consumer records them. */
import { type ErrorName, exceptionClassName } from '../../cluster/errors';

export interface ConsumerError {
  readonly error: ErrorName | 'NO_OFFSET_FOR_PARTITION';
  /** Java exception class, e.g. `org.apache.kafka.clients.consumer.NoOffsetForPartitionException`. */
  readonly exception: string;
  readonly message: string;
}

/**
 * A protocol error as the consumer raises it; OFFSET_OUT_OF_RANGE surfaces as the consumer package's
 * own `OffsetOutOfRangeException`.
 *
 * @example
 *   consumerError('ILLEGAL_GENERATION', 'Commit failed').exception;
 *   // 'org.apache.kafka.common.errors.IllegalGenerationException'
 */
export function consumerError(error: ErrorName, message: string): ConsumerError {
  const exception =
    error === 'OFFSET_OUT_OF_RANGE'
      ? 'org.apache.kafka.clients.consumer.OffsetOutOfRangeException'
      : exceptionClassName(error);
  return { error, exception, message };
}

/** `auto.offset.reset=none` and no committed offset (`NoOffsetForPartitionException`). */
export function noOffsetForPartition(partitionKey: string): ConsumerError {
  return {
    error: 'NO_OFFSET_FOR_PARTITION',
    exception: 'org.apache.kafka.clients.consumer.NoOffsetForPartitionException',
    message: `Undefined offset with no reset policy for partitions: [${partitionKey}]`,
  };
}
