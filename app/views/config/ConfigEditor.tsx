/**
 * The side panel's "config" tab: create a topic, change one (partitions, delete, its configs) and the
 * brokers' configs, with Kafka's names, defaults and units, checked as you type by Kafka's rules and
 * refused, when Kafka would, in Kafka's words. The topic shown follows the app's selection.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { BrokerConfigPanel } from './BrokerConfigPanel';
import { CreateTopicForm } from './CreateTopicForm';
import { selectUserTopics } from './config-selectors';
import { TopicPanel } from './TopicPanel';
import './config.css';

export function ConfigEditor() {
  const { t } = useT();
  const store = useAppStoreApi();
  const topics = useAppStore(useShallow(selectUserTopics));
  const selectedTopic = useAppStore((s) =>
    s.selection !== null && 'topic' in s.selection ? s.selection.topic : null,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const topic =
    [selectedTopic, chosen]
      .map((name) => topics.find((tp) => tp.name === name))
      .find((tp) => tp !== undefined) ??
    topics[0] ??
    null;
  const pick = (name: string) => {
    setChosen(name);
    store.getState().select({ kind: 'topic', topic: name });
  };

  return (
    <section className="panel config-editor" aria-labelledby="config-editor-title">
      <h2 id="config-editor-title">{t('config.editor.title')}</h2>
      <p className="hint">{t('config.editor.hint')}</p>
      <CreateTopicForm />
      <TopicPanel topics={topics} topic={topic} onPick={pick} />
      <BrokerConfigPanel />
    </section>
  );
}
