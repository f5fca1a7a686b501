/** The first live slice: one partition of one topic on one broker, drawn from the engine's view model. */
import { useEffect } from 'react';
import { useAppStore } from '../bridge/context';
import { useT } from '../i18n/use-t';
import { ErrorBanner } from './ErrorBanner';
import { FileList } from './FileList';
import { Header } from './Header';
import { PartitionPanel } from './PartitionPanel';
import { ProduceForm } from './ProduceForm';
import { RecordsTable } from './RecordsTable';
import { StatsPanel } from './StatsPanel';
import { TimeControls } from './TimeControls';

export function App() {
  const { t, lang } = useT();
  const connected = useAppStore((s) => s.connected);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main aria-busy={!connected}>
        <ErrorBanner />
        {!connected ? (
          <p className="connecting" role="status">
            {t('status.connecting')}
          </p>
        ) : (
          <>
            <div className="controls">
              <ProduceForm />
              <TimeControls />
            </div>
            <PartitionPanel />
            <div className="columns">
              <RecordsTable />
              <div className="side">
                <FileList />
                <StatsPanel />
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
