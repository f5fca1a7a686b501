/**
 * Instant, client-side checks of a config value, by Java `ConfigDef`'s rules (parse by type, then
 * Range / ValidString / ValidList), producing both a reason the editor translates and Kafka's own text
 * (`Invalid value 10 for configuration segment.bytes: Value must be at least 14`). The engine checks
 * again when the change is sent and its answer is what counts; config-validate.test.ts keeps the two
 * in agreement.
 */
import type { ConfigMeta, ConfigType } from './config-meta';

export type ConfigProblem =
  | { readonly kind: 'notNumber'; readonly type: ConfigType }
  | { readonly kind: 'notBoolean' }
  | { readonly kind: 'belowMin'; readonly min: number }
  | { readonly kind: 'aboveMax'; readonly max: number }
  | { readonly kind: 'notOneOf'; readonly value: string; readonly allowed: readonly string[] };

export type ConfigCheck =
  | { readonly ok: true /** The value as Kafka stores it (trimmed). */; readonly value: string }
  | {
      readonly ok: false;
      readonly problem: ConfigProblem /** Kafka's ConfigException text. */;
      readonly kafkaText: string;
    };

const INTEGER = /^[+-]?\d+$/;
const DOUBLE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/;

/** Java's String.trim: code points ≤ U+0020 only. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

function fail(meta: ConfigMeta, shown: string, problem: ConfigProblem, reason: string): ConfigCheck {
  return {
    ok: false,
    problem,
    kafkaText: `Invalid value ${shown} for configuration ${meta.name}: ${reason}`,
  };
}

/** Java's Double.toString, which Kafka prints a refused double with: `0.5`, `2.0`, `2.5E9`. */
function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) return Number.isInteger(d) ? `${d}.0` : String(d);
  const [mantissa = '0', exponent = '0'] = d.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/**
 * @example
 *   checkConfigValue(segmentBytes, '10');
 *   // { ok: false, problem: { kind: 'belowMin', min: 14 },
 *   //   kafkaText: 'Invalid value 10 for configuration segment.bytes: Value must be at least 14' }
 */
export function checkConfigValue(meta: ConfigMeta, raw: string): ConfigCheck {
  const trimmed = javaTrim(raw);
  switch (meta.type) {
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      if (lower === 'true' || lower === 'false') return { ok: true, value: lower };
      return fail(meta, raw, { kind: 'notBoolean' }, 'Expected value to be either true or false');
    }
    case 'string': {
      if (meta.allowed && !meta.allowed.includes(trimmed)) {
        const problem = { kind: 'notOneOf', value: trimmed, allowed: meta.allowed } as const;
        return fail(meta, trimmed, problem, `String must be one of: ${meta.allowed.join(', ')}`);
      }
      return { ok: true, value: trimmed };
    }
    case 'list': {
      const entries = trimmed === '' ? [] : trimmed.split(/\s*,\s*/);
      const bad = meta.allowed ? entries.find((e) => !meta.allowed?.includes(e)) : undefined;
      if (bad !== undefined && meta.allowed) {
        const problem = { kind: 'notOneOf', value: bad, allowed: meta.allowed } as const;
        return fail(meta, bad, problem, `String must be one of: ${meta.allowed.join(', ')}`);
      }
      return { ok: true, value: entries.join(',') };
    }
    case 'double': {
      if (!DOUBLE.test(trimmed))
        return fail(meta, raw, { kind: 'notNumber', type: 'double' }, 'Not a number of type DOUBLE');
      const value = Number.parseFloat(trimmed.replace(/[fFdD]$/, ''));
      return checkRange(meta, value, javaDouble(value), trimmed);
    }
    case 'int':
    case 'long': {
      const notNumber = () =>
        fail(
          meta,
          raw,
          { kind: 'notNumber', type: meta.type },
          `Not a number of type ${meta.type.toUpperCase()}`,
        );
      if (!INTEGER.test(trimmed)) return notNumber();
      const big = BigInt(trimmed);
      const bits = BigInt(meta.type === 'int' ? 31 : 63);
      if (big < -(1n << bits) || big >= 1n << bits) return notNumber();
      return checkRange(meta, Number(big), big.toString(), big.toString());
    }
  }
}

function checkRange(meta: ConfigMeta, value: number, shown: string, normalized: string): ConfigCheck {
  if (meta.min !== undefined && value < meta.min)
    return fail(meta, shown, { kind: 'belowMin', min: meta.min }, `Value must be at least ${meta.min}`);
  if (meta.max !== undefined && value > meta.max)
    return fail(meta, shown, { kind: 'aboveMax', max: meta.max }, `Value must be no more than ${meta.max}`);
  return { ok: true, value: normalized };
}
