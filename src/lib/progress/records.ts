/**
 * Full checks of one explain-it attempt or lab record. Not part of the shared script (the guard there only
 * checks these are objects, to stay within the 4 KB budget): the explain-it island and lab pages call these
 * when they read a record, and set a bad one aside with a notice instead of showing or trusting it.
 */
import type { Checked } from './guard.ts';
import type { ChallengeProgress, LabProgress } from './model.ts';
import { ITEM_PATTERN, MAX_FEEDBACK_CHARS, MAX_LIST, MAX_SAVED_ANSWER, SELF_RATINGS } from './limits.ts';

// The same four one-liners as ./guard.ts, repeated on purpose: importing them would pull guard.ts into
// a chunk shared with the site script (see ./limits.ts for why that matters).
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));
const only = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).find((k) => !keys.includes(k));

/** Checks one field; returns a problem, or undefined when it is fine. */
type Rule = (v: unknown, at: string) => string | undefined;

/** A rule from a test and what the value should be ("a time in milliseconds"). */
const want =
  (test: (v: unknown) => boolean, should: string): Rule =>
  (v, at) =>
    test(v) ? undefined : `${at} should be ${should}, found ${show(v)}`;

/** An object with exactly these fields (optional ones end in "?"), each checked by its rule. */
const shape =
  (fields: Record<string, Rule>): Rule =>
  (v, at) => {
    if (!isObj(v)) return `${at} should be an object, found ${show(v)}`;
    const extra = only(v, Object.keys(fields).map((k) => k.replace('?', '')));
    if (extra !== undefined) return `${at} has an unknown field "${extra}"`;
    let p: string | undefined;
    for (const [key, rule] of Object.entries(fields)) {
      const name = key.replace('?', '');
      if (name === key || name in v) p ??= rule(v[name], `${at}.${name}`);
    }
    return p;
  };

const time = want(isTime, 'a time in milliseconds');
const percent = want((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100, 'a whole number from 0 to 100');
const text = (max: number) => want((v) => typeof v === 'string' && v.length <= max, `text of at most ${max.toLocaleString('en-US')} characters`);
const list =
  (item: Rule): Rule =>
  (v, at) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return `${at} should be a list of at most ${MAX_LIST} items, found ${Array.isArray(v) ? `${v.length} items` : show(v)}`;
    let p: string | undefined;
    v.forEach((x, i) => (p ??= item(x, `${at}[${i}]`)));
    return p;
  };
const ids = list(want((v) => typeof v === 'string' && ITEM_PATTERN.test(v), 'an id'));

/** One challenge attempt. */
export const challengeRule: Rule = shape({
  answer: text(MAX_SAVED_ANSWER),
  score: percent,
  bestScore: percent,
  met: ids,
  missed: ids,
  feedback: list(text(MAX_FEEDBACK_CHARS)),
  attempts: want((v) => Number.isSafeInteger(v) && (v as number) >= 1, 'a whole number of at least 1'),
  lastAttemptAt: time,
  'selfRating?': want((v) => SELF_RATINGS.includes(v as never), `one of ${SELF_RATINGS.join(', ')}`),
});

/** One lab's progress. */
export const labRule: Rule = shape({ passedSteps: ids, completed: want((v) => typeof v === 'boolean', 'true or false'), updatedAt: time });

const checked =
  <T>(rule: Rule, what: string) =>
  (v: unknown, id: string): Checked<T> => {
    const problem = rule(v, `${what}["${id}"]`);
    return problem ? { ok: false, problem } : { ok: true, value: v as T };
  };

/** Checks a saved challenge attempt; the problem names the field (`challenges["x"].score should be …`). */
export const checkChallengeRecord = checked<ChallengeProgress>(challengeRule, 'challenges');
/** Checks a saved lab record. */
export const checkLabRecord = checked<LabProgress>(labRule, 'labs');

/** True when every challenge and lab record of a document or export passes its full check. */
export function recordsProblem(doc: { challenges?: unknown; labs?: unknown }): string | undefined {
  let p: string | undefined;
  const each = (section: unknown, check: (v: unknown, id: string) => Checked<unknown>) => {
    if (isObj(section)) for (const [id, v] of Object.entries(section)) if (!p) { const r = check(v, id); if (!r.ok) p = r.problem; }
  };
  each(doc.challenges, checkChallengeRecord);
  each(doc.labs, checkLabRecord);
  return p;
}
