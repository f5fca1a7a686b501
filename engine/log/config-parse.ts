/**
 * Java `ConfigDef` parsing and validation, reproduced for topic configs: string → typed value with
 * Kafka's own error texts (`Invalid value X for configuration NAME: REASON`).
 */
import { LONG_MAX_VALUE } from './log-config';

export type ConfigType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'list';
export type ConfigValue = number | boolean | string | readonly string[];

/** Returns Kafka's reason text when `value` is invalid, or null. */
export type ConfigValidator = (value: ConfigValue) => string | null;

/**
 * Kafka's `ConfigException(name, value, message)`; its message is what the CLI and admin client show.
 *
 * @example
 *   new ConfigException('segment.bytes', '10', 'Value must be at least 14').message;
 *   // 'Invalid value 10 for configuration segment.bytes: Value must be at least 14'
 */
export class ConfigException extends Error {
  constructor(
    readonly configName: string,
    value: string,
    reason: string,
  ) {
    super(`Invalid value ${value} for configuration ${configName}: ${reason}`);
    this.name = 'ConfigException';
  }
}

/** Kafka's `InvalidConfigurationException` (error INVALID_CONFIG), e.g. for an unknown config name. */
export class InvalidConfigurationException extends Error {
  readonly errorCode = 'INVALID_CONFIG';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigurationException';
  }
}

const INTEGER = /^[+-]?\d+$/;
// Java's Double.parseDouble: decimal or scientific, NaN, Infinity, an optional f/d suffix.
const DOUBLE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/;

/** Parses `raw` as ConfigDef.parseType does for a String input; throws {@link ConfigException}. */
export function parseConfigValue(name: string, type: ConfigType, raw: string): ConfigValue {
  const trimmed = javaTrim(raw);
  switch (type) {
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      throw new ConfigException(name, raw, 'Expected value to be either true or false');
    }
    case 'string':
      return trimmed;
    case 'list':
      return trimmed === '' ? [] : trimmed.split(/\s*,\s*/);
    case 'int':
    case 'long':
      return parseInteger(name, type, raw, trimmed);
    case 'double':
      if (!DOUBLE.test(trimmed)) throw new ConfigException(name, raw, 'Not a number of type DOUBLE');
      return Number.parseFloat(trimmed.replace(/[fFdD]$/, '').replace(/^([+-]?)Infinity$/, '$1Infinity'));
  }
}

function parseInteger(name: string, type: 'int' | 'long', raw: string, trimmed: string): number {
  if (!INTEGER.test(trimmed))
    throw new ConfigException(name, raw, `Not a number of type ${type.toUpperCase()}`);
  const big = BigInt(trimmed);
  const bits = type === 'int' ? 32 : 64;
  if (big < -(1n << BigInt(bits - 1)) || big >= 1n << BigInt(bits - 1)) {
    throw new ConfigException(name, raw, `Not a number of type ${type.toUpperCase()}`);
  }
  // Longs beyond 2^53 (in practice only Long.MAX_VALUE) become LONG_MAX_VALUE: see its doc.
  if (big > BigInt(LONG_MAX_VALUE)) return LONG_MAX_VALUE;
  if (big < -BigInt(LONG_MAX_VALUE)) return -LONG_MAX_VALUE;
  return Number(big);
}

/** Java's String.trim: strips code points ≤ U+0020 only. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

/** How Java prints a parsed value in a ConfigException (Long/Integer decimal, Double.toString). */
export function formatConfigValue(type: ConfigType, value: ConfigValue): string {
  if (typeof value === 'number' && type === 'double') return javaDoubleToString(value);
  // Java's List.toString.
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

/** Java's Double.toString for the values a config can hold: `2.0`, `0.5`, `1.0E-5`, `NaN`. */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) return Number.isInteger(d) ? `${d}.0` : String(d);
  const [mantissa = '0', exponent = '0'] = d.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${Number(exponent)}`;
}

/** `ConfigDef.Range.atLeast(min)`. */
export function atLeast(min: number): ConfigValidator {
  return (value) => (typeof value === 'number' && value < min ? `Value must be at least ${min}` : null);
}

/** `ConfigDef.Range.between(min, max)`; NaN passes, as in Java (both comparisons are false). */
export function between(min: number, max: number): ConfigValidator {
  return (value) => {
    if (typeof value !== 'number') return null;
    if (value < min) return `Value must be at least ${min}`;
    if (value > max) return `Value must be no more than ${max}`;
    return null;
  };
}

/** `ConfigDef.ValidString.in(...)`. */
export function oneOf(...allowed: string[]): ConfigValidator {
  return (value) =>
    typeof value === 'string' && !allowed.includes(value)
      ? `String must be one of: ${allowed.join(', ')}`
      : null;
}

/**
 * `ConfigDef.ValidList.in(...)`: every entry must be allowed. Kafka reports the first bad entry as the
 * value, so the validator returns `[badEntry, reason]` through {@link listEntryError}.
 */
export function listOf(...allowed: string[]): ConfigValidator {
  return (value) => {
    if (!Array.isArray(value)) return null;
    const bad = value.find((entry) => !allowed.includes(entry));
    return bad === undefined ? null : listEntryError(bad, `String must be one of: ${allowed.join(', ')}`);
  };
}

const ENTRY_SEPARATOR = '\u0000';

/** Encodes "this list entry is the offending value" for {@link validationFailure}. */
function listEntryError(entry: string, reason: string): string {
  return `${entry}${ENTRY_SEPARATOR}${reason}`;
}

/** Builds the ConfigException for a validator's failure, naming the value the way Kafka does. */
export function validationFailure(
  name: string,
  type: ConfigType,
  value: ConfigValue,
  reason: string,
): ConfigException {
  const split = reason.indexOf(ENTRY_SEPARATOR);
  if (split >= 0) return new ConfigException(name, reason.slice(0, split), reason.slice(split + 1));
  return new ConfigException(name, formatConfigValue(type, value), reason);
}
