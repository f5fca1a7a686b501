import { describe, expect, it } from 'vitest';
import type { ProducerConfigInput } from '../../cluster/cluster-api';
import { KafkaError } from '../../cluster/errors';
import type { FakeProducer } from '../test-fake-clients';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { consoleProducer } from './console-producer';

function setup() {
  const cluster = new FakeCluster();
  cluster.createTopic('demo', { partitions: 2 });
  const producers: FakeProducer[] = [];
  const newProducer = cluster.newProducer.bind(cluster);
  cluster.newProducer = (config?: ProducerConfigInput) => {
    const p = newProducer(config) as FakeProducer;
    producers.push(p);
    return p;
  };
  return { cluster, producers, log: (p: number) => cluster.topics.get('demo')?.partitions[p]?.log ?? [] };
}

const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

describe('kafka-console-producer.sh', () => {
  it('sends one record per line at once and returns when all are acknowledged', () => {
    const { cluster, log } = setup();
    const start = cluster.nowMs;
    const r = runTool(consoleProducer, cluster, ['--topic', 'demo'], ['hello', '', 'world']);
    expect(r.all).toBe('');
    expect(log(0).map((rec) => text(rec.value))).toEqual(['hello', '', 'world']);
    expect(log(0).every((rec) => rec.timestampMs === start)).toBe(true);
    // close() makes the batch sendable at once: no linger wait.
    expect(cluster.nowMs - start).toBeLessThan(1000);
  });

  it('applies the console producer’s settings, overridable by options and --producer-property', () => {
    const { cluster, producers } = setup();
    runTool(consoleProducer, cluster, ['--topic', 'demo'], ['x']);
    expect(producers[0]?.config).toEqual({
      clientId: 'console-producer',
      acks: '-1',
      lingerMs: 1000,
      batchSize: 16384,
      retries: 3,
      retryBackoffMs: 100,
      requestTimeoutMs: 1500,
      maxBlockMs: 60000,
    });
    runTool(
      consoleProducer,
      cluster,
      [
        '--topic',
        'demo',
        '--producer-property',
        'acks=1',
        '--producer-property',
        'linger.ms=5',
        '--timeout',
        '7',
      ],
      ['x'],
    );
    expect(producers[1]?.config).toMatchObject({ acks: '1', lingerMs: 7 });
    runTool(consoleProducer, cluster, ['--topic', 'demo', '--request-required-acks', 'all'], ['x']);
    expect(producers[2]?.config.acks).toBe('all');
  });

  it('parses keys with parse.key and key.separator', () => {
    const { cluster, log } = setup();
    const args = ['--topic', 'demo', '--property', 'parse.key=true', '--property', 'key.separator=:'];
    runTool(consoleProducer, cluster, args, ['k:v1', 'kk:v2']);
    expect(log(1).map((rec) => `${text(rec.key)}=${text(rec.value)}`)).toEqual(['k=v1']);
    expect(log(0).map((rec) => `${text(rec.key)}=${text(rec.value)}`)).toEqual(['kk=v2']);
  });

  it('stops at a line without its key, after sending the lines before it', () => {
    const { cluster, log } = setup();
    const r = runTool(
      consoleProducer,
      cluster,
      ['--topic', 'demo', '--property', 'parse.key=true'],
      ['a\t1', 'bad', 'c\t3'],
    );
    expect(r.stderr).toBe(
      "org.apache.kafka.common.KafkaException: No key separator found on line number 2: 'bad'\n",
    );
    expect(log(1)).toHaveLength(1);
    expect(log(0)).toHaveLength(0);
  });

  it('logs each failed record through ErrorLoggingCallback', () => {
    const { cluster } = setup();
    cluster.failures.set('demo', 'NOT_ENOUGH_REPLICAS');
    const r = runTool(consoleProducer, cluster, ['--topic', 'demo'], ['hello', 'héllo']);
    const line = (n: number) =>
      `[2026-01-05 09:00:00,005] ERROR Error when sending message to topic demo with key: null, value: ${n} bytes with error: (org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)\n` +
      'org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.\n';
    expect(r.stderr).toBe(line(5) + line(6));
  });

  it('--sync waits out linger.ms for each record and stops at the first failure', () => {
    const { cluster, log } = setup();
    const start = cluster.nowMs;
    expect(runTool(consoleProducer, cluster, ['--topic', 'demo', '--sync'], ['a', 'b']).all).toBe('');
    expect(log(0)).toHaveLength(2);
    expect(cluster.nowMs - start).toBe(2 * 1005);
    cluster.failures.set('demo', 'NOT_ENOUGH_REPLICAS');
    const r = runTool(consoleProducer, cluster, ['--topic', 'demo', '--sync'], ['c', 'd']);
    expect(r.stderr).toBe(
      'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.\n' +
        'Caused by: org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.\n',
    );
  });

  it('reports option errors as the tool does', () => {
    const { cluster } = setup();
    expect(runTool(consoleProducer, cluster, ['--bootstrap-server', 'x:9092'], []).stderr).toBe(
      'Missing required argument "[topic]"\n',
    );
    expect(runTool(consoleProducer, cluster, ['--topic', 'demo', '--foo'], []).stderr).toBe(
      'foo is not a recognized option\n',
    );
    expect(runTool(consoleProducer, cluster, ['--topic', 'demo', '--timeout', 'soon'], []).stderr).toBe(
      "Cannot parse argument 'soon' of option timeout\n",
    );
    expect(
      runTool(consoleProducer, cluster, ['--topic', 'demo', '--request-required-acks', '2'], []).stderr,
    ).toBe(
      'org.apache.kafka.common.config.ConfigException: Invalid value 2 for configuration acks: String must be one of: all, -1, 0, 1\n',
    );
  });

  it('reports a missing properties file with printStackTrace', () => {
    const { cluster } = setup();
    expect(
      runTool(consoleProducer, cluster, ['--topic', 'demo', '--producer.config', 'p.properties'], []).stderr,
    ).toBe('java.nio.file.NoSuchFileException: p.properties\n');
  });

  it('reports an error raised by send() itself through the callback', () => {
    const { cluster, producers } = setup();
    const newProducer = cluster.newProducer.bind(cluster);
    cluster.newProducer = (config?: ProducerConfigInput) => {
      const p = newProducer(config);
      p.send = () => {
        throw new KafkaError('MESSAGE_TOO_LARGE');
      };
      return p;
    };
    expect(runTool(consoleProducer, cluster, ['--topic', 'demo'], ['big']).stderr).toBe(
      '[2026-01-05 09:00:00,000] ERROR Error when sending message to topic demo with key: null, value: 3 bytes with error: (org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)\n' +
        'org.apache.kafka.common.errors.RecordTooLargeException: The request included a message larger than the max message size the server will accept.\n',
    );
    expect(producers).toHaveLength(1);
  });
});
