/**
 * Accessible names of what the cluster view draws, in the current language (pure; Node-tested). Names
 * carry the state, so a screen-reader user hears what a sighted user sees and tests find things as a
 * person would: `브로커 2 — 중지됨`, `orders-0 복제본, 브로커 3, 리더, ISR`,
 * `Produce 요청, client-1 → broker-2`.
 */
import type {
  BrokerRecord,
  MessageRecord,
  PartitionRecord,
  ReplicaRecord,
  ZooKeeperRecord,
} from '../../../engine/view/types';
import type { MessageKey, Params } from '../../i18n/i18n';

export type Translate = (key: MessageKey, params?: Params) => string;

type BrokerState = Pick<
  BrokerRecord,
  'brokerId' | 'status' | 'lastStop' | 'isController' | 'registered' | 'slowMs'
>;

export function brokerStateText(t: Translate, b: BrokerState): string {
  if (b.status === 'stopped') return t('cluster.broker.stopped');
  if (b.status === 'isolated') return t('cluster.broker.isolated');
  return t('cluster.broker.running');
}

export function brokerLabel(t: Translate, b: BrokerState): string {
  const parts = [brokerStateText(t, b)];
  if (b.status === 'stopped' && b.lastStop === 'kill') parts.push(t('cluster.broker.stoppedByKill'));
  if (b.status === 'stopped' && b.lastStop === 'power-off') parts.push(t('cluster.broker.stoppedByPowerOff'));
  if (b.isController) parts.push(t('cluster.broker.controller'));
  if (b.slowMs > 0) parts.push(t('cluster.broker.slow', { ms: b.slowMs }));
  if (b.status !== 'stopped' && !b.registered) parts.push(t('cluster.broker.noSession'));
  return t('cluster.broker.label', { id: b.brokerId, state: parts.join(', ') });
}

export function zookeeperLabel(t: Translate, zk: Pick<ZooKeeperRecord, 'isolated' | 'sessions'>): string {
  const state = zk.isolated ? t('cluster.zk.isolated') : t('cluster.zk.running');
  return t('cluster.zk.label', { state, n: zk.sessions.length });
}

export type ReplicaState = Pick<ReplicaRecord, 'topic' | 'partition' | 'brokerId' | 'role' | 'inIsr'>;

/** The short text inside a replica's cell (a symbol + a word; the symbol alone when narrow). */
export function replicaCellText(t: Translate, r: Pick<ReplicaRecord, 'role' | 'inIsr'>): string {
  if (r.role === 'offline') return t('cluster.cell.offline');
  if (r.role === 'leader') return t('cluster.cell.leader');
  return r.inIsr ? t('cluster.cell.follower') : t('cluster.cell.outOfSync');
}

export function replicaLabel(t: Translate, r: ReplicaState, epoch: number): string {
  const role =
    r.role === 'leader'
      ? t('cluster.replica.leader')
      : r.role === 'follower'
        ? t('cluster.replica.follower')
        : t('cluster.replica.offline');
  const parts = [role, r.inIsr ? t('cluster.replica.inIsr') : t('cluster.replica.outOfSync')];
  if (epoch >= 0) parts.push(t('cluster.replica.epoch', { epoch }));
  return t('cluster.replica.label', {
    name: `${r.topic}-${r.partition}`,
    id: r.brokerId,
    role: parts.join(', '),
  });
}

export type PartitionState = Pick<
  PartitionRecord,
  'topic' | 'partition' | 'leader' | 'isr' | 'outOfSync' | 'underReplicated' | 'offline'
>;

export function partitionLabel(t: Translate, p: PartitionState): string {
  const parts = [
    p.leader >= 0 ? t('cluster.partition.leaderIs', { id: p.leader }) : t('cluster.partition.noLeader'),
    t('cluster.partition.isrList', { list: p.isr.join(', ') }),
  ];
  if (p.outOfSync.length > 0)
    parts.push(t('cluster.partition.outOfSyncList', { list: p.outOfSync.join(', ') }));
  if (p.offline) parts.push(t('cluster.flag.offlineWord'));
  else if (p.underReplicated) parts.push(t('cluster.flag.underReplicatedWord'));
  return t('cluster.partition.label', { name: `${p.topic}-${p.partition}`, state: parts.join(', ') });
}

export function messageLabel(
  t: Translate,
  m: Pick<MessageRecord, 'api' | 'direction' | 'from' | 'to' | 'lost'>,
) {
  const direction =
    m.direction === 'request'
      ? t('cluster.message.request')
      : m.direction === 'response'
        ? t('cluster.message.response')
        : t('cluster.message.zk');
  const label = t('cluster.message.label', { api: m.api, direction, from: m.from, to: m.to });
  if (m.lost === 'isolated') return `${label}, ${t('cluster.message.lostIsolated')}`;
  if (m.lost === 'dropped') return `${label}, ${t('cluster.message.lostDropped')}`;
  return label;
}

/**
 * Why an election cannot run, in words: the partition record names Kafka's error
 * (`preferredElectionBlocked` / `uncleanElectionBlocked`), the UI explains it.
 */
export function electionBlockedReason(
  t: Translate,
  error: string,
  type: 'preferred' | 'unclean',
  preferredLeader: number | undefined,
): string {
  const id = preferredLeader ?? '?';
  switch (error) {
    case 'ELECTION_NOT_NEEDED':
      return type === 'preferred'
        ? t('cluster.blocked.ELECTION_NOT_NEEDED.preferred', { id })
        : t('cluster.blocked.ELECTION_NOT_NEEDED.unclean');
    case 'PREFERRED_LEADER_NOT_AVAILABLE':
      return t('cluster.blocked.PREFERRED_LEADER_NOT_AVAILABLE', { id });
    case 'ELIGIBLE_LEADERS_NOT_AVAILABLE':
      return t('cluster.blocked.ELIGIBLE_LEADERS_NOT_AVAILABLE');
    case 'UNKNOWN_TOPIC_OR_PARTITION':
      return t('cluster.blocked.UNKNOWN_TOPIC_OR_PARTITION');
    default:
      return t('cluster.blocked.other');
  }
}
