/**
 * `kafka-console-consumer.sh` output: Kafka 3.9's `DefaultMessageFormatter`
 * (tools/.../consumer/DefaultMessageFormatter.java) and the tool's closing lines (KAFKA-REFERENCE §11.3).
 */
import type { ConsumedRecord } from '../../cluster/cluster-api';
import { log4jEvent } from './log4j';

export const CONSOLE_CONSUMER_LOGGER = 'org.apache.kafka.tools.consumer.ConsoleConsumer';

const decoder = new TextDecoder();

export interface FormatterConfig {
  readonly printTimestamp: boolean;
  readonly printKey: boolean;
  readonly printValue: boolean;
  readonly printPartition: boolean;
  readonly printOffset: boolean;
  readonly printHeaders: boolean;
  readonly keySeparator: string;
  readonly lineSeparator: string;
  readonly headersSeparator: string;
  readonly nullLiteral: string;
}

/** The formatter's defaults: value only, TAB between fields, `null` for null. */
export const DEFAULT_FORMATTER_CONFIG: FormatterConfig = {
  printTimestamp: false,
  printKey: false,
  printValue: true,
  printPartition: false,
  printOffset: false,
  printHeaders: false,
  keySeparator: '\t',
  lineSeparator: '\n',
  headersSeparator: ',',
  nullLiteral: 'null',
};

/** `getBoolProperty`: true only for `true` in any case, after trimming. */
function bool(value: string): boolean {
  return value.trim().toLowerCase() === 'true';
}

/**
 * `DefaultMessageFormatter.configure` from the `--property` map. Deserializer properties are accepted
 * and ignored: keys and values are shown as UTF-8 text, which is what the default (no deserializer)
 * and `StringDeserializer` both print.
 *
 * @example
 *   formatterConfig(new Map([['print.key', 'true']])).printKey; // true
 */
export function formatterConfig(props: ReadonlyMap<string, string>): FormatterConfig {
  const get = (key: string) => props.get(key);
  const flag = (key: string, fallback: boolean) => {
    const v = get(key);
    return v === undefined ? fallback : bool(v);
  };
  const d = DEFAULT_FORMATTER_CONFIG;
  return {
    printTimestamp: flag('print.timestamp', d.printTimestamp),
    printKey: flag('print.key', d.printKey),
    printOffset: flag('print.offset', d.printOffset),
    printPartition: flag('print.partition', d.printPartition),
    printHeaders: flag('print.headers', d.printHeaders),
    printValue: flag('print.value', d.printValue),
    keySeparator: get('key.separator') ?? d.keySeparator,
    lineSeparator: get('line.separator') ?? d.lineSeparator,
    headersSeparator: get('headers.separator') ?? d.headersSeparator,
    nullLiteral: get('null.literal') ?? d.nullLiteral,
  };
}

function text(bytes: Uint8Array | null, nullLiteral: string): string {
  return bytes === null ? nullLiteral : decoder.decode(bytes);
}

/**
 * `DefaultMessageFormatter.writeTo`: the exact text written for one record. Each printed field is
 * followed by `key.separator` if a later field is printed, else by `line.separator`; the value is
 * always followed by `line.separator`.
 *
 * @example
 *   formatRecord(record, DEFAULT_FORMATTER_CONFIG); // 'hello\n'
 */
export function formatRecord(record: ConsumedRecord, c: FormatterConfig): string {
  let out = '';
  const sep = (more: boolean) => {
    out += more ? c.keySeparator : c.lineSeparator;
  };
  if (c.printTimestamp) {
    out += `${record.timestampType}:${record.timestampMs}`;
    sep(c.printOffset || c.printPartition || c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printPartition) {
    out += `Partition:${record.partition}`;
    sep(c.printOffset || c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printOffset) {
    out += `Offset:${record.offset}`;
    sep(c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printHeaders) {
    out +=
      record.headers.length === 0
        ? 'NO_HEADERS'
        : record.headers.map((h) => `${h.key}:${text(h.value, c.nullLiteral)}`).join(c.headersSeparator);
    sep(c.printKey || c.printValue);
  }
  if (c.printKey) {
    out += text(record.key, c.nullLiteral);
    sep(c.printValue);
  }
  if (c.printValue) out += text(record.value, c.nullLiteral) + c.lineSeparator;
  return out;
}

/**
 * `ConsoleConsumer.reportRecordCount` (stderr).
 *
 * @example
 *   processedLine(2); // 'Processed a total of 2 messages\n'
 */
export function processedLine(count: number): string {
  return `Processed a total of ${count} messages\n`;
}

/**
 * What `--timeout-ms` logs when no record came in time: `receive()` throws a message-less
 * `TimeoutException` and `process()` logs it (note the two spaces: the message ends with `: `).
 */
export function consumerTimeoutLines(nowMs: number): string {
  return log4jEvent(
    nowMs,
    'ERROR',
    'Error processing message, terminating consumer process: ',
    CONSOLE_CONSUMER_LOGGER,
    { className: 'org.apache.kafka.common.errors.TimeoutException', message: null },
  );
}
