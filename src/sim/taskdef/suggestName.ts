/**
 * "Did you mean …?" for a mistyped name: the known name with the smallest edit distance, when it is close
 * enough to be a typo (at most 2 edits, or only `_`/`-`/case differences).
 */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known name `name` was probably meant to be, or undefined. */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  const canonical = (s: string) => s.toLowerCase().replace(/_/g, '-');
  const exactish = known.find((k) => canonical(k) === canonical(name));
  if (exactish !== undefined) return exactish;
  if (name.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(canonical(name), canonical(k));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
