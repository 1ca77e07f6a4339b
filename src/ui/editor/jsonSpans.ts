/**
 * Where every value of a JSON text sits: the simulator's JSON parser (the one behind `JsonLocator`, so the editor
 * and `ecs-sim validate` agree on positions) records each value's span, and this index answers "which offsets
 * hold this path" plus offset → line/column. Pure: no Monaco, no DOM, so Node tests can check it.
 */
import { parsePythonJson, type JsonValue } from '../../sim/cli/pythonJson.ts';
import type { JsonPath } from '../../sim/taskdef/index.ts';

/** A value's span: `[start, end)` in UTF-16 offsets, plus its key's start for object members. */
export interface ValueSpan {
  start: number;
  end: number;
  keyStart?: number;
}

/** A parsed document with the span of every value. */
export interface SpanIndex {
  readonly text: string;
  readonly value: JsonValue;
  /** Span by path, keyed by `JSON.stringify(path)`. */
  readonly spans: ReadonlyMap<string, ValueSpan>;
  /** Offsets where each line starts (line 1 at index 0). */
  readonly lineStarts: readonly number[];
}

/** 1-based position as Monaco counts it. */
export interface Position {
  lineNumber: number;
  column: number;
}

const keyOf = (path: readonly (string | number)[]): string => JSON.stringify(path);

/** Offsets at which lines start. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Offset → 1-based line and column (binary search over line starts). */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { lineNumber: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/**
 * Parses the text and indexes every value. Throws `PythonJsonError` for invalid JSON (with Python's message, as
 * the AWS CLI prints it) and `RangeError` for nesting too deep for the recursive parser.
 */
export function indexJson(text: string): SpanIndex {
  const spans = new Map<string, ValueSpan>();
  const value = parsePythonJson(text, (path, span) => spans.set(keyOf(path), { ...span }));
  return { text, value, spans, lineStarts: computeLineStarts(text) };
}

/** The span of the value at exactly this path, if it exists. */
export function spanAt(index: SpanIndex, path: JsonPath): ValueSpan | undefined {
  return index.spans.get(keyOf(path));
}

/** The value at a path in the parsed document. */
export function valueAt(index: SpanIndex, path: JsonPath): JsonValue | undefined {
  let v: JsonValue | undefined = index.value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? (typeof seg === 'number' ? v[seg] : undefined) : Object.hasOwn(v, String(seg)) ? v[String(seg)] : undefined;
  }
  return v;
}

/** The longest prefix of `path` that exists in the document (the root, `[]`, always does). */
export function nearestExisting(index: SpanIndex, path: JsonPath): JsonPath {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    if (index.spans.has(keyOf(prefix))) return prefix;
  }
  return [];
}

/** The whitespace that starts the line containing `offset`. */
export function lineIndentAt(index: SpanIndex, offset: number): string {
  const { lineNumber } = positionAt(index.lineStarts, offset);
  const start = index.lineStarts[lineNumber - 1]!;
  return /^[ \t]*/.exec(index.text.slice(start, start + 200))![0];
}

/**
 * The document's indentation unit: the indentation of its first indented line, which in a JSON document is a
 * member of the root (depth 1). Two spaces when the document is on one line.
 */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text.slice(0, 10_000));
  if (!m) return '  ';
  return m[1]!.startsWith('\t') ? '\t' : m[1]!;
}
