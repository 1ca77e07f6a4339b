/**
 * Props of the MDX components every lesson can use without an import (<Aside>, <Recap>,
 * <ExplainIt>), and the build-time check that turns a wrong prop into an author-facing error
 * naming the component, the lesson file, the prop, what was expected and what was found.
 */
import { z } from 'astro/zod';
import { friendlyIssues, formatIssues, type FieldHints } from './friendly.ts';
import { SLUG_PATTERN } from './lesson.ts';

/** The kinds of <Aside>, from mildest to most serious. */
export const ASIDE_TYPES = ['note', 'tip', 'caution', 'danger'] as const;

/** <Aside type="note|tip|caution|danger" title="optional">…</Aside> */
export const asideProps = z.strictObject({
  /** How serious the aside is; sets its colour, icon and default title. */
  type: z.enum(ASIDE_TYPES).default('note'),
  /** Heading of the aside; defaults to the type's name ("Note", "Tip", "Caution", "Danger"). */
  title: z.string().trim().min(1).max(80).optional(),
});

/** <Recap>…a markdown list…</Recap> takes no props. */
export const recapProps = z.strictObject({});

/** <ExplainIt id="desired-vs-running" title="…">prompt</ExplainIt> */
export const explainItProps = z.strictObject({
  /** Stable id, unique in the lesson: keys the learner's saved draft (and, later, grading). */
  id: z.string().regex(SLUG_PATTERN, { message: 'expected an id of lower-case words joined by hyphens, e.g. "desired-vs-running"' }),
  /** Heading shown above the prompt. */
  title: z.string().trim().min(1).max(100).default('Explain it'),
});

/** Props after validation. */
export type AsideProps = z.output<typeof asideProps>;
/** Props after validation. */
export type ExplainItProps = z.output<typeof explainItProps>;

const HINTS: Record<string, FieldHints> = {
  Aside: { type: `one of ${ASIDE_TYPES.map((t) => `"${t}"`).join(', ')}`, title: 'text (the heading of the aside)' },
  Recap: {},
  ExplainIt: { id: 'an id such as "desired-vs-running"', title: 'text (the heading of the challenge)' },
};

/** Thrown at build time when an MDX component gets a wrong prop. */
export class ComponentPropsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComponentPropsError';
  }
}

/**
 * Validates a component's props and returns them with defaults applied.
 * @param component the component's name as authors write it, e.g. "Aside"
 * @param schema its strict props schema
 * @param props `Astro.props`
 * @param file the lesson file being rendered, when known (from Astro.locals)
 * @throws ComponentPropsError with one line per problem
 */
export function validateProps<S extends z.ZodObject>(
  component: string,
  schema: S,
  props: Record<string, unknown>,
  file: string | undefined,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const allowed = Object.keys(schema.shape);
  const issues = friendlyIssues(result.error.issues, props, HINTS[component] ?? {}, allowed, 'prop');
  if (allowed.length === 0) {
    for (const i of issues) i.message = `<${component}> takes no props; remove "${i.field}".`;
  }
  throw new ComponentPropsError(
    `Invalid props on <${component}>${file ? ` in ${file}` : ''}:\n${formatIssues(issues)}\n` +
      `See /authoring/components/#${component.toLowerCase()} for the props <${component}> accepts.`,
  );
}
