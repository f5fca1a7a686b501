/**
 * Entry point: one store, one engine worker, one React root. The engine lives in its own worker chunk
 * (see bridge/engine-client.ts); this chunk holds only the UI.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ServicesProvider } from './bridge/context';
import { connectEngine } from './bridge/engine-client';
import { startChartSampler } from './charts-sampler';
import { loadLang, persistLang } from './lang-preference';
import { createAppStore } from './store/store';
import { installTestApi } from './test-api';
import { App } from './views/App';
import './styles.css';

const store = createAppStore(loadLang());
persistLang(store);
const engine = connectEngine(store);
installTestApi(store, engine);
// Chart history is gathered from the start, so the charts have a past when their tab is first opened.
startChartSampler(store);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider store={store} engine={engine}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
