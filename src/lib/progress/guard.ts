/**
 * Small validators for progress data, used in the browser instead of zod (see ./schema.ts for why).
 * Each returns the value when it matches, or a sentence saying what is wrong and where.
 */
import { EXPORT_FORMAT, LESSON_KEY_PATTERN, type LessonProgress, type ProgressExport, type ProgressV1, type ProgressV2 } from './model.ts';

/** The outcome of a check: the typed value, or a description of the first problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));
const only = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).find((k) => !keys.includes(k));

function checkLesson(v: unknown, at: string): string | undefined {
  if (!isObj(v)) return `${at} should be an object, found ${show(v)}`;
  const extra = only(v, ['status', 'startedAt', 'completedAt']);
  if (extra !== undefined) return `${at} has an unknown field "${extra}"`;
  if (v.status !== 'started' && v.status !== 'complete') return `${at}.status should be "started" or "complete", found ${show(v.status)}`;
  if (!isTime(v.startedAt)) return `${at}.startedAt should be a time in milliseconds, found ${show(v.startedAt)}`;
  if ('completedAt' in v && !isTime(v.completedAt)) return `${at}.completedAt should be a time in milliseconds, found ${show(v.completedAt)}`;
  return undefined;
}

function checkLessons(v: unknown): string | undefined {
  if (!isObj(v)) return `"lessons" should be an object, found ${show(v)}`;
  for (const [key, value] of Object.entries(v)) {
    if (!LESSON_KEY_PATTERN.test(key)) return `"${key}" is not a lesson key like "module/lesson"`;
    const p = checkLesson(value, `lessons["${key}"]`);
    if (p) return p;
  }
  return undefined;
}

/** Checks a stored version-2 document. */
export function checkProgressV2(v: unknown): Checked<ProgressV2> {
  if (!isObj(v)) return { ok: false, problem: `expected an object, found ${show(v)}` };
  const extra = only(v, ['version', 'lessons']);
  const problem = v.version !== 2 ? `"version" should be 2, found ${show(v.version)}` : extra !== undefined ? `unknown field "${extra}"` : checkLessons(v.lessons);
  return problem ? { ok: false, problem } : { ok: true, value: v as unknown as ProgressV2 };
}

/** Checks a stored version-1 document. */
export function checkProgressV1(v: unknown): Checked<ProgressV1> {
  const keys = (l: unknown) => Array.isArray(l) && l.every((k) => typeof k === 'string' && LESSON_KEY_PATTERN.test(k));
  const ok = isObj(v) && v.version === 1 && only(v, ['version', 'visited', 'completed']) === undefined && keys(v.visited) && keys(v.completed);
  return ok ? { ok: true, value: v as unknown as ProgressV1 } : { ok: false, problem: 'not a version 1 document' };
}

/** Checks an exported progress file. */
export function checkProgressExport(v: unknown): Checked<ProgressExport> {
  if (!isObj(v) || v.format !== EXPORT_FORMAT) return { ok: false, problem: `that file is not a course progress export (it has no "format": "${EXPORT_FORMAT}")` };
  const extra = only(v, ['format', 'version', 'exportedAt', 'lessons']);
  const problem =
    v.version !== 2 ? `"version" should be 2, found ${show(v.version)}`
    : extra !== undefined ? `unknown field "${extra}"`
    : !isTime(v.exportedAt) ? `"exportedAt" should be a time in milliseconds, found ${show(v.exportedAt)}`
    : checkLessons(v.lessons);
  return problem ? { ok: false, problem } : { ok: true, value: v as unknown as ProgressExport };
}

/** Re-exported for callers that build lesson records. */
export type { LessonProgress };
