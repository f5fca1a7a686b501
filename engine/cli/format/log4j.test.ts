import { describe, expect, it } from 'vitest';
import { executionException, log4jEvent, log4jTimestamp, stackTraceLines, throwableToString } from './log4j';

const T = Date.UTC(2026, 0, 5, 9, 0, 0, 123);

describe('log4j lines', () => {
  it('formats %d as ISO8601 with a comma before the milliseconds, in UTC', () => {
    expect(log4jTimestamp(T)).toBe('2026-01-05 09:00:00,123');
    expect(log4jTimestamp(Date.UTC(2026, 11, 31, 23, 59, 59, 7))).toBe('2026-12-31 23:59:59,007');
  });

  it('prints [%d] %p %m (%c) and then the throwable', () => {
    expect(log4jEvent(T, 'ERROR', 'boom', 'a.B')).toBe('[2026-01-05 09:00:00,123] ERROR boom (a.B)\n');
    expect(log4jEvent(T, 'WARN', 'm', 'a.B', { className: 'x.Y', message: 'why' })).toBe(
      '[2026-01-05 09:00:00,123] WARN m (a.B)\nx.Y: why\n',
    );
  });
});

describe('Java throwables', () => {
  it('toString is the class alone when there is no message', () => {
    expect(
      throwableToString({ className: 'org.apache.kafka.common.errors.TimeoutException', message: null }),
    ).toBe('org.apache.kafka.common.errors.TimeoutException');
  });

  it('an ExecutionException carries its cause in the message and as Caused by', () => {
    const cause = { className: 'a.Cause', message: 'x' };
    expect(stackTraceLines(executionException(cause))).toEqual([
      'java.util.concurrent.ExecutionException: a.Cause: x',
      'Caused by: a.Cause: x',
    ]);
  });
});
