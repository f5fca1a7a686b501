/**
 * No input may crash the simulator: random scripts built from the tools' real options, with valid and
 * invalid values mixed, must always run to the end with Kafka's errors (exit 0) or be refused as
 * unparsable (exit 2) — never hit an internal error (exit 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/cluster';
import { runScript } from './run-script';

const topic = fc.constantFrom('t', 'u', '__consumer_offsets', 'bad/name', 'a.b', 'a_b', '', "'x y'");
const num = fc.constantFrom('0', '1', '2', '3', '-1', '99', 'x', '2147483648', '1e3');
const group = fc.constantFrom('g', 'h', "''");

const command = fc.oneof(
  fc
    .tuple(topic, num, num)
    .map(([t, p, r]) => `kafka-topics.sh --create --topic ${t} --partitions ${p} --replication-factor ${r}`),
  fc
    .tuple(
      topic,
      fc.constantFrom(
        'segment.bytes=14',
        'retention.ms=1000',
        'min.insync.replicas=3',
        'cleanup.policy=compact',
        'nope=1',
        'segment.bytes=x',
      ),
    )
    .map(([t, c]) => `kafka-topics.sh --create --topic ${t} --config ${c}`),
  topic.map((t) => `kafka-topics.sh --describe --topic ${t}`),
  fc.constant('kafka-topics.sh --describe'),
  fc.constant('kafka-topics.sh --list'),
  fc.tuple(topic, num).map(([t, p]) => `kafka-topics.sh --alter --topic ${t} --partitions ${p}`),
  topic.map((t) => `kafka-topics.sh --delete --topic ${t}`),
  fc
    .tuple(
      topic,
      fc.constantFrom('-1', '0', '1', 'all', 'two'),
      fc.array(fc.constantFrom('k:v', 'plain', '', ':', 'a:b:c'), { maxLength: 4 }),
    )
    .map(
      ([t, acks, lines]) =>
        `kafka-console-producer.sh --topic ${t} --producer-property acks=${acks} --property parse.key=true --property key.separator=: <<EOF\n${lines.join('\n')}\nEOF`,
    ),
  fc
    .tuple(topic, group, num)
    .map(
      ([t, g, n]) =>
        `kafka-console-consumer.sh --topic ${t} --group ${g} --from-beginning --max-messages ${n} --timeout-ms 500`,
    ),
  fc
    .tuple(topic, num, num)
    .map(
      ([t, p, o]) => `kafka-console-consumer.sh --topic ${t} --partition ${p} --offset ${o} --timeout-ms 500`,
    ),
  group.map((g) => `kafka-consumer-groups.sh --describe --group ${g}`),
  fc
    .tuple(topic, fc.constantFrom('-1', '-2', '-3', 'latest', 'x'))
    .map(([t, time]) => `kafka-get-offsets.sh --topic ${t} --time ${time}`),
  fc
    .tuple(fc.constantFrom('kill-broker', 'power-off', 'start-broker', 'isolate'), num)
    .map(([verb, id]) => `sim ${verb} ${id}`),
  fc.constantFrom(
    'sim heal',
    'sim status',
    'sim isolate zookeeper',
    'sim advance 30s',
    'sim advance 7d',
    'sim advance x',
    'sim drop 1 2',
    'sim slow 2 5s',
    'sim seed 3',
    'sim brokers 12',
  ),
  fc
    .tuple(
      num,
      fc.constantFrom(
        'min.insync.replicas=2',
        'log.retention.ms=1000',
        'bogus=1',
        'unclean.leader.election.enable=maybe',
      ),
    )
    .map(([id, kv]) => `sim config broker ${id} ${kv}`),
  fc
    .tuple(
      topic,
      fc.constantFrom('retention.ms=1000', 'segment.bytes=1', 'unclean.leader.election.enable=true'),
    )
    .map(([t, kv]) => `sim config topic ${t} ${kv}`),
);

describe('script runner under random input', () => {
  it('never hits an internal error (seeded)', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 12 }), (commands) => {
        const { exitCode, transcript, stderr } = runScript(
          `${commands.join('\n')}\n`,
          (o) => createCluster(o),
          {
            consumerIdleMs: 500,
          },
        );
        expect(exitCode, `${stderr}${transcript}`).not.toBe(1);
      }),
      { seed: 20260105, numRuns: 200 },
    );
  }, 300_000);
});
