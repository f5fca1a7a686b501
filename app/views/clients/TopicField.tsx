/**
 * A topic to produce to: pick one of the cluster's topics or type a new name. A new name is allowed —
 * the broker auto-creates it (`auto.create.topics.enable=true`) — and the note under the field says so,
 * with the producer's WARN line; an illegal name shows Kafka's own text.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectTopicRecord, selectUserTopicNames } from './clients-selectors';
import { autoCreateWarnLine, type TopicChoice, topicChoice } from './topic-choice';

export function useTopicChoice(topic: string): TopicChoice {
  const record = useAppStore(selectTopicRecord(topic));
  return topicChoice(topic, record?.partitionCount);
}

export function TopicField({
  value,
  onChange,
  choice,
}: {
  value: string;
  onChange: (topic: string) => void;
  choice: TopicChoice;
}) {
  const { t } = useT();
  const id = useId();
  const topics = useAppStore(useShallow(selectUserTopicNames));
  return (
    <div className="field">
      <label htmlFor={`${id}-topic`}>{t('clients.topic.label')}</label>
      <input
        id={`${id}-topic`}
        list={`${id}-topics`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-topic-note`}
        aria-invalid={choice.kind === 'invalid' || choice.kind === 'internal'}
      />
      <datalist id={`${id}-topics`}>
        {topics.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div id={`${id}-topic-note`} className="topic-note">
        <TopicNote topic={value} choice={choice} />
      </div>
    </div>
  );
}

function TopicNote({ topic, choice }: { topic: string; choice: TopicChoice }) {
  const { t, tn } = useT();
  switch (choice.kind) {
    case 'existing':
      return <small>{tn('clients.topic.partitions', choice.partitionCount)}</small>;
    case 'auto-create':
      return (
        <div className="note-warn">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('clients.topic.autoCreate', { topic })}
          </p>
          <p className="mono kafka-text" lang="en">
            {autoCreateWarnLine(topic)}
          </p>
        </div>
      );
    case 'internal':
      return (
        <p className="warn">
          <span aria-hidden="true">⚠ </span>
          {t('clients.topic.internal', { topic })}
        </p>
      );
    case 'invalid':
      return (
        <p className="warn">
          <span aria-hidden="true">✗ </span>
          {t('clients.topic.invalid')}{' '}
          <span className="mono kafka-text" lang="en">
            {choice.kafkaText}
          </span>
        </p>
      );
  }
}
