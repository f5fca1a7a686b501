import { describe, expect, it } from 'vitest';
import {
  checkInvalidArgs,
  checkRequiredArgs,
  hashSetOrder,
  OptionException,
  type OptionSpec,
  parseJavaInteger,
  parseKeyValueArgs,
  parseOptions,
  UsageError,
} from './options';

const SPECS: readonly OptionSpec[] = [
  { name: 'help', arg: 'none' },
  { name: 'topic', arg: 'required' },
  { name: 'partitions', arg: 'required', type: 'int' },
  { name: 'time', arg: 'required', defaultValue: 'latest' },
  { name: 'list', arg: 'none' },
  { name: 'describe', arg: 'none' },
  { name: 'state', arg: 'optional', availableIf: ['describe', 'list'] },
  { name: 'members', arg: 'none', availableIf: ['describe'] },
];

function error(args: string[]): OptionException {
  try {
    parseOptions(SPECS, args);
  } catch (e) {
    if (e instanceof OptionException) return e;
  }
  throw new Error('expected an OptionException');
}

describe('parseOptions (joptsimple 5.0.4 rules)', () => {
  it('accepts --name value, --name=value and -name value', () => {
    expect(parseOptions(SPECS, ['--topic', 'a']).valueOf('topic')).toBe('a');
    expect(parseOptions(SPECS, ['--topic=a=b']).valueOf('topic')).toBe('a=b');
    expect(parseOptions(SPECS, ['-topic', 'a']).valueOf('topic')).toBe('a');
    expect(parseOptions(SPECS, ['--topic=']).valueOf('topic')).toBe('');
  });

  it('lets a required argument take the next word even if it starts with -', () => {
    expect(parseOptions(SPECS, ['--time', '-1']).valueOf('time')).toBe('-1');
    expect(parseOptions(SPECS, ['--topic', '--list']).has('list')).toBe(false);
  });

  it('gives an optional argument only a word that is not an option', () => {
    expect(parseOptions(SPECS, ['--describe', '--state', 'Stable']).valueOf('state')).toBe('Stable');
    const opts = parseOptions(SPECS, ['--describe', '--state', '--list']);
    expect(opts.has('state')).toBe(true);
    expect(opts.valueOf('state')).toBeUndefined();
    expect(opts.has('list')).toBe(true);
  });

  it('keeps repeated values, returns defaults, counts the words and collects non-options', () => {
    const opts = parseOptions(SPECS, ['--topic', 'a', 'extra', '--topic', 'b', '--', '--list']);
    expect(opts.valuesOf('topic')).toEqual(['a', 'b']);
    expect(opts.valueOf('time')).toBe('latest');
    expect(opts.nonOptions).toEqual(['extra', '--list']);
    expect(opts.has('list')).toBe(false);
    expect(opts.argCount).toBe(7);
  });

  it('reports unknown options by the name typed (no abbreviations)', () => {
    expect(error(['--zookeeper', 'x']).message).toBe('zookeeper is not a recognized option');
    expect(error(['--top', 'x']).message).toBe('top is not a recognized option');
    expect(error(['-x']).message).toBe('x is not a recognized option');
    expect(error(['--list=1', '--foo=bar']).throwable).toEqual({
      className: 'joptsimple.UnrecognizedOptionException',
      message: 'foo is not a recognized option',
    });
  });

  it('reports a missing argument', () => {
    expect(error(['--topic']).message).toBe('Option topic requires an argument');
  });

  it('reports options used without the options they are available with', () => {
    expect(error(['--members', '--state']).message).toBe(
      'Option(s) [members, state] are unavailable given other options on the command line',
    );
    expect(parseOptions(SPECS, ['--members', '--help']).has('members')).toBe(true);
  });

  it('converts typed values when asked, with joptsimple’s message', () => {
    const opts = parseOptions(SPECS, ['--partitions', 'abc']);
    expect(() => opts.numberValueOf('partitions')).toThrow(
      "Cannot parse argument 'abc' of option partitions",
    );
    expect(parseOptions(SPECS, ['--partitions', '+3']).numberValueOf('partitions')).toBe(3);
  });

  it('refuses valueOf of an option given twice', () => {
    const opts = parseOptions(SPECS, ['--topic', 'a', '--topic', 'b']);
    expect(() => opts.valueOf('topic')).toThrow(
      'Found multiple arguments for option topic, but you asked for only one',
    );
  });
});

describe('Java integers', () => {
  it('follows Integer.valueOf and Long.valueOf', () => {
    expect(parseJavaInteger('007', 'int')).toBe(7);
    expect(parseJavaInteger('-2147483648', 'int')).toBe(-2147483648);
    expect(parseJavaInteger('2147483648', 'int')).toBeNull();
    expect(parseJavaInteger('2147483648', 'long')).toBe(2147483648);
    expect(parseJavaInteger(' 5', 'int')).toBeNull();
    expect(parseJavaInteger('5.0', 'int')).toBeNull();
    expect(parseJavaInteger('', 'long')).toBeNull();
  });
});

describe('CommandLineUtils checks', () => {
  it('names a missing required option as joptsimple prints a spec', () => {
    const opts = parseOptions(SPECS, ['--list']);
    expect(() => checkRequiredArgs(opts, 'topic')).toThrow(
      new UsageError('Missing required argument "[topic]"'),
    );
  });

  it('names the first conflicting option in the order given', () => {
    const opts = parseOptions(SPECS, ['--partitions', '1', '--describe', '--list']);
    expect(() => checkInvalidArgs(opts, 'partitions', ['list', 'describe'])).toThrow(
      'Option "[partitions]" can\'t be used with option "[list]"',
    );
    expect(() => checkInvalidArgs(opts, 'topic', ['list'])).not.toThrow();
  });

  it('orders option sets as Java HashSets of specs do', () => {
    expect(hashSetOrder(['alter', 'create', 'describe', 'list', 'delete'])).toEqual([
      'describe',
      'alter',
      'delete',
      'create',
      'list',
    ]);
    expect(hashSetOrder(['list', 'describe', 'delete', 'reset-offsets'])).toEqual([
      'reset-offsets',
      'describe',
      'delete',
      'list',
    ]);
    expect(hashSetOrder(['group', 'all-groups'])).toEqual(['all-groups', 'group']);
  });

  it('parses key=value properties as parseKeyValueArgs does', () => {
    const props = parseKeyValueArgs(['a=1', 'b=x=y', 'c', 'd=', 'a=2']);
    expect([...props]).toEqual([
      ['a', '2'],
      ['b', 'x=y'],
      ['c', ''],
      ['d', ''],
    ]);
  });
});
