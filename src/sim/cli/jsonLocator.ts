/**
 * Maps a JSON path (`containerDefinitions[0].image`, `/containerDefinitions/0/image` or
 * `['containerDefinitions', 0, 'image']`) to where it sits in a JSON document, so diagnostics can point at
 * `file:line:col` in `ecs-sim validate` and at a range in the editor.
 */
import { lineAndColumn, parsePythonJson, type JsonPathSegment, type JsonSpan } from './pythonJson.ts';

/** A located path: offsets into the text plus 1-based line/column of the start. */
export interface JsonLocation {
  /** Offset of the member's key when the path ends at an object member, else of the value. */
  offset: number;
  length: number;
  line: number;
  column: number;
  /** True when the exact path was found; false when an ancestor was used (e.g. a missing member). */
  exact: boolean;
}

/** Splits a path written in any of the accepted forms into segments. */
export function parseJsonPath(path: string | readonly JsonPathSegment[]): JsonPathSegment[] {
  if (Array.isArray(path)) return [...path];
  const text = path as string;
  if (text === '' || text === '/' || text === '$') return [];
  if (text.startsWith('/')) {
    return text
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  }
  const segments: JsonPathSegment[] = [];
  for (const m of text.replace(/^\$\.?/, '').matchAll(/([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]/g)) {
    if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined) segments.push(m[3]);
    else segments.push(/^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!);
  }
  return segments;
}

/** An index of every value's span in a document. Build once, look up many paths. */
export class JsonLocator {
  private readonly spans = new Map<string, JsonSpan>();

  /** Throws PythonJsonError when the text is not valid JSON. */
  constructor(private readonly text: string) {
    parsePythonJson(text, (path, span) => this.spans.set(JSON.stringify(path), span));
  }

  /** Finds the path, or its closest existing ancestor (never undefined for a parsed document). */
  locate(path: string | readonly JsonPathSegment[]): JsonLocation {
    const segments = parseJsonPath(path);
    for (let n = segments.length; n >= 0; n--) {
      const span = this.spans.get(JSON.stringify(segments.slice(0, n)));
      if (!span) continue;
      const offset = span.keyStart ?? span.start;
      return { offset, length: span.end - offset, ...lineAndColumn(this.text, offset), exact: n === segments.length };
    }
    return { offset: 0, length: 0, line: 1, column: 1, exact: false };
  }
}
