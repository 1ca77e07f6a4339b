/**
 * Phrasings: the small pattern language rubric authors write, compiled once and matched against the
 * tokens of one sentence.
 *
 * - `|` separates alternatives: `secrets manager|ssm|parameter store`.
 * - Words must appear in order; up to {@link MAX_GAP} other words may sit between two pattern words,
 *   so `pull* image` matches "pulls the container image" (proximity, as in pmatch, not a bag of words).
 * - A trailing `*` matches any ending: `pull*` → pull, pulls, pulling, pulled.
 * - An alternative starting with `=` allows no gaps: `=task role` matches "the task role" but not
 *   "the task execution role".
 * - Punctuation is ignored on both sides, so `ssmmessages:*` is written `ssmmessages`, and
 *   `circuit breaker` also matches "circuit-breaker".
 */
import type { Token } from './text.ts';

/** How many extra words may separate two consecutive words of a phrasing. */
export const MAX_GAP = 2;

/** One word of a phrasing: exact, or a prefix when written with a trailing `*`. */
export interface PatternWord {
  text: string;
  prefix: boolean;
}

/** A compiled phrasing: its alternatives, each a sequence of words. */
export interface CompiledPhrasing {
  source: string;
  alternatives: { words: PatternWord[]; maxGap: number }[];
}

/** Where a phrasing matched in a sentence: token indexes of its first and last word. */
export interface PhrasingMatch {
  start: number;
  end: number;
}

/** Words a phrasing may use: lowercase letters and digits, an optional trailing `*`. */
const WORD = /^[a-z0-9]+\*?$/;

/**
 * Checks a phrasing's syntax; returns an author-facing problem, or undefined when it is fine.
 * Used by the rubric schema, so a bad pattern fails `ecs-course check` with this sentence.
 */
export function phrasingProblem(source: string): string | undefined {
  if (source !== source.toLowerCase()) return `write phrasings in lowercase ("${source.toLowerCase()}"); answers are lowercased before matching`;
  const alternatives = source.split('|');
  for (const alt of alternatives) {
    if (alt.trim().slice(1).includes('=')) return `"${source}": "=" (no gaps) goes only at the start of an alternative, e.g. "=task role"`;
    const words = wordsOf(alt.trim().replace(/^=/, ''));
    if (words.length === 0) return `"${source}" has an empty alternative; remove the extra "|"`;
    for (const w of words) {
      if (w === '*') return `"${source}": a lone "*" would match any word; put it at the end of a word, e.g. "pull*"`;
      if (!WORD.test(w)) return `"${source}": "${w}" may only hold letters and digits with an optional "*" at the end`;
      if (w.endsWith('*') && w.length < 4) return `"${source}": "${w}" is too short a stem (it would match too many words); use at least 3 letters before "*"`;
    }
  }
  return undefined;
}

/** Splits one alternative into words: punctuation becomes a space, as it does in answers. */
function wordsOf(alternative: string): string[] {
  return alternative
    .replace(/[^a-z0-9*A-Z]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Compiles a phrasing (assumed valid, see {@link phrasingProblem}). */
export function compilePhrasing(source: string): CompiledPhrasing {
  return {
    source,
    alternatives: source
      .split('|')
      .map((alt) => alt.trim())
      .map((alt) => ({
        maxGap: alt.startsWith('=') ? 0 : MAX_GAP,
        words: wordsOf(alt.replace(/^=/, '')).map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false })),
      }))
      .filter((alt) => alt.words.length > 0),
  };
}

function wordMatches(word: PatternWord, token: Token): boolean {
  return word.prefix ? token.text.startsWith(word.text) : token.text === word.text;
}

/** Every match of the phrasing in the tokens (at most one per start position), in order. */
export function findMatches(phrasing: CompiledPhrasing, tokens: readonly Token[]): PhrasingMatch[] {
  const matches: PhrasingMatch[] = [];
  for (const { words, maxGap } of phrasing.alternatives) {
    for (let start = 0; start < tokens.length; start += 1) {
      if (!wordMatches(words[0]!, tokens[start]!)) continue;
      const end = matchRest(words, tokens, 1, start, maxGap);
      if (end !== undefined) matches.push({ start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Matches words[k…] after token `at`, allowing gaps of up to MAX_GAP words; returns the last index. */
function matchRest(words: readonly PatternWord[], tokens: readonly Token[], k: number, at: number, maxGap: number): number | undefined {
  if (k === words.length) return at;
  for (let next = at + 1; next <= at + 1 + maxGap && next < tokens.length; next += 1) {
    if (wordMatches(words[k]!, tokens[next]!)) {
      const end = matchRest(words, tokens, k + 1, next, maxGap);
      if (end !== undefined) return end;
    }
  }
  return undefined;
}
