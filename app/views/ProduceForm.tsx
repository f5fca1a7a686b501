/**
 * The producer: one record per click, key and value as UTF-8 strings like `kafka-console-producer.sh`
 * with `parse.key=true`. An empty key field sends a null key (what a keyless producer does).
 */
import { type FormEvent, useId, useState } from 'react';
import { useAppStore, useAppStoreApi, useEngine } from '../bridge/context';
import { EngineError } from '../bridge/engine-client';
import { useT } from '../i18n/use-t';
import { selectPartition } from '../store/selectors';

export function ProduceForm() {
  const { t } = useT();
  const engine = useEngine();
  const store = useAppStoreApi();
  const partition = useAppStore(selectPartition);
  const lastOffset = useAppStore((s) => s.lastProducedOffset);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [sending, setSending] = useState(false);
  const keyId = useId();
  const valueId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    const ui = store.getState();
    ui.clearError();
    try {
      const result = await engine.produce(key === '' ? null : key, value);
      ui.setLastProducedOffset(result.offset);
      setValue('');
    } catch (e) {
      ui.setLastProducedOffset(null);
      ui.showError(
        e instanceof EngineError
          ? { code: e.code, message: e.message }
          : { code: 'INTERNAL', message: String(e) },
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="panel produce" aria-labelledby={`${keyId}-title`}>
      <h2 id={`${keyId}-title`}>{t('produce.title')}</h2>
      {partition && (
        <p className="hint">
          {t('produce.target', { topic: partition.topic, partition: partition.partition })}
        </p>
      )}
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={keyId}>{t('produce.key')}</label>
          <input
            id={keyId}
            name="key"
            value={key}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${keyId}-hint`}
            onChange={(e) => setKey(e.target.value)}
          />
          <small id={`${keyId}-hint`}>{t('produce.keyHint')}</small>
        </div>
        <div className="field grow">
          <label htmlFor={valueId}>{t('produce.value')}</label>
          <input
            id={valueId}
            name="value"
            value={value}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${valueId}-hint`}
            onChange={(e) => setValue(e.target.value)}
          />
          <small id={`${valueId}-hint`}>{t('produce.valueHint')}</small>
        </div>
        <button type="submit" className="primary" disabled={sending || partition === undefined}>
          {t('produce.submit')}
        </button>
      </form>
      <p className="status" role="status" aria-live="polite">
        {lastOffset !== null && t('produce.stored', { offset: lastOffset })}
      </p>
    </section>
  );
}
