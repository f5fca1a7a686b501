/**
 * `npm run -s sim -- [FILE]`: runs a script (FILE, or stdin without one) against a fresh simulated
 * cluster and writes the transcript to stdout; parse errors go to stderr as `line N: message`. Exit
 * code: 0, or 2 when the script cannot be parsed, or 1 after a simulator bug. The one engine/cli file
 * that touches Node (reading the script, writing the transcript).
 */
import { readFileSync } from 'node:fs';
import { createCluster } from '../cluster/cluster';
import { runScript } from './run-script';

function main(argv: readonly string[]): number {
  const file = argv[0];
  if (argv.length > 1) {
    process.stderr.write('usage: npm run -s sim -- [FILE]\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(
      `sim: cannot read ${file ?? 'stdin'}: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
  const result = runScript(text, (options) => createCluster(options));
  process.stdout.write(result.transcript);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

process.exitCode = main(process.argv.slice(2));
