import { describe, expect, it } from 'vitest';
import { orderedObject, writeJson } from './ordered-json';
import {
  javaPropertiesOrder,
  javaStringHashCode,
  scalaImmutableMapOrder,
  scalaMutableHashMapOrder,
} from './scala-map-order';

describe('javaStringHashCode', () => {
  it('matches String.hashCode', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('hello')).toBe(99_162_322);
    expect(javaStringHashCode('version')).toBe(351_608_024);
    expect(javaStringHashCode('Aa')).toBe(javaStringHashCode('BB')); // the classic collision
  });
});

describe('scalaMutableHashMapOrder', () => {
  it('sizes the table from the entries given to mutable.Map(...)', () => {
    const keys = ['version', 'partitions', 'adding_replicas', 'removing_replicas', 'topic_id'];
    expect(scalaMutableHashMapOrder(keys, 4)).toEqual([
      'partitions',
      'topic_id',
      'adding_replicas',
      'removing_replicas',
      'version',
    ]);
  });

  it('doubles the table when an insert would reach 0.75 of it', () => {
    const digits = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    expect(scalaMutableHashMapOrder(digits(11), 0)).toEqual(digits(11)); // 16 slots
    expect(scalaMutableHashMapOrder(digits(12), 0)[0]).toBe('11'); // 32 slots: "11" lands in slot 0
    expect(scalaMutableHashMapOrder(digits(30), 0).slice(0, 3)).toEqual(['22', '23', '24']); // 64 slots
  });

  it('keeps keys of equal hash in insertion order', () => {
    expect(scalaMutableHashMapOrder(['BB', 'Aa'], 0)).toEqual(['BB', 'Aa']);
  });
});

describe('scalaImmutableMapOrder', () => {
  it('keeps insertion order up to Map4, then iterates the CHAMP trie', () => {
    expect(scalaImmutableMapOrder(['version', 'brokerid', 'timestamp', 'kraftControllerEpoch'])).toEqual([
      'version',
      'brokerid',
      'timestamp',
      'kraftControllerEpoch',
    ]);
    expect(scalaImmutableMapOrder(['version', 'leader', 'leader_epoch', 'controller_epoch', 'isr'])).toEqual([
      'controller_epoch',
      'leader',
      'version',
      'leader_epoch',
      'isr',
    ]);
  });
});

describe('javaPropertiesOrder (vectors from JDK 17: Properties → Jackson)', () => {
  it('iterates ConcurrentHashMap bins', () => {
    const keys = [
      'cleanup.policy',
      'retention.ms',
      'segment.bytes',
      'min.insync.replicas',
      'max.message.bytes',
    ];
    expect(javaPropertiesOrder(keys)).toEqual([
      'cleanup.policy',
      'max.message.bytes',
      'min.insync.replicas',
      'retention.ms',
      'segment.bytes',
    ]);
  });

  it('splits bins on resize as ConcurrentHashMap.transfer does, colliding keys included', () => {
    const keys =
      'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,Aa,BB,retention.ms,segment.ms,q1,q17,q33,q49,q65,z1,z2,z3';
    expect(javaPropertiesOrder(keys.split(',')).join(',')).toBe(
      'bb,Aa,BB,q33,q17,retention.ms,aa,cc,q1,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,q65,r,s,t,u,v,w,q49,z1,x,z2,y,z3,z,segment.ms',
    );
  });
});

describe('writeJson', () => {
  it('writes compactly in map order, integer-like keys included', () => {
    const partitions = new Map([
      ['11', [1]],
      ['0', [2]],
    ]);
    expect(writeJson(orderedObject({ b: partitions, a: null }, ['b', 'a']))).toBe(
      '{"b":{"11":[1],"0":[2]},"a":null}',
    );
  });

  it('escapes as Jackson does (verified with jackson-databind 2.17)', () => {
    expect(writeJson('a\u0001b\n\t"\\\u001f/é')).toBe('"a\\u0001b\\n\\t\\"\\\\\\u001F/é"');
  });
});
