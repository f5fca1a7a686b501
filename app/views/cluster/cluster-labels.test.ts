import { describe, expect, it } from 'vitest';
import { type Lang, translate } from '../../i18n/i18n';
import {
  brokerLabel,
  electionBlockedReason,
  messageLabel,
  partitionLabel,
  replicaLabel,
  type Translate,
  zookeeperLabel,
} from './cluster-labels';

const tr =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);
const ko = tr('ko');
const en = tr('en');

const broker = {
  brokerId: 2,
  status: 'running' as const,
  lastStop: null,
  isController: false,
  registered: true,
  slowMs: 0,
};

describe('broker names', () => {
  it('say the broker and its state, in the current language', () => {
    expect(brokerLabel(ko, { ...broker, status: 'stopped', lastStop: 'kill' })).toMatch(/^브로커 2 — 중지됨/);
    expect(brokerLabel(en, { ...broker, status: 'stopped', lastStop: 'kill' })).toMatch(
      /^Broker 2 — stopped/,
    );
    expect(brokerLabel(en, broker)).toBe('Broker 2 — running');
    expect(brokerLabel(en, { ...broker, status: 'isolated' })).toBe('Broker 2 — isolated');
  });

  it('add the controller, a delay, how it stopped and a missing ZooKeeper session', () => {
    expect(brokerLabel(en, { ...broker, isController: true, slowMs: 200 })).toBe(
      'Broker 2 — running, controller, slow +200 ms',
    );
    expect(brokerLabel(en, { ...broker, status: 'stopped', lastStop: 'power-off', registered: false })).toBe(
      'Broker 2 — stopped, powered off',
    );
    expect(brokerLabel(ko, { ...broker, registered: false })).toBe('브로커 2 — 실행 중, ZooKeeper 세션 없음');
  });
});

describe('replica names', () => {
  const replica = { topic: 'orders', partition: 0, brokerId: 3, role: 'leader' as const, inIsr: true };

  it('read like the issue’s example', () => {
    expect(replicaLabel(ko, replica, -1)).toBe('orders-0 복제본, 브로커 3, 리더, ISR');
    expect(replicaLabel(en, replica, 4)).toBe('orders-0 replica, broker 3, leader, ISR, epoch 4');
  });

  it('call out a follower out of the ISR and an offline replica', () => {
    expect(replicaLabel(ko, { ...replica, role: 'follower', inIsr: false }, -1)).toBe(
      'orders-0 복제본, 브로커 3, 팔로워, ISR 밖',
    );
    expect(replicaLabel(en, { ...replica, role: 'offline', inIsr: false }, -1)).toBe(
      'orders-0 replica, broker 3, offline, out of sync',
    );
  });
});

describe('partition names', () => {
  it('give the leader, the ISR, the out-of-sync set and the flags', () => {
    const p = {
      topic: 'orders',
      partition: 1,
      leader: 1,
      isr: [1, 2],
      outOfSync: [3],
      underReplicated: true,
      offline: false,
    };
    expect(partitionLabel(en, p)).toBe(
      'Partition orders-1 — leader broker 1, ISR 1, 2, out of sync 3, under-replicated',
    );
    expect(partitionLabel(ko, { ...p, leader: -1, isr: [3], outOfSync: [], offline: true })).toBe(
      '파티션 orders-1 — 리더 없음, ISR 3, 오프라인',
    );
  });
});

describe('message names', () => {
  it('name the API, the direction and the two ends', () => {
    const m = { api: 'Produce', direction: 'request' as const, from: 'client-1', to: 'broker-2', lost: null };
    expect(messageLabel(ko, m)).toBe('Produce 요청, client-1 → broker-2');
    expect(messageLabel(en, { ...m, direction: 'response', from: 'broker-2', to: 'client-1' })).toBe(
      'Produce response, broker-2 → client-1',
    );
    expect(messageLabel(en, { ...m, lost: 'dropped' })).toBe(
      'Produce request, client-1 → broker-2, lost (dropped)',
    );
  });
});

describe('zookeeperLabel', () => {
  it('says whether ZooKeeper is isolated and how many sessions it holds', () => {
    expect(zookeeperLabel(en, { isolated: false, sessions: [1, 2, 3] })).toBe(
      'ZooKeeper — running, 3 broker sessions',
    );
    expect(zookeeperLabel(ko, { isolated: true, sessions: [] })).toBe('ZooKeeper — 격리됨, 브로커 세션 0개');
  });
});

describe('electionBlockedReason', () => {
  it('explains Kafka’s error names in words, per election type', () => {
    expect(electionBlockedReason(en, 'ELECTION_NOT_NEEDED', 'preferred', 1)).toBe(
      'The preferred leader (broker 1) already leads.',
    );
    expect(electionBlockedReason(en, 'ELECTION_NOT_NEEDED', 'unclean', 1)).toMatch(/live leader/);
    expect(electionBlockedReason(ko, 'PREFERRED_LEADER_NOT_AVAILABLE', 'preferred', 2)).toMatch(/브로커 2/);
    expect(electionBlockedReason(en, 'ELIGIBLE_LEADERS_NOT_AVAILABLE', 'unclean', 2)).toMatch(
      /No replica is alive/,
    );
    expect(electionBlockedReason(en, 'SOMETHING_ELSE', 'unclean', 2)).toBe('Kafka refuses it.');
  });
});
