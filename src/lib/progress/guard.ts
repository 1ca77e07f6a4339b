/**
 * Small validators for progress data, used in the browser instead of zod (see ./schema.ts for why).
 * Each returns the value when it matches, or a sentence saying what is wrong and where.
 *
 * Every page loads this file (4 KB gzip budget for the shared script), so challenge and lab records are
 * only checked to be objects keyed by ids here; the pages that use them check each record in full
 * (./records.ts) and set a bad one aside with a notice. The zod contract (./schema.ts) is the sum of both.
 */
import { ID_PATTERN, LESSON_KEY_PATTERN, type ProgressV1, type ProgressV2, type ProgressV3 } from './model.ts';

/** The outcome of a check: the typed value, or a description of the first problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isTime = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
export const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));
export const only = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).find((k) => !keys.includes(k));

const anObject = (v: unknown, at: string) => (isObj(v) ? undefined : `${at} should be an object, found ${show(v)}`);

function checkLesson(v: unknown, at: string): string | undefined {
  if (!isObj(v)) return anObject(v, at);
  const extra = only(v, ['status', 'startedAt', 'completedAt']);
  if (extra !== undefined) return `${at} has an unknown field "${extra}"`;
  if (v.status !== 'started' && v.status !== 'complete') return `${at}.status should be "started" or "complete", found ${show(v.status)}`;
  if (!isTime(v.startedAt)) return `${at}.startedAt should be a time in milliseconds, found ${show(v.startedAt)}`;
  if ('completedAt' in v && !isTime(v.completedAt)) return `${at}.completedAt should be a time in milliseconds, found ${show(v.completedAt)}`;
  return undefined;
}

/**
 * A section of the document: an object keyed by `key`, each value checked by `check`. For challenges and
 * labs `check` only asks for an object; each record is checked in full by ./records.ts where it is used.
 */
function checkSection(v: unknown, name: string, key: RegExp, check: (v: unknown, at: string) => string | undefined): string | undefined {
  if (!isObj(v)) return `"${name}" should be an object, found ${show(v)}`;
  for (const [k, value] of Object.entries(v)) {
    const p = key.test(k) ? check(value, `${name}["${k}"]`) : `${name}: "${k}" is not a valid ${name === 'lessons' ? 'key like "module/lesson"' : 'id'}`;
    if (p) return p;
  }
  return undefined;
}

/** Problems with the fields after "version" of a document or file (version 2: lessons; 3: also challenges and labs). */
function checkBody(v: Record<string, unknown>, version: number, head: string[]): string | undefined {
  const extra = only(v, [...head, 'lessons', ...(version > 2 ? ['challenges', 'labs'] : [])]);
  if (extra !== undefined) return `unknown field "${extra}"`;
  return (
    checkSection(v.lessons, 'lessons', LESSON_KEY_PATTERN, checkLesson) ??
    (version > 2 ? checkSection(v.challenges, 'challenges', ID_PATTERN, anObject) ?? checkSection(v.labs, 'labs', ID_PATTERN, anObject) : undefined)
  );
}

/** Problems with a document or file of version 2 or 3 (`head`: its fields before "lessons"). */
export function checkDoc(v: Record<string, unknown>, head: string[]): string | undefined {
  const version = v.version;
  return version !== 2 && version !== 3 ? `"version" should be 2 or 3, found ${show(version)}` : checkBody(v, version, head);
}

export const result = <T>(v: unknown, problem: string | undefined): Checked<T> => (problem ? { ok: false, problem } : { ok: true, value: v as T });

/** Checks a stored document of version 2 or 3 (what the store reads; version 2 is then migrated). */
export function checkProgressStored(v: unknown): Checked<ProgressV2 | ProgressV3> {
  return result(v, isObj(v) ? checkDoc(v, ['version']) : `expected an object, found ${show(v)}`);
}

/** Checks a stored version-3 (current) document. */
export const checkProgressV3 = (v: unknown): Checked<ProgressV3> => (isObj(v) && v.version === 3 ? (checkProgressStored(v) as Checked<ProgressV3>) : result(v, 'not a version 3 document'));

/** Checks a stored version-2 document. */
export const checkProgressV2 = (v: unknown): Checked<ProgressV2> => (isObj(v) && v.version === 2 ? (checkProgressStored(v) as Checked<ProgressV2>) : result(v, 'not a version 2 document'));

/** Checks a stored version-1 document. */
export function checkProgressV1(v: unknown): Checked<ProgressV1> {
  const keys = (l: unknown) => Array.isArray(l) && l.every((k) => typeof k === 'string' && LESSON_KEY_PATTERN.test(k));
  const ok = isObj(v) && v.version === 1 && only(v, ['version', 'visited', 'completed']) === undefined && keys(v.visited) && keys(v.completed);
  return ok ? { ok: true, value: v as unknown as ProgressV1 } : { ok: false, problem: 'not a version 1 document' };
}
