import { describe, expect, test } from 'vitest';
import { lessonFrontmatterSchema } from '../../../src/lib/schemas/lesson.ts';

/** The messages Astro prints under the lesson file's name, one "field: message" per issue. */
function problems(input: unknown): string[] {
  const r = lessonFrontmatterSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = {
  title: 'Sizing Fargate tasks: CPU and memory',
  description: 'Choose a valid CPU and memory pair for a Fargate task.',
  objectives: ['List the valid CPU and memory pairs'],
  estimatedMinutes: 12,
  order: 4,
};

describe('lesson frontmatter schema', () => {
  test('accepts the minimal frontmatter and defaults draft to false', () => {
    const r = lessonFrontmatterSchema.safeParse(valid);

    expect(r.success).toBe(true);
    expect(r.data).toEqual({ ...valid, draft: false });
  });

  test('accepts every optional field', () => {
    const full = { ...valid, draft: true, keywords: ['vCPU', 'memory'], prerequisites: ['ecs-hierarchy'] };

    expect(lessonFrontmatterSchema.parse(full)).toEqual(full);
  });

  test('a misspelt field is an error that suggests the right name and lists the allowed ones', () => {
    const { objectives, ...rest } = valid;

    expect(problems({ ...rest, objective: objectives })).toMatchInlineSnapshot(`
      [
        "objectives: this required field is missing: expected a list of 1 to 6 objectives, one string each.",
        "objective: unknown field "objective". Did you mean "objectives"? Allowed fields: title, description, objectives, estimatedMinutes, order, draft, keywords, prerequisites.",
      ]
    `);
  });

  test('an unknown field with no near match lists the allowed fields', () => {
    expect(problems({ ...valid, author: 'Sam' })).toMatchInlineSnapshot(`
      [
        "author: unknown field "author". Allowed fields: title, description, objectives, estimatedMinutes, order, draft, keywords, prerequisites.",
      ]
    `);
  });

  test('a missing field says what the field needs', () => {
    const { title: _t, ...rest } = valid;

    expect(problems(rest)).toMatchInlineSnapshot(`
      [
        "title: this required field is missing: expected text (the lesson title).",
      ]
    `);
  });

  test('a wrong type says what was expected and what was found', () => {
    expect(problems({ ...valid, estimatedMinutes: '10' })).toMatchInlineSnapshot(`
      [
        "estimatedMinutes: expected a whole number of minutes, e.g. 10, found the text "10".",
      ]
    `);
    expect(problems({ ...valid, estimatedMinutes: 7.5 })).toMatchInlineSnapshot(`
      [
        "estimatedMinutes: expected a whole number of minutes, e.g. 10, found the decimal number 7.5.",
      ]
    `);
    expect(problems({ ...valid, draft: 'yes' })).toMatchInlineSnapshot(`
      [
        "draft: expected true or false, found the text "yes".",
      ]
    `);
    expect(problems({ ...valid, objectives: 'Learn things' })).toMatchInlineSnapshot(`
      [
        "objectives: expected a list of 1 to 6 objectives, one string each, found the text "Learn things".",
      ]
    `);
  });

  test('objectives must number 1 to 6', () => {
    expect(problems({ ...valid, objectives: [] })).toMatchInlineSnapshot(`
      [
        "objectives: expected at least 1 item (a list of 1 to 6 objectives, one string each), found a list of 0 items.",
      ]
    `);
    expect(problems({ ...valid, objectives: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })).toMatchInlineSnapshot(`
      [
        "objectives: expected at most 6 items (a list of 1 to 6 objectives, one string each), found a list of 7 items.",
      ]
    `);
  });

  test('an objective that is not text names its position', () => {
    expect(problems({ ...valid, objectives: ['ok', 3] })).toMatchInlineSnapshot(`
      [
        "objectives.1: expected text, found the number 3.",
      ]
    `);
  });

  test('description must be one line and title must not be empty', () => {
    expect(problems({ ...valid, description: 'One.\nTwo.' })).toMatchInlineSnapshot(`
      [
        "description: expected one sentence on one line, found several lines.",
      ]
    `);
    expect(problems({ ...valid, title: '  ' })).toMatchInlineSnapshot(`
      [
        "title: expected text (the lesson title), found empty text.",
      ]
    `);
  });

  test('a prerequisite must be a slug', () => {
    expect(problems({ ...valid, prerequisites: ['03-Task Definitions'] })).toMatchInlineSnapshot(`
      [
        "prerequisites.0: expected a lesson slug such as "fargate-cpu-memory", found the text "03-Task Definitions".",
      ]
    `);
  });

  test('reports every problem at once', () => {
    expect(problems({ title: 1, order: -1, extra: true })).toHaveLength(6);
  });

  test('frontmatter that is not a group of fields is explained', () => {
    expect(problems('title: x')).toMatchInlineSnapshot(`
      [
        ": expected a group of fields (title, description, objectives, estimatedMinutes, order, draft, keywords, prerequisites), found the text "title: x".",
      ]
    `);
  });
});
