import { describe, expect, test } from 'vitest';
import { parseChallenge, parseFrontmatter, phrasingProblem } from '../../../src/grading/index.ts';
import { ROLE_INPUT } from './fixture.ts';

function problemsOf(patch: (c: Record<string, any>) => void): string[] {
  const input = structuredClone(ROLE_INPUT) as Record<string, any>;
  patch(input);
  const r = parseChallenge(input);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('challenge schema: author-facing errors', () => {
  test('accepts the fixture and applies defaults', () => {
    const r = parseChallenge(ROLE_INPUT);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.challenge.rubric.relations[0]!.sameSentence).toBe(true);
      expect(r.challenge.rubric.concepts[0]!.acceptNegated).toBe(false);
    }
  });

  test('names an unknown (misspelt) field', () => {
    expect(problemsOf((c) => (c.rubric.concepts[0].phrasing = ['x']))).toEqual(['rubric.concepts[0]: unknown field(s) "phrasing"; check the spelling']);
  });

  test('rejects a relation that names a missing concept', () => {
    expect(problemsOf((c) => (c.rubric.relations[0].concepts = ['exec-role', 'pulls']))).toEqual([
      'rubric.relations[0].concepts[1]: relation "exec-pulls" names concept "pulls", which is not in rubric.concepts (known: exec-role, task-role, pull, app)',
    ]);
  });

  test('rejects uppercase and malformed phrasings with the reason', () => {
    expect(problemsOf((c) => (c.rubric.concepts[0].phrasings = ['Execution Role']))).toEqual([
      'rubric.concepts[0].phrasings[0]: write phrasings in lowercase ("execution role"); answers are lowercased before matching',
    ]);
    expect(problemsOf((c) => (c.rubric.concepts[0].phrasings = ['pull * image']))[0]).toContain('a lone "*" would match any word');
    expect(problemsOf((c) => (c.rubric.concepts[0].phrasings = ['ecr|']))[0]).toContain('has an empty alternative');
    expect(problemsOf((c) => (c.rubric.concepts[0].phrasings = ['ex*']))[0]).toContain('too short a stem');
  });

  test('checks ids, bands, length and sample count', () => {
    expect(problemsOf((c) => (c.rubric.concepts[1].id = 'exec-role'))[0]).toBe('rubric.concepts[1].id: concept id "exec-role" is used twice');
    expect(problemsOf((c) => (c.samples[0].band = [80, 20]))).toEqual(['samples[0].band: band [80, 20] is upside down; write [min, max]']);
    expect(problemsOf((c) => (c.rubric.length = { min: 50, max: 50 }))).toEqual(['rubric.length: length.min (50) must be less than length.max (50)']);
    expect(problemsOf((c) => (c.samples = c.samples.slice(0, 2)))).toEqual(['samples: give at least 4 samples (strong, partial, keyword list, off-topic)']);
    expect(problemsOf((c) => (c.id = 'Roles 1'))[0]).toContain('id must be kebab-case');
  });

  test('rejects a misconception that names a missing concept', () => {
    expect(problemsOf((c) => (c.rubric.misconceptions = [{ id: 'm', label: 'm', concepts: ['task-role', 'nope'], penalty: 10, feedback: 'f' }]))).toEqual([
      'rubric.misconceptions[0].concepts[1]: misconception "m" names concept "nope", which is not in rubric.concepts',
    ]);
  });

  test('rejects an unknown grounded fact kind', () => {
    expect(problemsOf((c) => (c.rubric.grounded = { fact: 'logs', label: 'x' }))[0]).toMatch(/^rubric.grounded.fact: fact must be one of stoppedReason, stopCode, exitCode/);
  });
});

describe('phrasingProblem', () => {
  test('accepts the documented forms', () => {
    for (const p of ['pull* image', 'ecr', 'secrets manager|ssm', '=task role', 'ssmmessages:*Channel'.toLowerCase().replace(':*', ' ')]) {
      expect(phrasingProblem(p), p).toBeUndefined();
    }
  });
  test('rejects "=" in the middle', () => {
    expect(phrasingProblem('task =role')).toContain('goes only at the start');
  });
});

describe('parseFrontmatter', () => {
  test('splits frontmatter and body', () => {
    expect(parseFrontmatter('---\nid: x\n---\nBody\n')).toEqual({ ok: true, data: { id: 'x' }, body: 'Body\n' });
  });
  test('says where YAML is broken', () => {
    const r = parseFrontmatter('---\nid: x\nhint: a: b\n---\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/^the frontmatter is not valid YAML \(line \d+ of the file\)/);
  });
  test('says when there is no frontmatter', () => {
    expect(parseFrontmatter('# Title')).toEqual({ ok: false, problem: 'the file must start with a frontmatter block between two "---" lines' });
  });
});
