/**
 * The automatic producer: a topic, a rate (records/s on a logarithmic slider, up to 20,000), a key
 * distribution (no key, uniform over N keys, one hot key taking a chosen share — the notes' 70 % case)
 * and acks; started, changed and stopped (rate 0) with `auto-produce`. Shows the running producer's
 * sent / acknowledged / failed counts and where its keys land.
 */
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KeyDistribution } from '../../../engine/view/types';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { useT } from '../../i18n/use-t';
import { selectAutoProduce } from '../../store/selectors';
import { AcksChoice } from './AcksChoice';
import {
  type DistributionForm,
  type DistributionKind,
  distributionProblem,
  fromDistribution,
  MAX_RATE_PER_SEC,
  rateFromSlider,
  SLIDER_STEPS,
  sliderFromRate,
  toDistribution,
} from './auto-produce-model';
import { CommandError } from './CommandError';
import { selectUserTopicNames } from './clients-selectors';
import { LandingBars } from './LandingBars';
import type { Acks, AutoProduceCommand } from './producer-types';
import { TopicField, useTopicChoice } from './TopicField';
import { useCommand } from './use-command';

const DEFAULT_DISTRIBUTION: DistributionForm = { kind: 'hot-key', keys: 20, hotSharePercent: 70 };
const DISTRIBUTIONS: readonly DistributionKind[] = ['none', 'uniform', 'hot-key'];

export function AutoProduce() {
  const { t } = useT();
  const id = useId();
  const settings = useAutoSettings();
  const topics = useAppStore(useShallow(selectUserTopicNames));
  const running = settings !== null && settings.ratePerSec > 0;
  const [topic, setTopic] = useState(() => (running ? settings.topic : (topics[0] ?? '')));
  const [rate, setRate] = useState(() => (running ? settings.ratePerSec : 50));
  const [dist, setDist] = useState<DistributionForm>(() =>
    running ? fromDistribution(settings.distribution) : DEFAULT_DISTRIBUTION,
  );
  const [acks, setAcks] = useState<Acks>(() => (running ? settings.acks : 'all'));
  const command = useCommand();
  const store = useAppStoreApi();

  useEffect(() => {
    if (topic === '' && topics[0] !== undefined) setTopic(topics[0]);
  }, [topic, topics]);

  // A command changed the running producer (this form, a preset, a rewind): show what runs now.
  useEffect(() => {
    if (settings === null || settings.ratePerSec === 0) return;
    setTopic(settings.topic);
    setRate(settings.ratePerSec);
    setDist(fromDistribution(settings.distribution));
    setAcks(settings.acks);
  }, [settings]);

  const choice = useTopicChoice(topic);
  const problem = distributionProblem(dist);
  const blocked =
    choice.kind === 'invalid' || choice.kind === 'internal'
      ? t('clients.send.blockedTopic')
      : !(rate > 0)
        ? t('clients.auto.blockedRate')
        : problem === 'keys'
          ? t('clients.auto.blockedKeys')
          : problem === 'share'
            ? t('clients.auto.blockedShare')
            : null;

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (blocked !== null) return;
    const reply = await command.run({
      type: 'auto-produce',
      topic,
      ratePerSec: rate,
      distribution: toDistribution(dist),
      acks,
    });
    if (reply !== undefined) store.getState().announce(t('clients.auto.started', { rate, topic }));
  };
  const stop = async () => {
    if (settings === null) return;
    const reply = await command.run({ ...settings, type: 'auto-produce', ratePerSec: 0 });
    if (reply !== undefined) store.getState().announce(t('clients.auto.stopped'));
  };

  return (
    <form className="clients-form auto-produce" onSubmit={start} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('clients.auto.title')}</h3>
      <AutoStatus />
      {running && <LandingBars topic={settings.topic} distribution={settings.distribution} />}
      <TopicField value={topic} onChange={setTopic} choice={choice} />
      <div className="field rate-field">
        <label htmlFor={`${id}-rate-slider`}>{t('clients.auto.rate')}</label>
        <div className="rate-inputs">
          <input
            id={`${id}-rate-slider`}
            type="range"
            min={0}
            max={SLIDER_STEPS}
            value={sliderFromRate(rate)}
            aria-valuetext={t('clients.auto.rateValue', { n: rate })}
            onChange={(e) => setRate(rateFromSlider(Number(e.target.value)))}
          />
          <label className="visually-hidden" htmlFor={`${id}-rate`}>
            {t('clients.auto.rateNumber')}
          </label>
          <input
            id={`${id}-rate`}
            type="number"
            min={0}
            max={MAX_RATE_PER_SEC}
            step={1}
            value={rate}
            onChange={(e) =>
              setRate(Math.min(MAX_RATE_PER_SEC, Math.max(0, Math.round(Number(e.target.value) || 0))))
            }
          />
          <span aria-hidden="true">{t('clients.auto.perSecond')}</span>
        </div>
      </div>
      <fieldset className="clients-choice">
        <legend>{t('clients.dist.legend')}</legend>
        {DISTRIBUTIONS.map((kind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={`${id}-d-${kind}`}
              name={`${id}-dist`}
              checked={dist.kind === kind}
              onChange={() => setDist({ ...dist, kind })}
              aria-describedby={`${id}-d-${kind}-why`}
            />
            <label htmlFor={`${id}-d-${kind}`}>{t(`clients.dist.${kind}`)}</label>
            <small id={`${id}-d-${kind}-why`}>{t(`clients.dist.${kind}Why`)}</small>
          </div>
        ))}
        {dist.kind !== 'none' && (
          <div className="field-pair">
            <div className="field">
              <label htmlFor={`${id}-keys`}>
                {t(dist.kind === 'hot-key' ? 'clients.dist.otherKeys' : 'clients.dist.keys')}
              </label>
              <input
                id={`${id}-keys`}
                type="number"
                min={1}
                max={1_000_000}
                step={1}
                value={dist.keys}
                onChange={(e) => setDist({ ...dist, keys: Number(e.target.value) })}
              />
            </div>
            {dist.kind === 'hot-key' && (
              <div className="field">
                <label htmlFor={`${id}-share`}>{t('clients.dist.hotShare')}</label>
                <div className="rate-inputs">
                  <input
                    id={`${id}-share`}
                    type="range"
                    min={0}
                    max={100}
                    step={5}
                    value={dist.hotSharePercent}
                    aria-valuetext={`${dist.hotSharePercent}%`}
                    onChange={(e) => setDist({ ...dist, hotSharePercent: Number(e.target.value) })}
                  />
                  <output htmlFor={`${id}-share`} className="mono">{`${dist.hotSharePercent}%`}</output>
                </div>
              </div>
            )}
          </div>
        )}
      </fieldset>
      <AcksChoice value={acks} onChange={setAcks} />
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={blocked !== null || command.busy}
          aria-describedby={blocked === null ? undefined : `${id}-blocked`}
        >
          {t(running ? 'clients.auto.apply' : 'clients.auto.start')}
        </button>
        <button
          type="button"
          disabled={!running || command.busy}
          onClick={stop}
          aria-describedby={running ? undefined : `${id}-stopped`}
        >
          {t('clients.auto.stop')}
        </button>
        {blocked !== null && (
          <span id={`${id}-blocked`} className="blocked-reason">
            {blocked}
          </span>
        )}
        {!running && (
          <span id={`${id}-stopped`} className="visually-hidden">
            {t('clients.auto.notRunning')}
          </span>
        )}
      </div>
      <CommandError failure={command.failure} onDismiss={command.clear} />
    </form>
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per language: the counters change every frame, and building a formatter is slow. */
function numberFormat(lang: string): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-GB');
    numberFormats.set(lang, f);
  }
  return f;
}

/**
 * The running producer's settings, without its counters: those change every frame while it runs, and
 * only {@link AutoStatus} should re-render for them.
 */
function useAutoSettings(): Omit<AutoProduceCommand, 'type'> | null {
  const topic = useAppStore((s) => selectAutoProduce(s)?.topic);
  const ratePerSec = useAppStore((s) => selectAutoProduce(s)?.ratePerSec ?? 0);
  const acks = useAppStore((s) => selectAutoProduce(s)?.acks);
  // Records arrive whole (a new distribution object each patch): compare the settings by value.
  const distribution = useAppStore((s) => {
    const d = selectAutoProduce(s)?.distribution;
    return d === undefined ? null : JSON.stringify(d);
  });
  return useMemo(
    () =>
      topic === undefined || acks === undefined || distribution === null
        ? null
        : {
            topic,
            ratePerSec,
            acks: acks as Acks,
            distribution: JSON.parse(distribution) as KeyDistribution,
          },
    [topic, ratePerSec, acks, distribution],
  );
}

/** What the automatic producer is doing, and its sent / acknowledged / failed counts. */
function AutoStatus() {
  const { t, lang } = useT();
  const record = useAppStore(selectAutoProduce);
  const count = (n: number) => numberFormat(lang).format(n);
  if (!record) return null;
  const running = record.ratePerSec > 0;
  const inFlight = Math.max(0, record.sent - record.acknowledged - record.failed);
  return (
    <div className={`auto-status ${running ? 'is-running' : 'is-stopped'}`}>
      <p>
        <span aria-hidden="true">{running ? '▶ ' : '■ '}</span>
        {running
          ? t('clients.auto.running', { rate: record.ratePerSec, topic: record.topic, acks: record.acks })
          : t('clients.auto.idle')}
      </p>
      {record.sent > 0 && (
        <dl className="auto-counts">
          <div>
            <dt>{t('clients.auto.sent')}</dt>
            <dd className="mono">{count(record.sent)}</dd>
          </div>
          <div>
            <dt>{t('clients.auto.acknowledged')}</dt>
            <dd className="mono">{count(record.acknowledged)}</dd>
          </div>
          <div>
            <dt>{t('clients.auto.failed')}</dt>
            <dd className={`mono${record.failed > 0 ? ' warn' : ''}`}>{count(record.failed)}</dd>
          </div>
          <div>
            <dt>{t('clients.auto.inFlight')}</dt>
            <dd className="mono">{count(inFlight)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
