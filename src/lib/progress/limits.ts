/**
 * Limits and ids for challenge and lab records. A module of its own, imported by the pages that use
 * those records (src/ui/challenges, lab pages) and never by the shared script: if both imported one
 * module, the bundler would split the progress code into an extra chunk every page pays for (~300 B
 * gzip measured), over the shared script's 4 KB budget.
 */

/** Same as `ID_PATTERN` in ./model.ts (test/unit/site/progress-v3.test.ts checks they agree). */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A rubric item id (`fact-stoppedReason`) or lab step id (`create-cluster`). */
export const ITEM_PATTERN = /^[\w-]{1,100}$/;
/**
 * Longest answer kept with a challenge attempt. The grader reads 6,000 characters; a longer paste is
 * kept up to here so the learner sees their own text again, and one huge paste cannot fill storage.
 */
export const MAX_SAVED_ANSWER = 20_000;
/** At most this many rubric ids, feedback lines or lab steps per record (a sanity bound for imports). */
export const MAX_LIST = 100;
/** Longest feedback line kept. */
export const MAX_FEEDBACK_CHARS = 2_000;
/** How a learner rated their answer against the model answer. */
export const SELF_RATINGS = ['weaker', 'same', 'stronger'] as const;
/** Where a challenge record that fails its full check is copied before it is set aside: `<prefix><id>`. */
export const CHALLENGE_BACKUP_PREFIX = 'ecs-course:progress:backup:challenge:';
