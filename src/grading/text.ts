/**
 * Text preparation shared by the grader: one normal form (lowercase, `n't` → ` not`, curly quotes
 * straightened), sentences, and word tokens that remember their clause, so negation never reaches
 * across a comma or a "but".
 */

/** A word of a sentence. `clause` increases at commas, colons, brackets, dashes and contrast words. */
export interface Token {
  text: string;
  clause: number;
}

/** A sentence of the answer, as written and as tokens. */
export interface Sentence {
  /** 0-based position in the answer. */
  index: number;
  /** The sentence as written (trimmed), for feedback. */
  raw: string;
  tokens: Token[];
}

/** Words that start a new clause: a negation before them does not apply after them. */
const CLAUSE_BREAKERS = new Set(['but', 'however', 'whereas', 'while', 'although', 'though', 'instead', 'unlike']);

/** Lowercases and straightens the text; `doesn't` → `does not`, `can't` → `can not`, `won't` → `will not`. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not');
}

/**
 * Splits an answer into sentences: at `.`, `!`, `?` or `;` followed by a space or the end, and at line
 * breaks (a list written one item per line is a list of short "sentences", which the list check sees).
 * Dots inside tokens (`v1.2.3`, `169.254.170.2`) do not split.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

/** The word tokens of one sentence (normalised text), each tagged with its clause number. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of normalise(sentence).matchAll(/[a-z0-9]+|[,:()\u2013\u2014]| - /g)) {
    const text = m[0];
    if (!/^[a-z0-9]/.test(text)) {
      clause += 1;
      continue;
    }
    if (CLAUSE_BREAKERS.has(text)) clause += 1;
    tokens.push({ text, clause });
  }
  return tokens;
}

/** Sentences of an answer with their tokens. */
export function toSentences(text: string): Sentence[] {
  return splitSentences(text).map((raw, index) => ({ index, raw, tokens: tokenize(raw) }));
}

/** Number of words in a text (same tokens as the grader uses). */
export function countWords(text: string): number {
  return normalise(text).match(/[a-z0-9]+/g)?.length ?? 0;
}
