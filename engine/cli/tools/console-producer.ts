/**
 * `kafka-console-producer.sh` (Kafka 3.9 ConsoleProducer.scala) reading its heredoc as stdin. Lines
 * from a pipe are read at once, so every record is sent at the same simulated instant; then the tool
 * closes the producer, which makes every batch sendable without waiting for `linger.ms` and waits for
 * all of them, printing ErrorLoggingCallback's lines as records fail. `--sync` waits for each record
 * (linger included: `send(record).get()` does not flush) and stops at the first failure.
 */
import type {
  ProducerConfigInput,
  ProducerHandle,
  ProducerRecordInput,
  SendResult,
} from '../../cluster/cluster-api';
import { KafkaError } from '../../cluster/errors';
import { utf8Length } from '../../codec/utf8';
import { fatalErrorLines, sendErrorLines } from '../format/console-producer';
import { executionException, type JavaThrowable, log4jEvent } from '../format/log4j';
import {
  checkRequiredArgs,
  OptionException,
  type ParsedOptions,
  parseKeyValueArgs,
  parseOptions,
  UsageError,
} from '../options';
import { LineMessageReader } from './line-reader';
import {
  DEFAULT_OPTIONS,
  JavaError,
  kafkaThrowable,
  maybePrintHelpOrVersion,
  noSuchFile,
  printUsageError,
  type Tool,
  type ToolContext,
} from './tool';

export const PRODUCER_OPTIONS = [
  ...DEFAULT_OPTIONS,
  { name: 'topic', arg: 'required' },
  { name: 'broker-list', arg: 'required' },
  { name: 'bootstrap-server', arg: 'required' },
  { name: 'sync', arg: 'none' },
  { name: 'compression-codec', arg: 'optional' },
  { name: 'batch-size', arg: 'required', type: 'int', defaultValue: '16384' },
  { name: 'message-send-max-retries', arg: 'required', type: 'int', defaultValue: '3' },
  { name: 'retry-backoff-ms', arg: 'required', type: 'long', defaultValue: '100' },
  { name: 'timeout', arg: 'required', type: 'long', defaultValue: '1000' },
  { name: 'request-required-acks', arg: 'required', defaultValue: '-1' },
  { name: 'request-timeout-ms', arg: 'required', type: 'int', defaultValue: '1500' },
  { name: 'metadata-expiry-ms', arg: 'required', type: 'long', defaultValue: '300000' },
  { name: 'max-block-ms', arg: 'required', type: 'long', defaultValue: '60000' },
  { name: 'max-memory-bytes', arg: 'required', type: 'long', defaultValue: '33554432' },
  { name: 'max-partition-memory-bytes', arg: 'required', type: 'int', defaultValue: '16384' },
  { name: 'line-reader', arg: 'required' },
  { name: 'socket-buffer-size', arg: 'required', type: 'int', defaultValue: '102400' },
  { name: 'property', arg: 'required' },
  { name: 'reader-config', arg: 'required' },
  { name: 'producer-property', arg: 'required' },
  { name: 'producer.config', arg: 'required' },
] as const;

/** Simulated time the tool may wait for its records; past it the producer's own timeouts have fired. */
const CLOSE_WAIT_CAP_MS = 10 * 60_000;

/** `kafka-console-producer.sh <args> <<EOF … EOF`. */
export const consoleProducer: Tool = (ctx) => {
  const { out } = ctx;
  let opts: ParsedOptions;
  try {
    opts = parseOptions(PRODUCER_OPTIONS, ctx.args);
    if (
      maybePrintHelpOrVersion(
        out,
        opts,
        'This tool helps to read data from standard input and publish it to Kafka.',
      )
    ) {
      return;
    }
    checkRequiredArgs(opts, 'topic');
  } catch (e) {
    if (e instanceof OptionException || e instanceof UsageError) return printUsageError(out, e.message);
    throw e;
  }
  let config: ProducerConfigInput;
  try {
    config = producerConfig(opts);
  } catch (e) {
    if (e instanceof OptionException) return out.stderr(`${e.message}\n`);
    if (e instanceof JavaError) return out.stderr(fatalErrorLines(e.throwable));
    throw e;
  }
  const topic = opts.valueOf('topic') as string;
  const producer = ctx.cluster.newProducer(config);
  let fatal: JavaThrowable | null;
  try {
    if (opts.has('reader-config')) throw noSuchFile(opts.valueOf('reader-config'));
    const reader = new LineMessageReader(topic, parseKeyValueArgs(opts.valuesOf('property')));
    fatal = opts.has('sync') ? sendSync(ctx, producer, reader) : sendAsync(ctx, producer, reader);
  } catch (e) {
    if (!(e instanceof JavaError)) throw e;
    // The reader's configure() failed: nothing was sent, close() has nothing to wait for.
    producer.close();
    fatal = e.throwable;
  }
  if (fatal !== null) out.stderr(fatalErrorLines(fatal));
};

/** `producerProps`: `--producer-property` values, overridden by the tool's options when given. */
function producerConfig(opts: ParsedOptions): ProducerConfigInput {
  if (opts.has('producer.config')) throw noSuchFile(opts.valueOf('producer.config'));
  const props = parseKeyValueArgs(opts.valuesOf('producer-property'));
  // maybeMergeOptions: an explicit option wins, else a --producer-property value, else the default.
  const merge = (key: string, option: string) => {
    if (opts.has(option) || !props.has(key)) props.set(key, String(opts.valueOf(option)));
  };
  const mergeNumber = (key: string, option: string) => {
    if (opts.has(option) || !props.has(key)) props.set(key, String(opts.numberValueOf(option)));
  };
  if (!props.has('client.id')) props.set('client.id', 'console-producer');
  mergeNumber('linger.ms', 'timeout');
  merge('acks', 'request-required-acks');
  mergeNumber('request.timeout.ms', 'request-timeout-ms');
  mergeNumber('retries', 'message-send-max-retries');
  mergeNumber('retry.backoff.ms', 'retry-backoff-ms');
  mergeNumber('send.buffer.bytes', 'socket-buffer-size');
  mergeNumber('buffer.memory', 'max-memory-bytes');
  mergeNumber('batch.size', 'batch-size');
  if (opts.has('max-partition-memory-bytes')) mergeNumber('batch.size', 'max-partition-memory-bytes');
  mergeNumber('metadata.max.age.ms', 'metadata-expiry-ms');
  mergeNumber('max.block.ms', 'max-block-ms');
  const acks = props.get('acks') as string;
  if (!['all', '-1', '0', '1'].includes(acks)) {
    // ProducerConfig validates before KafkaProducer's constructor wraps anything.
    throw new JavaError({
      className: 'org.apache.kafka.common.config.ConfigException',
      message: `Invalid value ${acks} for configuration acks: String must be one of: all, -1, 0, 1`,
    });
  }
  return toProducerConfig(props);
}

function toProducerConfig(props: ReadonlyMap<string, string>): ProducerConfigInput {
  const num = (key: string) => {
    const v = props.get(key);
    return v === undefined || v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v);
  };
  const fields: Record<string, unknown> = {
    clientId: props.get('client.id'),
    acks: props.get('acks'),
    lingerMs: num('linger.ms'),
    batchSize: num('batch.size'),
    retries: num('retries'),
    retryBackoffMs: num('retry.backoff.ms'),
    requestTimeoutMs: num('request.timeout.ms'),
    deliveryTimeoutMs: num('delivery.timeout.ms'),
    maxBlockMs: num('max.block.ms'),
    enableIdempotence: props.has('enable.idempotence')
      ? props.get('enable.idempotence')?.trim().toLowerCase() === 'true'
      : undefined,
    partitionerIgnoreKeys: props.has('partitioner.ignore.keys')
      ? props.get('partitioner.ignore.keys')?.trim().toLowerCase() === 'true'
      : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ProducerConfigInput;
}

/**
 * `KafkaProducer.send`: an ApiException raised while sending (rather than in the response) completes
 * the record's future with it, so it reaches the callback like any other failure.
 */
function send(producer: ProducerHandle, record: ProducerRecordInput): SendResult {
  try {
    return producer.send(record);
  } catch (e) {
    if (!(e instanceof KafkaError)) throw e;
    const thrown = kafkaThrowable(e);
    return {
      done: true,
      topic: record.topic,
      partition: record.partition ?? -1,
      offset: -1,
      timestampMs: record.timestampMs ?? -1,
      error: e.error,
      errorMessage: thrown.message,
      errorClass: thrown.className,
    };
  }
}

interface Sent {
  readonly result: SendResult;
  readonly keyBytes: number | null;
  readonly valueBytes: number | null;
  reported: boolean;
}

/** The Java client's own WARN/ERROR lines (metadata errors, retries), as log4j prints them on stderr. */
function printClientLog(ctx: ToolContext, producer: ProducerHandle): void {
  for (const entry of producer.takeLog())
    ctx.out.stderr(log4jEvent(entry.atMs, entry.level, entry.message, entry.logger));
}

function errorOf(result: SendResult): JavaThrowable {
  return {
    className: result.errorClass ?? 'org.apache.kafka.common.KafkaException',
    message: result.errorMessage,
  };
}

/** Sends every line, then closes: returns the reader's exception if a line stopped the reading. */
function sendAsync(
  ctx: ToolContext,
  producer: ProducerHandle,
  reader: LineMessageReader,
): JavaThrowable | null {
  const sent: Sent[] = [];
  const report = () => {
    printClientLog(ctx, producer);
    for (const s of sent) {
      if (s.reported || !s.result.done) continue;
      s.reported = true;
      if (s.result.error === null) continue;
      ctx.out.stderr(
        sendErrorLines(ctx.cluster.nowMs, s.result.topic, s.keyBytes, s.valueBytes, errorOf(s.result)),
      );
    }
  };
  let fatal: JavaThrowable | null = null;
  const lines = ctx.stdin ?? [];
  for (let i = 0; i < lines.length; i++) {
    try {
      const record = reader.read(lines[i] as string, i + 1);
      const keyBytes = record.key === null ? null : utf8Length(record.key);
      const valueBytes = record.value === null ? null : utf8Length(record.value);
      sent.push({ result: send(producer, record), keyBytes, valueBytes, reported: false });
      report();
    } catch (e) {
      if (!(e instanceof JavaError)) throw e;
      fatal = e.throwable;
      break;
    }
  }
  closeProducer(ctx, producer, () => {
    report();
    return producer.idle();
  });
  return fatal;
}

/**
 * `producer.send(record).get()` per line: the first failure ends the tool with the ExecutionException.
 * Returns the exception that ends the tool, if any (printed after the producer closes, as in Scala's
 * `try … finally producer.close()`).
 */
function sendSync(
  ctx: ToolContext,
  producer: ProducerHandle,
  reader: LineMessageReader,
): JavaThrowable | null {
  const lines = ctx.stdin ?? [];
  try {
    for (let i = 0; i < lines.length; i++) {
      const result = send(producer, reader.read(lines[i] as string, i + 1));
      ctx.cluster.runUntil(() => result.done, CLOSE_WAIT_CAP_MS);
      if (result.done && result.error !== null) return executionException(errorOf(result));
    }
  } catch (e) {
    if (!(e instanceof JavaError)) throw e;
    return e.throwable;
  } finally {
    closeProducer(ctx, producer, () => producer.idle());
  }
  return null;
}

/** `producer.close()`: every batch becomes sendable at once, and the tool waits for all of them. */
function closeProducer(ctx: ToolContext, producer: ProducerHandle, idle: () => boolean): void {
  producer.flush();
  if (!idle()) ctx.cluster.runUntil(idle, CLOSE_WAIT_CAP_MS);
  producer.close();
}
