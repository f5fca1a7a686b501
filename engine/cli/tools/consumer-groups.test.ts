import { describe, expect, it } from 'vitest';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { consumerGroups } from './consumer-groups';

function setup() {
  const cluster = new FakeCluster();
  cluster.createTopic('demo', { partitions: 2 });
  for (const value of ['a', 'b', 'c']) cluster.append({ topic: 'demo', partition: 0, key: null, value });
  const g = cluster.group('g');
  g.offsets.set('demo-0', { topic: 'demo', partition: 0, offset: 1 });
  return cluster;
}

const groups = (cluster: FakeCluster, ...args: string[]) => runTool(consumerGroups, cluster, args);

describe('kafka-consumer-groups.sh --describe', () => {
  it('shows committed offsets of an empty group after the notice on stderr, without a final newline', () => {
    expect(groups(setup(), '--describe', '--group', 'g')).toEqual({
      stdout:
        '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID' +
        '\ng               demo            0          1               3               2               -               -               -',
      stderr: "\nConsumer group 'g' has no active members.\n",
      all: expect.any(String),
    });
  });

  it('shows members and their partitions', () => {
    const cluster = setup();
    cluster.group('g').members.set('m-1', { clientId: 'c', assignment: [{ topic: 'demo', partition: 1 }] });
    const r = groups(cluster, '--describe', '--group', 'g');
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(2)).toEqual([
      'g               demo            1          -               0               -               m-1             /127.0.0.1      c',
      'g               demo            0          1               3               2               -               -               -',
    ]);
    expect(groups(cluster, '--describe', '--group', 'g', '--members').stdout).toBe(
      '\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n' +
        'g               m-1             /127.0.0.1      c               1               \n',
    );
    expect(groups(cluster, '--describe', '--group', 'g', '--state').stdout).toContain(
      '\ng                         localhost:9092  (1)       range                Stable          1\n',
    );
  });

  it('says a group does not exist on stdout', () => {
    expect(groups(setup(), '--describe', '--group', 'nope').all).toBe(
      "\nError: Consumer group 'nope' does not exist.\n",
    );
  });

  it('lists groups, optionally with their state', () => {
    const cluster = setup();
    cluster.group('b');
    expect(groups(cluster, '--list').stdout).toBe('b\ng\n');
    expect(groups(cluster, '--list', '--state').stdout).toBe(
      `${'GROUP'.padEnd(25)} ${'STATE'.padEnd(20)}\n${'b'.padEnd(25)} ${'Empty'.padEnd(20)}\n${'g'.padEnd(25)} ${'Empty'.padEnd(20)}\n`,
    );
    expect(groups(cluster, '--list', '--state', 'stable').stdout).toBe(
      `${'GROUP'.padEnd(25)} ${'STATE'.padEnd(20)}\n`,
    );
    expect(groups(cluster, '--list', '--state', 'bogus').stderr).toBe(
      "Invalid state list 'bogus'. Valid states are: PreparingRebalance, CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling\n",
    );
  });

  it('reports argument errors', () => {
    const cluster = setup();
    expect(groups(cluster, '--describe').stderr).toBe(
      'Option [describe] takes one of these options: [reset-offsets], [describe], [delete], [list]\n',
    );
    expect(groups(cluster, '--group', 'g').stderr).toBe(
      'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets\n',
    );
    expect(groups(cluster, '--describe', '--group', 'g', '--members', '--state').stderr).toBe(
      'Option [describe] takes at most one of these options: [members], [offsets], [state]\n',
    );
    expect(groups(cluster, '--list', '--members').stderr).toBe(
      'Exception in thread "main" joptsimple.UnavailableOptionException: Option(s) [members] are unavailable given other options on the command line\n',
    );
    expect(groups(cluster, '--list', '--bogus').stderr).toBe(
      'Exception in thread "main" joptsimple.UnrecognizedOptionException: bogus is not a recognized option\n',
    );
  });

  it('reports a missing --command-config through printError', () => {
    expect(groups(setup(), '--list', '--command-config', 'a.properties')).toEqual({
      stdout: '\nError: Executing consumer group command failed due to a.properties\n',
      stderr: 'java.nio.file.NoSuchFileException: a.properties\n',
      all: expect.any(String),
    });
  });

  it('reports a bad --timeout through printError', () => {
    expect(groups(setup(), '--list', '--timeout', 'soon')).toEqual({
      stdout:
        "\nError: Executing consumer group command failed due to Cannot parse argument 'soon' of option timeout\n",
      stderr:
        "joptsimple.OptionArgumentConversionException: Cannot parse argument 'soon' of option timeout\n",
      all: expect.any(String),
    });
  });
});
