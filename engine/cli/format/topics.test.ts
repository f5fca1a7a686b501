import { describe, expect, it } from 'vitest';
import type { PartitionDescription, TopicDescription } from '../../cluster/cluster-api';
import {
  COLLISION_WARNING,
  describeOrder,
  formatDescribe,
  formatList,
  formatPartitionLine,
  formatTopicLine,
  topicCommandError,
} from './topics';

const partition = (p: number, leader: number, replicas: number[], isr: number[]): PartitionDescription => ({
  partition: p,
  leader,
  leaderEpoch: 0,
  replicas,
  isr,
});

const demo: TopicDescription = {
  name: 'demo',
  topicId: '9kq8o0JqQzSd2jLwYbM1lQ',
  internal: false,
  partitions: [partition(1, 2, [2, 3], [2, 3]), partition(0, 1, [1, 2], [1, 2])],
  configs: [{ name: 'segment.bytes', value: '1073741824' }],
  markedForDeletion: false,
};

describe('kafka-topics --describe (3.9 tool, ZK-mode brokers)', () => {
  it('prints the topic line of KAFKA-REFERENCE §11.1', () => {
    expect(formatTopicLine(demo)).toBe(
      'Topic: demo\tTopicId: 9kq8o0JqQzSd2jLwYbM1lQ\tPartitionCount: 2\tReplicationFactor: 2\tConfigs: segment.bytes=1073741824',
    );
  });

  it('prints partition lines with Elr: N/A and LastKnownElr: N/A', () => {
    expect(formatPartitionLine('demo', partition(0, 1, [1, 2], [1, 2]))).toBe(
      '\tTopic: demo\tPartition: 0\tLeader: 1\tReplicas: 1,2\tIsr: 1,2\tElr: N/A\tLastKnownElr: N/A',
    );
  });

  it('prints Leader: none without a leader, and an empty ISR as nothing', () => {
    expect(formatPartitionLine('demo', partition(0, -1, [1, 2], []))).toBe(
      '\tTopic: demo\tPartition: 0\tLeader: none\tReplicas: 1,2\tIsr: \tElr: N/A\tLastKnownElr: N/A',
    );
  });

  it('leaves out an all-zero topic id and keeps the space after an empty Configs:', () => {
    const td = { ...demo, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', configs: [] };
    expect(formatTopicLine(td)).toBe('Topic: demo\tPartitionCount: 2\tReplicationFactor: 2\tConfigs: ');
  });

  it('sorts partitions and never prints MarkedForDeletion (3.9 passes false)', () => {
    const lines = formatDescribe([{ ...demo, markedForDeletion: true }], {
      printTopicLine: true,
      printPartitions: true,
    });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Partition: 0');
    expect(lines[2]).toContain('Partition: 1');
    expect(lines.join('\n')).not.toContain('MarkedForDeletion');
  });

  it('orders several topics as the admin client HashMaps hand them back', () => {
    const names = ['__consumer_offsets', 'logs', 'orders'].map((name) => ({ name }));
    expect(describeOrder(names).map((t) => t.name)).toEqual(['logs', '__consumer_offsets', 'orders']);
    expect(describeOrder([{ name: 'a' }, { name: 'b' }, { name: 'c' }]).map((t) => t.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('--topics-with-overrides keeps only topics with non-default configs', () => {
    const plain = { ...demo, name: 'plain', configs: [] };
    const lines = formatDescribe([demo, plain], {
      printTopicLine: true,
      printPartitions: false,
      onlyWithOverrides: true,
    });
    expect(lines).toEqual([formatTopicLine(demo)]);
  });
});

describe('kafka-topics --list and errors', () => {
  it('sorts by Java string order', () => {
    expect(formatList(['b', 'A', '__consumer_offsets', 'a'])).toBe('A\n__consumer_offsets\na\nb');
    expect(formatList([])).toBe('');
  });

  it('prints the error on stdout and the exception through log4j (KAFKA-REFERENCE §11.1)', () => {
    const printed = topicCommandError(Date.UTC(2024, 10, 25, 10, 0, 0), {
      className: 'org.apache.kafka.common.errors.TopicExistsException',
      message: "Topic 'demo' already exists.",
    });
    expect(printed.stdout).toBe("Error while executing topic command : Topic 'demo' already exists.\n");
    expect(printed.stderr).toBe(
      "[2024-11-25 10:00:00,000] ERROR org.apache.kafka.common.errors.TopicExistsException: Topic 'demo' already exists.\n" +
        ' (org.apache.kafka.tools.TopicCommand)\n',
    );
  });

  it('warns about . and _ in the exact words of TopicCommand', () => {
    expect(COLLISION_WARNING).toBe(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.",
    );
  });
});
