/**
 * Durations as `sim` verbs take them: a whole number and a unit, `ms`, `s`, `m`, `h` or `d`.
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Milliseconds in `text`; throws a RangeError that says what is accepted.
 *
 * @example
 *   parseDuration('250ms'); // 250
 *   parseDuration('7d'); // 604800000
 */
export function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  const unit = m === null ? undefined : UNIT_MS[m[2] as string];
  if (m === null || unit === undefined) {
    throw new RangeError(
      `invalid duration '${text}': expected a whole number followed by ms, s, m, h or d (e.g. 250ms, 30s, 2h, 7d)`,
    );
  }
  const ms = Number(m[1]) * unit;
  if (!Number.isSafeInteger(ms)) throw new RangeError(`duration '${text}' is too long`);
  return ms;
}
