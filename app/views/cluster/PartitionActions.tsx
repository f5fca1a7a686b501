/**
 * The selected partition: its leader, epoch, offsets, replicas (role, ISR, LEO, HW, lag) and the two
 * leader elections Kafka's `kafka-leader-election` tool offers. An election that cannot run now is
 * greyed out with Kafka's reason (the partition record's `preferredElectionBlocked` /
 * `uncleanElectionBlocked` error name, explained in words).
 */
import { partitionViewId, replicaViewId, topicViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { formatDuration } from '../../format';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { ActionButton } from './ActionButton';
import { electionBlockedReason, partitionLabel, replicaCellText } from './cluster-labels';
import { useClusterCommand } from './use-cluster-command';

export function PartitionActions({ topic, partition }: { topic: string; partition: number }) {
  const { t, lang } = useT();
  const run = useClusterCommand();
  const p = useAppStore((s) => recordOf(s, 'partition', partitionViewId(topic, partition)));
  const topicRecord = useAppStore((s) => recordOf(s, 'topic', topicViewId(topic)));
  const replicaMap = useAppStore((s) => s.kinds.replica);
  if (p === undefined) return null;

  const name = `${topic}-${partition}`;
  const preferred = p.replicas[0];
  const explain = (error: string | null, type: 'preferred' | 'unclean') =>
    error === null ? null : `${error}: ${electionBlockedReason(t, error, type, preferred)}`;
  const elect = (electionType: 'PREFERRED' | 'UNCLEAN') =>
    run(
      { type: 'elect-leaders', electionType, partitions: [{ topic, partition }] },
      t('cluster.partitionActions.done', { type: electionType, name }),
    );
  return (
    <div className="cluster-actions-body">
      <h3>{partitionLabel(t, p)}</h3>
      <p className="cluster-facts">
        {t('cluster.partitionActions.facts', {
          epoch: p.leaderEpoch,
          leo: p.logEndOffset,
          hw: p.highWatermark,
          lso: p.logStartOffset,
        })}
        {topicRecord &&
          ` · ${t('cluster.partitionActions.minIsr', {
            min: topicRecord.minInsyncReplicas,
            unclean: String(topicRecord.uncleanLeaderElectionEnable),
          })}`}
      </p>
      <table className="cluster-replicas">
        <caption>{t('cluster.partitionActions.replicas')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cluster.col.broker')}</th>
            <th scope="col">{t('cluster.col.role')}</th>
            <th scope="col">LEO</th>
            <th scope="col">HW</th>
            <th scope="col">{t('cluster.col.lag')}</th>
          </tr>
        </thead>
        <tbody>
          {p.replicas.map((brokerId) => {
            const r = replicaMap?.get(replicaViewId(topic, partition, brokerId));
            if (r === undefined || r.kind !== 'replica') return null;
            return (
              <tr key={brokerId}>
                <th scope="row">{t('cluster.broker.name', { id: brokerId })}</th>
                <td>{replicaCellText(t, r)}</td>
                <td>{r.role === 'offline' ? '' : r.logEndOffset}</td>
                <td>{r.role === 'offline' ? '' : r.highWatermark}</td>
                <td>
                  {r.lagMs === null
                    ? ''
                    : t('cluster.partitionActions.lagOf', {
                        lag: formatDuration(lang, r.lagMs),
                        max: formatDuration(lang, r.replicaLagTimeMaxMs),
                      })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="cluster-action-list">
        <ActionButton
          label={t('cluster.partitionActions.preferred')}
          hint={t('cluster.partitionActions.preferredHint', { id: preferred ?? '?' })}
          blocked={explain(p.preferredElectionBlocked, 'preferred')}
          onAct={() => elect('PREFERRED')}
        />
        <ActionButton
          label={t('cluster.partitionActions.unclean')}
          hint={t('cluster.partitionActions.uncleanHint')}
          blocked={explain(p.uncleanElectionBlocked, 'unclean')}
          danger
          onAct={() => elect('UNCLEAN')}
        />
      </div>
    </div>
  );
}
