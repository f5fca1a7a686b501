/**
 * Entry point: one store, one engine worker, one React root. The engine lives in its own worker chunk
 * (see bridge/engine-client.ts); this chunk holds only the UI.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ServicesProvider } from './bridge/context';
import { connectEngine } from './bridge/engine-client';
import { loadLang, persistLang } from './lang-preference';
import { createAppStore } from './store/store';
import { installTestApi } from './test-api';
import { App } from './views/App';
import './styles.css';

const store = createAppStore(loadLang());
persistLang(store);
const engine = connectEngine(store);
installTestApi(store, engine);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider store={store} engine={engine}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
