/**
 * Python's `str()`/`repr()` of JSON values and `type()` names, because the AWS CLI's parameter-validation
 * messages are produced by botocore (Python) and print the offending value that way:
 * `Invalid type for parameter containerDefinitions[0].memory, value: 512, type: <class 'str'>, valid types: <class 'int'>`.
 */

// Deeply nested or huge values still print, but bounded: the editor hands us whatever the learner typed.
const MAX_DEPTH = 32;
const MAX_LENGTH = 2000;

/** Python `repr()` of a JSON value: `'abc'`, `512`, `True`, `None`, `['a', 1]`, `{'k': 'v'}`. */
export function pythonRepr(value: unknown): string {
  const text = repr(value, 0);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}...` : text;
}

/** Python `str()` of a JSON value: like repr, except a top-level string prints bare. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

/** Python `type()` as printed: `<class 'str'>`, `<class 'int'>`, `<class 'NoneType'>`… */
export function pythonTypeName(value: unknown): string {
  return `<class '${pythonTypeOf(value)}'>`;
}

function pythonTypeOf(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

function repr(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return '...';
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return reprNumber(value);
  if (typeof value === 'string') return reprString(value);
  if (Array.isArray(value)) return `[${value.map((v) => repr(v, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${reprString(k)}: ${repr(v, depth + 1)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return reprString(String(value));
}

function reprNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return String(n);
}

function reprString(s: string): string {
  // Python prefers single quotes and switches to double quotes when the text holds a ' but no ".
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}
