/**
 * What Kafka's tools print through log4j and `Throwable.printStackTrace`. The tools' log4j config
 * (config/tools-log4j.properties) sends WARN and above to stderr with the pattern `[%d] %p %m (%c)%n`;
 * `%d` is log4j's ISO8601 form `yyyy-MM-dd HH:mm:ss,SSS`, here the simulated clock in UTC. A throwable
 * passed to the logger is printed after the line, as `printStackTrace` does.
 *
 * Stack frames (`\tat …`) are left out: Kafka's own exceptions (every `ApiException`) carry none, so
 * those lines are exact; for the few JVM exceptions the tools let through (IllegalArgumentException,
 * joptsimple's exceptions) the frames depend on the build and the JVM and would only be noise.
 */

/** A Java exception as `printStackTrace` would show it. */
export interface JavaThrowable {
  /** Fully qualified class name, e.g. `org.apache.kafka.common.errors.TopicExistsException`. */
  readonly className: string;
  /** `getMessage()`; null prints the class name alone, as `Throwable.toString` does. */
  readonly message: string | null;
  readonly cause?: JavaThrowable;
}

/**
 * `Throwable.toString()`.
 *
 * @example
 *   throwableToString({ className: 'java.lang.IllegalStateException', message: null }); // 'java.lang.IllegalStateException'
 */
export function throwableToString(t: JavaThrowable): string {
  return t.message === null ? t.className : `${t.className}: ${t.message}`;
}

/**
 * The lines of `printStackTrace()` without frames: the throwable, then each cause as `Caused by: …`.
 *
 * @example
 *   stackTraceLines({ className: 'a.B', message: 'x', cause: { className: 'c.D', message: 'y' } });
 *   // ['a.B: x', 'Caused by: c.D: y']
 */
export function stackTraceLines(t: JavaThrowable): string[] {
  const lines = [throwableToString(t)];
  for (let cause = t.cause; cause !== undefined; cause = cause.cause) {
    lines.push(`Caused by: ${throwableToString(cause)}`);
  }
  return lines;
}

/** `ExecutionException` wrapping `cause`, as `Future.get()` throws it: its message is `cause.toString()`. */
export function executionException(cause: JavaThrowable): JavaThrowable {
  return { className: 'java.util.concurrent.ExecutionException', message: throwableToString(cause), cause };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * log4j's ISO8601 `%d` of `nowMs`, in UTC.
 *
 * @example
 *   log4jTimestamp(Date.UTC(2026, 0, 5, 9, 0, 0, 123)); // '2026-01-05 09:00:00,123'
 */
export function log4jTimestamp(nowMs: number): string {
  const d = new Date(nowMs);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  return `${date} ${time},${pad(d.getUTCMilliseconds(), 3)}`;
}

/**
 * One log4j event as the tools print it: `[%d] %p %m (%c)%n`, then the throwable's lines, if any. The
 * result is text with a trailing newline (the message itself may span lines).
 *
 * @example
 *   log4jEvent(0, 'ERROR', 'boom', 'org.apache.kafka.tools.TopicCommand');
 *   // '[1970-01-01 00:00:00,000] ERROR boom (org.apache.kafka.tools.TopicCommand)\n'
 */
export function log4jEvent(
  nowMs: number,
  level: 'ERROR' | 'WARN',
  message: string,
  logger: string,
  throwable?: JavaThrowable,
): string {
  const line = `[${log4jTimestamp(nowMs)}] ${level} ${message} (${logger})\n`;
  if (throwable === undefined) return line;
  return `${line}${stackTraceLines(throwable).join('\n')}\n`;
}
