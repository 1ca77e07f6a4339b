/**
 * The frontmatter of a lesson (`content/<module>/NN-<slug>.mdx`).
 *
 * This is a contract with the course authors: the field names are fixed, unknown fields are
 * errors (so a typo such as `objective:` cannot be silently ignored), and every message is
 * author-facing (see ./friendly.ts). Cross-file rules (the NN prefix must equal `order`,
 * `prerequisites` must name lessons of the same module) live in ../course.ts, because a schema
 * only sees one file.
 */
import { z } from 'astro/zod';
import { withFriendlyErrors, type FieldHints } from './friendly.ts';

/** A lesson or module slug: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Most objectives a lesson may list; more than this and the lesson should be split. */
export const MAX_OBJECTIVES = 6;

/** The strict object without the friendly wrapper (exported for JSON Schema generation and tests). */
export const lessonFrontmatterObject = z.strictObject({
  /** The lesson title, shown as the page heading, in the sidebar and in search results. */
  title: z.string().trim().min(1).max(90).describe('The lesson title, shown as the page heading and in the sidebar.'),
  /** One sentence, used in the page's meta description, in lesson lists and in search results. */
  description: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine((s) => !s.includes('\n'), { message: 'expected one sentence on one line, found several lines.' })
    .describe('One sentence, used in the meta description and in lesson lists.'),
  /** What the learner will be able to do; rendered at the top under "In this lesson you will". */
  objectives: z
    .array(z.string().trim().min(1))
    .min(1)
    .max(MAX_OBJECTIVES)
    .describe('1 to 6 objectives, rendered under "In this lesson you will".'),
  /** Reading and doing time in minutes, shown in lists and on the page. */
  estimatedMinutes: z.int().min(1).max(240).describe('Whole minutes the lesson takes.'),
  /** Position in the module; must equal the two-digit prefix of the file name. */
  order: z.int().min(0).max(99).describe('Position in the module; equals the NN prefix of the file name.'),
  /** Drafts are built by `astro dev` only, never by `astro build`. */
  draft: z.boolean().default(false).describe('true to hide the lesson from production builds.'),
  /** Extra words for search (synonyms, acronyms). */
  keywords: z.array(z.string().trim().min(1)).optional().describe('Extra search words.'),
  /** Slugs of lessons in the same module that should be read first. */
  prerequisites: z
    .array(z.string().regex(SLUG_PATTERN, { message: 'expected a lesson slug such as "fargate-cpu-memory"' }))
    .optional()
    .describe('Slugs of lessons in the same module to read first.'),
});

/** What each field expects, in words, for "expected … found …" messages. */
const hints: FieldHints = {
  title: 'text (the lesson title)',
  description: 'one sentence of text',
  objectives: 'a list of 1 to 6 objectives, one string each',
  estimatedMinutes: 'a whole number of minutes, e.g. 10',
  order: 'a whole number equal to the file name prefix, e.g. 3 for 03-name.mdx',
  draft: 'true or false',
  keywords: 'a list of search words',
  prerequisites: 'a list of lesson slugs from the same module',
};

/** Field names authors may use, in the order the authoring guide documents them. */
export const LESSON_FIELDS = Object.keys(lessonFrontmatterObject.shape);

/** The content-collection schema for lessons: strict, with author-facing messages. */
export const lessonFrontmatterSchema = withFriendlyErrors(lessonFrontmatterObject, hints, LESSON_FIELDS);

/** Frontmatter as authors write it. */
export type LessonFrontmatterInput = z.input<typeof lessonFrontmatterObject>;
/** Frontmatter after validation (defaults applied). */
export type LessonFrontmatter = z.output<typeof lessonFrontmatterObject>;
