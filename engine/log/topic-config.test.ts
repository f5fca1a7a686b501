import { describe, expect, it } from 'vitest';
import { javaDoubleToString } from './config-parse';
import { DEFAULT_LOG_CONFIG, effectiveSegmentMs, LONG_MAX_VALUE, randomSegmentJitterMs } from './log-config';
import { logConfigWith, parseTopicConfig, TOPIC_CONFIGS, topicConfigDef } from './topic-config';

const errorOf = (entries: Record<string, string>): string => {
  try {
    parseTopicConfig(entries);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseTopicConfig', () => {
  it('parses Kafka names into typed fields', () => {
    expect(
      parseTopicConfig({
        'segment.bytes': '1000',
        'retention.ms': '-1',
        'cleanup.policy': 'compact, delete',
        'min.cleanable.dirty.ratio': '0.1',
        'message.timestamp.type': 'LogAppendTime',
        'unclean.leader.election.enable': 'TRUE',
        'max.compaction.lag.ms': '9223372036854775807',
      }),
    ).toEqual({
      segmentBytes: 1000,
      retentionMs: -1,
      cleanupPolicy: ['compact', 'delete'],
      minCleanableDirtyRatio: 0.1,
      messageTimestampType: 'LogAppendTime',
      uncleanLeaderElectionEnable: true,
      maxCompactionLagMs: LONG_MAX_VALUE,
    });
  });

  it('reports values with Kafka’s ConfigException text', () => {
    expect(errorOf({ 'segment.bytes': '10' })).toBe(
      'Invalid value 10 for configuration segment.bytes: Value must be at least 14',
    );
    expect(errorOf({ 'segment.bytes': '14' })).toBe('no error');
    expect(errorOf({ 'segment.index.bytes': '3' })).toBe(
      'Invalid value 3 for configuration segment.index.bytes: Value must be at least 4',
    );
    expect(errorOf({ 'retention.ms': '-2' })).toBe(
      'Invalid value -2 for configuration retention.ms: Value must be at least -1',
    );
    expect(errorOf({ 'retention.ms': 'abc' })).toBe(
      'Invalid value abc for configuration retention.ms: Not a number of type LONG',
    );
    expect(errorOf({ 'segment.bytes': '2147483648' })).toBe(
      'Invalid value 2147483648 for configuration segment.bytes: Not a number of type INT',
    );
    expect(errorOf({ 'min.cleanable.dirty.ratio': '2' })).toBe(
      'Invalid value 2.0 for configuration min.cleanable.dirty.ratio: Value must be no more than 1',
    );
    expect(errorOf({ 'cleanup.policy': 'compact,weird' })).toBe(
      'Invalid value weird for configuration cleanup.policy: String must be one of: compact, delete',
    );
    expect(errorOf({ 'message.timestamp.type': 'Now' })).toBe(
      'Invalid value Now for configuration message.timestamp.type: String must be one of: CreateTime, LogAppendTime',
    );
    expect(errorOf({ preallocate: 'maybe' })).toBe(
      'Invalid value maybe for configuration preallocate: Expected value to be either true or false',
    );
    expect(errorOf({ 'index.interval.bytes': '-1' })).toBe(
      'Invalid value -1 for configuration index.interval.bytes: Value must be at least 0',
    );
  });

  it('rejects unknown names before looking at values, and checks the compaction-lag pair', () => {
    expect(errorOf({ foo: '1', 'segment.bytes': '1' })).toBe('Unknown topic config name: foo');
    expect(errorOf({ 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' })).toBe(
      'conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)',
    );
  });

  it('reports the first invalid value in Kafka’s definition order', () => {
    expect(errorOf({ 'retention.ms': '-5', 'segment.ms': '0' })).toMatch(/segment\.ms/);
  });

  it('has a row for every LogConfig field, defaults equal to DEFAULT_LOG_CONFIG', () => {
    for (const [field, value] of Object.entries(DEFAULT_LOG_CONFIG)) {
      const row = TOPIC_CONFIGS.find((c) => c.field === field);
      expect(row?.defaultValue, field).toEqual(value);
    }
    expect(topicConfigDef('segment.bytes')?.synonym).toBe('log.segment.bytes');
  });

  it('applies overrides to a LogConfig', () => {
    const config = logConfigWith(parseTopicConfig({ 'retention.ms': '60000', 'min.insync.replicas': '2' }));
    expect(config.retentionMs).toBe(60_000);
    expect('minInSyncReplicas' in config).toBe(false);
  });
});

describe('derived settings', () => {
  it('jitter is abs(nextInt) % min(segment.jitter.ms, segment.ms), 0 when off', () => {
    const config = { ...DEFAULT_LOG_CONFIG, segmentMs: 1000, segmentJitterMs: 5000 };
    expect(randomSegmentJitterMs(config, () => -2345)).toBe(345);
    expect(randomSegmentJitterMs(config, () => -2147483648)).toBe(0);
    let drawn = false;
    expect(
      randomSegmentJitterMs(DEFAULT_LOG_CONFIG, () => {
        drawn = true;
        return 7;
      }),
    ).toBe(0);
    expect(drawn).toBe(false);
  });

  it('compacted topics roll by min(segment.ms, max.compaction.lag.ms)', () => {
    expect(
      effectiveSegmentMs({ ...DEFAULT_LOG_CONFIG, cleanupPolicy: ['compact'], maxCompactionLagMs: 1000 }),
    ).toBe(1000);
    expect(effectiveSegmentMs({ ...DEFAULT_LOG_CONFIG, maxCompactionLagMs: 1000 })).toBe(604_800_000);
  });

  it('prints doubles as Java does', () => {
    expect([2, 0.5, 1e-5, 1e7, Number.NaN].map(javaDoubleToString)).toEqual([
      '2.0',
      '0.5',
      '1.0E-5',
      '1.0E7',
      'NaN',
    ]);
  });
});
