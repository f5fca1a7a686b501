import { describe, expect, it } from 'vitest';
import { LineMessageReader } from './line-reader';
import { JavaError } from './tool';

const reader = (props: Record<string, string> = {}) =>
  new LineMessageReader('demo', new Map(Object.entries(props)));

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JavaError) return `${e.throwable.className}: ${e.throwable.message}`;
  }
  return 'nothing thrown';
}

describe('LineMessageReader', () => {
  it('makes the whole line the value by default; an empty line is an empty value', () => {
    expect(reader().read('a\tb', 1)).toEqual({ topic: 'demo', key: null, value: 'a\tb' });
    expect(reader().read('', 1)).toEqual({ topic: 'demo', key: null, value: '' });
  });

  it('splits the key at the first separator only', () => {
    const r = reader({ 'parse.key': 'true', 'key.separator': ':' });
    expect(r.read('k:v:w', 1)).toEqual({ topic: 'demo', key: 'k', value: 'v:w' });
    expect(r.read(':v', 1)).toEqual({ topic: 'demo', key: '', value: 'v' });
  });

  it('refuses a line without the separator, naming the line number', () => {
    expect(thrown(() => reader({ 'parse.key': 'true' }).read('abc', 3))).toBe(
      "org.apache.kafka.common.KafkaException: No key separator found on line number 3: 'abc'",
    );
    expect(reader({ 'parse.key': 'true', 'ignore.error': 'true' }).read('abc', 3)).toEqual({
      topic: 'demo',
      key: null,
      value: 'abc',
    });
  });

  it('parses headers before the key, with null.marker', () => {
    const r = reader({ 'parse.headers': 'true', 'parse.key': 'true', 'null.marker': 'NULL' });
    expect(r.read('h1:v1,h2:NULL\tNULL\tvalue', 1)).toEqual({
      topic: 'demo',
      key: null,
      value: 'value',
      headers: [
        { key: 'h1', value: 'v1' },
        { key: 'h2', value: null },
      ],
    });
    expect(thrown(() => r.read('h1\tk\tv', 2))).toBe(
      "org.apache.kafka.common.KafkaException: No header key separator found in pair 'h1' on line number 2",
    );
  });

  it('refuses separators that clash', () => {
    expect(thrown(() => reader({ 'headers.separator': '\t' }))).toBe(
      'org.apache.kafka.common.KafkaException: headers.delimiter and headers.separator may not be equal',
    );
    expect(thrown(() => reader({ 'null.marker': '\t' }))).toBe(
      'org.apache.kafka.common.KafkaException: null.marker and key.separator may not be equal',
    );
  });
});
