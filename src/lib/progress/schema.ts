/**
 * The zod contract for saved progress and progress files: the documented source of truth.
 *
 * Why the browser does not use it: zod (even zod/mini) adds ~5.6 KB gzip to every page, more
 * than the site's whole 4 KB JS budget. The browser uses the hand-written ./guard.ts instead,
 * and test/unit/site/progress-guard.test.ts checks with fast-check that the guard accepts
 * exactly what these schemas accept.
 */
import { z } from 'astro/zod';
import { EXPORT_FORMAT, LESSON_KEY_PATTERN } from './model.ts';

const time = z.int().nonnegative();

/** One lesson's progress. */
export const lessonProgressSchema = z.strictObject({
  status: z.enum(['started', 'complete']),
  startedAt: time,
  completedAt: time.optional(),
});

const lessons = z.record(z.string().regex(LESSON_KEY_PATTERN), lessonProgressSchema);

/** Stored document, version 2 (current). */
export const progressV2Schema = z.strictObject({ version: z.literal(2), lessons });

/** Stored document, version 1 (first release). */
export const progressV1Schema = z.strictObject({
  version: z.literal(1),
  visited: z.array(z.string().regex(LESSON_KEY_PATTERN)),
  completed: z.array(z.string().regex(LESSON_KEY_PATTERN)),
});

/** An exported progress file. */
export const progressExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: time,
  lessons,
});
