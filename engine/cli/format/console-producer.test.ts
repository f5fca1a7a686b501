import { describe, expect, it } from 'vitest';
import { fatalErrorLines, sendErrorLines, syncSendErrorLines } from './console-producer';

const NER = {
  className: 'org.apache.kafka.common.errors.NotEnoughReplicasException',
  message: 'Messages are rejected since there are fewer in-sync replicas than required.',
};
const T = Date.UTC(2026, 0, 5, 9, 0, 0, 123);

describe('console producer errors', () => {
  it('prints the ErrorLoggingCallback line with byte counts, then the exception', () => {
    expect(sendErrorLines(T, 'demo', null, 5, NER)).toBe(
      '[2026-01-05 09:00:00,123] ERROR Error when sending message to topic demo with key: null, value: 5 bytes with error: (org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)\n' +
        'org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.\n',
    );
    expect(sendErrorLines(T, 'demo', 2, null, NER)).toContain('with key: 2 bytes, value: null with error:');
  });

  it('prints --sync failures as the ExecutionException of send().get()', () => {
    expect(syncSendErrorLines(NER)).toBe(
      `java.util.concurrent.ExecutionException: ${NER.className}: ${NER.message}\nCaused by: ${NER.className}: ${NER.message}\n`,
    );
  });

  it('prints a fatal reader error as printStackTrace would, without frames', () => {
    const error = {
      className: 'org.apache.kafka.common.KafkaException',
      message: "No key separator found on line number 3: 'abc'",
    };
    expect(fatalErrorLines(error)).toBe(
      "org.apache.kafka.common.KafkaException: No key separator found on line number 3: 'abc'\n",
    );
  });
});
