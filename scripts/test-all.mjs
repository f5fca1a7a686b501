// `npm test`: every check, in the order a reviewer would want them, and one closing line
// `N passed, N failed` summing them all. Format, lint, types and build count as one check each;
// Vitest and Playwright contribute one per test. A failing step does not stop the later ones (so the
// summary is complete), but the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const RESULTS_DIR = 'test-results';
mkdirSync(RESULTS_DIR, { recursive: true });

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}: ${[command, ...args].join(' ')}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ok: child.status === 0, seconds };
}

function check(title, command, args) {
  const { ok, seconds } = run(title, command, args);
  results.push({ title, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs a test suite that writes a JSON report and counts its tests; a crash counts as one failure. */
function suite(title, command, args, reportPath, count) {
  rmSync(reportPath, { force: true });
  const { ok, seconds } = run(title, command, args);
  const report = existsSync(reportPath) ? readJson(reportPath) : undefined;
  const counted = report ? count(report) : { passed: 0, failed: 0 };
  // A runner that failed without reporting a failed test (crash, config error) is still a failure.
  if (!ok && counted.failed === 0) counted.failed = 1;
  results.push({ title, ...counted, seconds });
}

check('format', 'npx', ['biome', 'format', '.']);
check('lint', 'npx', ['biome', 'lint', '--error-on-warnings', '.']);
check('types', 'npx', ['tsc', '-b']);

suite(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS_DIR}/unit.json`],
  `${RESULTS_DIR}/unit.json`,
  (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0),
  }),
);

// The shipped build (dist/, checked by e2e/bundle.spec.ts), then the same site in test mode
// (dist-test/, with the `window.__kafkascope` test API) that the e2e specs drive.
const built =
  check('build', 'npx', ['vite', 'build']) &&
  check('build (test mode)', 'npx', ['vite', 'build', '--mode', 'test', '--outDir', 'dist-test']);
if (built) {
  suite('e2e', 'node', ['scripts/playwright.mjs', 'test'], `${RESULTS_DIR}/e2e.json`, (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
  }));
} else {
  console.log('\n━━ e2e: skipped, the build failed');
  results.push({ title: 'e2e (not run: build failed)', passed: 0, failed: 1, seconds: 0 });
}

console.log('\n━━ summary');
for (const r of results) {
  const mark = r.failed === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `${mark} ${r.title.padEnd(30)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.toFixed(1)} s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
