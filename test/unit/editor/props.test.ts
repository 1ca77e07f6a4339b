import { describe, expect, test } from 'vitest';
import { validateEditorProps } from '../../../src/components/editor/props.ts';
import { CHAPTER_DOCS } from './chapterDocs.ts';

const FILE = 'content/ecs-fargate/03-task-definition-anatomy.mdx';
const doc = JSON.parse(CHAPTER_DOCS['user-service']!);

describe('<TaskDefinitionEditor> props', () => {
  test('an imported object becomes pretty JSON text, with the defaults applied', () => {
    const config = validateEditorProps({ document: doc, id: 'user-service' }, FILE);

    expect(config).toEqual({ text: `${JSON.stringify(doc, null, 2)}\n`, id: 'user-service', height: '420px', title: 'Task definition' });
  });

  test('JSON text is kept as written', () => {
    const config = validateEditorProps({ document: CHAPTER_DOCS['api-gateway']!, id: 'api-gateway', height: '60vh', title: 'api-gateway', lab: 'first-fargate-task' }, FILE);

    expect(config.text).toBe(CHAPTER_DOCS['api-gateway']);
    expect(config).toMatchObject({ height: '60vh', title: 'api-gateway', lab: 'first-fargate-task' });
  });

  test('a wrong prop fails the build naming the file, the prop, what was expected and what was found', () => {
    expect(() => validateEditorProps({ document: doc, id: 'User Service', hieght: 300 }, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [ComponentPropsError: Invalid props on <TaskDefinitionEditor> in content/ecs-fargate/03-task-definition-anatomy.mdx:
        - id: expected an id of lower-case words joined by hyphens, e.g. "user-service", found the text "User Service".
        - hieght: unknown prop "hieght". Did you mean "height"? Allowed props: document, id, lab, file, height, title.
      See src/components/editor/TaskDefinitionEditor.astro for the props it accepts.]
    `);
  });

  test('a missing document and text that is not JSON are explained', () => {
    expect(() => validateEditorProps({ id: 'x' }, FILE)).toThrow(/document: expected the starting task definition, as JSON text or an imported .json object, found nothing \(the field is missing\)/);
    expect(() => validateEditorProps({ id: 'x', document: '{"family": ' }, FILE)).toThrow(/document: expected the starting task definition, as JSON text or an imported \.json object, found text that is not JSON/);
  });

  test('two editors with the same id on one page are refused', () => {
    const locals = {};
    validateEditorProps({ document: doc, id: 'twice' }, FILE, locals);

    expect(() => validateEditorProps({ document: doc, id: 'twice' }, FILE, locals)).toThrow(/"twice" is used by another <TaskDefinitionEditor> on this page/);
  });

  test('a lab editor may mirror a simulation file, named like a JSON file', () => {
    expect(validateEditorProps({ document: doc, id: 'orders', file: 'orders-api.json' }, FILE)).toMatchObject({ file: 'orders-api.json' });
    expect(() => validateEditorProps({ document: doc, id: 'orders', file: '../etc/passwd' }, FILE)).toThrow(/file: expected a JSON file name such as "orders-api.json", found the text "\.\.\/etc\/passwd"/);
  });
});
