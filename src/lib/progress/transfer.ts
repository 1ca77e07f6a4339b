/**
 * Export of progress to a JSON file and import from one. Apart from the store because every page's shared
 * script contains the store, while these run only when a learner presses Export or picks a file
 * (src/ui/progress-tools.ts loads them on first use).
 */
import { checkProgressExport } from './exportGuard.ts';
import { EXPORT_FORMAT, type ChallengeProgress, type LabProgress, type ProgressExport } from './model.ts';
import type { ProgressStore } from './store.ts';

/** The result of importing a file: a sentence for the learner either way. */
export type ImportResult = { ok: boolean; message: string };

/** The progress as an export file: its suggested name and JSON text. */
export function exportFile(store: ProgressStore): { filename: string; text: string } {
  const at = store.now();
  const data = store.data();
  const file: ProgressExport = { format: EXPORT_FORMAT, version: 3, exportedAt: at, lessons: data.lessons, challenges: data.challenges, labs: data.labs };
  return { filename: `ecs-course-progress-${new Date(at).toISOString().slice(0, 10)}.json`, text: JSON.stringify(file, null, 2) };
}

/** Merges an export file into the stored progress (the further status of each lesson wins). */
export function importFile(store: ProgressStore, text: string): ImportResult {
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
  store.update((data) => {
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
}

type Stamped = Partial<ChallengeProgress & LabProgress>;
/** When a challenge or lab record was last changed (records are only shallow-checked, hence the fallbacks). */
const stamp = (r: Stamped | undefined) => r?.lastAttemptAt ?? r?.updatedAt ?? -1;
