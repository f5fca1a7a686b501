/**
 * Broker metrics by Kafka's own names as a Was / Now / Δ table ("mark" freezes Was), for the whole
 * cluster or one broker (a broker selected elsewhere becomes the scope); meters add their rate over
 * the last simulated minute. Below: LogStartOffset / LogEndOffset per partition of a topic. On top:
 * the safety invariants as badges ("no acknowledged record lost", "per-key order kept").
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { formatBytes, formatSimTime } from '../../format';
import type { Lang } from '../../i18n/i18n';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import {
  selectBrokers,
  selectClock,
  selectKind,
  selectPartitionsOf,
  selectSelection,
  selectTopics,
} from '../../store/selectors';
import { InvariantBadges } from './InvariantBadges';
import { meterHistoryOf } from './meter-sampler';
import {
  captureMark,
  delta,
  isBytes,
  isMeter,
  logMbeanName,
  type MetricsScope,
  mbeanName,
  metricKey,
  metricNames,
  metricValue,
  type PartitionOffsetMetric,
  partitionMetricKey,
  partitionOffset,
} from './metrics-rows';
import './insight.css';

export function MetricsPanel() {
  const { t, lang } = useT();
  const store = useAppStoreApi();
  const brokers = useAppStore(useShallow(selectBrokers));
  // Whole simulated seconds: rates move on even when no counter does, without a render per frame.
  const nowSec = useAppStore((s) => Math.floor((selectClock(s)?.nowMs ?? 0) / 1000));
  const mark = useAppStore((s) => s.metricsMark);
  const setMark = useAppStore((s) => s.setMetricsMark);
  const selection = useAppStore(selectSelection);
  const history = useMemo(() => meterHistoryOf(store), [store]);
  const [scope, setScope] = useState<MetricsScope>('cluster');

  useEffect(() => {
    if (selection?.kind === 'broker') setScope(selection.brokerId);
  }, [selection]);

  const names = metricNames(brokers);
  const nowMs = selectClock(store.getState())?.nowMs ?? nowSec * 1000;
  const scopeName =
    scope === 'cluster'
      ? t('insight.metrics.scopeCluster')
      : t('insight.metrics.scopeBroker', { broker: scope });

  const takeMark = () => {
    const state = store.getState();
    setMark({
      atMs: selectClock(state)?.nowMs ?? 0,
      values: captureMark(selectBrokers(state), selectKind('partition')(state).values()),
    });
  };

  return (
    <section className="panel insight-metrics" aria-labelledby="insight-metrics-title">
      <h2 id="insight-metrics-title">{t('insight.metrics.title')}</h2>
      <InvariantBadges />
      <p className="hint">{t('insight.metrics.caption')}</p>
      <div className="metrics-toolbar">
        <label>
          {t('insight.metrics.scope')}{' '}
          <select
            value={String(scope)}
            onChange={(e) => setScope(e.target.value === 'cluster' ? 'cluster' : Number(e.target.value))}
          >
            <option value="cluster">{t('insight.metrics.scopeCluster')}</option>
            {brokers.map((b) => (
              <option key={b.id} value={b.brokerId}>
                {t('insight.metrics.scopeBroker', { broker: b.brokerId })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={takeMark}
          title={t('insight.metrics.markHint')}
          aria-describedby="insight-mark-hint"
        >
          <span aria-hidden="true">⚑ </span>
          {t('insight.metrics.mark')}
        </button>
        {mark && (
          <button type="button" onClick={() => setMark(null)}>
            {t('insight.metrics.clearMark')}
          </button>
        )}
      </div>
      <p className="hint" id="insight-mark-hint">
        {mark
          ? t('insight.metrics.markedAt', { time: formatSimTime(lang, mark.atMs) })
          : t('insight.metrics.noMark')}
      </p>
      <table className="metrics-table" aria-label={t('insight.metrics.table', { scope: scopeName })}>
        <thead>
          <tr>
            <th scope="col">{t('insight.metrics.metric')}</th>
            <th scope="col">{t('insight.metrics.was')}</th>
            <th scope="col">{t('insight.metrics.now')}</th>
            <th scope="col">{t('insight.metrics.delta')}</th>
            <th scope="col">{t('insight.metrics.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((metric) => {
            const now = metricValue(brokers, scope, metric);
            const was = mark?.values[metricKey(scope, metric)];
            const rate =
              isMeter(metric) && now !== null
                ? history.ratePerSec(metricKey(scope, metric), nowMs, now)
                : null;
            const mbean = mbeanName(metric);
            return (
              <tr key={metric}>
                <th scope="row">
                  <span className="mono" lang="en">
                    {metric}
                  </span>
                  {mbean && (
                    <small className="mbean mono" lang="en">
                      {mbean}
                    </small>
                  )}
                </th>
                <td>{formatValue(lang, metric, was)}</td>
                <td>{formatValue(lang, metric, now)}</td>
                <DeltaCell lang={lang} metric={metric} value={delta(was, now)} />
                <td>{isMeter(metric) ? formatRate(lang, metric, rate) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PartitionOffsets />
    </section>
  );
}

/** LogStartOffset / LogEndOffset of each partition of one topic (the selected one, or a chosen one). */
function PartitionOffsets() {
  const { t, lang } = useT();
  const topics = useAppStore(useShallow(selectTopics));
  const selection = useAppStore(selectSelection);
  const mark = useAppStore((s) => s.metricsMark);
  const select = useAppStore((s) => s.select);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectedTopic = selection && 'topic' in selection ? selection.topic : null;
  useEffect(() => {
    if (selectedTopic !== null) setChosen(selectedTopic);
  }, [selectedTopic]);
  const topic = chosen ?? topics[0]?.name ?? null;
  const partitions = useAppStore(useShallow(selectPartitionsOf(topic ?? '')));
  const metrics: PartitionOffsetMetric[] = ['LogStartOffset', 'LogEndOffset'];

  return (
    <section className="metrics-offsets" aria-labelledby="insight-offsets-title">
      <h3 id="insight-offsets-title">{t('insight.metrics.offsets')}</h3>
      {topic === null ? (
        <p className="hint">{t('insight.metrics.noTopics')}</p>
      ) : (
        <>
          <label>
            {t('insight.metrics.topic')}{' '}
            <select value={topic} onChange={(e) => setChosen(e.target.value)}>
              {topics.map((tp) => (
                <option key={tp.id} value={tp.name}>
                  {tp.name}
                </option>
              ))}
            </select>
          </label>
          <table
            className="metrics-table metrics-offsets-table"
            aria-label={t('insight.metrics.offsetsTable', { topic })}
          >
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('insight.metrics.partition')}
                </th>
                {metrics.map((m) => (
                  <th
                    key={m}
                    scope="colgroup"
                    colSpan={3}
                    className="mono"
                    lang="en"
                    title={logMbeanName(m, topic, 0)}
                  >
                    {m}
                  </th>
                ))}
              </tr>
              <tr>
                {metrics.map((m) => (
                  <PartitionSubHeads key={m} />
                ))}
              </tr>
            </thead>
            <tbody>
              {partitions.map((p) => {
                const isSelected =
                  selection !== null &&
                  'partition' in selection &&
                  selection.topic === p.topic &&
                  selection.partition === p.partition;
                return (
                  <tr key={p.id} className={isSelected ? 'selected' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button mono"
                        aria-pressed={isSelected}
                        onClick={() => select({ kind: 'partition', topic: p.topic, partition: p.partition })}
                      >
                        {p.topic}-{p.partition}
                      </button>
                      {p.leader < 0 && <small className="warn"> ⊘ {t('insight.metrics.offline')}</small>}
                    </th>
                    {metrics.map((m) => {
                      const now = partitionOffset(p, m);
                      const was = mark?.values[partitionMetricKey(p.topic, p.partition, m)];
                      return <OffsetCells key={m} lang={lang} was={was} now={now} />;
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function PartitionSubHeads() {
  const { t } = useT();
  return (
    <>
      <th scope="col">{t('insight.metrics.was')}</th>
      <th scope="col">{t('insight.metrics.now')}</th>
      <th scope="col">{t('insight.metrics.delta')}</th>
    </>
  );
}

function OffsetCells({ lang, was, now }: { lang: Lang; was: number | undefined; now: number | null }) {
  return (
    <>
      <td>{formatValue(lang, 'offset', was)}</td>
      <td>{formatValue(lang, 'offset', now)}</td>
      <DeltaCell lang={lang} metric="offset" value={delta(was, now)} />
    </>
  );
}

function DeltaCell({ lang, metric, value }: { lang: Lang; metric: string; value: number | null }) {
  if (value === null || value === 0)
    return (
      <td className="delta">{value === null ? translate(lang, 'insight.na') : formatNumber(lang, 0)}</td>
    );
  const sign = value > 0 ? '+' : '−';
  const shown = isBytes(metric) ? formatBytes(lang, Math.abs(value)) : formatNumber(lang, Math.abs(value));
  return (
    <td className={`delta ${value > 0 ? 'up' : 'down'}`}>
      <span aria-hidden="true">{value > 0 ? '▲' : '▼'} </span>
      {sign}
      {shown}
    </td>
  );
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

function formatNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

function formatValue(lang: Lang, metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return translate(lang, 'insight.na');
  // Offsets are printed as Kafka prints them: plain digits.
  if (metric === 'offset') return String(value);
  return isBytes(metric) ? formatBytes(lang, value) : formatNumber(lang, value);
}

function formatRate(lang: Lang, metric: string, rate: number | null): string {
  if (rate === null) return translate(lang, 'insight.na');
  const n = isBytes(metric) ? formatBytes(lang, Math.round(rate)) : formatNumber(lang, rate);
  return translate(lang, 'insight.metrics.rateValue', { n });
}
