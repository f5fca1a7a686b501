import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

// Browser benchmarks, kept apart from the e2e run: their own test files (*.bench.ts), their own build
// (`vite build --mode bench` → dist-bench/, holding only bench.html), their own port.

const PORT = 4174;
const APP_PORT = 4175;

export default defineConfig({
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx vite build --mode bench && npx vite preview --mode bench --strictPort --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/bench.html`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The app itself in test mode (it has the test API the UI bench drives), in its own folder.
      command: `npx vite build --mode test --outDir dist-bench-app && npx vite preview --outDir dist-bench-app --strictPort --port ${APP_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
