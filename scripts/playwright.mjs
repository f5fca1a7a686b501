// Runs Playwright with a Chromium found (or installed) by find-chromium.mjs, chosen once and printed.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const { path } = findChromium();
const env = { ...process.env, ...(path ? { KAFKASCOPE_CHROMIUM: path } : {}) };
const result = spawnSync('npx', ['playwright', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
