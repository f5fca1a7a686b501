import { describe, expect, it } from 'vitest';
import { autoCreateWarnLine, topicChoice } from './topic-choice';

describe('topicChoice', () => {
  it('knows an existing topic by its record', () => {
    expect(topicChoice('orders', 3)).toEqual({ kind: 'existing', partitionCount: 3 });
  });

  it('warns that a new legal name will be auto-created', () => {
    expect(topicChoice('payments', undefined)).toEqual({ kind: 'auto-create' });
  });

  it("gives Kafka's text for an illegal name (KAFKA-REFERENCE §10)", () => {
    expect(topicChoice('', undefined)).toEqual({
      kind: 'invalid',
      kafkaText: 'Topic name is invalid: the empty string is not allowed',
    });
    expect(topicChoice('a b', undefined)).toEqual({
      kind: 'invalid',
      kafkaText:
        "Topic name is invalid: 'a b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    });
    expect(topicChoice('x'.repeat(250), undefined).kind).toBe('invalid');
  });

  it('never auto-creates an internal topic', () => {
    expect(topicChoice('__consumer_offsets', undefined)).toEqual({ kind: 'internal' });
  });
});

describe('autoCreateWarnLine', () => {
  it("is the producer's NetworkClient WARN for the new topic", () => {
    expect(autoCreateWarnLine('payments')).toMatch(
      /Error while fetching metadata .* : \{payments=LEADER_NOT_AVAILABLE\}$/,
    );
  });
});
