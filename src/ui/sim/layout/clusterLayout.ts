/**
 * Geometry of the live cluster view: cluster → services → tasks → containers, as nested boxes on a grid.
 * Pure (state in, rectangles out) so it is unit-tested in Node and the renderer only joins and draws.
 */
import type { SimState, TaskRecord } from '../../../sim/index.ts';
import { stateStyle, type StateStyle } from './taskStyle.ts';

/** One task block. */
export interface TaskBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  revision: number;
  family: string;
  lastStatus: string;
  healthStatus: string;
  style: StateStyle;
  /** Too many tasks for words on each block: a small patterned square (the group label carries the counts). */
  compact: boolean;
  containers: { name: string; lastStatus: string; healthStatus: string }[];
}

/** A service (or the standalone tasks of a cluster) with its tasks. */
export interface GroupBox {
  key: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  tasks: TaskBox[];
}

/** One cluster and its groups. */
export interface ClusterBox {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  groups: GroupBox[];
}

/** The whole picture. */
export interface ClusterLayout {
  width: number;
  height: number;
  clusters: ClusterBox[];
}

/** Sizes of the grid (pixels in SVG user units). */
export const CLUSTER_GRID = { width: 720, task: 64, taskH: 46, gap: 8, pad: 12, header: 24, compact: 12, compactGap: 2, compactAbove: 40 } as const;

/** How long a stopped task stays drawn (simulated ms), so a crash or a replaced task is seen before it goes. */
export const STOPPED_VISIBLE_MS = 30_000;

/** Tasks worth drawing: not stopped, or stopped in the last `STOPPED_VISIBLE_MS`. */
export function visibleTasks(state: Readonly<SimState>): TaskRecord[] {
  return Object.values(state.tasks).filter((t) => t.lastStatus !== 'STOPPED' || (t.stoppedAt ?? 0) > state.now - STOPPED_VISIBLE_MS);
}

/** Lays out every cluster of `state`. */
export function layoutCluster(state: Readonly<SimState>, width: number = CLUSTER_GRID.width): ClusterLayout {
  const { pad, header } = CLUSTER_GRID;
  const tasks = visibleTasks(state);
  const clusters: ClusterBox[] = [];
  let y = 0;
  for (const cluster of Object.values(state.clusters).sort((a, b) => a.name.localeCompare(b.name))) {
    if (cluster.status !== 'ACTIVE') continue;
    const groupsIn: { key: string; label: string; tasks: TaskRecord[] }[] = [];
    for (const service of Object.values(state.services)) {
      if (service.cluster !== cluster.name || service.status === 'INACTIVE') continue;
      groupsIn.push({
        key: service.key,
        label: `service ${service.name} (desired ${service.desiredCount})`,
        tasks: tasks.filter((t) => t.serviceKey === service.key),
      });
    }
    const standalone = tasks.filter((t) => t.cluster === cluster.name && !t.serviceKey);
    if (standalone.length) groupsIn.push({ key: `${cluster.name}/standalone`, label: 'standalone tasks', tasks: standalone });
    const groups: GroupBox[] = [];
    let gy = y + header + pad;
    for (const g of groupsIn) {
      const sorted = [...g.tasks].sort((a, b) => a.revision - b.revision || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const compact = sorted.length > CLUSTER_GRID.compactAbove;
      const tw = compact ? CLUSTER_GRID.compact : CLUSTER_GRID.task;
      const th = compact ? CLUSTER_GRID.compact : CLUSTER_GRID.taskH;
      const gap = compact ? CLUSTER_GRID.compactGap : CLUSTER_GRID.gap;
      const perRow = Math.max(1, Math.floor((width - 4 * pad + gap) / (tw + gap)));
      const rows = Math.max(1, Math.ceil(sorted.length / perRow));
      let label = g.label;
      if (compact) {
        const byState = new Map<string, number>();
        for (const t of sorted) byState.set(stateStyle(t.lastStatus).short, (byState.get(stateStyle(t.lastStatus).short) ?? 0) + 1);
        label += `: ${[...byState].map(([k, n]) => `${n} ${k}`).join(', ')}`;
      }
      const gh = header + rows * (th + gap) + pad - gap;
      groups.push({
        key: g.key,
        label,
        x: pad,
        y: gy,
        w: width - 2 * pad,
        h: gh,
        tasks: sorted.map((t, i) => ({
          id: t.id,
          x: 2 * pad + (i % perRow) * (tw + gap),
          y: gy + header + Math.floor(i / perRow) * (th + gap),
          w: tw,
          h: th,
          revision: t.revision,
          family: t.family,
          lastStatus: t.lastStatus,
          healthStatus: t.healthStatus,
          style: stateStyle(t.lastStatus),
          compact,
          containers: t.containers.map((c) => ({ name: c.name, lastStatus: c.lastStatus, healthStatus: c.healthStatus })),
        })),
      });
      gy += gh + CLUSTER_GRID.gap;
    }
    const h = Math.max(gy - y, header + 2 * pad) + pad;
    clusters.push({ name: cluster.name, x: 0, y, w: width, h, groups });
    y += h + CLUSTER_GRID.gap;
  }
  return { width, height: Math.max(y, 60), clusters };
}
