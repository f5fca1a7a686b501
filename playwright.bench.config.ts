import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the npm scripts, typed loosely on purpose.
import { findChromium } from './scripts/find-chromium.mjs';

// Browser benchmarks, kept apart from the e2e run: their own test files (*.bench.ts), their own build
// (`vite build --mode bench` → dist-bench/, holding only bench.html), their own port.
const executablePath: string | undefined =
  process.env.KAFKASCOPE_CHROMIUM ?? findChromium({ install: false, quiet: true }).path;

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PORT = 4174;

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
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite build --mode bench && npx vite preview --mode bench --strictPort --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/bench.html`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
