/**
 * One config in an editor table: Kafka's name and meaning, its default and current value (raw, as
 * Kafka takes it, and in human terms), and a small form to change it. The value is checked as you
 * type, by Kafka's rules and with Kafka's words; a value Kafka would refuse can still be sent, so the
 * engine's own refusal (Kafka's text) shows beside the row, as `kafka-configs` would print it.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type { SessionCommand } from '../../../engine/worker/protocol';
import { useAppStoreApi } from '../../bridge/context';
import type { Translator } from '../../i18n/use-t';
import { useT } from '../../i18n/use-t';
import { humanConfigValue, unitName } from './config-format';
import type { ConfigMeta } from './config-meta';
import { type ConfigCheck, checkConfigValue } from './config-validate';
import { KafkaRefusal } from './KafkaRefusal';
import { useConfigCommand } from './use-config-command';

export interface ConfigRowProps {
  readonly meta: ConfigMeta;
  /** The current value; null = not known; 'mixed' = brokers differ. */
  readonly current: string | 'mixed' | null;
  /** Where the current value comes from, in words (topic override, broker, default). */
  readonly source: string | null;
  /** Extra lines under the name (update mode, a common misspelling). */
  readonly notes?: ReactNode;
  /** The command that sets `value`. */
  readonly setCommand: (value: string) => SessionCommand;
  /** The command that goes back to the default, or null when there is nothing to undo. */
  readonly resetCommand: SessionCommand | null;
  /** Where the change goes, for the announcement ("토픽 orders", "모든 브로커"). */
  readonly target: string;
}

/** A choice among fixed values is a select; numbers are typed (and checked like Kafka). */
function choicesOf(meta: ConfigMeta): readonly string[] | null {
  if (meta.type === 'boolean') return ['true', 'false'];
  if (meta.allowed === undefined) return null;
  if (meta.type === 'list') return [...meta.allowed, meta.allowed.join(',')];
  return meta.allowed;
}

export function ConfigRow({
  meta,
  current,
  source,
  notes,
  setCommand,
  resetCommand,
  target,
}: ConfigRowProps) {
  const { t, lang } = useT();
  const store = useAppStoreApi();
  const id = useId();
  const command = useConfigCommand();
  const choices = choicesOf(meta);
  const isChoice = choices !== null;
  const known = current === null || current === 'mixed' ? null : current;
  const [draft, setDraft] = useState(choices ? (known ?? meta.defaultValue) : '');
  const [applied, setApplied] = useState<string | null>(null);
  // A select follows the value when it changes elsewhere (another tab of the editor, a rewind).
  useEffect(() => {
    if (isChoice) setDraft(known ?? meta.defaultValue);
  }, [known, meta.defaultValue, isChoice]);

  const check: ConfigCheck | null = draft.trim() === '' ? null : checkConfigValue(meta, draft);
  const changed = choices ? draft !== known : draft.trim() !== '';
  const human = check?.ok ? humanConfigValue(lang, meta, check.value) : null;

  const send = async (cmd: SessionCommand, value: string) => {
    setApplied(null);
    if (!(await command.run(cmd))) return;
    setApplied(value);
    if (!choices) setDraft('');
    store.getState().announce(t('config.applied', { name: meta.name, value, target }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    const value = check?.ok ? check.value : draft;
    void send(setCommand(value), value);
  };

  const unit = unitName(lang, meta);
  return (
    <tr className="config-row">
      <th scope="row">
        <code className="config-name">{meta.name}</code>
        <span className="config-doc">{t(meta.doc)}</span>
        {notes}
      </th>
      <td data-label={t('config.col.default')}>
        <Value
          t={t}
          meta={meta}
          raw={meta.defaultValue}
          human={humanConfigValue(lang, meta, meta.defaultValue)}
        />
      </td>
      <td data-label={t('config.col.current')}>
        {current === null ? (
          <span className="config-unknown">{t('config.current.unknown')}</span>
        ) : current === 'mixed' ? (
          <span className="config-mixed">{t('config.current.mixed')}</span>
        ) : (
          <Value t={t} meta={meta} raw={current} human={humanConfigValue(lang, meta, current)} />
        )}
        {source && <span className="config-source">{source}</span>}
      </td>
      <td>
        <form className="config-edit" onSubmit={submit}>
          {choices ? (
            <select
              id={`${id}-value`}
              value={draft}
              aria-label={t('config.newValueFor', { name: meta.name })}
              onChange={(e) => setDraft(e.target.value)}
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              type="text"
              inputMode={
                meta.type === 'double'
                  ? 'decimal'
                  : meta.type === 'int' || meta.type === 'long'
                    ? 'numeric'
                    : 'text'
              }
              autoComplete="off"
              spellCheck={false}
              value={draft}
              placeholder={known ?? meta.defaultValue}
              aria-label={t('config.newValueFor', { name: meta.name }) + (unit ? ` (${unit})` : '')}
              aria-invalid={check !== null && !check.ok}
              aria-describedby={`${id}-check`}
              onChange={(e) => {
                setDraft(e.target.value);
                setApplied(null);
              }}
            />
          )}
          <button
            type="submit"
            disabled={!changed || command.busy}
            aria-label={t('config.applyTo', { name: meta.name })}
          >
            {t('config.apply')}
          </button>
          {resetCommand && (
            <button
              type="button"
              disabled={command.busy}
              aria-label={t('config.resetTo', { name: meta.name })}
              onClick={() => void send(resetCommand, meta.defaultValue)}
            >
              {t('config.reset')}
            </button>
          )}
          <p id={`${id}-check`} className={check && !check.ok ? 'config-check invalid' : 'config-check'}>
            {check && !check.ok ? (
              <>
                {problemText(t, check)}{' '}
                <span className="mono kafka-text" lang="en">
                  {check.kafkaText}
                </span>
              </>
            ) : human !== null ? (
              t('config.preview', { value: human })
            ) : null}
          </p>
          <p className="config-applied" role="status">
            {applied !== null && t('config.appliedShort', { value: applied })}
          </p>
        </form>
        <KafkaRefusal refusal={command.refusal} onDismiss={command.clear} />
      </td>
    </tr>
  );
}

function Value({
  t,
  meta,
  raw,
  human,
}: {
  t: Translator['t'];
  meta: ConfigMeta;
  raw: string;
  human: string | null;
}) {
  return (
    <span className="config-value">
      <code>{raw === '' ? t('config.value.empty') : raw}</code>
      {human !== null && <span className="config-human">{t('config.human', { value: human })}</span>}
      {meta.unit === 'ms' && human === null && raw !== '' && <span className="config-human">ms</span>}
    </span>
  );
}

function problemText(t: Translator['t'], check: Extract<ConfigCheck, { ok: false }>): string {
  const p = check.problem;
  switch (p.kind) {
    case 'notNumber':
      return t(p.type === 'double' ? 'config.problem.notDecimal' : 'config.problem.notWhole');
    case 'notBoolean':
      return t('config.problem.notBoolean');
    case 'belowMin':
      return t('config.problem.belowMin', { min: p.min });
    case 'aboveMax':
      return t('config.problem.aboveMax', { max: p.max });
    case 'notOneOf':
      return t('config.problem.notOneOf', { allowed: p.allowed.join(', ') });
  }
}
