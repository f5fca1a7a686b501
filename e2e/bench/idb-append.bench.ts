/**
 * Browser benchmark: persisted append MiB/s into IndexedDB through Log + LogPersister + IdbSegmentStore
 * versus raw IndexedDB puts of the same 64 KiB chunks, medians of ≥ 3 runs, in real Chromium.
 * Not part of the e2e run: `npx playwright test -c playwright.bench.config.ts` (it builds the bench
 * page with `vite build --mode bench`). Prints plain `name=value` lines.
 * Knobs: BENCH_RUNS (default 5, at least 3), BENCH_MIB (default 16).
 */
import { expect, test } from '@playwright/test';

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const mib = Math.max(1, Number(process.env.BENCH_MIB ?? 16));

test('idb append throughput: store vs raw', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`bench.html?runs=${runs}&mib=${mib}`);
  await page.waitForFunction(
    () => window.__benchLines !== undefined || window.__benchError !== undefined,
    null,
    {
      timeout: 590_000,
    },
  );
  const error = await page.evaluate(() => window.__benchError);
  expect(error).toBeUndefined();
  const lines = (await page.evaluate(() => window.__benchLines)) ?? [];
  for (const line of lines) console.log(line);
  const figure = (name: string) => Number(lines.find((l) => l.startsWith(`${name}=`))?.split('=')[1]);
  expect(figure('idb.append.store_mib_s')).toBeGreaterThan(0);
  expect(figure('idb.raw.mib_s')).toBeGreaterThan(0);
});

declare global {
  interface Window {
    __benchLines?: string[];
    __benchError?: string;
  }
}
