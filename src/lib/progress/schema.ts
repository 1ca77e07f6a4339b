/**
 * The zod contract for saved progress and progress files: the documented source of truth.
 *
 * Why the browser does not use it: zod (even zod/mini) adds ~5.6 KB gzip to every page, more
 * than the site's whole 4 KB JS budget. The browser uses the hand-written ./guard.ts instead,
 * and test/unit/site/progress-guard.test.ts checks with fast-check that the guard accepts
 * exactly what these schemas accept.
 */
import { z } from 'astro/zod';
import { EXPORT_FORMAT, ID_PATTERN, LESSON_KEY_PATTERN } from './model.ts';
import { ITEM_PATTERN, MAX_FEEDBACK_CHARS, MAX_LIST, MAX_SAVED_ANSWER, SELF_RATINGS } from './limits.ts';

const time = z.int().nonnegative();

/** One lesson's progress. */
export const lessonProgressSchema = z.strictObject({
  status: z.enum(['started', 'complete']),
  startedAt: time,
  completedAt: time.optional(),
});

const lessons = z.record(z.string().regex(LESSON_KEY_PATTERN), lessonProgressSchema);

const percent = z.int().min(0).max(100);
const items = z.array(z.string().regex(ITEM_PATTERN)).max(MAX_LIST);

/** The latest graded attempt at an explain-it challenge. */
export const challengeProgressSchema = z.strictObject({
  answer: z.string().max(MAX_SAVED_ANSWER),
  score: percent,
  bestScore: percent,
  met: items,
  missed: items,
  feedback: z.array(z.string().max(MAX_FEEDBACK_CHARS)).max(MAX_LIST),
  attempts: z.int().min(1),
  lastAttemptAt: time,
  selfRating: z.enum(SELF_RATINGS).optional(),
});

/** One lab's progress. */
export const labProgressSchema = z.strictObject({
  passedSteps: items,
  completed: z.boolean(),
  updatedAt: time,
});

const challenges = z.record(z.string().regex(ID_PATTERN), challengeProgressSchema);
const labs = z.record(z.string().regex(ID_PATTERN), labProgressSchema);

/** Stored document, version 3 (current). */
export const progressV3Schema = z.strictObject({ version: z.literal(3), lessons, challenges, labs });

/** Stored document, version 2. */
export const progressV2Schema = z.strictObject({ version: z.literal(2), lessons });

/** Stored document, version 1 (first release). */
export const progressV1Schema = z.strictObject({
  version: z.literal(1),
  visited: z.array(z.string().regex(LESSON_KEY_PATTERN)),
  completed: z.array(z.string().regex(LESSON_KEY_PATTERN)),
});

/** An exported progress file: version 3 (current), or version 2 (lessons only), which import still accepts. */
export const progressExportSchema = z.discriminatedUnion('version', [
  z.strictObject({ format: z.literal(EXPORT_FORMAT), version: z.literal(3), exportedAt: time, lessons, challenges, labs }),
  z.strictObject({ format: z.literal(EXPORT_FORMAT), version: z.literal(2), exportedAt: time, lessons }),
]);
