/**
 * Build-time access to explain-it challenges (content/challenges/<id>.mdx) for the <ExplainIt> component.
 * Read with the same frontmatter parser and schema as `ecs-course check` (src/grading), so the site and the
 * CLI can never disagree about a challenge. Errors are written for course authors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChallenge, parseFrontmatter, type Challenge } from '../grading/index.ts';

/** Where challenges live, relative to the project root (the build runs from there). */
export const CHALLENGES_DIR = 'content/challenges';

/** Thrown at build time when a lesson names a challenge that is missing or invalid. */
export class ChallengeLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChallengeLookupError';
  }
}

let cache: Map<string, Challenge | string[]> | undefined;

/** Every challenge file, parsed: the challenge, or its problems. Read once per build. */
function all(root: string): Map<string, Challenge | string[]> {
  if (cache) return cache;
  const found = new Map<string, Challenge | string[]>();
  for (const name of readdirSync(join(root, CHALLENGES_DIR)).filter((f) => f.endsWith('.mdx')).sort()) {
    const fm = parseFrontmatter(readFileSync(join(root, CHALLENGES_DIR, name), 'utf8'));
    const parsed = fm.ok ? parseChallenge(fm.data) : undefined;
    const id = name.replace(/\.mdx$/, '');
    if (!fm.ok) found.set(id, [fm.problem]);
    else if (!parsed!.ok) found.set(id, parsed!.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)));
    else found.set(id, parsed!.challenge);
  }
  // In dev the files may change between page loads; only the production build keeps the cache.
  if (import.meta.env?.PROD) cache = found;
  return found;
}

/**
 * The challenge with this id. Throws an author-facing error naming the lesson and listing the known ids
 * when there is no such file, or the file's problems when it is invalid.
 */
export function challengeById(id: string, lessonFile: string | undefined, root = process.cwd()): Challenge {
  const challenges = all(root);
  const where = lessonFile ? ` in ${lessonFile}` : '';
  const entry = challenges.get(id);
  if (entry === undefined) {
    throw new ChallengeLookupError(
      `<ExplainIt id="${id}">${where}: there is no challenge "${id}" (no file ${CHALLENGES_DIR}/${id}.mdx).\n` +
        `  Known challenge ids: ${[...challenges.keys()].join(', ') || '(none)'}.\n` +
        `  Fix the id, or add the challenge (see /authoring/challenges/).`,
    );
  }
  if (Array.isArray(entry)) {
    throw new ChallengeLookupError(
      `<ExplainIt id="${id}">${where}: ${CHALLENGES_DIR}/${id}.mdx is not a valid challenge:\n` + entry.map((p) => `  - ${p}`).join('\n') +
        '\n  Run `npx ecs-course check` for the full report.',
    );
  }
  return entry;
}

/** What the browser needs to grade and give feedback: the challenge without its sample answers. */
export function challengeForBrowser(challenge: Challenge): Challenge {
  return { ...challenge, samples: [] };
}
