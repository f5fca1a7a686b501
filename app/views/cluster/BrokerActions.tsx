/**
 * What a user can do to the selected broker (or ZooKeeper): kill -9, power off, restart, isolate /
 * heal, slow down. Each action that cannot apply now is greyed out with the reason.
 */
import { brokerViewId, ZOOKEEPER_ID } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { formatBytes, formatSimTimeShort } from '../../format';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { ActionButton } from './ActionButton';
import { brokerLabel, zookeeperLabel } from './cluster-labels';
import { useClusterCommand } from './use-cluster-command';

/** The step the "slow" button adds to a broker's delay. */
export const SLOW_STEP_MS = 200;

const selectAnyIsolated = (s: AppState) =>
  (recordOf(s, 'zookeeper', ZOOKEEPER_ID)?.isolated ?? false) ||
  [...(s.kinds.broker?.values() ?? [])].some((b) => b.status === 'isolated');

export function BrokerActions({ brokerId }: { brokerId: number }) {
  const { t, lang } = useT();
  const run = useClusterCommand();
  const b = useAppStore((s) => recordOf(s, 'broker', brokerViewId(brokerId)));
  const anyIsolated = useAppStore(selectAnyIsolated);
  if (b === undefined) return null;

  const stopped = b.status === 'stopped';
  const alreadyStopped = stopped ? t('cluster.brokerActions.alreadyStopped') : null;
  const nothingIsolated = anyIsolated ? null : t('cluster.brokerActions.nothingIsolated');
  return (
    <div className="cluster-actions-body">
      <h3>{brokerLabel(t, b)}</h3>
      <p className="cluster-facts">
        {t('cluster.brokerActions.facts', {
          leaders: b.leaderCount,
          replicas: b.replicaCount,
          disk: formatBytes(lang, b.diskBytes),
        })}
        {b.nextRetentionCheckMs >= 0 &&
          ` · ${t('cluster.broker.retentionAt', { time: formatSimTimeShort(lang, b.nextRetentionCheckMs) })}`}
      </p>
      <div className="cluster-action-list">
        <ActionButton
          label={t('cluster.brokerActions.kill')}
          hint={t('cluster.brokerActions.killHint')}
          blocked={alreadyStopped}
          danger
          onAct={() =>
            run({ type: 'kill-broker', id: brokerId }, t('cluster.brokerActions.done.kill', { id: brokerId }))
          }
        />
        <ActionButton
          label={t('cluster.brokerActions.powerOff')}
          hint={t('cluster.brokerActions.powerOffHint')}
          blocked={alreadyStopped}
          danger
          onAct={() =>
            run(
              { type: 'power-off-broker', id: brokerId },
              t('cluster.brokerActions.done.powerOff', { id: brokerId }),
            )
          }
        />
        <ActionButton
          label={t('cluster.brokerActions.start')}
          blocked={stopped ? null : t('cluster.brokerActions.alreadyRunning')}
          onAct={() =>
            run(
              { type: 'start-broker', id: brokerId },
              t('cluster.brokerActions.done.start', { id: brokerId }),
            )
          }
        />
        <ActionButton
          label={t('cluster.brokerActions.isolate')}
          blocked={
            alreadyStopped ?? (b.status === 'isolated' ? t('cluster.brokerActions.alreadyIsolated') : null)
          }
          onAct={() =>
            run(
              { type: 'isolate', node: brokerId },
              t('cluster.brokerActions.done.isolate', { id: brokerId }),
            )
          }
        />
        <ActionButton
          label={t('cluster.brokerActions.heal')}
          blocked={nothingIsolated}
          onAct={() => run({ type: 'heal' }, t('cluster.brokerActions.done.heal'))}
        />
        <ActionButton
          label={t('cluster.brokerActions.slow', { ms: SLOW_STEP_MS })}
          blocked={alreadyStopped}
          onAct={() =>
            run(
              { type: 'slow', id: brokerId, delayMs: b.slowMs + SLOW_STEP_MS },
              t('cluster.brokerActions.done.slow', { id: brokerId, ms: b.slowMs + SLOW_STEP_MS }),
            )
          }
        />
        <ActionButton
          label={t('cluster.brokerActions.unslow')}
          blocked={b.slowMs > 0 ? null : t('cluster.brokerActions.notSlow')}
          onAct={() =>
            run(
              { type: 'slow', id: brokerId, delayMs: 0 },
              t('cluster.brokerActions.done.slow', { id: brokerId, ms: 0 }),
            )
          }
        />
      </div>
    </div>
  );
}

export function ZooKeeperActions() {
  const { t } = useT();
  const run = useClusterCommand();
  const zk = useAppStore((s) => recordOf(s, 'zookeeper', ZOOKEEPER_ID));
  const anyIsolated = useAppStore(selectAnyIsolated);
  if (zk === undefined) return null;
  return (
    <div className="cluster-actions-body">
      <h3>{zookeeperLabel(t, zk)}</h3>
      <div className="cluster-action-list">
        <ActionButton
          label={t('cluster.zkActions.isolate')}
          blocked={zk.isolated ? t('cluster.brokerActions.alreadyIsolated') : null}
          onAct={() => run({ type: 'isolate', node: 'zookeeper' }, t('cluster.zkActions.done.isolate'))}
        />
        <ActionButton
          label={t('cluster.brokerActions.heal')}
          blocked={anyIsolated ? null : t('cluster.brokerActions.nothingIsolated')}
          onAct={() => run({ type: 'heal' }, t('cluster.brokerActions.done.heal'))}
        />
      </div>
    </div>
  );
}
