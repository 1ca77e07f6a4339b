/**
 * Content collections. Course prose lives outside src/ in content/<module>/:
 *   module.json        → the `modules` collection (id = folder name)
 *   NN-<slug>.mdx      → the `lessons` collection (id = "<module>/NN-<slug>")
 *   labs/NN-<slug>/index.mdx → the `labs` collection (id = folder name)
 * content/challenges/ is not a module: it holds explain-it challenges (see src/grading/).
 * Adding a folder with a module.json adds a module; no code change is needed.
 * Schemas are strict and their messages are author-facing (src/lib/schemas/).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatterSchema } from './lib/schemas/lesson.ts';
import { moduleSchema } from './lib/schemas/module.ts';
import { labSchema } from './labs/labSchema.ts';

const lessons = defineCollection({
  // Every .mdx under content/ is a lesson, even a misnamed one: src/lib/course.ts reports a bad
  // file name instead of silently ignoring the file. content/challenges/ holds explain-it challenge
  // definitions (src/grading/), not lessons.
  loader: glob({
    pattern: ['**/*.mdx', '!challenges/**'],
    base: './content',
    // Keep the NN prefix and the folder in the id; the default id would slugify them away.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonFrontmatterSchema,
});

const modules = defineCollection({
  loader: glob({
    pattern: '*/module.json',
    base: './content',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: moduleSchema,
});

// Hands-on labs: labs/<NN-slug>/index.mdx (id = folder name). The body is the lab's instructions; the
// frontmatter is the lab as data (src/labs/labSchema.ts, the same schema `ecs-course check` proves).
// Starter files (labs/<NN-slug>/starter.*) are added by src/lib/labs-data.ts.
const labs = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './labs',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: labSchema,
});

export const collections = { lessons, modules, labs };
