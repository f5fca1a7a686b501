/**
 * The console producer's `LineMessageReader` (Kafka 3.9 ConsoleProducer.scala): one record per line,
 * with optional headers and key in front of the value (KAFKA-REFERENCE §11.2):
 * `h1:v1,h2:v2<headers.delimiter>key<key.separator>value`.
 */
import type { ProducerRecordInput } from '../../cluster/cluster-api';
import { JavaError } from './tool';

function kafkaException(message: string): JavaError {
  return new JavaError({ className: 'org.apache.kafka.common.KafkaException', message });
}

/** `getBoolProperty`-style: `true` in any case, after trimming. */
function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'true';
}

export class LineMessageReader {
  private readonly parseKey: boolean;
  private readonly keySeparator: string;
  private readonly parseHeaders: boolean;
  private readonly headersDelimiter: string;
  private readonly headersSeparator: RegExp;
  private readonly headersKeySeparator: string;
  private readonly ignoreError: boolean;
  private readonly nullMarker: string | undefined;

  /**
   * `configure(props)`; throws the reader's KafkaException for clashing separators.
   *
   * @example
   *   new LineMessageReader('demo', new Map([['parse.key', 'true'], ['key.separator', ':']])).read('k:v', 1);
   *   // { topic: 'demo', key: 'k', value: 'v' }
   */
  constructor(
    private readonly topic: string,
    props: ReadonlyMap<string, string>,
  ) {
    this.parseKey = isTrue(props.get('parse.key'));
    this.keySeparator = props.get('key.separator') ?? '\t';
    this.parseHeaders = isTrue(props.get('parse.headers'));
    this.headersDelimiter = props.get('headers.delimiter') ?? '\t';
    const headersSeparator = props.get('headers.separator') ?? ',';
    this.headersSeparator = compilePattern(headersSeparator);
    this.headersKeySeparator = props.get('headers.key.separator') ?? ':';
    this.ignoreError = isTrue(props.get('ignore.error'));
    this.nullMarker = props.get('null.marker');
    const clash = (a: string, b: string | undefined, message: string) => {
      if (a === b) throw kafkaException(message);
    };
    clash(
      this.headersDelimiter,
      headersSeparator,
      'headers.delimiter and headers.separator may not be equal',
    );
    clash(
      this.headersDelimiter,
      this.headersKeySeparator,
      'headers.delimiter and headers.key.separator may not be equal',
    );
    clash(
      headersSeparator,
      this.headersKeySeparator,
      'headers.separator and headers.key.separator may not be equal',
    );
    if (this.nullMarker !== undefined) {
      clash(this.nullMarker, this.keySeparator, 'null.marker and key.separator may not be equal');
      clash(this.nullMarker, headersSeparator, 'null.marker and headers.separator may not be equal');
      clash(this.nullMarker, this.headersDelimiter, 'null.marker and headers.delimiter may not be equal');
      clash(
        this.nullMarker,
        this.headersKeySeparator,
        'null.marker and headers.key.separator may not be equal',
      );
    }
  }

  /** The record for `line` (1-based `lineNumber`), or the reader's KafkaException. */
  read(line: string, lineNumber: number): ProducerRecordInput {
    const headers = this.field(
      this.parseHeaders,
      line,
      0,
      this.headersDelimiter,
      'headers delimiter',
      lineNumber,
    );
    const headerOffset = headers === null ? 0 : headers.length + this.headersDelimiter.length;
    const key = this.field(this.parseKey, line, headerOffset, this.keySeparator, 'key separator', lineNumber);
    const keyOffset = key === null ? 0 : key.length + this.keySeparator.length;
    const value = line.slice(headerOffset + keyOffset);
    const record = {
      topic: this.topic,
      key: key !== null && key !== this.nullMarker ? key : null,
      value: value !== this.nullMarker ? value : null,
    };
    if (headers === null || headers === this.nullMarker) return record;
    return { ...record, headers: this.splitHeaders(headers, lineNumber) };
  }

  private field(
    enabled: boolean,
    line: string,
    start: number,
    separator: string,
    name: string,
    lineNumber: number,
  ): string | null {
    if (!enabled) return null;
    const index = line.indexOf(separator, start);
    if (index >= 0) return line.slice(start, index);
    if (this.ignoreError) return null;
    throw kafkaException(`No ${name} found on line number ${lineNumber}: '${line}'`);
  }

  private splitHeaders(headers: string, lineNumber: number): Array<{ key: string; value: string | null }> {
    // `Pattern.split`: trailing empty strings are dropped.
    const pairs = headers.split(this.headersSeparator);
    while (pairs.length > 0 && pairs[pairs.length - 1] === '') pairs.pop();
    if (headers === '') pairs.push('');
    return pairs.map((pair) => {
      const i = pair.indexOf(this.headersKeySeparator);
      if (i < 0) {
        if (this.ignoreError) return { key: pair, value: null };
        throw kafkaException(`No header key separator found in pair '${pair}' on line number ${lineNumber}`);
      }
      const key = pair.slice(0, i);
      if (key === this.nullMarker) {
        throw kafkaException(
          `Header keys should not be equal to the null marker '${this.nullMarker}' as they can't be null`,
        );
      }
      const value = pair.slice(i + this.headersKeySeparator.length);
      return { key, value: value === this.nullMarker ? null : value };
    });
  }
}

function compilePattern(regex: string): RegExp {
  try {
    return new RegExp(regex);
  } catch (e) {
    throw new JavaError({
      className: 'java.util.regex.PatternSyntaxException',
      message: e instanceof Error ? e.message : String(e),
    });
  }
}
