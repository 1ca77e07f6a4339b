/**
 * Explain-it attempts in the progress store: read one (checked in full, a bad one set aside with a
 * notice), record a graded attempt, rate it against the model answer. Loaded only by pages with an
 * explain-it challenge, so the shared script does not carry it.
 */
import { checkChallengeRecord } from './records.ts';
import { CHALLENGE_BACKUP_PREFIX, MAX_SAVED_ANSWER, RECORD_ID_PATTERN } from './limits.ts';
import type { ChallengeProgress, SelfRating } from './model.ts';
import type { ProgressStore, StorageLike } from './store.ts';

/** What the explain-it UI hands over after grading. */
export interface ChallengeAttempt {
  answer: string;
  /** Whole number 0–100 (the grader's score). */
  score: number;
  met: string[];
  missed: string[];
  feedback: string[];
}

/** A saved attempt, or why the saved one could not be used. */
export type ReadChallenge = { record: ChallengeProgress | undefined; notice?: string };

/**
 * The saved attempt for a challenge. A malformed one (hand-edited storage, a bad import) is copied to
 * `CHALLENGE_BACKUP_PREFIX + id`, removed, and explained in `notice`; it is never shown or trusted.
 */
export function readChallenge(store: ProgressStore, id: string, storage?: StorageLike): ReadChallenge {
  const raw = store.challenge(id);
  if (raw === undefined) return { record: undefined };
  const checked = checkChallengeRecord(raw, id);
  if (checked.ok) return { record: checked.value };
  const backup = CHALLENGE_BACKUP_PREFIX + id;
  try {
    storage?.setItem(backup, JSON.stringify(raw));
  } catch {
    /* the notice still explains */
  }
  store.updateChallenge(id, () => undefined);
  return {
    record: undefined,
    notice: `Your saved attempt at this challenge could not be read (${checked.problem}), so it was set aside${storage ? `; a copy was kept in this browser under "${backup}"` : ''}. Your draft is untouched.`,
  };
}

/** Saves a graded attempt: counts it, keeps the best score and an earlier self-rating; returns the saved record. */
export function recordAttempt(store: ProgressStore, id: string, attempt: ChallengeAttempt): ChallengeProgress {
  // The shared store does not check ids (budget); a bad one would make the saved document unreadable.
  if (!RECORD_ID_PATTERN.test(id)) throw new RangeError(`Progress not saved: "${id}" is not a kebab-case challenge id.`);
  let saved: ChallengeProgress | undefined;
  store.updateChallenge(id, (raw, now) => {
    const prev = raw && checkChallengeRecord(raw, id).ok ? raw : undefined;
    const record: ChallengeProgress = {
      answer: attempt.answer.slice(0, MAX_SAVED_ANSWER),
      score: attempt.score,
      bestScore: Math.max(attempt.score, prev?.bestScore ?? 0),
      met: attempt.met,
      missed: attempt.missed,
      feedback: attempt.feedback,
      attempts: (prev?.attempts ?? 0) + 1,
      lastAttemptAt: now,
    };
    if (prev?.selfRating) record.selfRating = prev.selfRating;
    const checked = checkChallengeRecord(record, id);
    // A malformed attempt is a bug in the caller: refuse it loudly and keep the previous record.
    if (!checked.ok) throw new RangeError(`Progress not saved: ${checked.problem}.`);
    saved = record;
    return record;
  });
  return saved!;
}

/** Saves the learner's comparison with the model answer (does nothing before the first attempt). */
export function rateAttempt(store: ProgressStore, id: string, rating: SelfRating): void {
  store.updateChallenge(id, (prev) => prev && { ...prev, selfRating: rating });
}
