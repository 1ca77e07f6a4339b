/**
 * The rolling-deployment timeline ("Time 0 … Time 7" in the Rolling deployments lesson), generated from a run.
 *
 * Input: a service's recorded samples. Output: one row per visible change of the task mix during the latest
 * deployment, from the last moment before it started to its end. Each task is reduced to what the chapter's
 * table shows: its revision and whether it is starting, healthy or stopping (stopped tasks disappear).
 */
import type { ServiceSample, TaskGroup } from './samples.ts';

/** How a task looks in the table. */
export type TaskPhase = 'starting' | 'healthy' | 'stopping';

/** One block of a row. */
export interface TimelineTask {
  revision: number;
  phase: TaskPhase;
  /** True for the deployment's new revision. */
  isNew: boolean;
}

/** One row of the table. */
export interface TimelineRow {
  /** 0, 1, 2… like the chapter's "Time" column. */
  step: number;
  /** Simulated seconds since the row 0 sample. */
  seconds: number;
  tasks: TimelineTask[];
  healthy: number;
  total: number;
  /** What happened since the previous row, in words. */
  note: string;
}

/** The timeline of the latest deployment and the revisions involved. */
export interface Timeline {
  fromRevision: number | undefined;
  toRevision: number;
  rows: TimelineRow[];
  /** The deployment reached COMPLETED with every task on the new revision. */
  complete: boolean;
  /** The circuit breaker failed the deployment (and a rollback may follow). */
  failed: boolean;
}

const STOPPING = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING']);

/** The phase of a task, or undefined when it no longer shows (stopped). */
export function taskPhase(t: Pick<TaskGroup, 'lastStatus' | 'desiredStatus' | 'healthy'>): TaskPhase | undefined {
  if (t.lastStatus === 'STOPPED') return undefined;
  if (STOPPING.has(t.lastStatus) || t.desiredStatus === 'STOPPED') return 'stopping';
  return t.healthy ? 'healthy' : 'starting';
}

const PHASE_ORDER: Record<TaskPhase, number> = { healthy: 0, stopping: 1, starting: 2 };

/** Visible tasks of a sample, counted by (revision, phase), in the order a row reads. */
function rowMix(sample: ServiceSample, toRevision: number): { revision: number; phase: TaskPhase; count: number }[] {
  const counts = new Map<string, { revision: number; phase: TaskPhase; count: number }>();
  for (const g of sample.groups) {
    const phase = taskPhase(g);
    if (!phase) continue;
    const k = `${g.revision}:${phase}`;
    const entry = counts.get(k);
    if (entry) entry.count += g.count;
    else counts.set(k, { revision: g.revision, phase, count: g.count });
  }
  // Old revision first, then new; inside a revision healthy, stopping, starting (reads left to right like the chapter).
  const isNew = (r: number) => Number(r === toRevision);
  return [...counts.values()].sort((a, b) => isNew(a.revision) - isNew(b.revision) || a.revision - b.revision || PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
}

/**
 * What a row shows, as a key: two samples with the same key give the same row. Computed from the counted groups,
 * not task by task, because it runs for every sample on every redraw (400 tasks × hundreds of samples otherwise).
 */
const mixKey = (mix: ReturnType<typeof rowMix>) => mix.map((m) => `${m.revision}:${m.phase}×${m.count}`).join(',');

function rowTasks(mix: ReturnType<typeof rowMix>, toRevision: number): TimelineTask[] {
  const out: TimelineTask[] = [];
  for (const m of mix) for (let i = 0; i < m.count; i++) out.push({ revision: m.revision, phase: m.phase, isNew: m.revision === toRevision });
  return out;
}

function count(tasks: TimelineTask[], isNew: boolean, phase: TaskPhase): number {
  return tasks.filter((t) => t.isNew === isNew && t.phase === phase).length;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Describes the change from `prev` to `next` in the chapter's words. */
export function describeChange(prev: TimelineTask[], next: TimelineTask[]): string {
  const parts: string[] = [];
  const delta = (isNew: boolean, phase: TaskPhase) => count(next, isNew, phase) - count(prev, isNew, phase);
  const newStarting = delta(true, 'starting');
  const newHealthy = delta(true, 'healthy');
  const oldStopping = delta(false, 'stopping');
  const oldTotal = next.filter((t) => !t.isNew).length - prev.filter((t) => !t.isNew).length;
  const newTotal = next.filter((t) => t.isNew).length - prev.filter((t) => t.isNew).length;
  if (newTotal > 0) parts.push(`${plural(newTotal, 'new task')} starting`);
  if (newHealthy > 0) parts.push(`${plural(newHealthy, 'new task')} passed health checks`);
  if (oldStopping > 0) parts.push(`${plural(oldStopping, 'old task')} draining`);
  if (oldTotal < 0) parts.push(`${plural(-oldTotal, 'old task')} stopped`);
  if (newTotal < 0) parts.push(`${plural(-newTotal, 'new task')} stopped`);
  if (newHealthy < 0 && newTotal >= 0) parts.push(`${plural(-newHealthy, 'new task')} no longer healthy`);
  if (!parts.length && newStarting === 0) parts.push('Tasks changed state');
  return parts.join('; ');
}

/**
 * Builds the timeline of the latest deployment (the newest revision a PRIMARY deployment ran) from `samples`,
 * oldest first. With fewer than one deployment change it still returns the rows of the initial rollout.
 */
export function buildTimeline(samples: readonly ServiceSample[]): Timeline {
  const last = samples[samples.length - 1];
  if (!last) return { fromRevision: undefined, toRevision: 0, rows: [], complete: false, failed: false };
  const primary = last.deployments.find((d) => d.status === 'PRIMARY') ?? last.deployments[0];
  const toRevision = primary?.revision ?? 0;
  // Row 0: the last sample before any task of the new revision existed.
  let start = 0;
  for (let i = samples.length - 1; i >= 0; i--) {
    if (!samples[i]!.groups.some((g) => g.revision === toRevision)) {
      start = i;
      break;
    }
  }
  const before = samples[start]!;
  const oldRevs = before.groups.filter((g) => g.lastStatus !== 'STOPPED').map((g) => g.revision);
  const fromRevision = oldRevs.length ? Math.max(...oldRevs) : undefined;
  const rows: TimelineRow[] = [];
  let prev: TimelineTask[] | undefined;
  let prevKey: string | undefined;
  for (let i = start; i < samples.length; i++) {
    const s = samples[i]!;
    const mix = rowMix(s, toRevision);
    const k = mixKey(mix);
    if (k === prevKey) continue;
    prevKey = k;
    const tasks = rowTasks(mix, toRevision);
    const healthy = tasks.filter((t) => t.phase === 'healthy').length;
    rows.push({
      step: rows.length,
      seconds: Math.round((s.t - before.t) / 1000),
      tasks,
      healthy,
      total: tasks.length,
      note: prev ? describeChange(prev, tasks) : fromRevision !== undefined ? `${plural(tasks.length, 'task')} of revision ${fromRevision} running` : 'No tasks yet',
    });
    prev = tasks;
  }
  const failed = last.deployments.some((d) => d.rolloutState === 'FAILED');
  const complete =
    !failed &&
    last.deployments.length === 1 &&
    primary?.rolloutState === 'COMPLETED' &&
    last.groups.filter((g) => taskPhase(g) !== undefined).every((g) => g.revision === toRevision);
  const lastRow = rows[rows.length - 1];
  if (complete && lastRow && rows.length > 1) lastRow.note += '. Deployment complete: every task runs the new revision';
  return { fromRevision, toRevision, rows, complete, failed };
}

/** The text summary of a row's tasks, e.g. "rev 3 healthy ×2, rev 4 starting". */
export function summarizeTasks(tasks: readonly TimelineTask[]): string {
  const groups = new Map<string, number>();
  for (const t of tasks) groups.set(`rev ${t.revision} ${t.phase}`, (groups.get(`rev ${t.revision} ${t.phase}`) ?? 0) + 1);
  return [...groups].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') || 'no tasks';
}
