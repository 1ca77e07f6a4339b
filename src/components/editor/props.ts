/**
 * Props of <TaskDefinitionEditor>, checked at build time: a wrong prop fails `astro build` with a message naming
 * the lesson file, the prop, what was expected and what was found (the house's friendly-error wording).
 */
import { z } from 'astro/zod';
import { ComponentPropsError } from '../../lib/schemas/components.ts';
import { describeFound, formatIssues, friendlyIssues, type FriendlyIssue } from '../../lib/schemas/friendly.ts';
import { SLUG_PATTERN } from '../../lib/schemas/lesson.ts';

/** <TaskDefinitionEditor document={doc} id="user-service" lab? file? height? title? /> */
export const taskDefinitionEditorProps = z.strictObject({
  /** The starting document: JSON text, or an imported object (`import doc from './user-service.json'`). */
  document: z.union([z.string(), z.record(z.string(), z.unknown())], {
    message: 'expected the starting task definition, as JSON text or an imported .json object',
  }),
  /** Stable key, unique on the page: the learner's edits are saved under it. */
  id: z.string().regex(SLUG_PATTERN, { message: 'expected an id of lower-case words joined by hyphens, e.g. "user-service"' }),
  /** The lab this editor belongs to (kept on the element as data-lab for the lab panel). */
  lab: z.string().regex(SLUG_PATTERN, { message: 'expected a lab id of lower-case words joined by hyphens, e.g. "first-fargate-task"' }).optional(),
  /**
   * A file of the page's simulation that mirrors the editor (labs): as the learner types, the text is written
   * there, so `--cli-input-json file://<name>` in the terminal reads their version, not the starting one.
   */
  file: z.string().regex(/^[\w.-]+\.json$/, { message: 'expected a JSON file name such as "orders-api.json"' }).optional(),
  /** Editor height: pixels (number, 160–2000) or a CSS length such as "60vh". Default 420. */
  height: z
    .union([z.number().int().min(160).max(2000), z.string().regex(/^\d+(\.\d+)?(px|rem|em|vh)$/, { message: 'expected a CSS length such as "480px" or "60vh"' })], {
      message: 'expected a number of pixels between 160 and 2000, or a CSS length such as "60vh"',
    })
    .default(420),
  /** Caption above the editor. */
  title: z.string().trim().min(1).max(100).default('Task definition'),
});

/** Props after validation, with the document as text. */
export interface TaskDefinitionEditorConfig {
  text: string;
  id: string;
  lab?: string;
  file?: string;
  height: string;
  title: string;
}

const HINTS = {
  document: 'the starting task definition, as JSON text or an imported .json object',
  id: 'an id of lower-case words joined by hyphens, e.g. "user-service"',
  lab: 'a lab id such as "first-fargate-task"',
  file: 'a JSON file name such as "orders-api.json"',
  height: 'a number of pixels between 160 and 2000, or a CSS length such as "60vh"',
  title: 'text (the caption above the editor)',
};

/** Ids used per page render (keyed on Astro.locals, which is per page). */
const usedIds = new WeakMap<object, Set<string>>();

function fail(issues: FriendlyIssue[], file: string | undefined): never {
  throw new ComponentPropsError(
    `Invalid props on <TaskDefinitionEditor>${file ? ` in ${file}` : ''}:\n${formatIssues(issues)}\n` +
      'See src/components/editor/TaskDefinitionEditor.astro for the props it accepts.',
  );
}

/**
 * Validates the props and normalises the document to pretty JSON text.
 * @param props `Astro.props`
 * @param file the lesson file, when known (Astro.locals.lessonFile)
 * @param locals `Astro.locals`, to catch two editors with the same id on one page
 */
export function validateEditorProps(props: Record<string, unknown>, file: string | undefined, locals?: object): TaskDefinitionEditorConfig {
  const result = taskDefinitionEditorProps.safeParse(props);
  if (!result.success) {
    const issues = friendlyIssues(result.error.issues, props, HINTS, Object.keys(taskDefinitionEditorProps.shape), 'prop');
    // Union props (document, height) come back with only "expected …": add what the file says.
    for (const i of issues) if (!/found|missing|unknown prop/.test(i.message)) i.message = `${i.message.replace(/\.$/, '')}, found ${describeFound(props[i.field])}.`;
    fail(issues, file);
  }
  const { document, id, lab, file: simulationFile, height, title } = result.data;
  let text: string;
  if (typeof document === 'string') {
    try {
      JSON.parse(document);
    } catch (e) {
      fail([{ field: 'document', message: `expected ${HINTS.document}, found text that is not JSON (${(e as Error).message}).` }], file);
    }
    text = document.endsWith('\n') ? document : `${document}\n`;
  } else {
    // An imported JSON module may carry a `default` copy of itself; the document is the data.
    const { default: _default, ...data } = document as Record<string, unknown>;
    text = `${JSON.stringify(_default !== undefined && Object.keys(data).length === 0 ? _default : data, null, 2)}\n`;
  }
  if (locals) {
    const used = usedIds.get(locals) ?? new Set<string>();
    usedIds.set(locals, used);
    if (used.has(id)) {
      fail([{ field: 'id', message: `"${id}" is used by another <TaskDefinitionEditor> on this page. Each id must be unique, because it keys the learner's saved edits.` }], file);
    }
    used.add(id);
  }
  const config: TaskDefinitionEditorConfig = { text, id, height: typeof height === 'number' ? `${height}px` : height, title };
  if (lab !== undefined) config.lab = lab;
  if (simulationFile !== undefined) config.file = simulationFile;
  return config;
}
