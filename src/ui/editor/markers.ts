/**
 * Diagnostics → editor markers. `validateTaskDefinition` (the simulator's one validator) says *what* is wrong
 * and *where* as a JSON path; this module turns the path into the range a learner should look at:
 *
 * - a value that exists → the value itself (`"4096"`, not the whole `"memory": "4096"` member), or for a
 *   multi-line object/array just its key, so the squiggle does not cover half the document;
 * - a missing member → the nearest thing that exists: its parent's key, a container's `"name"` member, or the
 *   task's `"family"` member.
 *
 * `checkDocument` is the whole pipeline for one text (parse, validate, locate) with the guards that keep huge or
 * pathological documents from freezing the page. Pure: no Monaco, no DOM.
 */
import { PythonJsonError } from '../../sim/cli/pythonJson.ts';
import { validateTaskDefinition, type Diagnostic, type JsonPath } from '../../sim/taskdef/index.ts';
import { indexJson, nearestExisting, positionAt, spanAt, type SpanIndex } from './jsonSpans.ts';

/** A marker as the editor shows it; the adapter maps it to `monaco.editor.IMarkerData`. */
export interface EcsMarker {
  startOffset: number;
  endOffset: number;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  severity: Diagnostic['severity'];
  /** The rule code, e.g. `fargate-invalid-cpu-memory` (quick fixes are keyed on it). */
  code: string;
  /** AWS's exact wording when AWS rejects the document, else the course's explanation. */
  message: string;
  /** Lesson link. */
  docs?: string;
  /** `ClientException` / `ParamValidation` when AWS refuses to register the document. */
  awsErrorCode?: string;
  /** The diagnostic's JSON path (kept so quick fixes can find the diagnostic again). */
  path: JsonPath;
}

/** Result of checking one document. */
export interface CheckResult {
  markers: EcsMarker[];
  /** The diagnostics, in document order (for the Register button's "refuses and says why"). */
  diagnostics: Diagnostic[];
  /** False when the text is not JSON (Monaco's JSON language shows that error itself). */
  parsed: boolean;
  /** A visible note when the checks were skipped or limited, e.g. for a very large document. */
  note?: string;
  /** Milliseconds the check took. */
  ms: number;
}

/** Above this many characters the ECS checks are not run (Monaco still highlights and checks the syntax). */
export const MAX_CHECK_CHARS = 2_000_000;
/** At most this many markers are reported; the rest are summarised in the note. */
export const MAX_MARKERS = 500;

/** Deeper nesting than this is not checked (a real task definition is about 6 levels deep). */
export const MAX_DEPTH = 200;

/** The deepest bracket nesting of a JSON text, ignoring brackets inside strings. One pass, no allocation. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** The offsets to underline for a diagnostic path. */
export function rangeForPath(index: SpanIndex, path: JsonPath): { start: number; end: number } {
  const exact = spanAt(index, path);
  if (exact) return compactRange(index, exact);
  const ancestorPath = nearestExisting(index, path);
  const ancestor = spanAt(index, ancestorPath)!;
  // A missing member of a named object (a container): point at its "name" member.
  const name = spanAt(index, [...ancestorPath, 'name']);
  if (name?.keyStart !== undefined && ancestorPath.length > 0) return { start: name.keyStart, end: name.end };
  // A missing task-level member: point at "family", the task's identity, when it exists.
  if (ancestorPath.length === 0) {
    const family = spanAt(index, ['family']);
    if (family?.keyStart !== undefined) return { start: family.keyStart, end: family.end };
    return { start: ancestor.start, end: ancestor.start + 1 };
  }
  if (ancestor.keyStart !== undefined) return keyRange(index, ancestor.keyStart);
  return { start: ancestor.start, end: ancestor.start + 1 };
}

/** A value's range, or its key / opening bracket when the value spans several lines. */
function compactRange(index: SpanIndex, span: { start: number; end: number; keyStart?: number }): { start: number; end: number } {
  const multiLine = index.text.lastIndexOf('\n', span.end - 1) >= span.start;
  if (!multiLine) return { start: span.start, end: span.end };
  if (span.keyStart !== undefined) return keyRange(index, span.keyStart);
  return { start: span.start, end: span.start + 1 };
}

/** The range of a quoted key starting at `keyStart`. */
function keyRange(index: SpanIndex, keyStart: number): { start: number; end: number } {
  let i = keyStart + 1;
  while (i < index.text.length && index.text[i] !== '"') i += index.text[i] === '\\' ? 2 : 1;
  return { start: keyStart, end: Math.min(i + 1, index.text.length) };
}

/** Converts diagnostics on a parsed document into markers. */
export function diagnosticsToMarkers(index: SpanIndex, diagnostics: readonly Diagnostic[]): EcsMarker[] {
  return diagnostics.map((d) => {
    const { start, end } = rangeForPath(index, d.path);
    const from = positionAt(index.lineStarts, start);
    const to = positionAt(index.lineStarts, Math.max(end, start + 1));
    const marker: EcsMarker = {
      startOffset: start,
      endOffset: end,
      startLineNumber: from.lineNumber,
      startColumn: from.column,
      endLineNumber: to.lineNumber,
      endColumn: to.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: d.path,
    };
    if (d.docs !== undefined) marker.docs = d.docs;
    if (d.awsErrorCode !== undefined) marker.awsErrorCode = d.awsErrorCode;
    return marker;
  });
}

/**
 * Parses, validates and locates. Never throws: a document too large, too deep or not JSON gives a result with
 * no ECS markers and, where the learner should know, a note saying why.
 */
export function checkDocument(text: string, now: () => number = () => Date.now()): CheckResult {
  const t0 = now();
  const done = (r: Omit<CheckResult, 'ms'>): CheckResult => ({ ...r, ms: now() - t0 });
  if (text.length > MAX_CHECK_CHARS) {
    return done({
      markers: [],
      diagnostics: [],
      parsed: false,
      note: `This document is ${(text.length / 1_000_000).toFixed(1)} MB: the ECS checks run on documents up to ${MAX_CHECK_CHARS / 1_000_000} MB, so they are paused. Real task definitions are far smaller (AWS allows 64 KiB).`,
    });
  }
  if (maxNesting(text) > MAX_DEPTH) {
    return done({
      markers: [],
      diagnostics: [],
      parsed: false,
      note: `This document is nested more than ${MAX_DEPTH} levels deep, too deep to check. The ECS checks are paused until it is simpler.`,
    });
  }
  let index: SpanIndex;
  try {
    index = indexJson(text);
  } catch (e) {
    if (e instanceof PythonJsonError) return done({ markers: [], diagnostics: [], parsed: false });
    // RangeError: nesting deeper than the parser's stack.
    return done({
      markers: [],
      diagnostics: [],
      parsed: false,
      note: 'This document is nested too deeply to check. The ECS checks are paused until it is simpler.',
    });
  }
  const diagnostics = validateTaskDefinition(index.value);
  const markers = diagnosticsToMarkers(index, diagnostics.slice(0, MAX_MARKERS));
  const result: Omit<CheckResult, 'ms'> = { markers, diagnostics, parsed: true };
  if (diagnostics.length > MAX_MARKERS) {
    result.note = `Showing the first ${MAX_MARKERS} of ${diagnostics.length} problems.`;
  }
  return done(result);
}
