/// <reference types="vite/client" />
/**
 * The one-way boundary, checked on the source (the linter checks it too, and e2e/bundle.spec.ts checks
 * the built main chunk): `app/` imports from `engine/` only the worker protocol and pure helpers (the
 * view model, the codec), so the engine never lands in the main chunk. A second test keeps
 * `engine/view/` pure, so allowing all of it stays safe.
 *
 * Sources are read with Vite's `import.meta.glob` (raw text), so this runs without Node APIs.
 */
import { describe, expect, it } from 'vitest';

const appSources = import.meta.glob(['./**/*.{ts,tsx}', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const viewSources = import.meta.glob(['../engine/view/*.ts', '!../engine/view/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const ALLOWED = [
  /^engine\/worker\/protocol$/,
  /^engine\/view\/[\w-]+$/,
  // Pure functions on bytes; the producer panel imports engine/codec/murmur2 to show a key's hash and
  // partition step by step with the very function the simulated producer runs.
  /^engine\/codec(\/[\w-]+)?$/,
  // Kafka's topic-name rules and texts (imports nothing): the producer panel checks a typed topic name.
  /^engine\/cluster\/topic-name$/,
];

/** `app/<file>` + a relative import → a path from the repo root, e.g. `engine/view/types`. */
function resolveFromApp(file: string, spec: string): string {
  const parts = ['app', ...file.replace(/^\.\//, '').split('/').slice(0, -1)];
  for (const piece of spec.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function imports(text: string): string[] {
  return [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
}

/** Imports that survive compilation (`import type` is erased, so it cannot pull code in). */
function valueImports(text: string): string[] {
  return [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1] ?? '');
}

describe('app → engine imports', () => {
  it('reach only the protocol and pure helpers', () => {
    expect(Object.keys(appSources).length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const [file, text] of Object.entries(appSources)) {
      for (const spec of imports(text).filter((s) => s.startsWith('.'))) {
        const target = resolveFromApp(file, spec);
        if (target.startsWith('engine/') && !ALLOWED.some((re) => re.test(target)))
          offenders.push(`${file} → ${target}`);
      }
      // The worker URL is the one sanctioned mention of another engine file.
      for (const m of text.matchAll(/new URL\('([^']+)'/g)) {
        if (!m[1]?.endsWith('engine/worker/worker.ts')) offenders.push(`${file} → ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('engine/view/', () => {
  it('imports no code but its own: no engine class can reach the UI through it (types may name engine types)', () => {
    expect(Object.keys(viewSources).length).toBeGreaterThan(2);
    const offenders = Object.entries(viewSources).flatMap(([file, text]) =>
      valueImports(text)
        .filter((spec) => !spec.startsWith('./'))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
