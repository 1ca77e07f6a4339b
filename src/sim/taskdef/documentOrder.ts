/**
 * Sorting diagnostics in document order, so the editor's problem list and "the first error" are stable and
 * follow the text: by the position of each path step among its siblings (object key order as written, array
 * index), a parent before its children, and a member that is missing after the members that exist.
 */
import type { Diagnostic, JsonPath } from './diagnostic.ts';
import { isObject } from './jsonAccess.ts';

/** Position of each step of `path` inside `doc`; missing steps sort after all existing siblings. */
export function documentPosition(doc: unknown, path: JsonPath): number[] {
  const position: number[] = [];
  let node: unknown = doc;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') {
      position.push(step);
      node = node[step];
    } else if (isObject(node) && typeof step === 'string') {
      const keys = Object.keys(node);
      const index = keys.indexOf(step);
      position.push(index >= 0 ? index : keys.length);
      node = index >= 0 ? node[step] : undefined;
    } else {
      position.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  }
  return position;
}

function compare(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Returns the diagnostics sorted in document order (stable for equal paths). */
export function sortByDocumentOrder(doc: unknown, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const keyed = diagnostics.map((d, i) => ({ d, i, pos: documentPosition(doc, d.path) }));
  keyed.sort((x, y) => compare(x.pos, y.pos) || x.i - y.i);
  return keyed.map((k) => k.d);
}
