/** Every challenge in content/challenges parses, and each of its samples lands in its band. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkSamples, parseChallenge, parseFrontmatter } from '../../../src/grading/index.ts';

const DIR = new URL('../../../content/challenges/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort();

describe('content/challenges', () => {
  test('holds the three chapter challenges and at least five more', () => {
    const ids = files.map((f) => f.replace(/\.mdx$/, ''));
    expect(ids).toEqual(expect.arrayContaining(['desired-vs-running', 'execution-vs-task-role', 'stuck-deployment']));
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    test(`${file}: parses, its id matches the file name, and every sample lands in its band`, () => {
      const fm = parseFrontmatter(readFileSync(new URL(file, DIR), 'utf8'));
      if (!fm.ok) throw new Error(`${file}: ${fm.problem}`);
      const parsed = parseChallenge(fm.data);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
      expect(parsed.challenge.id).toBe(file.replace(/\.mdx$/, ''));
      const labels = parsed.challenge.samples.map((s) => s.label.toLowerCase());
      for (const kind of ['strong', 'partial', 'keyword', 'off-topic']) expect(labels.some((l) => l.includes(kind)), `${file} needs a "${kind}" sample`).toBe(true);
      const outside = checkSamples(parsed.challenge).filter((o) => !o.ok).map((o) => `${o.label}: ${o.score} not in [${o.band.join(', ')}]`);
      expect(outside).toEqual([]);
    });
  }
});
