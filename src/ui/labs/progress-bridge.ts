/**
 * The one place lab progress meets course progress: the lab panel reports here, the /labs/ index reads here.
 * Lab records live in the course progress store (src/lib/progress, `labs`), so they are in the progress
 * export and import. The store comes from the shared site script (src/lib/progress/page.ts explains why).
 */
import { whenProgressStore } from '../../lib/progress/page.ts';
import type { LabProgress } from '../../lib/progress/model.ts';

export type { LabProgress };

/**
 * The record to save: the steps passed now, and completion, which is sticky: resetting a finished lab to
 * practise again does not take the completion away.
 */
export function labRecord(previous: Readonly<LabProgress> | undefined, progress: { passedSteps: readonly string[]; completed: boolean }): { passedSteps: string[]; completed: boolean } {
  return { passedSteps: [...progress.passedSteps], completed: progress.completed || previous?.completed === true };
}

/** Records a lab's progress in the course progress store (quietly does nothing when storage is unavailable). */
export function recordLab(labId: string, progress: { passedSteps: readonly string[]; completed: boolean }): void {
  whenProgressStore((store) => store?.recordLab(labId, labRecord(store.lab(labId), progress)));
}

/** Calls `use` with a reader of labs' progress once the store is available (undefined: unavailable). */
export function withLabProgress(use: (lab: ((labId: string) => Readonly<LabProgress> | undefined) | undefined) => void): void {
  whenProgressStore((store) => use(store ? (labId) => store.lab(labId) : undefined));
}
