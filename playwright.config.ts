import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

// PW_PORT / PW_DIST let several builds be tested side by side (each on its own port and folder).
const PORT = Number(process.env.PW_PORT ?? 4173);
// The e2e specs drive the test-mode build (it has the `window.__kafkascope` test API).
const DIST = process.env.PW_DIST ?? 'dist-test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The e2e suite tests the built site, as a static host serves it.
    command: `npx vite preview --strictPort --port ${PORT} --host 127.0.0.1${DIST ? ` --outDir ${DIST}` : ''}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
