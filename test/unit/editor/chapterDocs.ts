/** The chapter's task definitions (test/fixtures/chapter), as text, for the editor tests. */
import { readFileSync } from 'node:fs';

const read = (name: string): string => readFileSync(new URL(`../../fixtures/chapter/${name}`, import.meta.url), 'utf8');

/** user-service (lesson 3), api-gateway and email-worker (lesson 11). */
export const CHAPTER_DOCS: Readonly<Record<string, string>> = {
  'user-service': read('task-definition.json'),
  'api-gateway': read('api-gateway.json'),
  'email-worker': read('email-worker.json'),
};

/** user-service with one member's value text replaced, e.g. `withValue('"memory": "512"', '"memory": "4096"')`. */
export function variant(from: string, to: string, base = CHAPTER_DOCS['user-service']!): string {
  if (!base.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return base.replace(from, to);
}
