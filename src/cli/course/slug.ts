/** Turning titles into URL slugs, and checking slugs typed by authors. */
import { SLUG_PATTERN } from '../../lib/schemas/lesson.ts';

/** Longest slug the scaffold makes from a title (URLs stay readable). */
export const MAX_SLUG_LENGTH = 60;

/**
 * Makes a slug from a title: ASCII letters and digits, lower case, words joined by single hyphens,
 * cut at a word boundary after {@link MAX_SLUG_LENGTH} characters. Returns '' if nothing is left.
 * @example slugify('Sizing Fargate tasks: CPU & memory') === 'sizing-fargate-tasks-cpu-memory'
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? '');
}

/** True for a valid module or lesson slug. */
export function isSlug(s: string): boolean {
  return SLUG_PATTERN.test(s) && s.length <= MAX_SLUG_LENGTH;
}
