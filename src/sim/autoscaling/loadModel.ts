/**
 * Load models: what `sim load` does to a service's metrics.
 *
 * A load is a fixed **demand** behind the service. `cpuPercent` is what the service sees at the task count it has
 * when the load is set, so the demand is `D = cpuPercent × baselineTasks` "task-percent". Spreading it over
 * `running` tasks gives each task `D × f(t) / running` percent CPU, where `f(t)` is the pattern's shape (0–1).
 * More tasks ⇒ lower per-task CPU — which is exactly what lets target tracking settle.
 *
 * A Fargate task cannot use more CPU than it reserved: per-task CPU is capped at 100 % and the extra demand is lost
 * (a saturated service). Memory and request count are derived the same way:
 *
 *   cpu(t)      = min(100, cpuPercent × baselineTasks × f(t) / running)
 *   memory(t)   = memoryPercent given: min(100, memoryPercent × baselineTasks × f(t) / running)
 *                 otherwise:           min(100, 20 + 0.5 × cpu(t))   (a fixed footprint plus a load-dependent part)
 *   requests(t) = requestsPerTarget × baselineTasks × f(t) / running (not capped: the ALB keeps sending)
 *
 * Patterns, with `m` = minutes since the load was set:
 * - `constant`: f = 1.
 * - `step`:     f = 0.25 for m < 5, then 1 — a quiet start, then traffic jumps to the full value and stays.
 * - `spike`:    f = 1 for m < 10, then 0.2 — an immediate burst lasting ten minutes, then a low baseline.
 * - `daily`:    f = 0.55 + 0.45 × cos(2π × (h − 14) / 24), where h is the UTC hour of day (fractional) — a 24 h
 *               wave peaking at the value at 14:00 UTC and bottoming out at 10 % of it at 02:00 UTC.
 * With no running tasks CPU and memory are 0 (the evaluator reports "no data" for such a minute) and the request
 * count is the whole demand, `requestsPerTarget × baselineTasks × f(t)` — the requests waiting for a first target,
 * so a request-count policy can scale out from zero.
 * Values are rounded to two decimals so alarm thresholds compare the numbers a learner sees.
 */
import type { LoadSpec } from '../contract.ts';
import type { ServiceMetrics } from './types.ts';

/** A service's load, as plain JSON. */
export interface LoadState {
  pattern: LoadSpec['pattern'];
  cpuPercent: number;
  memoryPercent?: number;
  requestsPerTarget?: number;
  /** When the load was set (epoch ms). */
  startedAt: number;
  /** Tasks running when the load was set (at least 1): the demand is expressed per this many tasks. */
  baselineTasks: number;
}

const MINUTE = 60_000;

/** Creates the load state for `sim load` at time `now`, with `runningCount` tasks running. */
export function createLoadState(spec: LoadSpec, now: number, runningCount: number): LoadState {
  const load: LoadState = { pattern: spec.pattern, cpuPercent: spec.cpuPercent, startedAt: now, baselineTasks: Math.max(1, runningCount) };
  if (spec.memoryPercent !== undefined) load.memoryPercent = spec.memoryPercent;
  if (spec.requestsPerTarget !== undefined) load.requestsPerTarget = spec.requestsPerTarget;
  return load;
}

/** The pattern's shape f(t) in [0, 1] (see the module comment). */
export function loadShape(load: LoadState, now: number): number {
  const minutes = (now - load.startedAt) / MINUTE;
  switch (load.pattern) {
    case 'constant':
      return 1;
    case 'step':
      return minutes < 5 ? 0.25 : 1;
    case 'spike':
      return minutes < 10 ? 1 : 0.2;
    case 'daily': {
      const hourOfDay = (((now % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000;
      return 0.55 + 0.45 * Math.cos((2 * Math.PI * (hourOfDay - 14)) / 24);
    }
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The service's metrics at `now` with `runningCount` tasks running. */
export function loadMetrics(load: LoadState, now: number, runningCount: number): ServiceMetrics {
  const share = (load.baselineTasks * loadShape(load, now)) / Math.max(1, runningCount);
  if (runningCount <= 0) return { cpu: 0, memory: 0, requestCountPerTarget: round2((load.requestsPerTarget ?? 0) * share) };
  const cpu = Math.min(100, load.cpuPercent * share);
  const memory = load.memoryPercent !== undefined ? Math.min(100, load.memoryPercent * share) : Math.min(100, 20 + 0.5 * cpu);
  const requestCountPerTarget = (load.requestsPerTarget ?? 0) * share;
  return { cpu: round2(cpu), memory: round2(memory), requestCountPerTarget: round2(requestCountPerTarget) };
}
