/**
 * Fargate cost (reference §7.1): configured vCPU and memory, billed per second from the start of the image
 * pull until the task stops, with a one-minute minimum, at the settings' us-east-1 Linux/x86 prices.
 */
import type { SimState, TaskRecord } from './state.ts';
import { taskSize } from './taskDefinitionView.ts';

/** Billed seconds of a task so far (0 when its pull never started). */
export function billedSeconds(state: SimState, task: TaskRecord): number {
  if (task.pullStartedAt === undefined) return 0;
  const end = task.stoppedAt ?? task.executionStoppedAt ?? state.now;
  const seconds = Math.ceil(Math.max(0, end - task.pullStartedAt) / 1000);
  return Math.max(state.settings.minimumBilledMs / 1000, seconds);
}

/** The task's cost in USD so far. */
export function taskCost(state: SimState, task: TaskRecord): number {
  const seconds = billedSeconds(state, task);
  if (seconds === 0) return 0;
  const { vcpu, gb } = taskSize(task.cpu, task.memory);
  return (seconds / 3600) * (vcpu * state.settings.pricePerVcpuHour + gb * state.settings.pricePerGbHour);
}

/** Costs so far: total, per service key (`cluster/service`), per cluster, standalone tasks included. */
export function costSummary(state: SimState): { total: number; byService: Record<string, number>; byCluster: Record<string, number> } {
  const byService: Record<string, number> = { ...state.retiredCost.byService };
  const byCluster: Record<string, number> = { ...state.retiredCost.byCluster };
  let total = state.retiredCost.total;
  for (const task of Object.values(state.tasks)) {
    const c = taskCost(state, task);
    total += c;
    byCluster[task.cluster] = (byCluster[task.cluster] ?? 0) + c;
    if (task.serviceKey) byService[task.serviceKey] = (byService[task.serviceKey] ?? 0) + c;
  }
  return { total, byService, byCluster };
}

/** Moves a purged task's cost into the retired totals. */
export function retireTaskCost(state: SimState, task: TaskRecord): void {
  const c = taskCost(state, task);
  state.retiredCost.total += c;
  state.retiredCost.byCluster[task.cluster] = (state.retiredCost.byCluster[task.cluster] ?? 0) + c;
  if (task.serviceKey) state.retiredCost.byService[task.serviceKey] = (state.retiredCost.byService[task.serviceKey] ?? 0) + c;
}

/** `$0.0123` with enough digits to see small amounts. */
export function formatUsd(amount: number): string {
  return `$${amount.toFixed(amount < 1 ? 4 : 2)}`;
}
