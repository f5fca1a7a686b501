/**
 * One topic: which one (following the app's selection), its partition count and replication factor,
 * add partitions (`kafka-topics --alter --partitions`), delete it (`--delete`, with a confirmation),
 * and its configs (`kafka-configs --entity-type topics`).
 */
import { type FormEvent, useId, useState } from 'react';
import type { TopicRecord } from '../../../engine/view/types';
import { useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { ProblemText } from './CreateTopicForm';
import { KafkaRefusal } from './KafkaRefusal';
import { TopicConfigTable } from './TopicConfigTable';
import { addPartitionsProblem } from './topic-rules';
import { useConfigCommand } from './use-config-command';

export function TopicPanel({
  topics,
  topic,
  onPick,
}: {
  topics: readonly TopicRecord[];
  topic: TopicRecord | null;
  onPick: (name: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <section className="config-topic" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('config.topic.title')}</h3>
      {topics.length === 0 || topic === null ? (
        <p className="hint">{t('config.topic.none')}</p>
      ) : (
        <>
          <div className="field config-topic-pick">
            <label htmlFor={`${id}-pick`}>{t('config.topic.pick')}</label>
            <select id={`${id}-pick`} value={topic.name} onChange={(e) => onPick(e.target.value)}>
              {topics.map((tp) => (
                <option key={tp.name} value={tp.name}>
                  {tp.name}
                </option>
              ))}
            </select>
          </div>
          <p className="config-topic-facts">
            {t('config.topic.facts', {
              topic: topic.name,
              partitions: topic.partitionCount,
              rf: topic.replicationFactor,
            })}
            {topic.markedForDeletion && <strong> {t('config.topic.markedForDeletion')}</strong>}
          </p>
          <div className="config-topic-actions">
            <AddPartitions key={`${topic.name}/${topic.partitionCount}`} topic={topic} />
            <DeleteTopic key={topic.name} topic={topic} />
          </div>
          <TopicConfigTable topic={topic} />
        </>
      )}
    </section>
  );
}

function AddPartitions({ topic }: { topic: TopicRecord }) {
  const { t } = useT();
  const store = useAppStoreApi();
  const id = useId();
  const command = useConfigCommand();
  const [total, setTotal] = useState(String(topic.partitionCount + 1));
  const problem = addPartitionsProblem(total, topic.partitionCount);
  const unaskable =
    problem !== null &&
    (problem.problem.kind === 'notWhole' || problem.problem.kind === 'tooManyForSimulator');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unaskable) return;
    const totalCount = Number(total.trim());
    if (await command.run({ type: 'create-partitions', name: topic.name, totalCount }))
      store.getState().announce(t('config.partitions.done', { topic: topic.name, n: totalCount }));
  };

  return (
    <form className="config-partitions" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-total`}>{t('config.partitions.total')}</label>
        <input
          id={`${id}-total`}
          type="number"
          min={topic.partitionCount + 1}
          step={1}
          value={total}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-check`}
          onChange={(e) => setTotal(e.target.value)}
        />
        <small id={`${id}-check`} className={problem ? 'config-check invalid' : 'config-check'}>
          {problem ? <ProblemText t={t} problem={problem} /> : t('config.partitions.hint')}
        </small>
      </div>
      <button type="submit" disabled={unaskable || command.busy}>
        {t('config.partitions.submit')}
      </button>
      <KafkaRefusal refusal={command.refusal} onDismiss={command.clear} />
    </form>
  );
}

function DeleteTopic({ topic }: { topic: TopicRecord }) {
  const { t } = useT();
  const store = useAppStoreApi();
  const command = useConfigCommand();
  const [confirming, setConfirming] = useState(false);

  const remove = async () => {
    if (!(await command.run({ type: 'delete-topic', name: topic.name }))) return;
    setConfirming(false);
    store.getState().announce(t('config.delete.done', { topic: topic.name }));
    const selection = store.getState().selection;
    if (selection !== null && 'topic' in selection && selection.topic === topic.name)
      store.getState().select(null);
  };

  return (
    <div className="config-delete">
      {confirming ? (
        <fieldset className="config-confirm">
          <legend className="visually-hidden">
            {t('config.delete.confirmGroup', { topic: topic.name })}
          </legend>
          <p className="warn">{t('config.delete.confirm', { topic: topic.name })}</p>
          <button type="button" className="danger" disabled={command.busy} onClick={() => void remove()}>
            {t('config.delete.yes', { topic: topic.name })}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('config.delete.cancel')}
          </button>
        </fieldset>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('config.delete.ask', { topic: topic.name })}
        </button>
      )}
      <KafkaRefusal refusal={command.refusal} onDismiss={command.clear} />
    </div>
  );
}
