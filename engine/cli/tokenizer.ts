/**
 * Shell word splitting for one logical command, which may span lines (a trailing `\`, or a quote left
 * open): single and double quotes, backslash escapes, `$'…'` ANSI-C quoting, `#` comments, and one `<<`
 * here-document marker. Pipes, redirections, `;`, `&`, subshells and variables are refused with a
 * message rather than misread.
 */
import { type HeredocSpec, ScriptParseError } from './heredoc';

/**
 * The words of the command starting at `lines[start]`, its heredoc request, and its last line.
 *
 * @example
 *   tokenizeCommand(["kafka-topics.sh --topic 'a b'"], 0).argv; // ['kafka-topics.sh', '--topic', 'a b']
 */
export function tokenizeCommand(
  lines: readonly string[],
  start: number,
): { argv: string[]; heredoc: HeredocSpec | null; endLine: number } {
  return new Tokenizer(lines, start).run();
}

const UNSUPPORTED = new Set(['|', '&', ';', '>', '(', ')', '`']);
const ANSI_C: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** Shell word splitting over one logical command (which may span lines). */
class Tokenizer {
  private row: number;
  private col = 0;
  private readonly argv: string[] = [];
  private heredoc: HeredocSpec | null = null;

  constructor(
    private readonly lines: readonly string[],
    start: number,
  ) {
    this.row = start;
  }

  private get text(): string {
    return this.lines[this.row] as string;
  }

  private fail(message: string): never {
    throw new ScriptParseError(this.row + 1, message);
  }

  /** Moves to the next line for a quote or continuation; false at the end of the script. */
  private nextLine(): boolean {
    if (this.row + 1 >= this.lines.length) return false;
    this.row++;
    this.col = 0;
    return true;
  }

  run(): { argv: string[]; heredoc: HeredocSpec | null; endLine: number } {
    for (;;) {
      const word = this.word();
      if (word === null) break;
      if (word.heredocMarker) {
        if (this.heredoc !== null) this.fail('only one here-document per command is supported');
        this.heredoc = this.heredocSpec();
      } else {
        this.argv.push(word.text);
      }
    }
    return { argv: this.argv, heredoc: this.heredoc, endLine: this.row };
  }

  /** Skips blanks, and a backslash ending the line (the command goes on on the next line). */
  private skipBlanks(): void {
    for (;;) {
      while (this.col < this.text.length && (this.text[this.col] === ' ' || this.text[this.col] === '\t')) {
        this.col++;
      }
      if (this.col !== this.text.length - 1 || this.text[this.col] !== '\\') return;
      if (!this.nextLine()) this.fail("unexpected end of script after '\\'");
    }
  }

  /** The next word, `<<` as a marker, or null at the end of the command. */
  private word(): { text: string; heredocMarker: boolean } | null {
    this.skipBlanks();
    if (this.col >= this.text.length) return null;
    const c = this.text[this.col] as string;
    if (c === '#') return null;
    if (c === '<') {
      if (this.text.startsWith('<<<', this.col)) this.fail('here-strings (<<<) are not supported');
      if (!this.text.startsWith('<<', this.col))
        this.fail("redirection '<' is not supported; use a here-document");
      this.col += 2;
      return { text: '<<', heredocMarker: true };
    }
    return { text: this.readWord(), heredocMarker: false };
  }

  private heredocSpec(): HeredocSpec {
    let stripTabs = false;
    if (this.text[this.col] === '-') {
      stripTabs = true;
      this.col++;
    }
    this.skipBlanks();
    if (this.col >= this.text.length) this.fail('missing here-document delimiter after <<');
    const delimiter = this.readWord();
    if (delimiter === '') this.fail('empty here-document delimiter');
    return { delimiter, stripTabs };
  }

  /** Reads one word, removing quotes and escapes. */
  private readWord(): string {
    let out = '';
    while (this.col < this.text.length) {
      const c = this.text[this.col] as string;
      if (c === ' ' || c === '\t') break;
      if (c === '<') break;
      if (UNSUPPORTED.has(c))
        this.fail(`unsupported shell syntax '${c}': the simulator runs one plain command per line`);
      this.col++;
      if (c === "'") out += this.single();
      else if (c === '"') out += this.double();
      else if (c === '\\') out += this.escape();
      else if (c === '$') out += this.dollar();
      else out += c;
    }
    return out;
  }

  private single(): string {
    const opened = this.row;
    let out = '';
    for (;;) {
      const end = this.text.indexOf("'", this.col);
      if (end >= 0) {
        out += this.text.slice(this.col, end);
        this.col = end + 1;
        return out;
      }
      out += `${this.text.slice(this.col)}\n`;
      if (!this.nextLine()) throw new ScriptParseError(opened + 1, 'unterminated single quote');
    }
  }

  private double(): string {
    const opened = this.row;
    const unterminated = () => new ScriptParseError(opened + 1, 'unterminated double quote');
    let out = '';
    for (;;) {
      if (this.col >= this.text.length) {
        out += '\n';
        if (!this.nextLine()) throw unterminated();
        continue;
      }
      const c = this.text[this.col++] as string;
      if (c === '"') return out;
      if (c === '$') {
        out += this.dollar(true);
      } else if (c === '\\') {
        if (this.col >= this.text.length) {
          if (!this.nextLine()) throw unterminated();
        } else {
          const n = this.text[this.col] as string;
          if ('"\\$`'.includes(n)) {
            out += n;
            this.col++;
          } else {
            out += '\\';
          }
        }
      } else {
        out += c;
      }
    }
  }

  private escape(): string {
    if (this.col < this.text.length) return this.text[this.col++] as string;
    // A backslash at the end of a line continues the command on the next one.
    if (!this.nextLine()) this.fail("unexpected end of script after '\\'");
    return '';
  }

  /** `$'…'` (ANSI-C quoting) is supported; variables and substitutions are not. */
  private dollar(inDoubleQuotes = false): string {
    const n = this.text[this.col];
    if (!inDoubleQuotes && n === "'") {
      this.col++;
      return this.ansiC();
    }
    if (n !== undefined && /[A-Za-z_{(0-9@*#?$!-]/.test(n)) {
      this.fail('shell variables and substitutions ($…) are not supported');
    }
    return '$';
  }

  private ansiC(): string {
    let out = '';
    while (this.col < this.text.length) {
      const c = this.text[this.col++] as string;
      if (c === "'") return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const n = this.text[this.col++];
      if (n === undefined) break;
      out += ANSI_C[n] ?? `\\${n}`;
    }
    return this.fail("unterminated $'…' quote");
  }
}
