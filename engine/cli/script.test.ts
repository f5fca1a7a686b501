import { describe, expect, it } from 'vitest';
import { parseScript, programName, type ScriptCommand, type ScriptError } from './script';

function commands(text: string): ScriptCommand[] {
  const parsed = parseScript(text);
  if (parsed.error !== null) throw new Error(`line ${parsed.error.line}: ${parsed.error.message}`);
  return parsed.commands;
}

function failure(text: string): ScriptError {
  const parsed = parseScript(text);
  if (parsed.error === null) throw new Error('expected a parse error');
  return parsed.error;
}

describe('parseScript: words', () => {
  it('splits on blanks and skips comments and blank lines', () => {
    const cmds = commands('# setup\n\n  kafka-topics.sh --list   # all of them\n\t\nsim status\n');
    expect(cmds.map((c) => [c.line, c.program, c.argv])).toEqual([
      [3, 'kafka-topics', ['kafka-topics.sh', '--list']],
      [5, 'sim', ['sim', 'status']],
    ]);
    expect(cmds[0]?.echo).toEqual(['$ kafka-topics.sh --list   # all of them']);
  });

  it('removes quotes and backslash escapes as bash does', () => {
    const [cmd] = commands(`sim config topic 'my topic' "a=\\"b\\" \\x" c\\ d '' x#y\n`);
    expect(cmd?.argv).toEqual(['sim', 'config', 'topic', 'my topic', 'a="b" \\x', 'c d', '', 'x#y']);
  });

  it("reads $'…' with ANSI-C escapes (a tab separator)", () => {
    const [cmd] = commands("kafka-console-consumer.sh --topic t --property key.separator=$'\\t'\n");
    expect(cmd?.argv.at(-1)).toBe('key.separator=\t');
  });

  it('joins backslash continuation lines and echoes them with > prompts', () => {
    const [cmd] = commands('kafka-topics.sh --create \\\n  --topic demo\nsim status\n');
    expect(cmd?.argv).toEqual(['kafka-topics.sh', '--create', '--topic', 'demo']);
    expect(cmd?.text).toBe('kafka-topics.sh --create \\\n  --topic demo');
    expect(cmd?.echo).toEqual(['$ kafka-topics.sh --create \\', '>   --topic demo']);
  });

  it('lets quotes span lines', () => {
    const [cmd] = commands("sim config topic 'a\nb' x=1\n");
    expect(cmd?.argv[3]).toBe('a\nb');
  });

  it('accepts the tool with or without a path, bin/ or .sh', () => {
    expect(programName('/opt/kafka/bin/kafka-topics.sh')).toBe('kafka-topics');
    expect(programName('bin/kafka-get-offsets.sh')).toBe('kafka-get-offsets');
    expect(programName('kafka-consumer-groups')).toBe('kafka-consumer-groups');
    expect(programName('kafka-configs.sh')).toBeNull();
  });
});

describe('parseScript: here-documents', () => {
  const producer = 'kafka-console-producer.sh --topic demo';

  it.each([
    ['<<EOF', 'EOF'],
    ['<< EOF', 'EOF'],
    ["<<'EOF'", 'EOF'],
    ['<<"END"', 'END'],
    ['<<x', 'x'],
  ])('reads the body of %s up to its delimiter', (marker, delimiter) => {
    const [cmd, next] = commands(
      `${producer} ${marker}\nhello\n\n# not a comment\n${delimiter}\nsim status\n`,
    );
    expect(cmd?.argv).toEqual(['kafka-console-producer.sh', '--topic', 'demo']);
    expect(cmd?.heredoc).toEqual(['hello', '', '# not a comment']);
    expect(cmd?.echo).toEqual([
      `$ ${producer} ${marker}`,
      '> hello',
      '> ',
      '> # not a comment',
      `> ${delimiter}`,
    ]);
    expect(next?.line).toBe(6);
  });

  it('strips leading tabs with <<-', () => {
    const [cmd] = commands(`${producer} <<-EOF\n\tone\n\t\ttwo\n\tEOF\n`);
    expect(cmd?.heredoc).toEqual(['one', 'two']);
    expect(cmd?.echo.at(-1)).toBe('> \tEOF');
  });

  it('takes the marker anywhere on the line and the body after continuation lines', () => {
    const [cmd] = commands(`${producer} <<EOF \\\n  --sync\na\nEOF\n`);
    expect(cmd?.argv).toEqual(['kafka-console-producer.sh', '--topic', 'demo', '--sync']);
    expect(cmd?.heredoc).toEqual(['a']);
  });

  it('keeps the body literally ($ and quotes included)', () => {
    const [cmd] = commands(`${producer} <<EOF\nk:'$x' "y"\nEOF\n`);
    expect(cmd?.heredoc).toEqual([`k:'$x' "y"`]);
  });
});

describe('parseScript: errors name the line', () => {
  it('reports an unterminated quote', () => {
    expect(failure("sim status\nsim config topic 'oops\nmore\n")).toEqual({
      line: 2,
      message: 'unterminated single quote',
    });
    expect(failure('sim config topic "oops\n').message).toBe('unterminated double quote');
  });

  it('reports a here-document without its delimiter at the command line', () => {
    expect(failure('sim status\nkafka-console-producer.sh --topic t <<EOF\na\nEOOF\n')).toEqual({
      line: 2,
      message: "here-document starting on line 2 has no 'EOF' line to end it",
    });
  });

  it('reports unknown programs rather than printing bash’s command not found', () => {
    const e = failure('\nkafka-topic.sh --list\n');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^unknown program 'kafka-topic.sh'/);
  });

  it('reports unknown sim verbs', () => {
    expect(failure('sim explode 1\n').message).toMatch(/^unknown sim verb 'explode'/);
    expect(failure('sim\n').message).toMatch(/^unknown sim verb ''/);
  });

  it('reports shell syntax it does not run', () => {
    expect(failure('kafka-topics.sh --list | sort\n').message).toMatch(/unsupported shell syntax '\|'/);
    expect(failure('kafka-topics.sh --list > out\n').message).toMatch(/unsupported shell syntax '>'/);
    expect(failure('kafka-topics.sh --list; sim status\n').message).toMatch(/unsupported shell syntax ';'/);
    expect(failure('kafka-topics.sh --topic $T --describe\n').message).toMatch(/variables/);
    expect(failure('kafka-console-producer.sh --topic t < file\n').message).toMatch(/redirection/);
  });

  it('asks for the producer’s here-document', () => {
    expect(failure('kafka-console-producer.sh --topic t\n').message).toMatch(/here-document/);
    expect(commands('kafka-console-producer.sh --help\n')).toHaveLength(1);
  });

  it('rejects two here-documents in one command', () => {
    expect(failure('kafka-console-producer.sh <<A <<B\nA\n').message).toMatch(/one here-document/);
  });
});
