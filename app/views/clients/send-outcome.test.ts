import { describe, expect, it } from 'vitest';
import type { SendRecord } from '../../../engine/view/types';
import { sendState, whyKey } from './send-outcome';

const base: SendRecord = {
  kind: 'send',
  id: 'send:0',
  seq: 0,
  topic: 'orders',
  key: 'k',
  value: 'v',
  acks: 'all',
  partition: 1,
  sentMs: 1000,
  done: false,
  offset: -1,
  error: null,
  errorMessage: null,
  auto: false,
};

describe('sendState', () => {
  it('waits, or says it is retrying after a retriable error', () => {
    expect(sendState(base, null)).toBe('waiting');
    expect(sendState(base, 'NOT_ENOUGH_REPLICAS')).toBe('retrying');
  });

  it('tells an acknowledged send from an acks=0 one that never hears back', () => {
    expect(sendState({ ...base, done: true, offset: 42 }, null)).toBe('acknowledged');
    expect(sendState({ ...base, acks: '0', done: true, offset: -1 }, null)).toBe('unacknowledged');
  });

  it('reports a failure even if an older retry was seen', () => {
    const failed = {
      ...base,
      done: true,
      error: 'NOT_ENOUGH_REPLICAS',
      errorMessage: 'Messages are rejected…',
    };
    expect(sendState(failed, 'NOT_ENOUGH_REPLICAS')).toBe('failed');
  });
});

describe('whyKey', () => {
  it('explains the errors a learner meets, and only those', () => {
    expect(whyKey('NOT_ENOUGH_REPLICAS')).toBe('clients.why.NOT_ENOUGH_REPLICAS');
    expect(whyKey('RECORD_LIST_TOO_LARGE')).toBe('clients.why.MESSAGE_TOO_LARGE');
    expect(whyKey('SOMETHING_ELSE')).toBeNull();
  });
});
