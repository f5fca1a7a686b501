/**
 * `kafka-consumer-groups --reset-offsets --execute` for one group: to earliest, latest, an offset, a
 * shift, or a date-time (UTC, like every simulated time here), for one topic or every topic the group
 * has offsets for. Kafka resets only an inactive group, so while it has members the button is greyed
 * out with Kafka's own refusal; a refusal that still comes back is shown as Kafka wrote it.
 */
import { type FormEvent, useId, useState } from 'react';
import type { GroupRecord } from '../../../engine/view/types';
import { useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectClock } from '../../store/selectors';
import { CommandError } from './CommandError';
import { canResetOffsets, RESET_MODES, type ResetMode, resetSpecOf, toUtcDateTimeInput } from './group-model';
import { useCommand } from './use-command';

/** The tool's flag for each scenario (Kafka's names, never translated). */
const RESET_FLAGS: Readonly<Record<ResetMode, string>> = {
  earliest: '--to-earliest',
  latest: '--to-latest',
  offset: '--to-offset',
  'shift-by': '--shift-by',
  datetime: '--to-datetime',
};

interface ResetResult {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

function isResetResult(value: unknown): value is ResetResult[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'offset' in v);
}

export function ResetOffsetsForm({ group, topics }: { group: GroupRecord; topics: readonly string[] }) {
  const { t } = useT();
  const id = useId();
  const store = useAppStoreApi();
  const command = useCommand();
  const [scope, setScope] = useState<string>('');
  const [mode, setMode] = useState<ResetMode>('earliest');
  const [amount, setAmount] = useState('0');
  const [datetime, setDatetime] = useState(() =>
    toUtcDateTimeInput(selectClock(store.getState())?.nowMs ?? 0),
  );
  const [result, setResult] = useState<ResetResult[] | null>(null);
  const active = !canResetOffsets(group.state);
  const spec = resetSpecOf({ mode, amount, datetime });
  const problem = 'problem' in spec ? t(`clients.reset.problem.${spec.problem}`) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!('spec' in spec)) return;
    setResult(null);
    const reply = await command.run({
      type: 'reset-offsets',
      groupId: group.groupId,
      topics: scope === '' ? null : [scope],
      spec: spec.spec,
    });
    if (reply === undefined) return;
    const offsets = isResetResult(reply.value) ? reply.value : [];
    setResult(offsets);
    store.getState().announce(t('clients.reset.done', { group: group.groupId, n: offsets.length }));
  };

  return (
    <details className="reset-offsets">
      <summary>{t('clients.reset.title')}</summary>
      <form
        className="clients-form"
        onSubmit={submit}
        aria-label={t('clients.reset.formLabel', { group: group.groupId })}
      >
        <p className="hint mono" lang="en">
          kafka-consumer-groups --bootstrap-server … --group {group.groupId} --reset-offsets --execute
        </p>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('clients.reset.scope')}</label>
          <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">{t('clients.reset.allTopics')}</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {`--topic ${topic}`}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="clients-choice">
          <legend>{t('clients.reset.to')}</legend>
          {RESET_MODES.map((m) => (
            <div className="choice" key={m}>
              <input
                type="radio"
                id={`${id}-m-${m}`}
                name={`${id}-mode`}
                checked={mode === m}
                onChange={() => setMode(m)}
                aria-describedby={`${id}-m-${m}-why`}
              />
              <label htmlFor={`${id}-m-${m}`} className="mono">
                {RESET_FLAGS[m]}
              </label>
              <small id={`${id}-m-${m}-why`}>{t(`clients.reset.mode.${m}`)}</small>
            </div>
          ))}
          {(mode === 'offset' || mode === 'shift-by') && (
            <div className="field">
              <label htmlFor={`${id}-amount`}>
                {t(mode === 'offset' ? 'clients.reset.offset' : 'clients.reset.shift')}
              </label>
              <input
                id={`${id}-amount`}
                type="number"
                step={1}
                min={mode === 'offset' ? 0 : undefined}
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            </div>
          )}
          {mode === 'datetime' && (
            <div className="field">
              <label htmlFor={`${id}-datetime`}>{t('clients.reset.datetime')}</label>
              <input
                id={`${id}-datetime`}
                type="datetime-local"
                step={1}
                value={datetime}
                onChange={(e) => setDatetime(e.target.value)}
              />
            </div>
          )}
        </fieldset>
        <div className="form-actions">
          <button
            type="submit"
            disabled={active || problem !== null || command.busy}
            aria-describedby={active || problem !== null ? `${id}-blocked` : undefined}
          >
            {t('clients.reset.submit')}
          </button>
        </div>
        {(active || problem !== null) && (
          <div id={`${id}-blocked`} className="blocked-reason">
            {active ? (
              <>
                <p>{t('clients.reset.inactiveOnly', { n: group.memberCount })}</p>
                <p className="mono kafka-text" lang="en">
                  {t('clients.reset.kafkaRefusal', { group: group.groupId, state: group.state })}
                </p>
              </>
            ) : (
              problem
            )}
          </div>
        )}
        <CommandError failure={command.failure} onDismiss={command.clear} />
        {result !== null && (
          <div role="status" className="reset-result">
            {result.length === 0 ? (
              <p>{t('clients.reset.nothing')}</p>
            ) : (
              <ul>
                {result.map((r) => (
                  <li key={`${r.topic}-${r.partition}`} className="mono">
                    {t('clients.reset.row', { partition: `${r.topic}-${r.partition}`, offset: r.offset })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </form>
    </details>
  );
}
