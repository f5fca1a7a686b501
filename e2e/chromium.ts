import type { LaunchOptions } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the npm scripts, typed loosely on purpose.
import { findChromium } from '../scripts/find-chromium.mjs';

// scripts/playwright.mjs resolves the browser once (installing one if it must) and passes it down in
// KAFKASCOPE_CHROMIUM; a bare `npx playwright test` finds one here instead, without installing.
const executablePath: string | undefined =
  process.env.KAFKASCOPE_CHROMIUM ?? findChromium({ install: false, quiet: true }).path;

/**
 * Launch options for a root, headless, offline machine: no sandbox as root, no GPU, and no background
 * networking (this machine's closed network refuses those connections, many at a time).
 */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
