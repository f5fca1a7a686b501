import { describe, expect, it } from 'vitest';
import type { ConsumerConfigInput } from '../../cluster/cluster-api';
import type { FakeConsumer } from '../test-fake-clients';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { consoleConsumer } from './console-consumer';

function setup(records: Array<[number, string | null, string]> = []) {
  const cluster = new FakeCluster();
  cluster.createTopic('demo', { partitions: 2 });
  for (const [partition, key, value] of records) cluster.append({ topic: 'demo', partition, key, value });
  const consumers: FakeConsumer[] = [];
  const newConsumer = cluster.newConsumer.bind(cluster);
  cluster.newConsumer = (config?: ConsumerConfigInput) => {
    const c = newConsumer(config) as FakeConsumer;
    consumers.push(c);
    return c;
  };
  return { cluster, consumers };
}

const consume = (cluster: FakeCluster, ...args: string[]) =>
  runTool(consoleConsumer, cluster, ['--topic', 'demo', ...args]);

describe('kafka-console-consumer.sh', () => {
  it('prints values from the beginning until idle, then the count', () => {
    const { cluster, consumers } = setup([
      [0, null, 'a'],
      [1, 'k', 'b'],
    ]);
    const start = cluster.nowMs;
    expect(consume(cluster, '--from-beginning')).toEqual({
      stdout: 'a\nb\n',
      stderr: 'Processed a total of 2 messages\n',
      all: 'a\nb\nProcessed a total of 2 messages\n',
    });
    expect(consumers[0]?.config).toMatchObject({
      groupId: expect.stringMatching(/^console-consumer-\d{1,5}$/),
      clientId: 'console-consumer',
      autoOffsetReset: 'earliest',
      enableAutoCommit: false,
    });
    // Records came at the first poll after the 50 ms join; then 5 s without one.
    expect(cluster.nowMs - start).toBeGreaterThanOrEqual(5000);
    expect(consumers[0]?.closed).toBe(true);
  });

  it('starts at the end without --from-beginning', () => {
    const { cluster } = setup([[0, null, 'old']]);
    expect(consume(cluster).all).toBe('Processed a total of 0 messages\n');
  });

  it('prints the fields asked for with --property', () => {
    const { cluster } = setup([[1, 'k1', 'v1']]);
    const r = consume(
      cluster,
      '--from-beginning',
      '--property',
      'print.key=true',
      '--property',
      'print.partition=true',
      '--property',
      'print.offset=true',
      '--property',
      'print.timestamp=true',
    );
    expect(r.stdout).toBe(`CreateTime:${Date.UTC(2026, 0, 5, 9, 0, 0)}\tPartition:1\tOffset:0\tk1\tv1\n`);
  });

  it('stops at --max-messages and seeks back over what it did not print, so the group commits no further', () => {
    const { cluster, consumers } = setup([
      [0, null, 'a'],
      [0, null, 'b'],
      [0, null, 'c'],
    ]);
    const r = consume(cluster, '--from-beginning', '--group', 'g', '--max-messages', '2');
    expect(r.all).toBe('a\nb\nProcessed a total of 2 messages\n');
    expect(consumers[0]?.seeks).toEqual(['demo-0@2']);
    expect(cluster.groups.get('g')?.offsets.get('demo-0')?.offset).toBe(2);
    expect(consumers[0]?.config.enableAutoCommit).toBeUndefined();
  });

  it('logs a TimeoutException when --timeout-ms passes without a record', () => {
    const { cluster } = setup();
    const r = consume(cluster, '--timeout-ms', '1000');
    expect(r.stderr).toBe(
      '[2026-01-05 09:00:01,000] ERROR Error processing message, terminating consumer process:  (org.apache.kafka.tools.consumer.ConsoleConsumer)\n' +
        'org.apache.kafka.common.errors.TimeoutException\n' +
        'Processed a total of 0 messages\n',
    );
  });

  it('reads one partition from an offset with --partition and --offset', () => {
    const { cluster, consumers } = setup([
      [1, null, 'x'],
      [1, null, 'y'],
      [0, null, 'z'],
    ]);
    expect(consume(cluster, '--partition', '1', '--offset', '1').stdout).toBe('y\n');
    expect(consumers[0]?.seeks).toEqual(['demo-1@1']);
    expect(consume(cluster, '--partition', '1', '--from-beginning').stdout).toBe('x\ny\n');
  });

  it('reports option errors the way the tool does', () => {
    const { cluster } = setup();
    expect(runTool(consoleConsumer, cluster, ['--group', 'g']).stderr).toBe(
      'Exactly one of --include/--topic is required. \n',
    );
    expect(consume(cluster, '--offset', '3').stderr).toBe(
      'The partition is required when offset is specified.\n',
    );
    expect(consume(cluster, '--partition', '0', '--group', 'g').stderr).toBe(
      'Options group and partition cannot be specified together.\n',
    );
    expect(consume(cluster, '--partition', '0', '--offset', 'x').stderr).toBe(
      "The provided offset value 'x' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.\n",
    );
    expect(
      consume(cluster, '--from-beginning', '--consumer-property', 'auto.offset.reset=latest').stderr,
    ).toBe(
      "Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest', please remove one option\n",
    );
    expect(consume(cluster, '--timeout-ms', 'x').stderr).toBe(
      'Exception in thread "main" joptsimple.OptionArgumentConversionException: Cannot parse argument \'x\' of option timeout-ms\n',
    );
    expect(consume(cluster, '--max-messages', 'x').all).toBe(
      'Processed a total of 0 messages\n' +
        '[2026-01-05 09:00:00,010] ERROR Unknown error when running consumer:  (org.apache.kafka.tools.consumer.ConsoleConsumer)\n' +
        "joptsimple.OptionArgumentConversionException: Cannot parse argument 'x' of option max-messages\n",
    );
    expect(consume(cluster, '--bogus').stderr).toBe('bogus is not a recognized option\n');
  });

  it('reports a missing --consumer.config as an uncaught exception', () => {
    const { cluster } = setup();
    expect(consume(cluster, '--consumer.config', 'c.properties').stderr).toBe(
      'Exception in thread "main" java.nio.file.NoSuchFileException: c.properties\n',
    );
  });
});
