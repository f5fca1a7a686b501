// Finds a Chromium for Playwright on machines where `npx playwright install` cannot download one.
// Order: $KAFKASCOPE_CHROMIUM / $CHROMIUM_PATH / $CHROME_PATH, then Debian's /usr/bin/chromium, then
// other common locations, then Playwright's own download cache. With none found: as root on Debian,
// `apt-get install chromium`; else `npx playwright install chromium` (works where the internet is).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const ENV_NAMES = ['KAFKASCOPE_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'];
const COMMON_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Chromium binaries already in Playwright's cache (from an earlier `playwright install`). */
function playwrightCached() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .flatMap((d) => [
      join(root, d, 'chrome-linux', 'chrome'),
      join(root, d, 'chrome-linux64', 'chrome'),
      join(root, d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

function firstExisting() {
  for (const name of ENV_NAMES) {
    const value = process.env[name];
    if (value && existsSync(value)) return { path: value, how: `$${name}` };
    if (value) console.warn(`[chromium] $${name}=${value} does not exist; looking elsewhere`);
  }
  for (const path of [...COMMON_PATHS, ...playwrightCached()]) {
    if (existsSync(path)) return { path, how: 'found on disk' };
  }
  return undefined;
}

function isRootOnDebian() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Returns `{ path, how }` for a Chromium executable, or `{ path: undefined, how }` when Playwright's
 * own downloaded browser should be used. Prints what it chose (once per process).
 */
export function findChromium({ install = true, quiet = false } = {}) {
  let found = firstExisting();
  if (!found && install && isRootOnDebian()) {
    console.log('[chromium] none found; installing Debian package "chromium" with apt-get');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    found = firstExisting();
    if (found) found.how = 'installed with apt-get';
  }
  if (!found && install) {
    console.log('[chromium] none found; trying `npx playwright install chromium`');
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    const result = { path: undefined, how: "Playwright's downloaded chromium" };
    if (!quiet) console.log(`[chromium] using ${result.how}`);
    return result;
  }
  if (!found) throw new Error('No Chromium found. Set KAFKASCOPE_CHROMIUM to a Chromium executable.');
  if (!quiet) console.log(`[chromium] using ${found.path} (${found.how})`);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) findChromium();
