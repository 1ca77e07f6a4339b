/**
 * Grounded challenges: the answer must quote what *this learner's* simulation showed (a stopped reason,
 * an exit code), so an answer copied from a friend or the model answer does not earn that part.
 * Matching is forgiving: case, punctuation and spacing are ignored, and an error name or most of the
 * fact's distinctive words are enough.
 */
import { normalise } from './text.ts';

/** Facts a simulation can hand the grader. */
export const FACT_KINDS = ['stoppedReason', 'stopCode', 'exitCode', 'containerReason', 'serviceEvent', 'rolloutStateReason'] as const;

/** One of {@link FACT_KINDS}. */
export type FactKind = (typeof FACT_KINDS)[number];

/** The facts of one run, by kind (e.g. `{ stoppedReason: 'CannotPullContainerError: …' }`). */
export type Facts = Partial<Record<FactKind, string>>;

/** Share of a fact's distinctive words an answer must contain when it does not quote the fact whole. */
export const FACT_WORD_SHARE = 0.6;

const COMMON = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'from', 'task', 'tasks', 'container', 'was', 'has', 'have', 'not',
  'unable', 'error', 'failed', 'please', 'check', 'your', 'into', 'been', 'are', 'were', 'its', 'of', 'to', 'in', 'on',
]);

function flat(text: string): string {
  return normalise(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Distinctive words of a fact: error names (`cannotpullcontainererror`), tags, codes, long words. */
export function factKeywords(fact: string): string[] {
  const words = flat(fact).split(' ').filter((w) => w !== '');
  const keep = words.filter((w) => !COMMON.has(w) && (w.length >= 4 || /\d/.test(w)));
  return [...new Set(keep.length > 0 ? keep : words)];
}

/** Words shaped like an error or stop-code name in the original fact (`CannotPullContainerError`, `OutOfMemoryError`). */
function errorNames(fact: string): string[] {
  return [...fact.matchAll(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g)].map((m) => m[0].toLowerCase());
}

/** True when the answer carries the fact: whole, by an error name in it, or by most of its distinctive words. */
export function answerCarriesFact(answer: string, fact: string): boolean {
  const a = ` ${flat(answer)} `;
  const f = flat(fact);
  if (f === '') return false;
  if (a.includes(` ${f} `)) return true;
  const answerWords = new Set(a.trim().split(' '));
  if (errorNames(fact).some((name) => answerWords.has(name))) return true;
  const keywords = factKeywords(fact);
  if (keywords.length === 1) return answerWords.has(keywords[0]!);
  const found = keywords.filter((k) => answerWords.has(k)).length;
  return found / keywords.length >= FACT_WORD_SHARE;
}
