import { describe, expect, it } from 'vitest';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { kafkaTopics } from './kafka-topics';

const BS = ['--bootstrap-server', 'localhost:9092'];
const topics = (cluster: FakeCluster, ...args: string[]) => runTool(kafkaTopics, cluster, [...BS, ...args]);
const LOG = '[2026-01-05 09:00:00,000] ERROR';

describe('kafka-topics.sh --create', () => {
  it('creates and says so', () => {
    const cluster = new FakeCluster();
    const r = topics(
      cluster,
      '--create',
      '--topic',
      'demo',
      '--partitions',
      '3',
      '--replication-factor',
      '2',
    );
    expect(r.all).toBe('Created topic demo.\n');
    expect(cluster.topics.get('demo')?.partitions).toHaveLength(3);
  });

  it('passes --config overrides, trimmed around =', () => {
    const cluster = new FakeCluster();
    topics(
      cluster,
      '--create',
      '--topic',
      'd',
      '--config',
      'retention.ms = 60000',
      '--config',
      'cleanup.policy=compact',
    );
    expect(cluster.topics.get('d')?.configs).toEqual({
      'retention.ms': '60000',
      'cleanup.policy': 'compact',
    });
  });

  it('warns before creating a name with . or _', () => {
    expect(topics(new FakeCluster(), '--create', '--topic', 'my.topic').all).toMatch(
      /^WARNING: Due to limitations in metric names.*\nCreated topic my\.topic\.\n$/,
    );
  });

  it('prints the broker’s refusal through printException', () => {
    const cluster = new FakeCluster();
    topics(cluster, '--create', '--topic', 'demo');
    expect(topics(cluster, '--create', '--topic', 'demo')).toEqual({
      stdout: "Error while executing topic command : Topic 'demo' already exists.\n",
      stderr: `${LOG} org.apache.kafka.common.errors.TopicExistsException: Topic 'demo' already exists.\n (org.apache.kafka.tools.TopicCommand)\n`,
      all: expect.any(String),
    });
    expect(topics(cluster, '--create', '--topic', 'demo', '--if-not-exists').all).toBe('');
  });

  it('checks partitions and replication factor on the client', () => {
    const cluster = new FakeCluster();
    expect(topics(cluster, '--create', '--topic', 'a', '--partitions', '0').all).toBe(
      'Error while executing topic command : The partitions must be greater than 0\n' +
        `${LOG} java.lang.IllegalArgumentException: The partitions must be greater than 0\n (org.apache.kafka.tools.TopicCommand)\n`,
    );
    expect(topics(cluster, '--create', '--topic', 'a', '--replication-factor', '40000').stdout).toBe(
      'Error while executing topic command : The replication factor must be between 1 and 32767 inclusive\n',
    );
    expect(topics(cluster, '--create', '--topic', 'a', '--partitions', 'two').stdout).toBe(
      "Error while executing topic command : Cannot parse argument 'two' of option partitions\n",
    );
    expect(cluster.topics.size).toBe(0);
  });

  it('rejects malformed and unknown configs before sending anything', () => {
    const cluster = new FakeCluster();
    expect(topics(cluster, '--create', '--topic', 'a', '--config', 'retention.ms').stdout).toBe(
      'Error while executing topic command : requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".\n',
    );
    expect(topics(cluster, '--create', '--topic', 'a', '--config', 'foo=1').stderr).toContain(
      'org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: foo',
    );
    expect(cluster.topics.size).toBe(0);
  });
});

describe('kafka-topics.sh --list, --describe, --alter, --delete', () => {
  const cluster = new FakeCluster();
  topics(cluster, '--create', '--topic', 'b', '--partitions', '2', '--replication-factor', '2');
  topics(cluster, '--create', '--topic', 'a');
  topics(cluster, '--create', '--topic', '__consumer_offsets');

  it('lists sorted names, internal ones unless excluded, and one empty line for none', () => {
    expect(topics(cluster, '--list').stdout).toBe('__consumer_offsets\na\nb\n');
    expect(topics(cluster, '--list', '--exclude-internal').stdout).toBe('a\nb\n');
    expect(topics(new FakeCluster(), '--list').stdout).toBe('\n');
  });

  it('describes a topic by name or regex', () => {
    expect(topics(cluster, '--describe', '--topic', 'b').stdout).toBe(
      'Topic: b\tTopicId: id-bxxxxxxxxxxxxxxxxxx\tPartitionCount: 2\tReplicationFactor: 2\tConfigs: \n' +
        '\tTopic: b\tPartition: 0\tLeader: 1\tReplicas: 1,2\tIsr: 1,2\tElr: N/A\tLastKnownElr: N/A\n' +
        '\tTopic: b\tPartition: 1\tLeader: 2\tReplicas: 2,3\tIsr: 2,3\tElr: N/A\tLastKnownElr: N/A\n',
    );
    expect(topics(cluster, '--describe', '--topic', '[ab]').stdout.match(/^Topic:/gm)).toHaveLength(2);
  });

  it('reports a missing topic with the Optional the Java port prints', () => {
    expect(topics(cluster, '--describe', '--topic', 'nope').stdout).toBe(
      "Error while executing topic command : Topic 'Optional[nope]' does not exist as expected\n",
    );
    expect(topics(cluster, '--describe', '--topic', 'nope', '--if-exists').all).toBe('');
  });

  it('filters partitions for the under-replicated report', () => {
    const c = new FakeCluster();
    topics(c, '--create', '--topic', 't', '--partitions', '2', '--replication-factor', '2');
    const p1 = c.topics.get('t')?.partitions[1];
    if (p1) p1.isr = [2];
    expect(topics(c, '--describe', '--under-replicated-partitions').stdout).toBe(
      '\tTopic: t\tPartition: 1\tLeader: 2\tReplicas: 2,3\tIsr: 2\tElr: N/A\tLastKnownElr: N/A\n',
    );
  });

  it('adds partitions silently and deletes silently', () => {
    const c = new FakeCluster();
    topics(c, '--create', '--topic', 't');
    expect(topics(c, '--alter', '--topic', 't', '--partitions', '3').all).toBe('');
    expect(c.topics.get('t')?.partitions).toHaveLength(3);
    expect(topics(c, '--alter', '--topic', 't', '--partitions', '2').stdout).toBe(
      'Error while executing topic command : Topic currently has 3 partitions, which is higher than the requested 2.\n',
    );
    expect(topics(c, '--delete', '--topic', 't').all).toBe('');
    expect(c.topics.has('t')).toBe(false);
  });
});

describe('kafka-topics.sh argument errors', () => {
  const c = new FakeCluster();

  it('needs exactly one action', () => {
    expect(topics(c, '--topic', 'a').stderr).toBe(
      'Command must include exactly one action: --list, --describe, --create, --alter or --delete\n',
    );
    expect(runTool(kafkaTopics, c, []).stderr).toBe('Create, delete, describe, or change a topic.\n');
  });

  it('needs --topic for --create, --alter and --delete, and --partitions for --alter', () => {
    expect(topics(c, '--create').stderr).toBe('Missing required argument "[topic]"\n');
    expect(topics(c, '--alter', '--topic', 'a').stderr).toBe('Missing required argument "[partitions]"\n');
  });

  it('refuses options that do not go with the action', () => {
    expect(topics(c, '--describe', '--partitions', '3').stderr).toBe(
      'Option "[partitions]" can\'t be used with option "[describe]"\n',
    );
    expect(topics(c, '--alter', '--topic', 'a', '--config', 'x=1').stderr).toBe(
      'Option combination "[[bootstrap-server], [config]]" can\'t be used with option "[alter]" (the kafka-configs CLI supports altering topic configs with a --bootstrap-server option)\n',
    );
  });

  it('reports unknown options as mainNoExit does', () => {
    expect(topics(c, '--list', '--zookeeper', 'localhost:2181').stderr).toBe(
      'zookeeper is not a recognized option\njoptsimple.UnrecognizedOptionException: zookeeper is not a recognized option\n\n',
    );
  });

  it('prints the version', () => {
    expect(topics(c, '--version').stdout).toBe('3.9.0\n');
  });
});

describe('kafka-topics.sh --command-config', () => {
  it('fails as the real tool does on a machine without the file', () => {
    expect(topics(new FakeCluster(), '--list', '--command-config', 'admin.properties').stderr).toBe(
      'admin.properties\njava.nio.file.NoSuchFileException: admin.properties\n\n',
    );
  });
});
