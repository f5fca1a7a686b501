/** The create/alter forms' instant checks against the engine's own rules and texts. */
import { describe, expect, it } from 'vitest';
import { assignNewPartitions, assignReplicasToBrokers } from '../../../engine/cluster/replica-assignment';
import { collisionMessage, findCollisions, validateTopicName } from '../../../engine/cluster/topic-name';
import {
  addPartitionsProblem,
  MAX_PARTITIONS_IN_SIMULATOR,
  newTopicProblem,
  topicNameProblem,
} from './topic-rules';

function engineNameText(name: string, existing: readonly string[]): string | null {
  try {
    validateTopicName(name);
  } catch (e) {
    return (e as Error).message;
  }
  if (existing.includes(name)) return `Topic '${name}' already exists.`;
  const collisions = findCollisions(name, existing);
  return collisions.length > 0 ? collisionMessage(name, collisions) : null;
}

describe('topic names', () => {
  const existing = ['orders', 'a_b', 'x.y'];
  const names = [
    'orders',
    'orders-2',
    '',
    '.',
    '..',
    '...',
    'a b',
    'ü',
    'a.b',
    'a_b',
    'x_y',
    'ok.name',
    'x'.repeat(249),
    'x'.repeat(250),
    'tab\there',
    '한글',
  ];

  it.each(names.map((n) => [JSON.stringify(n).slice(0, 40), n] as const))(
    '%s: same verdict and text as the engine',
    (_, name) => {
      expect(topicNameProblem(name, existing)?.kafkaText ?? null).toBe(engineNameText(name, existing));
    },
  );

  it('says which rule broke, for the translated line', () => {
    expect(topicNameProblem('a b!', [])?.problem).toEqual({ kind: 'illegalChars', chars: ' !' });
    expect(topicNameProblem('x'.repeat(250), [])?.problem).toEqual({ kind: 'tooLong', length: 250 });
    expect(topicNameProblem('a.b', ['a_b'])).toMatchObject({
      problem: { kind: 'collision', with: ['a_b'] },
      error: 'INVALID_TOPIC_EXCEPTION',
    });
    expect(topicNameProblem('orders', ['orders'])?.error).toBe('TOPIC_ALREADY_EXISTS');
  });
});

function engineAssignText(partitions: number, rf: number, brokers: number): string | null {
  try {
    assignReplicasToBrokers(
      Array.from({ length: brokers }, (_, i) => i + 1),
      partitions,
      rf,
      { nextIntBelow: () => 0 },
    );
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('partitions and replication factor', () => {
  it.each([
    [3, 3, 3],
    [0, 3, 3],
    [3, 0, 3],
    [3, 4, 3],
    [1, 1, 1],
  ])('%i partitions, RF %i, %i brokers: as the engine says', (partitions, rf, brokers) => {
    const mine = newTopicProblem(String(partitions), String(rf), brokers);
    const text = mine.partitions?.kafkaText ?? mine.replication?.kafkaText ?? null;
    expect(text).toBe(engineAssignText(partitions, rf, brokers));
  });

  it('asks for whole numbers and keeps to what the browser can draw', () => {
    expect(newTopicProblem('2.5', '1', 3).partitions?.problem.kind).toBe('notWhole');
    expect(newTopicProblem('3', '', 3).replication?.problem.kind).toBe('notWhole');
    expect(newTopicProblem(String(MAX_PARTITIONS_IN_SIMULATOR + 1), '1', 3).partitions?.problem.kind).toBe(
      'tooManyForSimulator',
    );
  });

  it.each([2, 3, 4])('growing 3 partitions to %i: as the engine says', (total) => {
    let engine: string | null = null;
    try {
      assignNewPartitions([1, 2, 3], [[1], [2], [3]], total);
    } catch (e) {
      engine = (e as Error).message;
    }
    expect(addPartitionsProblem(String(total), 3)?.kafkaText ?? null).toBe(engine);
  });
});
