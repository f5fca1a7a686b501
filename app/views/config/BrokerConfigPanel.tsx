/**
 * Broker configs (`kafka-configs --entity-type brokers`): the cluster default (`--entity-default`) or
 * one broker (`--entity-name N`). Each row says whether a real Kafka can change it at runtime or only
 * in server.properties with a restart; the simulator applies either at once.
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { ConfigRow } from './ConfigRow';
import { BROKER_CONFIG_META } from './config-meta';
import { selectBrokerConfigValues, selectBrokerIds } from './config-selectors';
import { clusterValue } from './config-values';

/** `null` = all brokers (the cluster-wide default). */
type Target = number | null;

export function BrokerConfigPanel() {
  const { t } = useT();
  const id = useId();
  const brokerIds = useAppStore(useShallow(selectBrokerIds));
  const values = useAppStore(useShallow(selectBrokerConfigValues));
  const [target, setTarget] = useState<Target>(null);
  const brokerId = target !== null && brokerIds.includes(target) ? target : null;
  const targetText =
    brokerId === null ? t('config.target.allBrokers') : t('config.target.broker', { id: brokerId });
  const currentOf = (name: string) =>
    brokerId === null
      ? clusterValue(brokerIds.map((b) => values[`${b}|${name}`] ?? null))
      : (values[`${brokerId}|${name}`] ?? null);

  return (
    <section className="config-brokers" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('config.brokers.title')}</h3>
      <p className="hint">{t('config.brokers.hint')}</p>
      <div className="field config-topic-pick">
        <label htmlFor={`${id}-target`}>{t('config.brokers.target')}</label>
        <select
          id={`${id}-target`}
          value={brokerId === null ? '' : String(brokerId)}
          onChange={(e) => setTarget(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('config.target.allBrokers')}</option>
          {brokerIds.map((b) => (
            <option key={b} value={String(b)}>
              {t('config.target.broker', { id: b })}
            </option>
          ))}
        </select>
      </div>
      <table className="config-table" aria-labelledby={`${id}-caption`}>
        <caption id={`${id}-caption`}>{t('config.brokerTable.caption', { target: targetText })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('config.col.name')}</th>
            <th scope="col">{t('config.col.default')}</th>
            <th scope="col">{t('config.col.current')}</th>
            <th scope="col">{t('config.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {BROKER_CONFIG_META.map((meta) => {
            const current = currentOf(meta.name);
            const isDefault = current === meta.defaultValue;
            return (
              <ConfigRow
                key={`${brokerId ?? 'all'}/${meta.name}`}
                meta={meta}
                current={current}
                source={null}
                notes={
                  <>
                    <span className={`config-note mode-${meta.updateMode}`}>
                      {t(
                        meta.updateMode === 'read-only' ? 'config.mode.readOnly' : 'config.mode.clusterWide',
                      )}
                    </span>
                    {meta.misspelling && (
                      <span className="config-note">
                        {t('config.note.misspelling', { wrong: meta.misspelling, right: meta.name })}
                      </span>
                    )}
                    {meta.synonyms && (
                      <span className="config-note">
                        {t('config.note.synonyms', { names: meta.synonyms.map((s) => s.name).join(', ') })}
                      </span>
                    )}
                  </>
                }
                setCommand={(value) => ({
                  type: 'alter-broker-config',
                  brokerId,
                  set: { [meta.name]: value },
                })}
                resetCommand={
                  isDefault || current === null
                    ? null
                    : { type: 'alter-broker-config', brokerId, set: { [meta.name]: meta.defaultValue } }
                }
                target={targetText}
              />
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
