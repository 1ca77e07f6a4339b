/**
 * The AWS CLI's shorthand syntax (`Key=Value,Key2=[a,b]`, `deploymentCircuitBreaker={enable=true,rollback=true}`),
 * ported from awscli/shorthand.py: a purely syntactic parser, then a pass over the API model that wraps
 * single values into lists and converts numbers and booleans (the CLI's "BackCompatVisitor").
 */
import type { ApiServiceModel } from '../model/apiModelTypes.ts';

/** A shorthand value before the model pass: strings, lists and objects only. */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/** A syntax error, with the CLI's message including the caret under the failing position. */
export class ShorthandParseError extends Error {
  override readonly name = 'ShorthandParseError';
}

function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = '';
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes('\n')) spaces = index - before.lastIndexOf('\n') - 1;
  const after = value.slice(index);
  if (after.includes('\n')) {
    const next = index + after.indexOf('\n');
    consumed = value.slice(0, next);
    remaining = value.slice(next);
  }
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

function syntaxError(value: string, expected: string, actual: string, index: number): ShorthandParseError {
  return new ShorthandParseError(
    `Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(value, index)}`,
  );
}

// Character classes copied from shorthand.py (ranges are code points).
const START_WORD = String.raw`!#-&(-+\--<>-Z\\-z|-\uffff`;
const FIRST_FOLLOW = String.raw`\s!#-&(-+\--\\^-|~-\uffff`;
const SECOND_FOLLOW = String.raw`\s!#-&(-+\--<>-\uffff`;
const FIRST_VALUE = new RegExp(String.raw`(?:\\,|[${START_WORD}])(?:\\,|[${FIRST_FOLLOW}])*`, 'uy');
const SECOND_VALUE = new RegExp(String.raw`(?:\\,|[${START_WORD}])(?:\\,|[${SECOND_FOLLOW}])*`, 'uy');
const SINGLE_QUOTED = /'(?:\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\"|[^"])*"/y;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;

/** Parses shorthand text into plain strings, lists and objects. Throws ShorthandParseError. */
export function parseShorthand(input: string): { [key: string]: ShorthandValue } {
  let index = 0;
  const atEof = (): boolean => index >= input.length;
  const current = (): string | undefined => input[index];
  const consumeWhitespace = (): void => {
    while (!atEof() && /\s/.test(input[index]!)) index++;
  };
  const expect = (char: string, ws = false): void => {
    if (ws) consumeWhitespace();
    if (atEof()) throw syntaxError(input, char, 'EOF', index);
    if (input[index] !== char) throw syntaxError(input, char, input[index]!, index);
    index++;
    if (ws) consumeWhitespace();
  };
  const matchRegex = (re: RegExp): string | undefined => {
    re.lastIndex = index;
    const m = re.exec(input);
    if (!m || m[0].length === 0) return undefined;
    index += m[0].length;
    return m[0];
  };
  const mustMatch = (re: RegExp, name: string): string => {
    const m = matchRegex(re);
    if (m === undefined) throw syntaxError(input, `<${name}>`, '<none>', index);
    return m;
  };
  const key = (): string => {
    const start = index;
    while (!atEof() && KEY_CHARS.test(input[index]!)) index++;
    return input.slice(start, index);
  };
  const quoted = (re: RegExp, name: string, q: string): string =>
    mustMatch(re, name).slice(1, -1).split(`\\${q}`).join(q).split('\\\\').join('\\');
  const firstValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, 'singled quoted', "'");
    if (current() === '"') return quoted(DOUBLE_QUOTED, 'double quoted', '"');
    const m = matchRegex(FIRST_VALUE);
    return m === undefined ? '' : m.replace(/\\,/g, ',').trimEnd();
  };
  const secondValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, 'singled quoted', "'");
    if (current() === '"') return quoted(DOUBLE_QUOTED, 'double quoted', '"');
    return mustMatch(SECOND_VALUE, 'second').replace(/\\,/g, ',').trimEnd();
  };
  const explicitValues = (): ShorthandValue => {
    if (current() === '[') return explicitList();
    if (current() === '{') return hashLiteral();
    return firstValue();
  };
  const explicitList = (): ShorthandValue[] => {
    expect('[', true);
    const values: ShorthandValue[] = [];
    while (current() !== ']') {
      if (atEof()) throw syntaxError(input, ']', 'EOF', index);
      values.push(explicitValues());
      consumeWhitespace();
      if (current() !== ']') {
        expect(',');
        consumeWhitespace();
      }
    }
    expect(']');
    return values;
  };
  const hashLiteral = (): { [key: string]: ShorthandValue } => {
    expect('{', true);
    const out: { [key: string]: ShorthandValue } = {};
    while (current() !== '}') {
      if (atEof()) throw syntaxError(input, '}', 'EOF', index);
      const k = key();
      expect('=', true);
      const v = explicitValues();
      consumeWhitespace();
      if (current() !== '}') {
        expect(',');
        consumeWhitespace();
      }
      out[k] = v;
    }
    expect('}');
    return out;
  };
  const csvValue = (): ShorthandValue => {
    const first = firstValue();
    consumeWhitespace();
    if (atEof() || input[index] !== ',') return first;
    expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const value = secondValue();
        consumeWhitespace();
        if (atEof()) {
          list.push(value);
          break;
        }
        expect(',', true);
        list.push(value);
      } catch (error) {
        if (atEof()) throw error;
        // Not a value but the next `key=`: step back to the comma before it.
        while (index >= 0 && input[index] !== ',') index--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  };
  const values = (): ShorthandValue => {
    if (atEof()) return '';
    if (current() === '[') return explicitList();
    if (current() === '{') return hashLiteral();
    return csvValue();
  };
  const keyval = (): [string, ShorthandValue] => {
    const k = key();
    expect('=', true);
    return [k, values()];
  };

  const params: { [key: string]: ShorthandValue } = {};
  const [k0, v0] = keyval();
  params[k0] = v0;
  let lastIndex = index;
  while (index < input.length) {
    expect(',', true);
    const [k, v] = keyval();
    if (Object.hasOwn(params, k)) {
      throw new ShorthandParseError(
        `Second instance of key "${k}" encountered for input:\n${errorLocation(input, lastIndex + 1)}\n` +
          'This is often because there is a preceding "," instead of a space.',
      );
    }
    params[k] = v;
    lastIndex = index;
  }
  return params;
}

/** Thrown when the model pass converts a number the way Python's int()/float() would refuse. */
export class ShorthandValueError extends Error {
  override readonly name = 'ShorthandValueError';
}

/**
 * The model pass: wraps lone values into lists where the model wants a list, and turns strings into
 * integers, doubles and booleans where the model says so. Unknown keys stay as they are (parameter
 * validation reports them later, as in the CLI).
 */
export function applyShorthandModel(value: unknown, shapeName: string, model: ApiServiceModel): unknown {
  const shape = model.shapes[shapeName];
  if (!shape || value === undefined || value === null) return value;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [member, memberShape] of Object.entries(shape.members)) {
        if (member in out) out[member] = applyShorthandModel(out[member], memberShape, model);
      }
      return out;
    }
    case 'list': {
      const list = Array.isArray(value) ? value : [value];
      return list.map((item) => applyShorthandModel(item, shape.member, model));
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, applyShorthandModel(v, shape.value, model)]),
      );
    }
    case 'integer':
    case 'long':
      return typeof value === 'string' ? pythonInt(value) : value;
    case 'double':
    case 'float':
      return typeof value === 'string' ? pythonFloat(value) : value;
    case 'boolean':
      if (typeof value === 'string' && value.toLowerCase() === 'true') return true;
      if (typeof value === 'string' && value.toLowerCase() === 'false') return false;
      return value;
    default:
      return value;
  }
}

/** Python's `int(text)`: surrounding whitespace allowed, `_` separators are not worth supporting. */
export function pythonInt(text: string): number {
  const t = text.trim();
  if (!/^[-+]?\d+$/.test(t)) throw new ShorthandValueError(`invalid literal for int() with base 10: '${text}'`);
  return Number(t);
}

/** Python's `float(text)`. */
export function pythonFloat(text: string): number {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    throw new ShorthandValueError(`could not convert string to float: '${text}'`);
  }
  return Number(t);
}
