/**
 * Opens the bench page with `query`, waits for its worker to finish, and returns the `name=value`
 * lines it left on `window.__benchLines` (printing them), failing on `window.__benchError`.
 */
import { expect, type Page } from '@playwright/test';

export async function runBenchPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`bench.html?${query}`);
  await page.waitForFunction(
    () => window.__benchLines !== undefined || window.__benchError !== undefined,
    null,
    {
      timeout: 590_000,
    },
  );
  expect(await page.evaluate(() => window.__benchError)).toBeUndefined();
  const lines = (await page.evaluate(() => window.__benchLines)) ?? [];
  for (const line of lines) console.log(line);
  return lines;
}

/** The number after `name=` in the bench lines. */
export function figure(lines: readonly string[], name: string): number {
  return Number(lines.find((l) => l.startsWith(`${name}=`))?.split('=')[1]);
}

declare global {
  interface Window {
    __benchLines?: string[];
    __benchError?: string;
  }
}
