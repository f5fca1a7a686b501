/**
 * Scripts for `npm run sim`: one shell command per line, tokenized as bash would (single and double
 * quotes, backslash escapes, `\` line continuation, `$'…'` ANSI-C quoting, `#` comments) with one
 * here-document for the console producer's stdin (`<<EOF`, `<< EOF`, `<<'EOF'`, `<<"EOF"`, `<<-EOF`).
 * Bodies are taken literally, as with a quoted delimiter. Pipes, redirections, `;`, `&&` and variables
 * are not supported and are reported rather than misread.
 *
 * A program the simulator does not run is a parse error, not bash's `command not found`: a script is
 * written ahead, so an unknown name is a typo best reported before anything runs (with the line).
 */
import { type Heredoc, parseHeredoc, ScriptParseError } from './heredoc';
import { tokenizeCommand } from './tokenizer';
import { SIM_VERBS } from './tools/sim';

export type Program =
  | 'kafka-topics'
  | 'kafka-console-producer'
  | 'kafka-console-consumer'
  | 'kafka-consumer-groups'
  | 'kafka-get-offsets'
  | 'sim';

const PROGRAMS: readonly Program[] = [
  'kafka-topics',
  'kafka-console-producer',
  'kafka-console-consumer',
  'kafka-consumer-groups',
  'kafka-get-offsets',
  'sim',
];

export interface ScriptCommand {
  /** 1-based line the command starts on. */
  readonly line: number;
  /** The command line as written (continuation lines joined with `\n`), without the heredoc body. */
  readonly text: string;
  /** The transcript's echo: `$ ` before the first line, `> ` before continuation and heredoc lines. */
  readonly echo: readonly string[];
  readonly program: Program;
  /** The words, quotes removed; `argv[0]` as written (`bin/kafka-topics.sh`). */
  readonly argv: readonly string[];
  /** The heredoc body (stdin), or null. */
  readonly heredoc: readonly string[] | null;
}

export interface ScriptError {
  readonly line: number;
  readonly message: string;
}

/**
 * The program a command word names: any directory prefix and a `.sh` suffix are ignored.
 *
 * @example
 *   programName('bin/kafka-topics.sh'); // 'kafka-topics'
 *   programName('kafka-configs.sh'); // null
 */
export function programName(word: string): Program | null {
  const base = word.slice(word.lastIndexOf('/') + 1).replace(/\.sh$/, '');
  return PROGRAMS.find((p) => p === base) ?? null;
}

/**
 * Splits a script into commands, or reports the first line it cannot parse.
 *
 * @example
 *   parseScript('kafka-topics.sh --list\n'); // { commands: [{ line: 1, argv: ['kafka-topics.sh', '--list'], … }] }
 */
export function parseScript(
  text: string,
):
  | { readonly commands: ScriptCommand[]; readonly error: null }
  | { readonly commands: null; readonly error: ScriptError } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const commands: ScriptCommand[] = [];
  try {
    let i = 0;
    while (i < lines.length) {
      const trimmed = (lines[i] as string).trim();
      if (trimmed === '' || trimmed.startsWith('#')) {
        i++;
        continue;
      }
      const { command, next } = parseCommand(lines, i);
      commands.push(command);
      i = next;
    }
  } catch (e) {
    if (e instanceof ScriptParseError) return { commands: null, error: { line: e.line, message: e.message } };
    throw e;
  }
  return { commands, error: null };
}

function parseCommand(lines: readonly string[], start: number): { command: ScriptCommand; next: number } {
  const { argv, heredoc, endLine } = tokenizeCommand(lines, start);
  const line = start + 1;
  const source = lines.slice(start, endLine + 1).map((l) => l.trimEnd());
  source[0] = (source[0] as string).trimStart();
  let body: Heredoc | null = null;
  if (heredoc !== null) body = parseHeredoc(lines, endLine + 1, heredoc, line);
  const next = body === null ? endLine + 1 : body.next;
  const first = argv[0];
  if (first === undefined) throw new ScriptParseError(line, 'expected a command');
  const program = programName(first);
  if (program === null) {
    throw new ScriptParseError(
      line,
      `unknown program '${first}' (the simulator runs kafka-topics.sh, kafka-console-producer.sh, ` +
        'kafka-console-consumer.sh, kafka-consumer-groups.sh, kafka-get-offsets.sh and sim)',
    );
  }
  if (program === 'sim' && !SIM_VERBS.has(argv[1] ?? '')) {
    throw new ScriptParseError(
      line,
      `unknown sim verb '${argv[1] ?? ''}' (known: ${[...SIM_VERBS].join(', ')})`,
    );
  }
  const asksForHelp = argv.includes('--help') || argv.includes('--version');
  if (program === 'kafka-console-producer' && body === null && !asksForHelp) {
    throw new ScriptParseError(
      line,
      `${first} reads its records from a here-document: add <<EOF, the lines, then EOF`,
    );
  }
  const echo = [
    ...source.map((l, k) => `${k === 0 ? '$' : '>'} ${l}`),
    ...(body === null ? [] : [...body.rawLines, body.terminator].map((l) => `> ${l}`)),
  ];
  return {
    command: {
      line,
      text: source.join('\n'),
      echo,
      program,
      argv,
      heredoc: body === null ? null : body.lines,
    },
    next,
  };
}
