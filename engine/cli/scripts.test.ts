/**
 * Golden transcripts: every `__scripts__/*.sh` runs against a fresh simulated cluster and must print
 * exactly its `.out` file. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run engine/cli/scripts.test.ts` and review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/cluster';
import { runScript } from './run-script';

const DIR = join(import.meta.dirname, '__scripts__');
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .sort();

describe('golden transcripts of engine/cli/__scripts__', () => {
  it.each(scripts)('%s', (name) => {
    const script = readFileSync(join(DIR, name), 'utf8');
    const { transcript, exitCode } = runScript(script, (o) => createCluster(o));
    expect(exitCode).toBe(0);
    const golden = join(DIR, name.replace(/\.sh$/, '.out'));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, transcript);
    expect(transcript).toBe(readFileSync(golden, 'utf8'));
    // The same script replays to the same transcript, byte for byte.
    expect(runScript(script, (o) => createCluster(o)).transcript).toBe(transcript);
  });

  it('exits 2 naming the line when the script cannot be parsed', () => {
    const { exitCode, stderr } = runScript(
      "kafka-topics.sh --list\nkafka-topics.sh --create --topic 'unterminated\n",
      (o) => createCluster(o),
    );
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/^line 2: /);
  });
});
