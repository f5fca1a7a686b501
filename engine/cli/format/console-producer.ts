/**
 * What `kafka-console-producer.sh` (Kafka 3.9: core/.../kafka/tools/ConsoleProducer.scala) prints when
 * sends fail. Asynchronous sends (the default) report through `ErrorLoggingCallback`, created with
 * `logAsString = false`, so key and value show as byte counts; `--sync` sends end the tool at the first
 * failure with the `ExecutionException` of `send(record).get()`, printed by `e.printStackTrace()`.
 */
import { executionException, type JavaThrowable, log4jEvent, stackTraceLines } from './log4j';

export const ERROR_LOGGING_CALLBACK_LOGGER =
  'org.apache.kafka.clients.producer.internals.ErrorLoggingCallback';

/**
 * The ErrorLoggingCallback log event for one failed record: the ERROR line, then the exception.
 * `keyBytes`/`valueBytes` are the UTF-8 sizes, null for a null key or value.
 *
 * @example
 *   sendErrorLines(t, 'demo', null, 5, { className: 'org.apache.kafka.common.errors.NotEnoughReplicasException', message: 'Messages are rejected since there are fewer in-sync replicas than required.' });
 *   // '[…] ERROR Error when sending message to topic demo with key: null, value: 5 bytes with error: (org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)\n'
 *   // + 'org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected …\n'
 */
export function sendErrorLines(
  nowMs: number,
  topic: string,
  keyBytes: number | null,
  valueBytes: number | null,
  error: JavaThrowable,
): string {
  const key = keyBytes === null ? 'null' : `${keyBytes} bytes`;
  const value = valueBytes === null ? 'null' : `${valueBytes} bytes`;
  return log4jEvent(
    nowMs,
    'ERROR',
    `Error when sending message to topic ${topic} with key: ${key}, value: ${value} with error:`,
    ERROR_LOGGING_CALLBACK_LOGGER,
    error,
  );
}

/**
 * `--sync`: the first failed send ends the tool with `e.printStackTrace()` of the ExecutionException.
 *
 * @example
 *   syncSendErrorLines(cause);
 *   // 'java.util.concurrent.ExecutionException: org.apache…Exception: msg\nCaused by: org.apache…Exception: msg\n'
 */
export function syncSendErrorLines(cause: JavaThrowable): string {
  return `${stackTraceLines(executionException(cause)).join('\n')}\n`;
}

/**
 * `e.printStackTrace()` of an exception that ends the tool (a line without its key separator, a bad
 * reader property, a bad producer config).
 */
export function fatalErrorLines(error: JavaThrowable): string {
  return `${stackTraceLines(error).join('\n')}\n`;
}
