/**
 * A small command-line option parser that behaves like joptsimple 5.0.4, the parser every Kafka 3.9
 * tool uses (through `CommandDefaultOptions`, which turns abbreviations off):
 *
 * - `--name value`, `--name=value`, and `-name value` (a single hyphen works when the whole word is a
 *   known option); an option that requires an argument takes the next word whatever it looks like
 *   (`--time -1`), an optional argument only a word that does not start with `-`;
 * - repeated options keep every value; `valueOf` of an option given twice is an error;
 * - words that are not options are collected and ignored by the tools; `--` ends the options;
 * - typed values (`ofType(Integer.class)`) convert lazily, when the tool asks for them, so the tool
 *   decides where a conversion error surfaces.
 *
 * Errors carry joptsimple's texts. `UsageError` is `CommandLineUtils.printUsageAndExit`: the tools print
 * its message on stderr and then the whole option help screen; the simulator prints the message only
 * (the help screen is several screens of option descriptions — see tools/tool.ts `printUsageError`).
 */

import { hashMapCapacity, hashSetCapacity, javaHashOrder, optionSpecHash } from './format/java-hash-map';
import type { JavaThrowable } from './format/log4j';

export interface OptionSpec {
  readonly name: string;
  /** `withRequiredArg()`, `withOptionalArg()`, or a flag. */
  readonly arg: 'none' | 'required' | 'optional';
  /** `ofType(Integer.class)` / `ofType(Long.class)`; strings otherwise. */
  readonly type?: 'int' | 'long';
  /** `defaultsTo(...)`: what `valueOf` returns when the option is absent. */
  readonly defaultValue?: string;
  /** `availableIf(...)`: the option may only be used together with one of these. */
  readonly availableIf?: readonly string[];
}

/** A joptsimple `OptionException` (its Java class is `joptsimple.<kind>`). */
export class OptionException extends Error {
  constructor(
    readonly kind:
      | 'UnrecognizedOptionException'
      | 'OptionMissingRequiredArgumentException'
      | 'OptionArgumentConversionException'
      | 'MultipleArgumentsForOptionException'
      | 'UnavailableOptionException',
    message: string,
  ) {
    super(message);
    this.name = kind;
  }

  get throwable(): JavaThrowable {
    return { className: `joptsimple.${this.kind}`, message: this.message };
  }
}

/** `CommandLineUtils.printUsageAndExit(parser, message)`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;
const LONG_MIN = -9223372036854775808n;
const LONG_MAX = 9223372036854775807n;

/**
 * Java's `Integer.valueOf` / `Long.valueOf` of `text`, or null when Java would throw.
 *
 * @example
 *   parseJavaInteger('+7', 'int'); // 7
 *   parseJavaInteger('2147483648', 'int'); // null
 */
export function parseJavaInteger(text: string, type: 'int' | 'long'): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const value = BigInt(text);
  const [min, max] = type === 'int' ? [INT_MIN, INT_MAX] : [LONG_MIN, LONG_MAX];
  if (value < min || value > max) return null;
  return Number(value);
}

/** The options found on one command line (joptsimple's `OptionSet`). */
export class ParsedOptions {
  constructor(
    private readonly specs: ReadonlyMap<string, OptionSpec>,
    private readonly values: ReadonlyMap<string, readonly string[]>,
    /** Words that are not options, in order (the tools ignore them). */
    readonly nonOptions: readonly string[],
    /** How many words the command line had (`args.length`). */
    readonly argCount: number,
  ) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** Every value given for `name`, in order (`valuesOf`). */
  valuesOf(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  /** The one value of `name`, its default when absent, or undefined (`valueOf`). */
  valueOf(name: string): string | undefined {
    const given = this.values.get(name);
    if (given === undefined || given.length === 0) return this.specs.get(name)?.defaultValue;
    if (given.length > 1) {
      throw new OptionException(
        'MultipleArgumentsForOptionException',
        `Found multiple arguments for option ${name}, but you asked for only one`,
      );
    }
    return given[0];
  }

  /** `valueOf` converted to the option's number type; throws joptsimple's conversion error. */
  numberValueOf(name: string): number | undefined {
    const text = this.valueOf(name);
    if (text === undefined) return undefined;
    const value = parseJavaInteger(text, this.specs.get(name)?.type ?? 'long');
    if (value === null) {
      throw new OptionException(
        'OptionArgumentConversionException',
        `Cannot parse argument '${text}' of option ${name}`,
      );
    }
    return value;
  }
}

/**
 * Parses `args` (without the program name) against `specs`.
 *
 * @example
 *   parseOptions([{ name: 'topic', arg: 'required' }], ['--topic', 'demo']).valueOf('topic'); // 'demo'
 */
export function parseOptions(specs: readonly OptionSpec[], args: readonly string[]): ParsedOptions {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = new Map<string, string[]>();
  const nonOptions: string[] = [];
  const add = (name: string, value: string | null) => {
    const list = values.get(name) ?? [];
    if (value !== null) list.push(value);
    values.set(name, list);
  };
  let i = 0;
  const take = (spec: OptionSpec, inline: string | null) => {
    if (spec.arg === 'none' || inline !== null) return add(spec.name, spec.arg === 'none' ? null : inline);
    const next = args[i];
    if (spec.arg === 'required') {
      if (next === undefined) {
        throw new OptionException(
          'OptionMissingRequiredArgumentException',
          `Option ${spec.name} requires an argument`,
        );
      }
      i++;
      return add(spec.name, next);
    }
    if (next !== undefined && !next.startsWith('-')) {
      i++;
      return add(spec.name, next);
    }
    add(spec.name, null);
  };
  while (i < args.length) {
    const word = args[i++] as string;
    if (word === '--') {
      nonOptions.push(...args.slice(i));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      nonOptions.push(word);
      continue;
    }
    const body = word.startsWith('--') ? word.slice(2) : word.slice(1);
    const eq = body.indexOf('=');
    const key = eq < 0 ? body : body.slice(0, eq);
    const spec = byName.get(key);
    if (spec === undefined) {
      // A single-hyphen word that is no option is read as a cluster of one-letter options; the tools
      // define none, so its first letter is the one reported.
      const reported = word.startsWith('--') ? key : body.slice(0, 1);
      throw new OptionException('UnrecognizedOptionException', `${reported} is not a recognized option`);
    }
    take(spec, eq < 0 ? null : body.slice(eq + 1));
  }
  ensureAllowedOptions(specs, values);
  return new ParsedOptions(byName, values, nonOptions, args.length);
}

/**
 * joptsimple's `ensureAllowedOptions`: options used without any option they are `availableIf` are
 * reported together, in the iteration order of the parser's `HashMap` of those rules (skipped when a
 * help option is present).
 */
function ensureAllowedOptions(specs: readonly OptionSpec[], values: ReadonlyMap<string, unknown>): void {
  if (values.has('help') || values.has('version')) return;
  const rules = specs.filter((s) => s.availableIf !== undefined).map((s) => s.name);
  const forbidden = javaHashOrder(rules, optionSpecHash, hashMapCapacity(rules.length)).filter((name) => {
    const spec = specs.find((s) => s.name === name);
    return values.has(name) && !(spec?.availableIf ?? []).some((other) => values.has(other));
  });
  if (forbidden.length > 0) {
    throw new OptionException(
      'UnavailableOptionException',
      `Option(s) [${forbidden.join(', ')}] are unavailable given other options on the command line`,
    );
  }
}

/** joptsimple's `OptionSpec.toString()` for a one-name option. */
export function specString(name: string): string {
  return `[${name}]`;
}

/**
 * The order a `new HashSet<>(Arrays.asList(specs…))` iterates option specs (the tools build their
 * "invalid with" sets that way, and some messages list them).
 *
 * @example
 *   hashSetOrder(['list', 'describe', 'delete', 'reset-offsets']);
 */
export function hashSetOrder(names: readonly string[]): string[] {
  return javaHashOrder(names, optionSpecHash, hashSetCapacity(names.length));
}

/**
 * `CommandLineUtils.checkRequiredArgs`.
 *
 * @example
 *   checkRequiredArgs(opts, 'topic'); // throws UsageError('Missing required argument "[topic]"') if absent
 */
export function checkRequiredArgs(opts: ParsedOptions, ...required: readonly string[]): void {
  for (const name of required) {
    if (!opts.has(name)) throw new UsageError(`Missing required argument "${specString(name)}"`);
  }
}

/**
 * `CommandLineUtils.checkInvalidArgs`: `used` may not be combined with any of `invalid`, checked in the
 * order given (pass the Java set's iteration order).
 */
export function checkInvalidArgs(opts: ParsedOptions, used: string, invalid: readonly string[]): void {
  if (!opts.has(used)) return;
  for (const name of invalid) {
    if (opts.has(name)) {
      throw new UsageError(`Option "${specString(used)}" can't be used with option "${specString(name)}"`);
    }
  }
}

/**
 * `CommandLineUtils.parseKeyValueArgs`: `key=value` words (the value may contain `=`; a missing value
 * is the empty string). Later keys win, as in `java.util.Properties`.
 *
 * @example
 *   parseKeyValueArgs(['parse.key=true', 'key.separator=:']).get('key.separator'); // ':'
 */
export function parseKeyValueArgs(args: readonly string[]): Map<string, string> {
  const props = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq < 0) props.set(arg, '');
    else props.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return props;
}
