import { describe, expect, test } from 'vitest';
import { asideProps, explainItProps, recapProps, validateProps } from '../../../src/lib/schemas/components.ts';

const FILE = 'content/ecs-fargate/04-fargate-cpu-memory.mdx';

describe('MDX component props', () => {
  test('<Aside> defaults to a note and keeps a title', () => {
    expect(validateProps('Aside', asideProps, {}, FILE)).toEqual({ type: 'note' });
    expect(validateProps('Aside', asideProps, { type: 'danger', title: 'Costs money' }, FILE)).toEqual({ type: 'danger', title: 'Costs money' });
  });

  test('<Aside> with an unknown type names the file, the prop, the choices and what was found', () => {
    expect(() => validateProps('Aside', asideProps, { type: 'warning' }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <Aside> in content/ecs-fargate/04-fargate-cpu-memory.mdx:
        - type: expected one of "note", "tip", "caution", "danger", found the text "warning".
      See /authoring/components/#aside for the props <Aside> accepts.]
    `);
  });

  test('<Aside> with a misspelt prop suggests the right one', () => {
    expect(() => validateProps('Aside', asideProps, { titel: 'Hi' }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <Aside> in content/ecs-fargate/04-fargate-cpu-memory.mdx:
        - titel: unknown prop "titel". Did you mean "title"? Allowed props: type, title.
      See /authoring/components/#aside for the props <Aside> accepts.]
    `);
  });

  test('<Recap> takes no props', () => {
    expect(validateProps('Recap', recapProps, {}, FILE)).toEqual({});
    expect(() => validateProps('Recap', recapProps, { title: 'Summary' }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <Recap> in content/ecs-fargate/04-fargate-cpu-memory.mdx:
        - title: <Recap> takes no props; remove "title".
      See /authoring/components/#recap for the props <Recap> accepts.]
    `);
  });

  test('<ExplainIt> needs a slug id; the title defaults', () => {
    expect(validateProps('ExplainIt', explainItProps, { id: 'desired-vs-running' }, FILE)).toEqual({ id: 'desired-vs-running', title: 'Explain it' });
    expect(() => validateProps('ExplainIt', explainItProps, { title: 'Why?' }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <ExplainIt> in content/ecs-fargate/04-fargate-cpu-memory.mdx:
        - id: this required prop is missing: expected an id such as "desired-vs-running".
      See /authoring/components/#explainit for the props <ExplainIt> accepts.]
    `);
    expect(() => validateProps('ExplainIt', explainItProps, { id: 'Desired vs Running' }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <ExplainIt> in content/ecs-fargate/04-fargate-cpu-memory.mdx:
        - id: expected an id of lower-case words joined by hyphens, e.g. "desired-vs-running", found the text "Desired vs Running".
      See /authoring/components/#explainit for the props <ExplainIt> accepts.]
    `);
  });

  test('without a known file the message still names the component', () => {
    expect(() => validateProps('Aside', asideProps, { type: 1 }, undefined)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <Aside>:
        - type: expected one of "note", "tip", "caution", "danger", found the number 1.
      See /authoring/components/#aside for the props <Aside> accepts.]
    `);
  });
});
