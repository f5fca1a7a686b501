/**
 * The charts tab (lazy-loaded: its own chunk with d3-scale and d3-shape): records/s produced to and
 * consumed from each partition of a topic, consumer lag, disk bytes per broker and the page-cache hit
 * ratio per broker, over simulated time. The history comes from charts-sampler.ts, which collects it
 * even while this tab is closed. The selected partition or broker is drawn bold in every chart;
 * clicking a legend entry selects it.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../bridge/context';
import { type ChartSample, getSamples, startChartSampler, subscribeSamples } from '../../charts-sampler';
import { formatBytes } from '../../format';
import type { Lang } from '../../i18n/i18n';
import { type Translator, useT } from '../../i18n/use-t';
import { selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';
import type { Selection } from '../../store/ui-slice';
import { seriesStyle } from './chart-layout';
import {
  brokerKey,
  consumeRates,
  diskSeries,
  hasPageCacheData,
  lagSeries,
  limitSeries,
  pageCacheHitRatios,
  produceRates,
  type Series,
} from './chart-series';
import { type ChartSeriesView, LineChart } from './LineChart';
import './charts.css';

/** Lines per chart: beyond this the quietest are summed into "other partitions". */
const MAX_LINES = 8;

function useSamples(): readonly ChartSample[] {
  return useSyncExternalStore(subscribeSamples, getSamples);
}

/** User topics, by name (internal ones carry no produce traffic worth charting). */
const selectTopicNames = (s: AppState) =>
  [...selectKind('topic')(s).values()]
    .filter((topic) => !topic.internal)
    .map((topic) => topic.name)
    .sort();

function selectionTopic(selection: Selection | null): string | null {
  if (selection === null) return null;
  if ('topic' in selection) return selection.topic;
  return null;
}

export default function ChartsPanel() {
  const { t, lang } = useT();
  const store = useAppStoreApi();
  const samples = useSamples();
  // main.tsx starts the sampler with the app; this only guards against a build that forgot to.
  useEffect(() => {
    startChartSampler(store);
  }, [store]);
  const topics = useAppStore(useShallow(selectTopicNames));
  const selection = useAppStore((s) => s.selection);
  const [chosenTopic, setChosenTopic] = useState<string | null>(null);
  const selectedTopic = selectionTopic(selection);
  // The selection leads (selecting a partition elsewhere shows its topic); the picker overrides it.
  const topic =
    [chosenTopic, selectedTopic, topics[0] ?? null].find((name) => name !== null && topics.includes(name)) ??
    null;

  const views = useMemo(() => {
    const view = (series: readonly Series[], combine: boolean) =>
      limitSeries(series, MAX_LINES, (s) => isSelected(s, selection), combine).map(
        (s, i): ChartSeriesView => ({
          series: s,
          name: seriesName(t, s),
          style: seriesStyle(styleIndex(s, i), s.label.kind === 'others'),
          selected: isSelected(s, selection),
        }),
      );
    return {
      produce: topic === null ? [] : view(produceRates(samples, topic), true),
      consume: topic === null ? [] : view(consumeRates(samples, topic), true),
      lag: topic === null ? [] : view(lagSeries(samples, topic), true),
      disk: view(diskSeries(samples), true),
      cache: view(pageCacheHitRatios(samples), false),
    };
  }, [samples, topic, selection, t]);

  const pick = (line: ChartSeriesView) => {
    const label = line.series.label;
    const current = store.getState().selection;
    let next: Selection | null = null;
    if (label.kind === 'broker') next = { kind: 'broker', brokerId: label.brokerId };
    if (label.kind === 'partition' || label.kind === 'groupPartition')
      next = { kind: 'partition', topic: label.topic, partition: label.partition };
    // A second click on the selected line clears the selection.
    store.getState().select(line.selected && current !== null ? null : next);
  };

  const rate = (v: number) => t('charts.perSecond', { n: formatNumber(lang, v) });
  const count = (v: number) => formatNumber(lang, v);
  const collecting = samples.length < 2 ? t('charts.collecting') : null;

  return (
    <section className="panel charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('charts.title')}</h2>
      <p className="hint">{t('charts.hint')}</p>
      <div className="charts-topic field">
        <label htmlFor="charts-topic">{t('charts.topic')}</label>
        <select
          id="charts-topic"
          value={topic ?? ''}
          disabled={topics.length === 0}
          onChange={(e) => setChosenTopic(e.target.value)}
        >
          {topics.length === 0 && <option value="">{t('charts.noTopics')}</option>}
          {topics.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <LineChart
        title={t('charts.produce.title', { topic: topic ?? '—' })}
        unit={t('charts.unit.recordsPerSecond')}
        lines={views.produce}
        format={rate}
        tickFormat={count}
        emptyText={collecting ?? t('charts.produce.empty')}
        onPick={pick}
      />
      <LineChart
        title={t('charts.consume.title', { topic: topic ?? '—' })}
        unit={t('charts.unit.recordsPerSecond')}
        lines={views.consume}
        format={rate}
        tickFormat={count}
        emptyText={collecting ?? t('charts.consume.empty')}
        onPick={pick}
      />
      <LineChart
        title={t('charts.lag.title', { topic: topic ?? '—' })}
        unit={t('charts.unit.records')}
        lines={views.lag}
        format={count}
        emptyText={collecting ?? t('charts.lag.empty')}
        onPick={pick}
      />
      <LineChart
        title={t('charts.disk.title')}
        unit={t('charts.unit.bytes')}
        lines={views.disk}
        format={(v) => formatBytes(lang, Math.round(v))}
        bytes
        emptyText={collecting ?? t('charts.disk.empty')}
        onPick={pick}
      />
      <LineChart
        title={t('charts.cache.title')}
        unit={t('charts.unit.hitRatio')}
        lines={views.cache}
        format={(v) => formatPercent(lang, v)}
        yMax={1}
        emptyText={
          hasPageCacheData(samples) ? (collecting ?? t('charts.cache.noReads')) : t('charts.cache.noMetrics')
        }
        onPick={pick}
      />
    </section>
  );
}

function isSelected(s: Series, selection: Selection | null): boolean {
  if (selection === null) return false;
  const label = s.label;
  if (selection.kind === 'broker') return s.key === brokerKey(selection.brokerId);
  if (
    (selection.kind === 'partition' || selection.kind === 'replica' || selection.kind === 'record') &&
    (label.kind === 'partition' || label.kind === 'groupPartition')
  )
    return label.topic === selection.topic && label.partition === selection.partition;
  if (selection.kind === 'replica' && label.kind === 'broker') return label.brokerId === selection.brokerId;
  if (selection.kind === 'group' && label.kind === 'groupPartition')
    return label.groupId === selection.groupId;
  return false;
}

/** A line keeps its look while other lines come and go: partitions and brokers by their own number. */
function styleIndex(s: Series, position: number): number {
  if (s.label.kind === 'partition') return s.label.partition;
  if (s.label.kind === 'broker') return s.label.brokerId - 1;
  return position;
}

function seriesName(t: Translator['t'], s: Series): string {
  const label = s.label;
  switch (label.kind) {
    case 'partition':
      return `${label.topic}-${label.partition}`;
    case 'groupPartition':
      return t('charts.series.groupPartition', {
        group: label.groupId,
        partition: `${label.topic}-${label.partition}`,
      });
    case 'broker':
      return t('charts.series.broker', { id: label.brokerId });
    case 'others':
      return t('charts.series.others', { n: label.count });
  }
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

function formatNumber(lang: Lang, v: number): string {
  let f = numberFormats.get(lang);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 1 });
    numberFormats.set(lang, f);
  }
  return f.format(v);
}

function formatPercent(lang: Lang, ratio: number): string {
  return `${formatNumber(lang, ratio * 100)}%`;
}
