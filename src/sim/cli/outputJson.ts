/**
 * `--output json`: Python's `json.dump(response, indent=4, ensure_ascii=False)` plus a newline; an empty
 * `{}` response prints nothing (awscli/formatter.py JSONFormatter). JavaScript's `JSON.stringify` with an
 * indent of 4 lays out objects and arrays the same way Python does.
 */
export function formatJson(data: unknown): string {
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0) return '';
  if (data === undefined) return 'null\n';
  // Doubles marked by pythonFloats.ts print as Python floats (70.0), unquoted.
  return `${JSON.stringify(data, null, 4).replace(/"\\u0000pyfloat:(-?\d+)"/g, '$1.0')}\n`;
}
