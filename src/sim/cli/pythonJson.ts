/**
 * A small JSON parser that fails with the same messages as Python's `json.loads` (which the AWS CLI uses,
 * so `Error parsing parameter '--x': Invalid JSON: Expecting ',' delimiter: line 3 column 5 (char 40)` reads
 * exactly as on a real machine) and remembers where every value sits in the text (for the JSON-path
 * locator the validator and the editor use).
 */

/** A JSON value as parsed. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where one value (and, for object members, its key) sits in the source text. Offsets are UTF-16 indexes. */
export interface JsonSpan {
  start: number;
  end: number;
  keyStart?: number;
}

/** A path segment: an object key or an array index. */
export type JsonPathSegment = string | number;

/** Thrown with Python's message, e.g. `Expecting value: line 1 column 1 (char 0)`. */
export class PythonJsonError extends Error {
  override readonly name = 'PythonJsonError';
  constructor(
    readonly reason: string,
    readonly position: number,
    text: string,
  ) {
    super(`${reason}: ${lineColumnText(text, position)}`);
  }
}

function lineColumnText(text: string, pos: number): string {
  const { line, column } = lineAndColumn(text, pos);
  return `line ${line} column ${column} (char ${pos})`;
}

/** 1-based line and column of an offset, counted the way Python's json module does. */
export function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lastNewline = -1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lastNewline = i;
    }
  }
  return { line, column: pos - lastNewline };
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;

/** Parses JSON text; throws PythonJsonError. `onValue` receives every value's path and span. */
export function parsePythonJson(
  text: string,
  onValue?: (path: readonly JsonPathSegment[], span: JsonSpan) => void,
): JsonValue {
  let i = 0;
  const fail = (reason: string, pos: number): never => {
    throw new PythonJsonError(reason, pos, text);
  };
  const skip = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };

  const parseString = (): string => {
    const start = i; // at the opening quote
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('Unterminated string starting at', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) fail('Unterminated string starting at', start);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\uXXXX escape', i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else {
          fail('Invalid \\escape', i);
        }
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('Invalid control character at', i);
      out += c;
      i++;
    }
  };

  const parseValue = (path: JsonPathSegment[], keyStart?: number): JsonValue => {
    const start = i;
    const c = text[i];
    let value: JsonValue;
    if (c === '{') {
      i++;
      const obj: { [key: string]: JsonValue } = {};
      skip();
      if (text[i] === '}') {
        i++;
      } else {
        for (;;) {
          if (text[i] !== '"') fail('Expecting property name enclosed in double quotes', i);
          const kStart = i;
          const key = parseString();
          skip();
          if (text[i] !== ':') fail("Expecting ':' delimiter", i);
          i++;
          skip();
          obj[key] = parseValue([...path, key], kStart);
          skip();
          if (text[i] === '}') {
            i++;
            break;
          }
          if (text[i] !== ',') fail("Expecting ',' delimiter", i);
          i++;
          skip();
        }
      }
      value = obj;
    } else if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skip();
      if (text[i] === ']') {
        i++;
      } else {
        for (;;) {
          arr.push(parseValue([...path, arr.length]));
          skip();
          if (text[i] === ']') {
            i++;
            break;
          }
          if (text[i] !== ',') fail("Expecting ',' delimiter", i);
          i++;
          skip();
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (text.startsWith('null', i)) {
      i += 4;
      value = null;
    } else if (text.startsWith('true', i)) {
      i += 4;
      value = true;
    } else if (text.startsWith('false', i)) {
      i += 5;
      value = false;
    } else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('Expecting value', i);
      i += m![0].length;
      value = Number(m![0]);
    }
    onValue?.(path, keyStart === undefined ? { start, end: i } : { start, end: i, keyStart });
    return value;
  };

  skip();
  const value = parseValue([]);
  skip();
  if (i < text.length) fail('Extra data', i);
  return value;
}
