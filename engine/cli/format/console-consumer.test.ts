import { describe, expect, it } from 'vitest';
import type { ConsumedRecord } from '../../cluster/cluster-api';
import {
  consumerTimeoutLines,
  DEFAULT_FORMATTER_CONFIG,
  formatRecord,
  formatterConfig,
  processedLine,
} from './console-consumer';

const utf8 = (s: string) => new TextEncoder().encode(s);

const record = (over: Partial<ConsumedRecord> = {}): ConsumedRecord => ({
  topic: 'demo',
  partition: 0,
  offset: 0,
  timestampMs: 1700000000000,
  timestampType: 'CreateTime',
  leaderEpoch: 0,
  key: null,
  value: utf8('hello'),
  headers: [],
  ...over,
});

const all = formatterConfig(
  new Map([
    ['print.key', 'true'],
    ['print.offset', 'true'],
    ['print.partition', 'true'],
    ['print.timestamp', 'true'],
  ]),
);

describe('DefaultMessageFormatter', () => {
  it('prints the value and a newline by default', () => {
    expect(formatRecord(record(), DEFAULT_FORMATTER_CONFIG)).toBe('hello\n');
  });

  it('prints the KAFKA-REFERENCE §11.3 sample lines', () => {
    expect(formatRecord(record(), all)).toBe(
      'CreateTime:1700000000000\tPartition:0\tOffset:0\tnull\thello\n',
    );
    expect(formatRecord(record({ offset: 1, key: utf8('k1'), value: utf8('v1') }), all)).toBe(
      'CreateTime:1700000000000\tPartition:0\tOffset:1\tk1\tv1\n',
    );
  });

  it('ends the last printed field with line.separator when the value is not printed', () => {
    const c = formatterConfig(
      new Map([
        ['print.key', 'true'],
        ['print.value', 'false'],
      ]),
    );
    expect(formatRecord(record({ key: utf8('k') }), c)).toBe('k\n');
  });

  it('prints headers as k:v joined by headers.separator, or NO_HEADERS', () => {
    const c = formatterConfig(new Map([['print.headers', 'true']]));
    expect(formatRecord(record(), c)).toBe('NO_HEADERS\thello\n');
    const headers = [
      { key: 'h1', value: utf8('v1') },
      { key: 'h2', value: null },
    ];
    expect(formatRecord(record({ headers }), c)).toBe('h1:v1,h2:null\thello\n');
  });

  it('honours key.separator, line.separator, headers.separator and null.literal', () => {
    const c = formatterConfig(
      new Map([
        ['print.key', 'TRUE '],
        ['print.headers', 'true'],
        ['key.separator', ' | '],
        ['line.separator', ';'],
        ['headers.separator', '&'],
        ['null.literal', '<nil>'],
      ]),
    );
    const headers = [
      { key: 'a', value: null },
      { key: 'b', value: utf8('2') },
    ];
    expect(formatRecord(record({ headers, value: null }), c)).toBe('a:<nil>&b:2 | <nil> | <nil>;');
  });

  it('prints LogAppendTime records with their type', () => {
    const c = formatterConfig(new Map([['print.timestamp', 'true']]));
    expect(formatRecord(record({ timestampType: 'LogAppendTime', timestampMs: 5 }), c)).toBe(
      'LogAppendTime:5\thello\n',
    );
  });

  it('treats anything but "true" as false', () => {
    expect(formatterConfig(new Map([['print.key', 'yes']])).printKey).toBe(false);
  });
});

describe('console consumer closing lines', () => {
  it('reports the count', () => {
    expect(processedLine(2)).toBe('Processed a total of 2 messages\n');
  });

  it('logs the --timeout-ms TimeoutException with two spaces before the logger', () => {
    expect(consumerTimeoutLines(Date.UTC(2026, 0, 5, 9, 0, 5))).toBe(
      '[2026-01-05 09:00:05,000] ERROR Error processing message, terminating consumer process:  (org.apache.kafka.tools.consumer.ConsoleConsumer)\n' +
        'org.apache.kafka.common.errors.TimeoutException\n',
    );
  });
});
