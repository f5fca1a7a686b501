/**
 * The built site keeps the engine out of the main chunk: the UI bundle may hold the protocol's
 * constants and the pure view helpers, never the log, the codec or IndexedDB code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = join(import.meta.dirname, '..', 'dist');

test('the engine lives in its own worker chunk, not in the main one', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const mainSrc = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  expect(mainSrc, 'index.html loads a module script with a relative path (base ./)').toBeDefined();
  const main = readFileSync(join(dist, mainSrc ?? ''), 'utf8');
  for (const engineOnly of ['ColdChunkError', 'RecordBatchTooLargeException', 'indexedDB', 'crc32c']) {
    expect(main, `${engineOnly} must not be in the main chunk`).not.toContain(engineOnly);
  }
  // The test API exists in dev and `--mode test` builds only.
  expect(main).not.toContain('__kafkascope');
  const workers = readdirSync(join(dist, 'assets')).filter(
    (f) => f.startsWith('worker-') && f.endsWith('.js'),
  );
  expect(workers.length).toBeGreaterThan(0);
  expect(
    workers.some((f) =>
      readFileSync(join(dist, 'assets', f), 'utf8').includes('RecordBatchTooLargeException'),
    ),
  ).toBe(true);
});
