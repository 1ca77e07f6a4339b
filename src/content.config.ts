/**
 * Content collections. Course prose lives outside src/ in content/<module>/:
 *   module.json        → the `modules` collection (id = folder name)
 *   NN-<slug>.mdx      → the `lessons` collection (id = "<module>/NN-<slug>")
 * content/challenges/ is not a module: it holds explain-it challenges (see src/grading/).
 * Adding a folder with a module.json adds a module; no code change is needed.
 * Schemas are strict and their messages are author-facing (src/lib/schemas/).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatterSchema } from './lib/schemas/lesson.ts';
import { moduleSchema } from './lib/schemas/module.ts';

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

export const collections = { lessons, modules };
