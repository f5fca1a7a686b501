/**
 * `kafka-console-consumer.sh` (Kafka 3.9 tools/.../consumer/ConsoleConsumer.java) on simulated time:
 * the consumer polls, and while nothing has arrived the tool moves the cluster forward in small steps.
 * It stops after `--max-messages` records, or when no record came for `--timeout-ms` (logging the
 * TimeoutException, as the tool does), or — without `--timeout-ms` — after the runner's idle wait,
 * which stands for the user pressing Ctrl-C (nothing logged; the terminal's `^C` echo is not output).
 * Then it seeks back over records fetched but not printed, closes the consumer (committing if
 * auto-commit is on) and prints `Processed a total of N messages` on stderr.
 */
import type { ConsumedRecord, ConsumerHandle } from '../../cluster/cluster-api';
import type { TopicPartition } from '../../cluster/protocol';
import {
  CONSOLE_CONSUMER_LOGGER,
  consumerTimeoutLines,
  formatRecord,
  processedLine,
} from '../format/console-consumer';
import { log4jEvent } from '../format/log4j';
import { type ConsumerPlan, checkConsumerArgs } from './console-consumer-options';
import {
  JavaError,
  KAFKA_VERSION,
  printUsageError,
  type Tool,
  type ToolContext,
  toJavaThrowable,
  uncaughtLines,
} from './tool';
import { isInternalTopic } from './topic-filter';

/** How far the tool moves simulated time between polls that returned nothing. */
export const POLL_STEP_MS = 100;

/** `kafka-console-consumer.sh <args>`. */
export const consoleConsumer: Tool = (ctx) => {
  const check = checkConsumerArgs(ctx.args);
  switch (check.kind) {
    case 'usage':
      return printUsageError(ctx.out, check.message);
    case 'stderr':
      return ctx.out.stderr(check.text);
    case 'uncaught':
      return ctx.out.stderr(uncaughtLines(check.error));
    case 'version':
      return ctx.out.stdout(`${KAFKA_VERSION}\n`);
    case 'run':
      return run(ctx, check.plan);
  }
};

function run(ctx: ToolContext, plan: ConsumerPlan): void {
  const { cluster, out } = ctx;
  if (plan.formatterWarning !== null) out.stderr(`${plan.formatterWarning}\n`);
  const groupId = plan.groupId ?? `console-consumer-${cluster.nextIntBelow(100000)}`;
  // A generated group is not meant to be reused: no commits unless asked for.
  const noAutoCommit = plan.groupId === null && !plan.autoCommitGiven ? { enableAutoCommit: false } : {};
  let consumer: ConsumerHandle | null = null;
  try {
    consumer = cluster.newConsumer({ ...plan.config, groupId, ...noAutoCommit });
    start(ctx, consumer, plan);
  } catch (e) {
    const throwable = toJavaThrowable(e);
    if (throwable === null) throw e;
    if (consumer !== null) closeConsumer(ctx, consumer);
    unknownError(ctx, throwable);
    return;
  }
  let maxMessages: number;
  try {
    maxMessages = plan.options.numberValueOf('max-messages') ?? -1;
  } catch (e) {
    // Evaluated as process()'s argument: run()'s finally closes and reports before main logs.
    const throwable = toJavaThrowable(e);
    if (throwable === null) throw e;
    closeConsumer(ctx, consumer);
    out.stderr(processedLine(0));
    unknownError(ctx, throwable);
    return;
  }
  const { count, unprinted, timedOut } = processRecords(ctx, consumer, plan, maxMessages);
  if (timedOut && plan.timeoutMs !== null) out.stderr(consumerTimeoutLines(cluster.nowMs));
  resetUnconsumedOffsets(consumer, unprinted);
  closeConsumer(ctx, consumer);
  out.stderr(processedLine(count));
}

/** `KafkaConsumer.close()` blocks (up to 30 s) until its last commit and LeaveGroup are answered. */
export const CONSUMER_CLOSE_TIMEOUT_MS = 30_000;

/** Closes and waits (in simulated time) for the close's commit and LeaveGroup to finish. */
function closeConsumer(ctx: ToolContext, consumer: ConsumerHandle): void {
  consumer.close();
  ctx.cluster.runUntil(() => consumer.closed, CONSUMER_CLOSE_TIMEOUT_MS);
}

function unknownError(ctx: ToolContext, throwable: Parameters<typeof log4jEvent>[4]): void {
  ctx.out.stderr(
    log4jEvent(
      ctx.cluster.nowMs,
      'ERROR',
      'Unknown error when running consumer: ',
      CONSOLE_CONSUMER_LOGGER,
      throwable,
    ),
  );
}

/** `ConsumerWrapper`'s constructor: assign and seek, or subscribe. */
function start(ctx: ToolContext, consumer: ConsumerHandle, plan: ConsumerPlan): void {
  if (plan.topic !== null && plan.partition !== null) {
    const tp = { topic: plan.topic, partition: plan.partition };
    consumer.assign([tp]);
    if (plan.startOffset === 'earliest') consumer.seekToBeginning([tp]);
    else if (plan.startOffset === 'latest') consumer.seekToEnd([tp]);
    else consumer.seek(tp, plan.startOffset);
    return;
  }
  if (plan.topic !== null) {
    consumer.subscribe([plan.topic]);
    return;
  }
  // Pattern subscription, resolved once against today's topics (the real consumer re-checks on every
  // metadata refresh); like the consumer, it leaves internal topics out.
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${plan.include})$`);
  } catch (e) {
    throw new JavaError({
      className: 'java.util.regex.PatternSyntaxException',
      message: e instanceof Error ? e.message : String(e),
    });
  }
  consumer.subscribe(ctx.cluster.listTopics().filter((t) => pattern.test(t) && !isInternalTopic(t)));
}

/** `ConsoleConsumer.process` with `ConsumerWrapper.receive`. */
function processRecords(
  ctx: ToolContext,
  consumer: ConsumerHandle,
  plan: ConsumerPlan,
  maxMessages: number,
): { count: number; unprinted: ConsumedRecord[]; timedOut: boolean } {
  const { cluster, out } = ctx;
  const timeoutMs = plan.timeoutMs ?? ctx.consumerIdleMs;
  let buffer: ConsumedRecord[] = [];
  let count = 0;
  while (maxMessages === -1 || count < maxMessages) {
    if (buffer.length === 0) {
      const startMs = cluster.nowMs;
      buffer = consumer.poll();
      while (buffer.length === 0) {
        const waited = cluster.nowMs - startMs;
        if (waited >= timeoutMs) return { count, unprinted: [], timedOut: true };
        cluster.advance(Math.min(POLL_STEP_MS, timeoutMs - waited));
        buffer = consumer.poll();
      }
    }
    const record = buffer.shift() as ConsumedRecord;
    count++;
    if (plan.formatter !== 'no-op') out.stdout(formatRecord(record, plan.formatter));
  }
  return { count, unprinted: buffer, timedOut: false };
}

/** Seeks each partition back to its first fetched-but-unprinted record, so close() commits no further. */
function resetUnconsumedOffsets(consumer: ConsumerHandle, unprinted: readonly ConsumedRecord[]): void {
  const smallest = new Map<string, TopicPartition & { offset: number }>();
  for (const r of unprinted) {
    const key = `${r.topic}-${r.partition}`;
    if (!smallest.has(key)) smallest.set(key, { topic: r.topic, partition: r.partition, offset: r.offset });
  }
  for (const { topic, partition, offset } of smallest.values()) consumer.seek({ topic, partition }, offset);
}
