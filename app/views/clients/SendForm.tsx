/**
 * One record from the producer panel: topic (or a new name, auto-created), key, value, headers, acks
 * and the partitioner, with the key's partition worked out step by step as the user types. The last
 * send's outcome is read out politely (role="status") when it comes back.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sendViewId } from '../../../engine/view/types';
import { useAppStore } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { recordOf } from '../../store/selectors';
import { AcksChoice } from './AcksChoice';
import { CommandError } from './CommandError';
import { selectUserTopicNames } from './clients-selectors';
import { type HeaderRow, HeadersEditor } from './HeadersEditor';
import { PartitionSteps } from './PartitionSteps';
import { type PartitionerChoice, partitionSteps } from './partition-steps';
import type { Acks, SendCommand } from './producer-types';
import { SendOutcome } from './SendOutcome';
import { TopicField, useTopicChoice } from './TopicField';
import { useCommand } from './use-command';

type PartitionerMode = PartitionerChoice | 'explicit';

/** A whole partition number typed, or null. */
function partitionNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function SendForm() {
  const { t } = useT();
  const id = useId();
  const topics = useAppStore(useShallow(selectUserTopicNames));
  const [topic, setTopic] = useState(topics[0] ?? '');
  const topicTouched = useRef(false);
  const [key, setKey] = useState('user-1');
  const [nullKey, setNullKey] = useState(false);
  const [value, setValue] = useState('hello');
  const [nullValue, setNullValue] = useState(false);
  const [headers, setHeaders] = useState<HeaderRow[]>([]);
  const [acks, setAcks] = useState<Acks>('all');
  const [mode, setMode] = useState<PartitionerMode>('default');
  const [explicitText, setExplicitText] = useState('0');
  const [lastSeq, setLastSeq] = useState<number | null>(null);
  const command = useCommand();

  // The first topic the cluster reports, until the user picks or types one.
  useEffect(() => {
    if (!topicTouched.current && topic === '' && topics[0] !== undefined) setTopic(topics[0]);
  }, [topic, topics]);

  const choice = useTopicChoice(topic);
  const numPartitions = choice.kind === 'existing' ? choice.partitionCount : null;
  const explicit = mode === 'explicit' ? partitionNumber(explicitText) : null;
  const steps = partitionSteps({
    key: nullKey ? null : key,
    partitioner: mode === 'ignore-keys' ? 'ignore-keys' : 'default',
    explicitPartition: explicit,
    numPartitions,
  });
  const lastSend = useAppStore((s) =>
    lastSeq === null ? undefined : recordOf(s, 'send', sendViewId(lastSeq)),
  );

  const blocked =
    choice.kind === 'invalid' || choice.kind === 'internal'
      ? t('clients.send.blockedTopic')
      : mode === 'explicit' && explicit === null
        ? t('clients.send.blockedPartition')
        : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blocked !== null) return;
    const cmd: SendCommand = {
      type: 'send',
      topic,
      key: nullKey ? null : key,
      value: nullValue ? null : value,
      headers: headers
        .filter((h) => h.key !== '' || h.value !== '')
        .map((h) => ({ key: h.key, value: h.value })),
      partition: explicit,
      acks,
      partitioner: mode === 'ignore-keys' ? 'ignore-keys' : 'default',
    };
    const reply = await command.run(cmd);
    if (reply !== undefined && typeof reply.value === 'number') setLastSeq(reply.value);
  };

  return (
    <form className="clients-form send-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('clients.send.title')}</h3>
      <TopicField
        value={topic}
        onChange={(v) => {
          topicTouched.current = true;
          setTopic(v);
        }}
        choice={choice}
      />
      <div className="field-pair">
        <div className="field">
          <label htmlFor={`${id}-key`}>{t('clients.send.key')}</label>
          <input
            id={`${id}-key`}
            value={key}
            disabled={nullKey}
            onChange={(e) => setKey(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <label className="check">
            <input type="checkbox" checked={nullKey} onChange={(e) => setNullKey(e.target.checked)} />
            {t('clients.send.nullKey')}
          </label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('clients.send.value')}</label>
          <input
            id={`${id}-value`}
            value={value}
            disabled={nullValue}
            onChange={(e) => setValue(e.target.value)}
            autoComplete="off"
          />
          <label className="check">
            <input type="checkbox" checked={nullValue} onChange={(e) => setNullValue(e.target.checked)} />
            {t('clients.send.nullValue')}
          </label>
        </div>
      </div>
      <HeadersEditor rows={headers} onChange={setHeaders} />
      <AcksChoice value={acks} onChange={setAcks} />
      <fieldset className="clients-choice">
        <legend>{t('clients.partitioner.legend')}</legend>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-p-default`}
            name={`${id}-partitioner`}
            checked={mode === 'default'}
            onChange={() => setMode('default')}
            aria-describedby={`${id}-p-default-why`}
          />
          <label htmlFor={`${id}-p-default`}>{t('clients.partitioner.default')}</label>
          <small id={`${id}-p-default-why`}>{t('clients.partitioner.defaultWhy')}</small>
        </div>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-p-ignore`}
            name={`${id}-partitioner`}
            checked={mode === 'ignore-keys'}
            onChange={() => setMode('ignore-keys')}
            aria-describedby={`${id}-p-ignore-why`}
          />
          <label htmlFor={`${id}-p-ignore`} className="mono">
            partitioner.ignore.keys=true
          </label>
          <small id={`${id}-p-ignore-why`}>{t('clients.partitioner.ignoreWhy')}</small>
        </div>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-p-explicit`}
            name={`${id}-partitioner`}
            checked={mode === 'explicit'}
            onChange={() => setMode('explicit')}
            aria-describedby={`${id}-p-explicit-why`}
          />
          <label htmlFor={`${id}-p-explicit`}>{t('clients.partitioner.explicit')}</label>
          <small id={`${id}-p-explicit-why`}>{t('clients.partitioner.explicitWhy')}</small>
          {mode === 'explicit' && (
            <span className="inline-field">
              <label htmlFor={`${id}-p-number`}>{t('clients.partitioner.partition')}</label>
              <input
                id={`${id}-p-number`}
                type="number"
                min={0}
                max={numPartitions === null ? undefined : numPartitions - 1}
                step={1}
                value={explicitText}
                onChange={(e) => setExplicitText(e.target.value)}
              />
            </span>
          )}
        </div>
      </fieldset>
      <PartitionSteps steps={steps} topic={topic} />
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={blocked !== null || command.busy}
          aria-describedby={blocked === null ? undefined : `${id}-blocked`}
        >
          {t('clients.send.submit')}
        </button>
        {blocked !== null && (
          <span id={`${id}-blocked`} className="blocked-reason">
            {blocked}
          </span>
        )}
      </div>
      <CommandError failure={command.failure} onDismiss={command.clear} />
      <p className="last-send" role="status">
        {lastSeq !== null &&
          (lastSend ? <SendOutcome send={lastSend} /> : t('clients.send.outcomeGone', { n: lastSeq + 1 }))}
      </p>
    </form>
  );
}
