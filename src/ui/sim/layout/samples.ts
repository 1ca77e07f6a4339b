/**
 * Samples: what the views remember of the run. The engine keeps only the present, but the rolling-deploy
 * timeline and the autoscaling step lines are about the past, so after every change we take a small, plain
 * sample per service and append it when something a learner would notice changed. Pure and Node-testable.
 */
import type { SimState } from '../../../sim/index.ts';

/** A task as the views need it. */
export interface TaskSample {
  id: string;
  revision: number;
  lastStatus: string;
  desiredStatus: string;
  healthStatus: string;
  /** Counted healthy toward minimumHealthyPercent. */
  healthy: boolean;
}

/** One deployment, newest first as in describe-services. */
export interface DeploymentSample {
  id: string;
  status: string;
  rolloutState: string;
  revision: number;
  failedTasks: number;
}

/** Tasks that look the same (revision, states, health), counted: what a sample keeps instead of every task. */
export interface TaskGroup {
  revision: number;
  lastStatus: string;
  desiredStatus: string;
  healthStatus: string;
  healthy: boolean;
  count: number;
}

/**
 * One service at one moment of simulated time. Tasks are kept as counted groups, not one by one: a 400-task
 * deployment then costs a handful of groups per sample, so the history stays small enough to keep (and save).
 */
export interface ServiceSample {
  /** Simulated time, epoch ms. */
  t: number;
  desired: number;
  running: number;
  pending: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  groups: TaskGroup[];
  deployments: DeploymentSample[];
}

/** Everything remembered, by service key `cluster/service`. */
export type History = Record<string, ServiceSample[]>;

const PENDING_STATES = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

function revisionOf(arn: string): number {
  const n = Number(arn.slice(arn.lastIndexOf(':') + 1));
  return Number.isFinite(n) ? n : 0;
}

/** The service's tasks right now, one by one (for keyed blocks), oldest revision first. */
export function serviceTasks(state: Readonly<SimState>, key: string): TaskSample[] {
  const service = state.services[key];
  if (!service) return [];
  const tasks: TaskSample[] = [];
  for (const id of service.taskIds) {
    const task = state.tasks[id];
    if (!task) continue;
    tasks.push({
      id,
      revision: task.revision,
      lastStatus: task.lastStatus,
      desiredStatus: task.desiredStatus,
      healthStatus: task.healthStatus,
      healthy: task.lastStatus === 'RUNNING' && task.countedHealthy,
    });
  }
  return tasks.sort((a, b) => a.revision - b.revision || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Counts tasks that look the same; groups are in a stable order so equal mixes give equal lists. */
export function groupTasks(tasks: readonly Omit<TaskSample, 'id'>[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const t of tasks) {
    const key = `${t.revision}|${t.lastStatus}|${t.desiredStatus}|${t.healthStatus}|${t.healthy}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { revision: t.revision, lastStatus: t.lastStatus, desiredStatus: t.desiredStatus, healthStatus: t.healthStatus, healthy: t.healthy, count: 1 });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** The service's deployments, newest first. */
export function serviceDeployments(state: Readonly<SimState>, key: string): DeploymentSample[] {
  return (state.services[key]?.deployments ?? []).map((d) => ({
    id: d.id,
    status: d.status,
    rolloutState: d.rolloutState,
    revision: revisionOf(d.taskDefinitionArn),
    failedTasks: d.failedTasks,
  }));
}

/** The sample of every non-inactive service in `state` (runs every frame: one pass over the tasks, no sorting of tasks). */
export function sampleServices(state: Readonly<SimState>): Record<string, ServiceSample> {
  const out: Record<string, ServiceSample> = {};
  for (const service of Object.values(state.services)) {
    if (service.status === 'INACTIVE') continue;
    const groups = new Map<string, TaskGroup>();
    let running = 0;
    let pending = 0;
    for (const id of service.taskIds) {
      const task = state.tasks[id];
      if (!task) continue;
      if (task.lastStatus === 'RUNNING') running++;
      else if (PENDING_STATES.has(task.lastStatus)) pending++;
      const healthy = task.lastStatus === 'RUNNING' && task.countedHealthy;
      const key = `${task.revision}|${task.lastStatus}|${task.desiredStatus}|${task.healthStatus}|${healthy}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { revision: task.revision, lastStatus: task.lastStatus, desiredStatus: task.desiredStatus, healthStatus: task.healthStatus, healthy, count: 1 });
    }
    out[service.key] = {
      t: state.now,
      desired: service.desiredCount,
      running,
      pending,
      minimumHealthyPercent: service.deploymentConfiguration.minimumHealthyPercent,
      maximumPercent: service.deploymentConfiguration.maximumPercent,
      groups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g),
      deployments: serviceDeployments(state, service.key),
    };
  }
  return out;
}

/** What makes two samples different for a learner (time aside). */
export function sampleSignature(s: ServiceSample): string {
  const tasks = s.groups.map((g) => `${g.revision}${g.lastStatus}${g.desiredStatus}${g.healthy ? '+' : ''}${g.count}`).join(',');
  const deps = s.deployments.map((d) => `${d.revision}${d.status}${d.rolloutState}${d.failedTasks}`).join(',');
  return `${s.desired}|${s.minimumHealthyPercent}|${s.maximumPercent}|${tasks}|${deps}`;
}

/** Most samples kept per service; the oldest go first. */
export const HISTORY_LIMIT = 1000;

/**
 * Appends the samples that differ from each service's last one. Returns the same object (mutated) so callers
 * can keep one history per page.
 */
export function recordSamples(history: History, samples: Record<string, ServiceSample>): History {
  for (const [key, sample] of Object.entries(samples)) {
    const last = history[key]?.at(-1);
    if (last && last.t > sample.t) {
      // Time went backwards (a checkpoint was restored): forget the abandoned future first.
      truncateHistory(history, sample.t);
    }
    const list = (history[key] ??= []);
    const prev = list[list.length - 1];
    if (prev && sampleSignature(prev) === sampleSignature(sample)) continue;
    list.push(sample);
    if (list.length > HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
  }
  return history;
}

/** Simulated milliseconds between the samples recorded while time runs. */
export const SAMPLE_EVERY_MS = 1000;

/** What `advanceRecording` needs of the engine. */
export interface AdvancingSimulation {
  now(): number;
  advance(ms: number): void;
  view(): Readonly<SimState>;
}

/**
 * Advances `sim` by `ms`, recording samples at every whole multiple of `every` simulated milliseconds on the way.
 * The history (and so the timeline table and the step lines) is then the same however the time was cut into
 * animation frames: sampling once per frame recorded more in-between mixes on a fast page than on a slow one.
 */
export function advanceRecording(sim: AdvancingSimulation, history: History, ms: number, every = SAMPLE_EVERY_MS): void {
  const end = sim.now() + Math.max(0, ms);
  for (;;) {
    const boundary = (Math.floor(sim.now() / every) + 1) * every;
    if (boundary > end) {
      if (end > sim.now()) sim.advance(end - sim.now());
      return;
    }
    sim.advance(boundary - sim.now());
    recordSamples(history, sampleServices(sim.view()));
  }
}

/** Drops every sample after `t` (the run was rewound to `t`). */
export function truncateHistory(history: History, t: number): void {
  for (const [key, list] of Object.entries(history)) {
    const keep = list.filter((s) => s.t <= t);
    if (keep.length) history[key] = keep;
    else delete history[key];
  }
}

/** minimumHealthyPercent floor and maximumPercent ceiling in tasks (reference §2.4). */
export function deploymentBounds(desired: number, minimumHealthyPercent: number, maximumPercent: number): { floor: number; ceiling: number } {
  return {
    floor: Math.ceil((desired * minimumHealthyPercent) / 100),
    ceiling: Math.floor((desired * maximumPercent) / 100),
  };
}
