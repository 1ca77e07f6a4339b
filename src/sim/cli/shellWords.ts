/**
 * The small part of a POSIX shell a course terminal needs: splits a command line into words the way bash
 * would, with single and double quotes, backslash escapes, `\`-newline continuations, `#` comments,
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `$?` and `$(…)` / backquote command substitution.
 * Unquoted expansions are split on whitespace like bash's field splitting; quoted ones are not.
 * Pipes, redirections and `;` are refused with a clear message rather than half-supported.
 */

/** What expansion needs from the shell running the line. */
export interface ExpansionContext {
  /** Value of a variable, or undefined when unset (which expands to nothing). */
  getVar(name: string): string | undefined;
  /** Runs a nested command line for `$(…)` and returns its standard output. */
  substitute(commandLine: string): string;
}

/** A line bash itself would refuse; `message` is bash's wording. */
export class ShellSyntaxError extends Error {
  override readonly name = 'ShellSyntaxError';
  constructor(
    message: string,
    /** True when more input (a closing quote or parenthesis) would make the line valid. */
    readonly incomplete = false,
  ) {
    super(message);
  }
}

const OPERATOR_CHARS = new Set(['|', '&', ';', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** True when the text ends inside quotes, inside `$(…)`, or with a `\` continuation. */
export function isIncomplete(text: string): boolean {
  if (/(^|[^\\])(\\\\)*\\\r?\n?$/.test(text)) return true;
  try {
    scan(text, undefined, true);
    return false;
  } catch (error) {
    return error instanceof ShellSyntaxError && error.incomplete;
  }
}

/** Splits and expands a command line into words. Throws ShellSyntaxError. */
export function splitWords(text: string, ctx: ExpansionContext): string[] {
  return plainWords(text) ?? scan(text, ctx, true);
}

/**
 * The common case without the scanner: words of ordinary characters and single-quoted text, separated by
 * blanks. Returns undefined as soon as the line has anything else (`\`, `"`, `$`, backquote, `#`, operators),
 * which the full scanner then handles.
 */
function plainWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let started = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (started) words.push(word);
      word = '';
      started = false;
      i++;
    } else if (code === 39) {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word += text.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (PLAIN_CHAR[code] === 1 || code > 127) {
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (PLAIN_CHAR[c] !== 1 && c <= 127) break;
        j++;
      }
      word += text.slice(i, j);
      started = true;
      i = j;
    } else {
      return undefined;
    }
  }
  if (started) words.push(word);
  return words;
}

/** ASCII characters that are literal anywhere in an unquoted word (1); blanks and specials are 0. */
const PLAIN_CHAR = (() => {
  const table = new Uint8Array(128);
  for (let c = 33; c < 127; c++) table[c] = 1;
  for (const ch of ['\\', '"', "'", '$', '`', '#', '|', '&', ';', '<', '>', '(', ')']) table[ch.charCodeAt(0)] = 0;
  return table;
})();

/**
 * Expands the right-hand side of `NAME=value`: one word, never split by its expansions, ending at the first
 * unquoted blank. `rest` is what follows (a comment, or a command bash would run with NAME in its environment).
 */
export function expandAssignmentValue(text: string, ctx: ExpansionContext): { value: string; rest: string } {
  const state = { stoppedAt: text.length };
  const [value = ''] = scan(text, ctx, false, state);
  return { value, rest: text.slice(state.stoppedAt) };
}

/**
 * The scanner. With `ctx` undefined it only checks syntax (used to detect incomplete lines).
 * With `split` false, whitespace from expansions and unquoted blanks do not separate words.
 */
function scan(
  text: string,
  ctx: ExpansionContext | undefined,
  split: boolean,
  state: { stoppedAt: number } = { stoppedAt: text.length },
): string[] {
  const words: string[] = [];
  let word = '';
  let started = false; // true once the word has content, even an empty quoted string
  let i = 0;

  const finish = (): void => {
    if (started) words.push(word);
    word = '';
    started = false;
  };
  // Appends an expansion result; unquoted results are split on blanks like bash's field splitting.
  const appendExpansion = (value: string, quoted: boolean): void => {
    if (quoted || !split) {
      word += value;
      if (quoted) started = true;
      return;
    }
    const parts = value.split(/[ \t\n]+/);
    parts.forEach((part, index) => {
      if (index > 0) finish();
      if (part !== '') {
        word += part;
        started = true;
      }
    });
  };

  // Reads `$…` at position i (text[i] === '$'); returns the expansion and moves i past it.
  const dollar = (): string => {
    const next = text[i + 1];
    if (next === '(') {
      const end = matchingParen(text, i + 2);
      const inner = text.slice(i + 2, end);
      i = end + 1;
      return ctx ? ctx.substitute(inner).replace(/\n+$/, '') : '';
    }
    if (next === '{') {
      const end = text.indexOf('}', i + 2);
      if (end < 0) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `}'", true);
      const body = text.slice(i + 2, end);
      i = end + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*|\?)(?::?-(.*))?$/s.exec(body);
      if (!m) throw new ShellSyntaxError(`bash: \${${body}}: bad substitution`);
      const value = ctx?.getVar(m[1]!);
      return (value === undefined || value === '') && m[2] !== undefined ? m[2] : (value ?? '');
    }
    if (next === '?') {
      i += 2;
      return ctx?.getVar('?') ?? '';
    }
    const m = NAME.exec(text.slice(i + 1));
    if (!m) {
      i++;
      return '$';
    }
    i += 1 + m[0].length;
    return ctx?.getVar(m[0]) ?? '';
  };

  const backquote = (): string => {
    const end = text.indexOf('`', i + 1);
    if (end < 0) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching ``'", true);
    const inner = text.slice(i + 1, end);
    i = end + 1;
    return ctx ? ctx.substitute(inner).replace(/\n+$/, '') : '';
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (!split) {
        state.stoppedAt = i;
        break;
      }
      finish();
      i++;
    } else if (c === '\\') {
      const n = text[i + 1];
      if (n === '\n') i += 2;
      else if (n === '\r' && text[i + 2] === '\n') i += 3;
      else if (n === undefined) i++;
      else {
        word += n;
        started = true;
        i += 2;
      }
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `''", true);
      word += text.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (c === '"') {
      started = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new ShellSyntaxError('bash: unexpected EOF while looking for matching `"\'', true);
        const d = text[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\') {
          const n = text[i + 1];
          if (n === '\n') i += 2;
          else if (n !== undefined && '$`"\\'.includes(n)) {
            word += n;
            i += 2;
          } else {
            word += d;
            i++;
          }
        } else if (d === '$') {
          appendExpansion(dollar(), true);
        } else if (d === '`') {
          appendExpansion(backquote(), true);
        } else {
          word += d;
          i++;
        }
      }
    } else if (c === '$') {
      const wasStarted = started;
      const value = dollar();
      appendExpansion(value, false);
      if (!wasStarted && value === '$') started = true;
    } else if (c === '`') {
      appendExpansion(backquote(), false);
    } else if (c === '#' && !started && word === '') {
      // A comment runs to the end of the line.
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (OPERATOR_CHARS.has(c) && split) {
      throw new ShellSyntaxError(
        `ecs-sim: '${c}' (pipes, redirections, command lists, subshells) is not supported here; run one command per line`,
      );
    } else {
      word += c;
      started = true;
      i++;
    }
  }
  if (split) finish();
  else words.push(word);
  return words;
}

/** Index of the `)` closing a `$(` whose body starts at `from`, skipping quoted text and nested parens. */
function matchingParen(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) break;
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) return i;
      i++;
    }
  }
  throw new ShellSyntaxError("bash: unexpected EOF while looking for matching `)'", true);
}
