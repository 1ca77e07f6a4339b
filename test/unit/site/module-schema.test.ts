import { describe, expect, test } from 'vitest';
import { moduleSchema } from '../../../src/lib/schemas/module.ts';

function problems(input: unknown): string[] {
  const r = moduleSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = { title: 'ECS and Fargate', summary: 'Run containers.', order: 1, objectives: ['Run a task'] };

describe('module.json schema', () => {
  test('accepts a valid module, with or without $schema', () => {
    expect(moduleSchema.parse(valid)).toEqual(valid);
    expect(moduleSchema.parse({ ...valid, $schema: './module.schema.json' }).title).toBe('ECS and Fargate');
  });

  test('a misspelt field suggests the right one', () => {
    const { summary, ...rest } = valid;

    expect(problems({ ...rest, sumary: summary })).toMatchInlineSnapshot(`
      [
        "summary: this required field is missing: expected text (two or three sentences).",
        "sumary: unknown field "sumary". Did you mean "summary"? Allowed fields: title, summary, order, objectives.",
      ]
    `);
  });

  test('order must be a whole number', () => {
    expect(problems({ ...valid, order: '1' })).toMatchInlineSnapshot(`
      [
        "order: expected a whole number, e.g. 1, found the text "1".",
      ]
    `);
  });

  test('objectives must not be empty', () => {
    expect(problems({ ...valid, objectives: [] })).toMatchInlineSnapshot(`
      [
        "objectives: expected at least 1 item (a list of objectives, one string each), found a list of 0 items.",
      ]
    `);
  });
});
