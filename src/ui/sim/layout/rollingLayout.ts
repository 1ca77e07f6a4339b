/**
 * Geometry of the rolling-deploy view. Two pictures, both functions of the recorded samples:
 * - "lanes": the current tasks as blocks, one lane per revision, ordered left to right by lifecycle phase;
 * - "counts": total and healthy task counts over simulated time, against the minimumHealthyPercent floor and
 *   maximumPercent ceiling drawn as bands (reference §2.4).
 */
import { line, curveStepAfter } from 'd3-shape';
import { linearScale } from './linearScale.ts';
import { deploymentBounds, type DeploymentSample, type ServiceSample, type TaskSample } from './samples.ts';
import { taskPhase, type TaskPhase } from './timelineTable.ts';
import { stateStyle, type StateStyle } from './taskStyle.ts';

/** A block in a lane. */
export interface LaneTask {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Too many tasks for words on each block: a small patterned square (the lane label carries the counts). */
  compact: boolean;
  phase: TaskPhase;
  lastStatus: string;
  healthStatus: string;
  style: StateStyle;
}

/** A revision's lane. */
export interface Lane {
  revision: number;
  y: number;
  h: number;
  label: string;
  isNew: boolean;
  tasks: LaneTask[];
}

/**
 * Block geometry; `compact*` applies above `compactAbove` tasks in a lane. A compact lane is at least
 * `compactLaneH` high: its label carries the counts in words and wraps to four or five lines in the label column.
 */
export const LANE = { block: 54, blockH: 40, gap: 6, labelW: 150, laneH: 56, width: 720, compact: 12, compactGap: 2, compactAbove: 24, compactLaneH: 80 } as const;

/** The total height of `lanes`. */
export function lanesHeight(lanes: readonly Lane[]): number {
  const last = lanes[lanes.length - 1];
  return last ? last.y + last.h : LANE.laneH;
}

/**
 * Lanes for the service's current tasks; the PRIMARY deployment's revision is the "new" one. With `desired`, the
 * lane of each live deployment (PRIMARY or ACTIVE) has room for that many tasks from the start, so the picture
 * keeps its size (and the page below it stays put) while the new lane fills and the old one drains.
 */
export function layoutLanes(tasksNow: readonly TaskSample[], deployments: readonly DeploymentSample[], desired = 0): Lane[] {
  const sample = { tasks: tasksNow, deployments };
  const primary = sample.deployments.find((d) => d.status === 'PRIMARY')?.revision;
  const revisions = [...new Set([...sample.deployments.map((d) => d.revision), ...sample.tasks.map((t) => t.revision)])].sort((a, b) => a - b);
  const order: Record<TaskPhase, number> = { healthy: 0, starting: 1, stopping: 2 };
  // Each task's phase once (this runs every frame for hundreds of tasks), stopped tasks left out.
  const phased = sample.tasks.flatMap((task) => {
    const phase = taskPhase(task);
    return phase ? [{ task, phase }] : [];
  });
  let y = 0;
  return revisions.map((revision) => {
    const dep = sample.deployments.find((d) => d.revision === revision);
    const tasks = phased
      .filter((p) => p.task.revision === revision)
      .sort((a, b) => order[a.phase] - order[b.phase] || (a.task.id < b.task.id ? -1 : 1));
    const room = dep && dep.status !== 'INACTIVE' ? Math.max(tasks.length, desired) : tasks.length;
    const compact = room > LANE.compactAbove;
    const size = compact ? LANE.compact : LANE.block;
    const sizeH = compact ? LANE.compact : LANE.blockH;
    const gap = compact ? LANE.compactGap : LANE.gap;
    const perRow = Math.max(1, Math.floor((LANE.width - LANE.labelW) / (size + gap)));
    const rows = Math.max(1, Math.ceil(room / perRow));
    const h = compact ? Math.max(LANE.compactLaneH, rows * (sizeH + gap) + 16) : LANE.laneH;
    const role = revision === primary ? 'new (PRIMARY)' : dep ? `old (${dep.status})` : 'old';
    const state = dep ? `, ${dep.rolloutState.toLowerCase().replace('_', ' ')}` : '';
    const phases = new Map<string, number>();
    for (const t of tasks) phases.set(t.phase, (phases.get(t.phase) ?? 0) + 1);
    const counts = compact ? ` · ${[...phases].map(([p, n]) => `${n} ${p}`).join(', ')}` : '';
    const lane: Lane = {
      revision,
      y,
      h,
      isNew: revision === primary,
      label: `rev ${revision} · ${role}${state}${counts}`,
      tasks: tasks.map(({ task: t, phase }, j) => ({
        id: t.id,
        x: LANE.labelW + (j % perRow) * (size + gap),
        y: y + (compact ? 8 + Math.floor(j / perRow) * (sizeH + gap) : (LANE.laneH - LANE.blockH) / 2),
        w: size,
        h: sizeH,
        compact,
        phase,
        lastStatus: t.lastStatus,
        healthStatus: t.healthStatus,
        style: stateStyle(t.lastStatus),
      })),
    };
    y += h;
    return lane;
  });
}

/** One point of the counts chart. */
export interface CountPoint {
  t: number;
  total: number;
  healthy: number;
  floor: number;
  ceiling: number;
  desired: number;
}

/** Counts over time: total = tasks wanted running (PROVISIONING…RUNNING), healthy = counted healthy. */
export function countSeries(samples: readonly ServiceSample[]): CountPoint[] {
  return samples.map((s) => {
    const { floor, ceiling } = deploymentBounds(s.desired, s.minimumHealthyPercent, s.maximumPercent);
    let total = 0;
    let healthy = 0;
    for (const g of s.groups) {
      if (g.desiredStatus === 'RUNNING' && g.lastStatus !== 'STOPPED') total += g.count;
      if (g.healthy) healthy += g.count;
    }
    return { t: s.t, total, healthy, floor, ceiling, desired: s.desired };
  });
}

/** Paths and scales of the counts chart for `points` up to time `now`. */
export function countsChart(points: readonly CountPoint[], now: number, size: { width: number; height: number; margin: number }) {
  const t0 = points[0]?.t ?? now;
  const x = linearScale([t0, Math.max(now, t0 + 60_000)], [size.margin + 20, size.width - size.margin]);
  const maxY = Math.max(2, ...points.map((p) => Math.max(p.ceiling, p.total)));
  const y = linearScale([0, maxY + 1], [size.height - size.margin, size.margin]).nice();
  const extended = points.length ? [...points, { ...points[points.length - 1]!, t: now }] : [];
  const step = <K extends keyof CountPoint>(k: K) =>
    line<CountPoint>()
      .x((p) => x(p.t))
      .y((p) => y(p[k]))
      .curve(curveStepAfter)(extended) ?? '';
  // The band between floor and ceiling, as a closed step polygon.
  const band = extended.length
    ? `${step('ceiling')}L${x(now)},${y(extended[extended.length - 1]!.floor)}` +
      [...extended].reverse().map((p, i, arr) => `L${x(p.t)},${y(p.floor)}${i + 1 < arr.length ? `L${x(p.t)},${y(arr[i + 1]!.floor)}` : ''}`).join('') +
      'Z'
    : '';
  return { x, y, total: step('total'), healthy: step('healthy'), floor: step('floor'), ceiling: step('ceiling'), band, t0 };
}
