import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseChallenge, parseFrontmatter, type Challenge } from '../../../src/grading/index.ts';
import { challengeById, ChallengeLookupError } from '../../../src/lib/challenges.ts';

// Where challenges appear: each one on the lesson its frontmatter names (the chapter's three on the key
// takeaways), grounded ones only on lessons with a simulator, and every <ExplainIt> id is a real challenge.
const challenges: Challenge[] = readdirSync('content/challenges')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = parseFrontmatter(readFileSync(`content/challenges/${f}`, 'utf8'));
    const parsed = fm.ok ? parseChallenge(fm.data) : undefined;
    if (!parsed?.ok) throw new Error(`${f} is invalid`);
    return parsed.challenge;
  });
const lessonText = (c: Challenge) => readFileSync(`content/${c.module}/${c.lesson}.mdx`, 'utf8');
const usedIds = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('challenges'))
  .flatMap((f) => [...readFileSync(`content/${f}`, 'utf8').matchAll(/<ExplainIt\s+id="([^"]+)"/g)].map((m) => ({ file: f, id: m[1]! })));

describe('challenge placement', () => {
  test('the chapter has its three named challenges on the key takeaways and at least five more', () => {
    const onTakeaways = challenges.filter((c) => c.lesson === '12-key-takeaways').map((c) => c.id);
    expect(onTakeaways.sort()).toEqual(['desired-vs-running', 'execution-vs-task-role', 'stuck-deployment']);
    expect(challenges.length - onTakeaways.length).toBeGreaterThanOrEqual(5);
  });

  test.each(challenges.map((c) => [c.id, c] as const))('%s appears on the lesson its frontmatter names', (id, c) => {
    expect(lessonText(c)).toMatch(new RegExp(`<ExplainIt\\s+id="${id}"`));
  });

  test('every <ExplainIt> in a lesson names a challenge, once in the whole course', () => {
    const ids = usedIds.map((u) => u.id);
    expect(ids.filter((id) => !challenges.some((c) => c.id === id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('grounded challenges sit on lessons with a simulator', () => {
    const grounded = challenges.filter((c) => c.rubric.grounded);
    expect(grounded.length).toBeGreaterThan(0);
    for (const c of grounded) expect(lessonText(c), `${c.id} on ${c.lesson}`).toMatch(/<Terminal\b/);
  });
});

describe('build-time lookup', () => {
  test('an unknown id is an author-facing error naming the lesson file and the known ids', () => {
    const lookup = () => challengeById('desired-vs-runing', 'content/ecs-fargate/12-key-takeaways.mdx');
    expect(lookup).toThrow(ChallengeLookupError);
    expect(lookup).toThrow(/<ExplainIt id="desired-vs-runing"> in content\/ecs-fargate\/12-key-takeaways\.mdx: there is no challenge/);
    expect(lookup).toThrow(/Known challenge ids: .*desired-vs-running.*stuck-deployment/);
  });

  test('a known id gives the parsed challenge', () => {
    expect(challengeById('stuck-deployment', 'x.mdx').rubric.concepts.length).toBeGreaterThan(0);
  });
});
