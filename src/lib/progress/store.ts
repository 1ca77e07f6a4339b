/**
 * The progress store: lesson status, explain-it attempts and lab steps kept in localStorage under a
 * versioned document, plus export to and import from a JSON file. Pure TypeScript with the Storage and clock injected,
 * so it runs (and is tested) in Node; the browser passes `localStorage` and `Date.now`.
 *
 * Loading never throws: old documents are migrated, unreadable ones are backed up and reset,
 * and in both cases `notice` holds a sentence the page shows to the learner.
 *
 * Several stores may live on one page (the progress UI, explain-it, a lab panel) and in other tabs:
 * every change re-reads the stored document first, so one store never overwrites another's changes.
 */
import { checkProgressExport } from './guard.ts';
import { readProgress } from './migrate.ts';
import {
  BACKUP_KEY,
  EXPORT_FORMAT,
    PROGRESS_KEY,
  emptyProgress,
  type ChallengeProgress,
  type LabProgress,
  type LessonProgress,
  type ProgressExport,
  type ProgressV3,
} from './model.ts';

/** The part of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** A lesson's status as the UI shows it. */
export type DisplayStatus = 'not-started' | 'started' | 'complete';

/** The result of importing a file: a sentence for the learner either way. */
export type ImportResult = { ok: boolean; message: string };

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
  /** The progress as an export file: its suggested name and JSON text. */
  exportFile(): { filename: string; text: string };
  /** Merges an export file into the stored progress (the further status of each lesson wins). */
  importFile(text: string): ImportResult;
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
    exportFile() {
      const at = now();
      const file: ProgressExport = { format: EXPORT_FORMAT, version: 3, exportedAt: at, lessons: data.lessons, challenges: data.challenges, labs: data.labs };
      return { filename: `ecs-course-progress-${new Date(at).toISOString().slice(0, 10)}.json`, text: JSON.stringify(file, null, 2) };
    },
    importFile(text) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { ok: false, message: 'Nothing was imported: that file is not valid JSON. Choose a file made by “Export progress”.' };
      }
      const checked = checkProgressExport(parsed);
      if (!checked.ok) return { ok: false, message: `Nothing was imported: ${checked.problem}.` };
      const file = checked.value;
      const incoming = Object.entries(file.lessons);
      change(() => {
        for (const [key, theirs] of incoming) {
          const ours = data.lessons[key];
          if (!ours || (ours.status === 'started' && theirs.status === 'complete')) {
            data.lessons[key] = ours ? { ...theirs, startedAt: Math.min(ours.startedAt, theirs.startedAt) } : theirs;
          }
        }
        // Challenges and labs (version 3 files): the more recent record wins as a whole, so an older
        // export never undoes newer work. Each record is checked in full where it is used (./records.ts).
        for (const section of ['challenges', 'labs'] as const) {
          const ours: Record<string, Stamped> = data[section];
          for (const [id, theirs] of Object.entries<Stamped>((file as Partial<ProgressExport>)[section] ?? {})) if (!(stamp(ours[id]) >= stamp(theirs))) ours[id] = theirs;
        }
      });
      const complete = incoming.filter(([, p]) => p.status === 'complete').length;
      return { ok: true, message: `Imported progress for ${incoming.length} ${incoming.length === 1 ? 'lesson' : 'lessons'} (${complete} complete).` };
    },
  };
  return store;
}


type Stamped = Partial<ChallengeProgress & LabProgress>;
/** When a challenge or lab record was last changed (records are only shallow-checked here, hence the fallbacks). */
const stamp = (r: Stamped | undefined) => r?.lastAttemptAt ?? r?.updatedAt ?? -1;
