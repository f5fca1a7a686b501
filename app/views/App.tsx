/**
 * The page: header (seed, clock, language, presets), the time bar, the cluster drawn large with the
 * watched partition's log under it, and a tabbed side panel for the producer, consumers, inspector,
 * metadata, timeline, metrics, charts and configs. "What just happened" stays in view.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../bridge/context';
import { useT } from '../i18n/use-t';
import { selectClock } from '../store/selectors';
import { ConsumersPanel } from './clients/ConsumersPanel';
import { ProducerPanel } from './clients/ProducerPanel';
import { ClusterView } from './cluster/ClusterView';
import { ConfigEditor } from './config/ConfigEditor';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { Announcer } from './insight/Announcer';
import { EventTimeline } from './insight/EventTimeline';
import { MetadataTree } from './insight/MetadataTree';
import { MetricsPanel } from './insight/MetricsPanel';
import { WhatHappened } from './insight/WhatHappened';
import { PartitionLogView } from './log/PartitionLogView';
import { RecordInspector } from './log/RecordInspector';
import { LiveRegion } from './shell/LiveRegion';
import { SideTabs } from './shell/SideTabs';
import { useShortcuts } from './shell/use-shortcuts';
import { TimeControls } from './TimeControls';

// Charts bring d3's shapes and axes: their own chunk, loaded when the tab is first opened.
const ChartsPanel = lazy(() => import('./charts/ChartsPanel'));

export function App() {
  const { t, lang } = useT();
  const connected = useAppStore((s) => s.connected);
  const tab = useAppStore((s) => s.sideTab);
  // A new cluster (reset, preset) starts the panels afresh: forms forget topics of the old one.
  const runKey = useAppStore((s) => {
    const clock = selectClock(s);
    return clock ? `${clock.seed}:${clock.preset}:${clock.startMs}` : '';
  });
  useShortcuts();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // The benchmark's "first render" (navigation start → the cluster drawn), marked once.
    if (connected && performance.getEntriesByName('kafkascope:first-render').length === 0)
      performance.mark('kafkascope:first-render');
  }, [connected]);
  return (
    <div className="app">
      <Header />
      <TimeControls />
      <ErrorBanner />
      {!connected ? (
        <p className="connecting" role="status">
          {t('status.connecting')}
        </p>
      ) : (
        <main className="workspace" key={runKey}>
          <div className="stage">
            <ClusterView />
            <PartitionLogView />
          </div>
          <aside className="side">
            <WhatHappened />
            <SideTabs />
            <div className="side-body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
              {tab === 'producer' && <ProducerPanel />}
              {tab === 'consumers' && <ConsumersPanel />}
              {tab === 'inspector' && <RecordInspector />}
              {tab === 'metadata' && <MetadataTree />}
              {tab === 'timeline' && <EventTimeline />}
              {tab === 'metrics' && <MetricsPanel />}
              {tab === 'charts' && (
                <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
                  <ChartsPanel />
                </Suspense>
              )}
              {tab === 'config' && <ConfigEditor />}
            </div>
          </aside>
        </main>
      )}
      <Announcer />
      <LiveRegion />
    </div>
  );
}
