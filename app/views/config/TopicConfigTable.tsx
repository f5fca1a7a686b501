/**
 * A topic's configs (`kafka-configs --entity-type topics --entity-name T --describe --all`, curated):
 * default, current value and where it comes from, and a change per row (`--alter --add-config` /
 * `--delete-config`). Overrides outside the curated list are listed too, so nothing set is hidden.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TopicRecord } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { ConfigRow } from './ConfigRow';
import { type ConfigMeta, TOPIC_CONFIG_META, topicConfigMeta } from './config-meta';
import { selectBrokerConfigValues, selectBrokerIds } from './config-selectors';
import { clusterValue, topicConfigValue, type ValueSource } from './config-values';

const SOURCE_KEYS = {
  topic: 'config.source.topic',
  broker: 'config.source.broker',
  default: 'config.source.default',
} as const satisfies Record<ValueSource, string>;

/** A row for an override the curated table does not list: any string, checked by the engine only. */
function looseMeta(name: string): ConfigMeta {
  return { name, type: 'string', defaultValue: '', unit: null, doc: 'config.doc.other' };
}

export function TopicConfigTable({ topic }: { topic: TopicRecord }) {
  const { t } = useT();
  const id = useId();
  const brokerIds = useAppStore(useShallow(selectBrokerIds));
  const brokerValues = useAppStore(useShallow(selectBrokerConfigValues));
  const brokerDefault = (name: string) => {
    const v = clusterValue(brokerIds.map((b) => brokerValues[`${b}|${name}`] ?? null));
    return v === 'mixed' ? null : v;
  };
  const target = t('config.target.topic', { topic: topic.name });
  const others = Object.keys(topic.configs)
    .filter((name) => topicConfigMeta(name) === undefined)
    .sort();
  const set = (name: string) => (value: string) =>
    ({ type: 'alter-topic-config', name: topic.name, set: { [name]: value }, remove: [] }) as const;
  const remove = (name: string) =>
    ({ type: 'alter-topic-config', name: topic.name, set: {}, remove: [name] }) as const;

  return (
    <table className="config-table" aria-labelledby={`${id}-caption`}>
      <caption id={`${id}-caption`}>{t('config.topicTable.caption', { topic: topic.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('config.col.name')}</th>
          <th scope="col">{t('config.col.default')}</th>
          <th scope="col">{t('config.col.current')}</th>
          <th scope="col">{t('config.col.change')}</th>
        </tr>
      </thead>
      <tbody>
        {TOPIC_CONFIG_META.map((meta) => {
          const current = topicConfigValue(meta, topic, brokerDefault);
          return (
            <ConfigRow
              key={meta.name}
              meta={meta}
              current={current.value}
              source={t(SOURCE_KEYS[current.source], { broker: meta.brokerSynonym })}
              notes={
                <span className="config-note">
                  {t('config.note.brokerSynonym')} <code>{meta.brokerSynonym}</code>
                </span>
              }
              setCommand={set(meta.name)}
              resetCommand={current.source === 'topic' ? remove(meta.name) : null}
              target={target}
            />
          );
        })}
        {others.map((name) => (
          <ConfigRow
            key={name}
            meta={looseMeta(name)}
            current={topic.configs[name] ?? null}
            source={t('config.source.topic')}
            setCommand={set(name)}
            resetCommand={remove(name)}
            target={target}
          />
        ))}
      </tbody>
    </table>
  );
}
