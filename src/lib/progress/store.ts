/**
 * The progress store: lesson status, explain-it attempts and lab steps kept in localStorage under a
 * versioned document (export and import, used rarely, are in ./transfer.ts, outside every page's script). Pure TypeScript with the Storage and clock injected,
 * so it runs (and is tested) in Node; the browser passes `localStorage` and `Date.now`.
 *
 * Loading never throws: old documents are migrated, unreadable ones are backed up and reset,
 * and in both cases `notice` holds a sentence the page shows to the learner.
 *
 * Several stores may live on one page (the progress UI, explain-it, a lab panel) and in other tabs:
 * every change re-reads the stored document first, so one store never overwrites another's changes.
 */
import { readProgress } from './migrate.ts';
import { BACKUP_KEY, PROGRESS_KEY, emptyProgress, type ChallengeProgress, type LabProgress, type LessonProgress, type ProgressV3 } from './model.ts';

/** The part of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** A lesson's status as the UI shows it. */
export type DisplayStatus = 'not-started' | 'started' | 'complete';

/** Reads and writes progress. Create one per page with {@link createProgressStore}. */
export interface ProgressStore {
  /** A sentence to show when stored data was migrated, reset, or cannot be saved; otherwise undefined. */
  readonly notice: string | undefined;
  /** The status of one lesson. */
  status(key: string): DisplayStatus;
  /** All lessons with progress. */
  lessons(): Readonly<Record<string, LessonProgress>>;
  /** Records a visit (does nothing if the lesson is already started or complete). */
  markStarted(key: string): void;
  /** Marks a lesson complete, or back to started when `complete` is false (undo). */
  setComplete(key: string, complete: boolean): void;
  /** The whole document as stored, and the store's clock (for export, src/lib/progress/transfer.ts). */
  data(): Readonly<ProgressV3>;
  now(): number;
  /** Applies `fn` to the freshly read document and saves it (for import, src/lib/progress/transfer.ts). */
  update(fn: (data: ProgressV3) => void): void;
  /**
   * The saved attempt at an explain-it challenge, as stored. Only checked to be an object here (this file is
   * in every page's script); read it with `readChallenge` from ./challenges.ts, which checks it in full.
   */
  challenge(id: string): Readonly<ChallengeProgress> | undefined;
  /**
   * Replaces one challenge's record with what `fn` returns from the freshly read one (undefined removes
   * it; `now` is the store's clock). Used by ./challenges.ts (`recordAttempt`, `rateAttempt`), which build valid records.
   */
  updateChallenge(id: string, fn: (prev: ChallengeProgress | undefined, now: number) => ChallengeProgress | undefined): void;
  /** A lab's progress, if any, as stored (check it in full with `checkLabRecord` from ./records.ts). */
  lab(labId: string): Readonly<LabProgress> | undefined;
  /** Saves which steps of a lab pass and whether it is complete (replaces the previous record). */
  recordLab(labId: string, update: { passedSteps: string[]; completed: boolean }): void;
}

const UNSAVED = 'Progress cannot be saved because this browser blocks site storage or it is full.';

/** Builds the store and reads stored progress once. */
export function createProgressStore(storage: StorageLike, now: () => number = Date.now): ProgressStore {
  let notice: string | undefined;
  let data: ProgressV3 = emptyProgress();
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    notice = UNSAVED;
  }
  const read = readProgress(raw, now());

  const save = () => {
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(data));
    } catch {
      notice = UNSAVED;
    }
  };
  /** Re-reads what another store (or tab) may have saved, applies the change, saves. */
  const change = (fn: () => void) => {
    try {
      const fresh = readProgress(storage.getItem(PROGRESS_KEY), now());
      if (fresh.kind === 'current' || fresh.kind === 'migrated') data = fresh.data;
    } catch {
      /* blocked storage: keep working on the copy in memory */
    }
    fn();
    save();
  };

  if (read.kind === 'current') data = read.data;
  else if (read.kind === 'migrated') {
    data = read.data;
    notice = `Your saved progress came from an older version of the course (version ${read.from}) and was updated. Nothing was lost.`;
    save();
  } else if (read.kind === 'unreadable') {
    try {
      storage.setItem(BACKUP_KEY, raw ?? '');
    } catch {
      /* the notice below still tells the learner */
    }
    notice = `Your saved progress could not be read (${read.problem}), so it was reset. A copy of the old data was kept in this browser under "${BACKUP_KEY}".`;
    save();
  }

  const store: ProgressStore = {
    get notice() {
      return notice;
    },
    status: (key) => data.lessons[key]?.status ?? 'not-started',
    lessons: () => data.lessons,
    markStarted(key) {
      if (data.lessons[key]) return;
      change(() => {
        data.lessons[key] ??= { status: 'started', startedAt: now() };
      });
    },
    setComplete(key, complete) {
      change(() => {
        const startedAt = data.lessons[key]?.startedAt ?? now();
        data.lessons[key] = complete ? { status: 'complete', startedAt, completedAt: now() } : { status: 'started', startedAt };
      });
    },
    challenge: (id) => data.challenges[id],
    updateChallenge(id, fn) {
      // An undefined record is dropped by JSON.stringify when saving, which is how a record is removed.
      change(() => void (data.challenges[id] = fn(data.challenges[id], now())!));
    },
    lab: (labId) => data.labs[labId],
    recordLab(labId, { passedSteps, completed }) {
      change(() => {
        data.labs[labId] = { passedSteps, completed, updatedAt: now() };
      });
    },
    data: () => data,
    now,
    update: (fn) => change(() => fn(data)),
  };
  return store;
}

