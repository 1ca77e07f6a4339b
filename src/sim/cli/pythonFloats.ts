/**
 * Python prints a whole-number double as `70.0`; JavaScript has one number type and prints `70`. The API
 * model says which output members are doubles (`outputDoubles`), so before formatting, whole numbers at
 * those paths are replaced by marker strings that every formatter renders as `70.0`.
 *
 * `--query` must still see numbers (comparisons, `sum()`), so the query runs on the real response and,
 * separately, on the marked copy; markers are kept only where both results agree value for value.
 */

const MARKER = '\u0000pyfloat:';

/** True for a marker string. */
export function isPythonFloatMarker(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(MARKER);
}

/** The marker's text as Python prints it (`70.0`). */
export function pythonFloatText(marker: string): string {
  return `${marker.slice(MARKER.length)}.0`;
}

/** A copy of `data` with whole-number doubles at `paths` replaced by markers. */
export function markDoubles(data: unknown, paths: readonly string[]): unknown {
  let copy = data;
  for (const path of paths) {
    let segments = pathSegments.get(path);
    if (segments === undefined) {
      segments = path.match(/[^.[\]{}]+|\[\]|\{\}/g) ?? [];
      pathSegments.set(path, segments);
    }
    copy = markAt(copy, segments, 0);
  }
  return copy;
}

/** The model's double paths, split once. */
const pathSegments = new Map<string, string[]>();

function markAt(value: unknown, segments: string[], i: number): unknown {
  if (i === segments.length) return typeof value === 'number' && Number.isInteger(value) ? `${MARKER}${value}` : value;
  const segment = segments[i]!;
  if (segment === '[]') return Array.isArray(value) ? value.map((v) => markAt(v, segments, i + 1)) : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  if (segment === '{}') return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, markAt(v, segments, i + 1)]));
  if (!(segment in obj)) return value;
  return { ...obj, [segment]: markAt(obj[segment], segments, i + 1) };
}

/** Takes `raw`, with markers from `marked` wherever the two agree (same shape, marker equal to the number). */
export function mergeMarkers(raw: unknown, marked: unknown): unknown {
  if (typeof raw === 'number') return isPythonFloatMarker(marked) && marked === `${MARKER}${raw}` ? marked : raw;
  if (Array.isArray(raw)) {
    if (!Array.isArray(marked) || marked.length !== raw.length) return raw;
    return raw.map((v, i) => mergeMarkers(v, marked[i]));
  }
  if (typeof raw === 'object' && raw !== null) {
    if (typeof marked !== 'object' || marked === null || Array.isArray(marked)) return raw;
    const m = marked as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, k in m ? mergeMarkers(v, m[k]) : v]));
  }
  return raw;
}
