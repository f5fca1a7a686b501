import { describe, expect, it } from 'vitest';
import type { BrokerRecord, TopicRecord } from '../../../engine/view/types';
import {
  type BrokerConfigMeta,
  brokerConfigMeta,
  type TopicConfigMeta,
  topicConfigMeta,
} from './config-meta';
import { brokerConfigValue, clusterValue, topicConfigValue } from './config-values';

const topicMeta = (name: string) => topicConfigMeta(name) as TopicConfigMeta;
const brokerMeta = (name: string) => brokerConfigMeta(name) as BrokerConfigMeta;

function topic(configs: Record<string, string>, minIsr = 1, unclean = false): TopicRecord {
  return {
    kind: 'topic',
    id: 'topic:orders',
    name: 'orders',
    topicId: 'x',
    internal: false,
    partitionCount: 3,
    replicationFactor: 3,
    markedForDeletion: false,
    configs,
    minInsyncReplicas: minIsr,
    uncleanLeaderElectionEnable: unclean,
  };
}

function broker(configs?: Record<string, string>): BrokerRecord {
  const record = {
    kind: 'broker',
    id: 'broker:1',
    brokerId: 1,
    status: 'running',
    lastStop: null,
    isController: true,
    registered: true,
    slowMs: 0,
    leaderCount: 0,
    replicaCount: 0,
    diskBytes: 0,
    retentionCheckIntervalMs: 10_000,
    nextRetentionCheckMs: 0,
    metrics: {},
    pageCacheHitBytes: 0,
    pageCacheMissBytes: 0,
    pageCacheUsedBytes: 0,
    pageCacheBudgetBytes: 0,
    ...(configs === undefined ? {} : { configs }),
  };
  return record as BrokerRecord;
}

describe('topic values', () => {
  it('come from the override, then the broker, then Kafka’s default', () => {
    expect(
      topicConfigValue(topicMeta('retention.ms'), topic({ 'retention.ms': '60000' }), () => null),
    ).toEqual({
      value: '60000',
      source: 'topic',
    });
    expect(
      topicConfigValue(topicMeta('retention.ms'), topic({}), (n) =>
        n === 'log.retention.ms' ? '3600000' : null,
      ),
    ).toEqual({
      value: '3600000',
      source: 'broker',
    });
    expect(topicConfigValue(topicMeta('segment.bytes'), topic({}), () => null)).toEqual({
      value: '1073741824',
      source: 'default',
    });
  });

  it('read the effective min.insync.replicas and unclean election from the record', () => {
    expect(topicConfigValue(topicMeta('min.insync.replicas'), topic({}, 2), () => null)).toEqual({
      value: '2',
      source: 'broker',
    });
    expect(
      topicConfigValue(topicMeta('unclean.leader.election.enable'), topic({}, 1, false), () => null),
    ).toEqual({
      value: 'false',
      source: 'default',
    });
  });
});

describe('broker values', () => {
  it('read what the record carries, and nothing more without the engine’s config list', () => {
    expect(brokerConfigValue(brokerMeta('log.retention.check.interval.ms'), broker(), null)).toBe('10000');
    expect(brokerConfigValue(brokerMeta('replica.lag.time.max.ms'), broker(), 30_000)).toBe('30000');
    expect(brokerConfigValue(brokerMeta('min.insync.replicas'), broker(), null)).toBeNull();
  });

  it('read explicit settings through their synonyms, and defaults for the rest', () => {
    const b = broker({ 'log.retention.hours': '168', 'min.insync.replicas': '2' });
    expect(brokerConfigValue(brokerMeta('log.retention.ms'), b, null)).toBe('604800000');
    expect(brokerConfigValue(brokerMeta('min.insync.replicas'), b, null)).toBe('2');
    expect(brokerConfigValue(brokerMeta('auto.leader.rebalance.enable'), b, null)).toBe('true');
    expect(
      brokerConfigValue(
        brokerMeta('log.retention.ms'),
        broker({ 'log.retention.ms': '-1', 'log.retention.hours': '1' }),
        null,
      ),
    ).toBe('-1');
  });

  it('agree across the cluster or say they differ', () => {
    expect(clusterValue(['1', '1', null])).toBe('1');
    expect(clusterValue(['1', '2'])).toBe('mixed');
    expect(clusterValue([null])).toBeNull();
  });
});
