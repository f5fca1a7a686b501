import { describe, expect, it } from 'vitest';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { getOffsets } from './get-offsets';

function setup() {
  const cluster = new FakeCluster();
  cluster.createTopic('demo', { partitions: 11 });
  cluster.createTopic('other', { partitions: 1 });
  for (let i = 0; i < 3; i++) cluster.append({ topic: 'demo', partition: 2, key: null, value: 'x' });
  return cluster;
}

const offsets = (cluster: FakeCluster, ...args: string[]) => runTool(getOffsets, cluster, args);

describe('kafka-get-offsets.sh', () => {
  it('prints topic:partition:offset sorted by the string topic-partition', () => {
    const lines = offsets(setup(), '--topic', 'demo').stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['demo:0:0', 'demo:1:0', 'demo:10:0', 'demo:2:3']);
  });

  it('takes --time -2 as the earliest offset and filters --partitions', () => {
    expect(offsets(setup(), '--topic', 'demo', '--partitions', '2', '--time', '-2').stdout).toBe(
      'demo:2:0\n',
    );
    expect(offsets(setup(), '--topic', 'demo', '--partitions', '2', '--time', 'latest').stdout).toBe(
      'demo:2:3\n',
    );
  });

  it('matches --topic as a regex and --topic-partitions rules', () => {
    expect(offsets(setup(), '--topic', 'oth.*').stdout).toBe('other:0:0\n');
    expect(offsets(setup(), '--topic-partitions', 'demo:2-4,other').stdout).toBe(
      'demo:2:3\ndemo:3:0\nother:0:0\n',
    );
  });

  it('reports errors as Error occurred', () => {
    expect(offsets(setup(), '--topic', 'nope').stderr).toBe(
      'Error occurred: Could not match any topic-partitions with the specified filters\n',
    );
    expect(offsets(setup(), '--time', 'yesterday').stderr).toBe(
      'Error occurred: Malformed time argument yesterday. Please use -1 or latest / -2 or earliest / -3 or max-timestamp / -4 or earliest-local / -5 or latest-tiered, or a specified long format timestamp\n',
    );
    expect(offsets(setup(), '--bogus').stderr).toBe('Error occurred: bogus is not a recognized option\n');
    expect(offsets(setup(), '--topic', 'demo', '--partitions', 'a').stderr).toBe(
      'Error occurred: --partitions expects a comma separated list of numeric partition ids, but received: a\n',
    );
    expect(runTool(getOffsets, setup(), []).stderr).toBe(
      'An interactive shell for getting topic-partition offsets.\n',
    );
  });

  it('reports a missing --command-config with its stack trace line', () => {
    expect(offsets(setup(), '--command-config', 'a.properties').stderr).toBe(
      'Error occurred: a.properties\njava.nio.file.NoSuchFileException: a.properties\n\n',
    );
  });
});
