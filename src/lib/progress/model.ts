/**
 * The shape of saved progress, as plain TypeScript types and constants. Shared by the zod schema
 * (./schema.ts, the documented contract used in tests) and the tiny browser guard (./guard.ts).
 */

/** localStorage key holding the progress document. */
export const PROGRESS_KEY = 'ecs-course:progress';
/** Where an unreadable progress document is copied before it is reset, so nothing is silently lost. */
export const BACKUP_KEY = 'ecs-course:progress:backup';
/** The current version of the stored document. */
export const PROGRESS_VERSION = 2;
/** The `format` marker of an exported progress file. */
export const EXPORT_FORMAT = 'ecs-course-progress';
/** A lesson key: `<module>/<lesson-slug>`. */
export const LESSON_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a learner is with one lesson. */
export type LessonStatus = 'started' | 'complete';

/** One lesson's saved progress. Times are epoch milliseconds. */
export interface LessonProgress {
  status: LessonStatus;
  startedAt: number;
  completedAt?: number;
}

/** Version 2 (current): per-lesson status with timestamps. */
export interface ProgressV2 {
  version: 2;
  lessons: Record<string, LessonProgress>;
}

/** Version 1 (first release): two lists of lesson keys, no timestamps. */
export interface ProgressV1 {
  version: 1;
  visited: string[];
  completed: string[];
}

/** An exported progress file. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: 2;
  exportedAt: number;
  lessons: Record<string, LessonProgress>;
}

/** An empty current document. */
export const emptyProgress = (): ProgressV2 => ({ version: 2, lessons: {} });
