import { describe, expect, it } from 'vitest';
import type { ClusterApi } from '../cluster/cluster-api';
import { parseDuration, runScript } from './run-script';
import { FakeCluster } from './test-fake-cluster';

function fake() {
  const made: Array<{ brokers: number; seed: number }> = [];
  const make = (options: { brokers: number; seed: number }): ClusterApi => {
    made.push(options);
    return new FakeCluster(options.seed, options.brokers);
  };
  return { made, make };
}

describe('runScript', () => {
  it('echoes each command and prints what the tool printed, in order', () => {
    const { make } = fake();
    const script = [
      '# demo',
      'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic demo \\',
      '  --partitions 1',
      'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic demo <<EOF',
      'hello',
      'EOF',
      'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic demo --from-beginning',
      'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group nope',
      '',
    ].join('\n');
    expect(runScript(script, make)).toEqual({
      transcript: [
        '$ kafka-topics.sh --bootstrap-server localhost:9092 --create --topic demo \\',
        '>   --partitions 1',
        'Created topic demo.',
        '$ kafka-console-producer.sh --bootstrap-server localhost:9092 --topic demo <<EOF',
        '> hello',
        '> EOF',
        '$ kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic demo --from-beginning',
        'hello',
        'Processed a total of 1 messages',
        '$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group nope',
        '',
        "Error: Consumer group 'nope' does not exist.",
        '',
      ].join('\n'),
      exitCode: 0,
      stderr: '',
    });
  });

  it('ends a command’s output on its own line before the next prompt', () => {
    const script = [
      'kafka-topics.sh --create --topic t',
      'kafka-console-producer.sh --topic t <<EOF',
      'a',
      'EOF',
      "kafka-console-consumer.sh --topic t --group g --from-beginning --property line.separator=';'",
      'kafka-consumer-groups.sh --describe --group g',
      'sim status',
    ].join('\n');
    const lines = runScript(script, fake().make).transcript.split('\n');
    // The formatter's separator replaces the newline; stderr's line follows on the same terminal line.
    expect(lines).toContain('a;Processed a total of 1 messages');
    // 3.9's offsets table has no final newline; the transcript adds one before the next prompt.
    const table = lines.indexOf('$ sim status') - 1;
    expect(lines[table]).toMatch(/^g {15}t {15}0 {10}1 {15}1 {15}0 {15}- {15}- {15}-$/);
  });

  it('applies sim brokers and sim seed when it creates the cluster, lazily, with defaults 3 and 1', () => {
    const a = fake();
    runScript('sim seed 42\nsim brokers 5\nsim status\nsim status\n', a.make);
    expect(a.made).toEqual([{ brokers: 5, seed: 42 }]);
    const b = fake();
    expect(runScript('sim status\nsim brokers 2\n', b.make).transcript).toBe(
      '$ sim status\nbroker 1 running\nbroker 2 running\nbroker 3 running\n$ sim brokers 2\n' +
        "sim: 'brokers' must come before the first other command\n",
    );
    expect(b.made).toEqual([{ brokers: 3, seed: 1 }]);
    const c = fake();
    expect(runScript('sim brokers 0\n', c.make).transcript).toBe(
      '$ sim brokers 0\nsim: broker count must be 1 to 9, got 0\n',
    );
    expect(runScript('sim brokers 10\n', c.make).transcript).toBe(
      '$ sim brokers 10\nsim: broker count must be 1 to 9, got 10\n',
    );
    expect(c.made).toEqual([]);
  });

  it('refuses a script it cannot parse with exit code 2, naming the line, and runs nothing', () => {
    const { made, make } = fake();
    expect(runScript('sim status\nkafka-topic.sh --list\n', make)).toEqual({
      transcript: '',
      exitCode: 2,
      stderr: expect.stringMatching(/^line 2: unknown program 'kafka-topic.sh'/),
    });
    expect(made).toEqual([]);
  });

  it('reports a simulator bug, goes on and exits 1', () => {
    const make = (): ClusterApi => {
      const cluster = new FakeCluster();
      cluster.listTopics = () => {
        throw new TypeError('boom');
      };
      return cluster;
    };
    const r = runScript('kafka-topics.sh --list\nsim status\n', make);
    expect(r.exitCode).toBe(1);
    expect(r.transcript).toMatch(/^\$ kafka-topics.sh --list\nkafkascope: internal error: TypeError: boom\n/);
    expect(r.transcript).toContain('$ sim status\nbroker 1 running\n');
  });

  it('gives an empty transcript for an empty script', () => {
    expect(runScript('# nothing\n\n', fake().make)).toEqual({ transcript: '', exitCode: 0, stderr: '' });
  });
});

describe('parseDuration', () => {
  it('reads ms, s, m, h and d', () => {
    expect(['250ms', '30s', '5m', '2h', '7d', '0s'].map(parseDuration)).toEqual([
      250, 30_000, 300_000, 7_200_000, 604_800_000, 0,
    ]);
  });

  it('says what it accepts', () => {
    expect(() => parseDuration('5')).toThrow(
      "invalid duration '5': expected a whole number followed by ms, s, m, h or d (e.g. 250ms, 30s, 2h, 7d)",
    );
    expect(() => parseDuration('1.5s')).toThrow(/invalid duration/);
    expect(() => parseDuration('-1s')).toThrow(/invalid duration/);
    expect(() => parseDuration('2w')).toThrow(/invalid duration/);
  });
});
