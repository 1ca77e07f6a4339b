/**
 * The shape of saved progress, as plain TypeScript types and constants. Shared by the zod schema
 * (./schema.ts, the documented contract used in tests) and the tiny browser guard (./guard.ts).
 */

/** localStorage key holding the progress document. */
export const PROGRESS_KEY = 'ecs-course:progress';
/** Where an unreadable progress document is copied before it is reset, so nothing is silently lost. */
export const BACKUP_KEY = 'ecs-course:progress:backup';
// Type-only: the limits are used by pages with challenges and labs, not by the shared script.
import type { SELF_RATINGS } from './limits.ts';

/** The current version of the stored document. */
export const PROGRESS_VERSION = 3;
/** The `format` marker of an exported progress file. */
export const EXPORT_FORMAT = 'ecs-course-progress';
/** A lesson key: `<module>/<lesson-slug>`. */
export const LESSON_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A challenge id, lab id, lab step id or rubric item id: kebab-case (`desired-vs-running`, `01-first-task-definition`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Where a learner is with one lesson. */
export type LessonStatus = 'started' | 'complete';

/** One lesson's saved progress. Times are epoch milliseconds. */
export interface LessonProgress {
  status: LessonStatus;
  startedAt: number;
  completedAt?: number;
}

/** One of {@link SELF_RATINGS}. */
export type SelfRating = (typeof SELF_RATINGS)[number];

/**
 * The latest graded attempt at an explain-it challenge, enough to show its feedback again after a
 * reload without re-grading (a grounded answer was graded against the run the learner had then).
 */
export interface ChallengeProgress {
  /** The answer as graded (cut at `MAX_SAVED_ANSWER` characters, ./limits.ts). */
  answer: string;
  /** Score of the latest attempt, 0–100. */
  score: number;
  /** Best score over all attempts, 0–100. */
  bestScore: number;
  /** Rubric item ids the latest attempt earned. */
  met: string[];
  /** Rubric item ids it missed (their hints come from the rubric on the page). */
  missed: string[];
  /** The grader's feedback sentences for the latest attempt. */
  feedback: string[];
  /** Graded attempts so far (empty answers are not attempts). */
  attempts: number;
  lastAttemptAt: number;
  /** The learner's own comparison with the model answer, once given. */
  selfRating?: SelfRating;
}

/** A lab's saved progress: which steps have passed their checks, and whether the lab is finished. */
export interface LabProgress {
  passedSteps: string[];
  completed: boolean;
  updatedAt: number;
}

/** Version 3 (current): lessons, explain-it challenges and labs. */
export interface ProgressV3 {
  version: 3;
  lessons: Record<string, LessonProgress>;
  challenges: Record<string, ChallengeProgress>;
  labs: Record<string, LabProgress>;
}

/** Version 2: per-lesson status with timestamps. */
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

/** An exported progress file (current: version 3). */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: 3;
  exportedAt: number;
  lessons: Record<string, LessonProgress>;
  challenges: Record<string, ChallengeProgress>;
  labs: Record<string, LabProgress>;
}

/** An export file written by version 2 of the course (lessons only); still importable. */
export interface ProgressExportV2 {
  format: typeof EXPORT_FORMAT;
  version: 2;
  exportedAt: number;
  lessons: Record<string, LessonProgress>;
}

/** An empty current document. */
export const emptyProgress = (): ProgressV3 => ({ version: 3, lessons: {}, challenges: {}, labs: {} });
