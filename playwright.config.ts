import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the npm scripts, typed loosely on purpose.
import { findChromium } from './scripts/find-chromium.mjs';

// scripts/playwright.mjs resolves the browser once and passes it down; a bare `npx playwright test`
// finds it here instead (without installing anything).
const executablePath: string | undefined =
  process.env.KAFKASCOPE_CHROMIUM ?? findChromium({ install: false, quiet: true }).path;

// Flags for a root, headless, offline machine: no sandbox as root, no GPU, and no background
// networking (this machine's closed network refuses those connections, many at a time).
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PORT = 4173;

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
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The e2e suite tests the built site, as a static host serves it.
    command: `npx vite preview --strictPort --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
