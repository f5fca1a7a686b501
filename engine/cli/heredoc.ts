/**
 * Here-document bodies: the lines after a command up to the delimiter line, as bash reads them for
 * `<<EOF` (body kept as is) and `<<-EOF` (leading tabs stripped from the body and the delimiter line).
 */

/** A script line the parser cannot make sense of. */
export class ScriptParseError extends Error {
  constructor(
    /** 1-based line number. */
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ScriptParseError';
  }
}

export interface HeredocSpec {
  readonly delimiter: string;
  /** `<<-`: leading tabs are stripped from body lines and the delimiter line. */
  readonly stripTabs: boolean;
}

export interface Heredoc {
  /** The body as the program reads it. */
  readonly lines: string[];
  /** The body as written in the script (for the echo). */
  readonly rawLines: string[];
  /** The delimiter line as written. */
  readonly terminator: string;
  /** Index of the first line after the delimiter line. */
  readonly next: number;
}

/**
 * Reads the body starting at `lines[from]`; `commandLine` (1-based) is named when the delimiter is
 * missing (bash only warns then and takes the rest of the file; a script is better told).
 *
 * @example
 *   parseHeredoc(['a', 'b', 'EOF'], 0, { delimiter: 'EOF', stripTabs: false }, 1).lines; // ['a', 'b']
 */
export function parseHeredoc(
  lines: readonly string[],
  from: number,
  spec: HeredocSpec,
  commandLine: number,
): Heredoc {
  const strip = (line: string) => (spec.stripTabs ? line.replace(/^\t+/, '') : line);
  const body: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (strip(raw) === spec.delimiter) {
      return { lines: body.map(strip), rawLines: body, terminator: raw, next: i + 1 };
    }
    body.push(raw);
  }
  throw new ScriptParseError(
    commandLine,
    `here-document starting on line ${commandLine} has no '${spec.delimiter}' line to end it`,
  );
}
