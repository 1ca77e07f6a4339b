/**
 * The one place lab progress meets course progress. The lab panel reports here; the /labs/ index reads here.
 *
 * Until the course progress store (src/lib/progress) carries labs, lab progress is kept under its own
 * localStorage key; when it does, only this file changes to call `recordLab` on the store.
 */

/** A lab's progress as the course shows it. */
export interface LabProgress {
  passedSteps: string[];
  completed: boolean;
  /** Wall-clock ms of the last change. */
  updatedAt: number;
}

const KEY = 'ecs-course:labs-progress';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** All labs' progress; unreadable data reads as none (the panels write it again as the learner works). */
export function readLabProgress(from: Storage | undefined = storage()): Record<string, LabProgress> {
  try {
    const data = JSON.parse(from?.getItem(KEY) ?? '{}') as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const out: Record<string, LabProgress> = {};
    for (const [id, p] of Object.entries(data as Record<string, unknown>)) {
      const v = p as Partial<LabProgress> | null;
      if (!v || !Array.isArray(v.passedSteps) || typeof v.completed !== 'boolean') continue;
      out[id] = { passedSteps: v.passedSteps.filter((s): s is string => typeof s === 'string'), completed: v.completed, updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0 };
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Records a lab's progress. Completion is sticky: resetting a finished lab to practise again does not take
 * the completion away. Returns false when it could not be saved.
 */
export function recordLab(labId: string, progress: { passedSteps: string[]; completed: boolean }, to: Storage | undefined = storage(), now = Date.now()): boolean {
  const all = readLabProgress(to);
  all[labId] = { passedSteps: [...progress.passedSteps], completed: progress.completed || all[labId]?.completed === true, updatedAt: now };
  try {
    to?.setItem(KEY, JSON.stringify(all));
    return to !== undefined;
  } catch {
    return false;
  }
}
