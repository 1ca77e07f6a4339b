/**
 * `--output text`, ported from awscli/text.py: a dict prints its scalar values (keys sorted) on one
 * tab-separated line, then its nested values, each line prefixed with the parent key in UPPERCASE; a list
 * of dicts uses the union of their scalar keys; scalars print like Python's `str()` (`None`, `True`).
 */

import { isPythonFloatMarker, pythonFloatText } from './pythonFloats.ts';

type Json = unknown;

const isDict = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isContainer = (v: Json): boolean => typeof v === 'object' && v !== null;

/** Python's str() of a scalar. */
export function pythonStr(value: Json): string {
  if (value === null || value === undefined) return 'None';
  if (isPythonFloatMarker(value)) return pythonFloatText(value);
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

/** Formats a (queried) response as the text output. */
export function formatText(data: Json): string {
  const out: string[] = [];
  formatItem(data, out, undefined, undefined);
  return out.join('');
}

function formatItem(item: Json, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (isDict(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${pythonStr(item)}\n`);
}

function formatList(items: Json[], out: string[], identifier: string | undefined): void {
  if (!items.length) return;
  if (items.some(isDict)) {
    const keys = allScalarKeys(items);
    for (const element of items) formatItem(element, out, identifier, keys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter((e) => !isContainer(e));
    const nonScalars = items.filter(isContainer);
    if (scalars.length) formatScalarList(scalars, out, identifier);
    for (const n of nonScalars) formatItem(n, out, identifier, undefined);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(items: Json[], out: string[], identifier: string | undefined): void {
  if (identifier !== undefined) {
    for (const item of items) out.push(`${identifier.toUpperCase()}\t${pythonStr(item)}\n`);
  } else {
    out.push(`${items.map(pythonStr).join('\t')}\n`);
  }
}

function formatDict(item: Record<string, Json>, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  const scalars: string[] = [];
  const nonScalars: [string, Json][] = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort(pyCompare)) {
      const value = item[key];
      if (isContainer(value)) nonScalars.push([key, value]);
      else scalars.push(pythonStr(value));
    }
  } else {
    for (const key of scalarKeys) scalars.push(key in item ? pythonStr(item[key]) : '');
    for (const key of Object.keys(item).filter((k) => !scalarKeys.includes(k)).sort(pyCompare)) {
      nonScalars.push([key, item[key]]);
    }
  }
  if (scalars.length) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nonScalars) formatItem(value, out, key, undefined);
}

function allScalarKeys(items: Json[]): string[] {
  const keys = new Set<string>();
  for (const item of items) {
    if (!isDict(item)) continue;
    for (const [k, v] of Object.entries(item)) if (!isContainer(v)) keys.add(k);
  }
  return [...keys].sort(pyCompare);
}

/** Python sorts strings by code point; so does this (localeCompare would not). */
export function pyCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
