/**
 * The progress store: lesson status kept in localStorage under a versioned document, plus
 * export to and import from a JSON file. Pure TypeScript with the Storage and clock injected,
 * so it runs (and is tested) in Node; the browser passes `localStorage` and `Date.now`.
 *
 * Loading never throws: old documents are migrated, unreadable ones are backed up and reset,
 * and in both cases `notice` holds a sentence the page shows to the learner.
 */
import { checkProgressExport } from './guard.ts';
import { readProgress } from './migrate.ts';
import { BACKUP_KEY, EXPORT_FORMAT, PROGRESS_KEY, emptyProgress, type LessonProgress, type ProgressExport, type ProgressV2 } from './model.ts';

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
}

/** Builds the store and reads stored progress once. */
export function createProgressStore(storage: StorageLike, now: () => number = Date.now): ProgressStore {
  let notice: string | undefined;
  let data: ProgressV2 = emptyProgress();
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    notice = 'Progress cannot be saved because this browser blocks site storage.';
  }
  const read = readProgress(raw, now());

  const save = () => {
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(data));
    } catch {
      notice = 'Progress cannot be saved because this browser blocks site storage or it is full.';
    }
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
      data.lessons[key] = { status: 'started', startedAt: now() };
      save();
    },
    setComplete(key, complete) {
      const prev = data.lessons[key];
      const startedAt = prev?.startedAt ?? now();
      data.lessons[key] = complete ? { status: 'complete', startedAt, completedAt: now() } : { status: 'started', startedAt };
      save();
    },
    exportFile() {
      const at = now();
      const file: ProgressExport = { format: EXPORT_FORMAT, version: 2, exportedAt: at, lessons: data.lessons };
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
      const incoming = Object.entries(checked.value.lessons);
      for (const [key, theirs] of incoming) {
        const ours = data.lessons[key];
        if (!ours || (ours.status === 'started' && theirs.status === 'complete')) {
          data.lessons[key] = ours ? { ...theirs, startedAt: Math.min(ours.startedAt, theirs.startedAt) } : theirs;
        }
      }
      save();
      const complete = incoming.filter(([, p]) => p.status === 'complete').length;
      return { ok: true, message: `Imported progress for ${incoming.length} ${incoming.length === 1 ? 'lesson' : 'lessons'} (${complete} complete).` };
    },
  };
  return store;
}
