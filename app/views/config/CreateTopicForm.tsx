/**
 * `kafka-topics --create`: a name checked by Kafka's rules as you type (legal characters, length,
 * `.`/`..`, an existing or colliding name), a partition count and a replication factor no larger than
 * the registered brokers. The engine checks again; its refusal shows in Kafka's words.
 */
import { type FormEvent, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import type { Translator } from '../../i18n/use-t';
import { useT } from '../../i18n/use-t';
import { selectAllTopicNames, selectRegisteredBrokerIds } from './config-selectors';
import { KafkaRefusal } from './KafkaRefusal';
import {
  type CountProblem,
  type KafkaProblem,
  MAX_TOPIC_NAME_LENGTH,
  newTopicProblem,
  type TopicNameProblem,
  topicNameProblem,
} from './topic-rules';
import { useConfigCommand } from './use-config-command';

export function CreateTopicForm() {
  const { t } = useT();
  const store = useAppStoreApi();
  const id = useId();
  const existing = useAppStore(useShallow(selectAllTopicNames));
  const brokers = useAppStore(useShallow(selectRegisteredBrokerIds));
  const command = useConfigCommand();
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState('3');
  const [replication, setReplication] = useState('');
  // Until typed, the replication factor follows the cluster: 3, or fewer when fewer brokers are up.
  const replicationValue =
    replication === '' ? String(Math.max(1, Math.min(3, brokers.length))) : replication;

  const nameProblem = name === '' ? null : topicNameProblem(name, existing);
  const counts = newTopicProblem(partitions, replicationValue, brokers.length);
  // Only what Kafka could not even be asked blocks the button; a name or count Kafka refuses may be
  // sent, so its refusal is seen as the broker gives it (the check above already says it will come).
  const unaskable = (p: KafkaProblem<CountProblem> | null) =>
    p !== null && (p.problem.kind === 'notWhole' || p.problem.kind === 'tooManyForSimulator');
  const blocked = name === '' || unaskable(counts.partitions) || unaskable(counts.replication);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    const topic = name;
    const ok = await command.run({
      type: 'create-topic',
      name: topic,
      options: { partitions: Number(partitions.trim()), replicationFactor: Number(replicationValue.trim()) },
    });
    if (!ok) return;
    setName('');
    store
      .getState()
      .announce(
        t('config.create.done', { topic, partitions: partitions.trim(), rf: replicationValue.trim() }),
      );
    store.getState().select({ kind: 'topic', topic });
  };

  return (
    <form className="config-create" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('config.create.title')}</h3>
      <div className="config-fields">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('config.create.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={name}
            maxLength={MAX_TOPIC_NAME_LENGTH + 20}
            aria-invalid={nameProblem !== null}
            aria-describedby={`${id}-name-check`}
            onChange={(e) => {
              setName(e.target.value);
              command.clear();
            }}
          />
          <small id={`${id}-name-check`} className={nameProblem ? 'config-check invalid' : 'config-check'}>
            {nameProblem ? <ProblemText t={t} problem={nameProblem} /> : t('config.create.nameRule')}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-partitions`}>{t('config.create.partitions')}</label>
          <input
            id={`${id}-partitions`}
            type="number"
            min={1}
            step={1}
            value={partitions}
            aria-invalid={counts.partitions !== null}
            aria-describedby={`${id}-partitions-check`}
            onChange={(e) => setPartitions(e.target.value)}
          />
          <small
            id={`${id}-partitions-check`}
            className={counts.partitions ? 'config-check invalid' : 'config-check'}
          >
            {counts.partitions && <ProblemText t={t} problem={counts.partitions} />}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rf`}>{t('config.create.replication')}</label>
          <input
            id={`${id}-rf`}
            type="number"
            min={1}
            max={Math.max(1, brokers.length)}
            step={1}
            value={replicationValue}
            aria-invalid={counts.replication !== null}
            aria-describedby={`${id}-rf-check`}
            onChange={(e) => setReplication(e.target.value)}
          />
          <small
            id={`${id}-rf-check`}
            className={counts.replication ? 'config-check invalid' : 'config-check'}
          >
            {counts.replication ? (
              <ProblemText t={t} problem={counts.replication} />
            ) : (
              t('config.create.replicationHint', { n: brokers.length })
            )}
          </small>
        </div>
      </div>
      <button type="submit" className="primary" disabled={blocked || command.busy}>
        {t('config.create.submit')}
      </button>
      <KafkaRefusal refusal={command.refusal} onDismiss={command.clear} />
    </form>
  );
}

/** Our explanation, then Kafka's own text (what the broker would answer). */
export function ProblemText({
  t,
  problem,
}: {
  t: Translator['t'];
  problem: KafkaProblem<TopicNameProblem> | KafkaProblem<CountProblem>;
}) {
  return (
    <>
      {explain(t, problem.problem)}
      {problem.kafkaText !== '' && (
        <>
          {' '}
          <span className="mono kafka-text" lang="en">
            {problem.error}: {problem.kafkaText}
          </span>
        </>
      )}
    </>
  );
}

function explain(t: Translator['t'], p: TopicNameProblem | CountProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('config.name.empty');
    case 'dot':
    case 'dotdot':
      return t('config.name.dots');
    case 'tooLong':
      return t('config.name.tooLong', { length: p.length, max: MAX_TOPIC_NAME_LENGTH });
    case 'illegalChars':
      return t('config.name.illegalChars', { chars: p.chars });
    case 'exists':
      return t('config.name.exists');
    case 'collision':
      return t('config.name.collision', { with: p.with.join(', ') });
    case 'notWhole':
      return t('config.count.notWhole');
    case 'partitionsTooFew':
      return t('config.count.partitionsTooFew');
    case 'replicationTooFew':
      return t('config.count.replicationTooFew');
    case 'replicationAboveBrokers':
      return t('config.count.replicationAboveBrokers', { n: p.brokers });
    case 'fewerThanNow':
      return t('config.count.fewerThanNow', { n: p.current });
    case 'sameAsNow':
      return t('config.count.sameAsNow', { n: p.current });
    case 'tooManyForSimulator':
      return t('config.count.tooManyForSimulator', { max: p.max });
  }
}
