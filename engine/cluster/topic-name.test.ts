import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collisionMessage,
  findCollision,
  findCollisions,
  hasCollisionChars,
  InvalidTopicError,
  isInternalTopic,
  TOPIC_COLLISION_WARNING,
  unifyCollisionChars,
  validateTopicName,
} from './topic-name';

describe('validateTopicName (KAFKA-REFERENCE §10, 3.4+ texts)', () => {
  it('accepts legal names up to 249 characters', () => {
    for (const name of ['demo', 'a.b_c-D9', '__consumer_offsets', '...', 'x'.repeat(249)]) {
      expect(() => validateTopicName(name)).not.toThrow();
    }
  });

  it.each([
    ['', 'Topic name is invalid: the empty string is not allowed'],
    ['.', "Topic name is invalid: '.' is not allowed"],
    ['..', "Topic name is invalid: '..' is not allowed"],
    [
      'x'.repeat(250),
      `Topic name is invalid: the length of '${'x'.repeat(250)}' is longer than the max allowed length 249`,
    ],
    [
      'a b',
      "Topic name is invalid: 'a b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
    [
      'café',
      "Topic name is invalid: 'café' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
  ])('rejects %j', (name, message) => {
    expect(() => validateTopicName(name)).toThrow(new InvalidTopicError(message));
  });

  it('checks the length before the characters, as Java does', () => {
    const name = `${'x'.repeat(249)}!`;
    expect(() => validateTopicName(name)).toThrow(/is longer than the max allowed length 249$/);
  });

  it('rejects a trailing newline (no regex end-of-line leniency)', () => {
    expect(() => validateTopicName('demo\n')).toThrow(InvalidTopicError);
  });

  it('throws an error carrying the Java exception name', () => {
    try {
      validateTopicName('');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidTopicError);
      expect((e as InvalidTopicError).kafkaName).toBe('InvalidTopicException');
    }
  });

  it('accepts exactly the names made of [a-zA-Z0-9._-], other than "." and ".."', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[a-zA-Z0-9._-]{1,12}$/)),
        (name) => {
          const legal = name.length > 0 && name !== '.' && name !== '..' && /^[a-zA-Z0-9._-]+$/.test(name);
          if (legal) expect(() => validateTopicName(name)).not.toThrow();
          else expect(() => validateTopicName(name)).toThrow(InvalidTopicError);
        },
      ),
      { seed: 1001 },
    );
  });
});

describe('collisions', () => {
  it('detects the characters that metric names cannot tell apart', () => {
    expect(hasCollisionChars('a.b')).toBe(true);
    expect(hasCollisionChars('a_b')).toBe(true);
    expect(hasCollisionChars('a-b')).toBe(false);
    expect(unifyCollisionChars('a.b._c')).toBe('a_b__c');
  });

  it('finds the existing topic a new name collides with, never the name itself', () => {
    expect(findCollision('a.b', ['a_b', 'c'])).toBe('a_b');
    expect(findCollision('a_b', ['a.b'])).toBe('a.b');
    expect(findCollision('a.b', ['a.b'])).toBeUndefined();
    expect(findCollision('a.b', ['a-b', 'ab'])).toBeUndefined();
    expect(findCollision('ab', ['ab'])).toBeUndefined();
    expect(findCollisions('a.b_c', new Set(['a_b.c', 'a.b.c', 'x', 'a.b_c']))).toEqual(['a_b.c', 'a.b.c']);
  });

  it('words the error as AdminZkClient (ZooKeeper) and ReplicationControlManager (KRaft) do', () => {
    expect(collisionMessage('a.b', 'a_b')).toBe("Topic 'a.b' collides with existing topics: a_b");
    expect(collisionMessage('a.b_c', ['a_b.c', 'a.b.c'])).toBe(
      "Topic 'a.b_c' collides with existing topics: a_b.c, a.b.c",
    );
    expect(collisionMessage('a.b', ['a_b'], 'kraft')).toBe("Topic 'a.b' collides with existing topic: a_b");
  });

  it('prints the kafka-topics.sh warning line exactly', () => {
    expect(TOPIC_COLLISION_WARNING).toBe(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could " +
        'collide. To avoid issues it is best to use either, but not both.',
    );
  });
});

describe('isInternalTopic', () => {
  it("knows 3.9's internal topics", () => {
    expect(isInternalTopic('__consumer_offsets')).toBe(true);
    expect(isInternalTopic('__transaction_state')).toBe(true);
    expect(isInternalTopic('__share_group_state')).toBe(true);
    expect(isInternalTopic('__cluster_metadata')).toBe(false);
    expect(isInternalTopic('consumer_offsets')).toBe(false);
  });
});
