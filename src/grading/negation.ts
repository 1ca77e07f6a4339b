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
