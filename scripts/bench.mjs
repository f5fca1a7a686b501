// `npm run bench`: engine benchmarks in Node (every engine/**/*.bench.ts, run with tsx), then the
// browser benchmarks in headless Chromium (playwright.bench.config.ts). They print figures; they do
// not pass or fail on targets — machine noise would make such tests flaky. Targets are printed beside
// the figures for the reader.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function benchFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return benchFiles(path);
    return e.name.endsWith('.bench.ts') ? [path] : [];
  });
}

let failed = 0;
const only = process.argv[2]; // e.g. `npm run bench -- codec`
for (const file of benchFiles('engine').sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n━━ ${file}`);
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}

if ((!only || only === 'browser' || only === 'ui') && existsSync('playwright.bench.config.ts')) {
  // The bench config builds its own page (`vite build --mode bench`) before it runs.
  console.log('\n━━ browser benchmarks (headless Chromium)');
  // `npm run bench -- ui`: only the live UI's frame budget (e2e/bench/ui.bench.ts).
  const files = only === 'ui' ? ['e2e/bench/ui.bench.ts'] : [];
  const r = spawnSync(
    'node',
    ['scripts/playwright.mjs', 'test', '--config', 'playwright.bench.config.ts', ...files],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
