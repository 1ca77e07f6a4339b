/**
 * Negation: "the task role does not pull images" must not earn "the task role pulls images". A match is
 * negated when a negator sits within {@link NEGATION_WINDOW} words before it, in the same clause
 * (a comma or "but" ends the reach of a "not").
 */
import type { Token } from './text.ts';

/** How many words before a match a negator still applies to it. */
export const NEGATION_WINDOW = 3;

/** Words that negate what follows (`n't` has already become `not`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'without', 'cannot', 'neither', 'nor', 'nothing', 'none']);

/** The negator that applies to the match starting at `start`, if any. */
export function negatorBefore(tokens: readonly Token[], start: number): string | undefined {
  const clause = tokens[start]?.clause;
  for (let i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW; i -= 1) {
    const token = tokens[i]!;
    if (token.clause !== clause) return undefined;
    if (NEGATORS.has(token.text)) return token.text;
  }
  return undefined;
}

/** Words after a negator that make it deny a thing ("not a crash", "never the image") rather than state a failure. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'this', 'that', 'it']);

/**
 * For concepts that accept negation (failures: "the image cannot be pulled", "no free IP addresses"): the
 * negator that still cancels the match because it denies the thing itself ("it is not a crash", "never the
 * image"), if any. "not" right before an article, or "is/was/are not" right before the match, is a denial.
 */
export function denialBefore(tokens: readonly Token[], start: number): string | undefined {
  const clause = tokens[start]?.clause;
  for (let i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW; i -= 1) {
    const token = tokens[i]!;
    if (token.clause !== clause) return undefined;
    if (!NEGATORS.has(token.text)) continue;
    const next = tokens[i + 1]?.text ?? '';
    const prev = tokens[i - 1]?.text ?? '';
    if (ARTICLES.has(next) || (i + 1 === start && ['is', 'was', 'are', 'were', 's'].includes(prev))) return token.text;
  }
  return undefined;
}
