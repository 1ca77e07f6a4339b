/** The readable multi-line summary behind `sim state`. */
import { summarizeAutoScaling } from '../autoscaling/summarizeAutoScaling.ts';
import { formatAwsTimestamp } from '../contract.ts';
import { costSummary, formatUsd, taskCost } from './cost.ts';
import type { SimState, TaskRecord } from './state.ts';

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m${String(sec).padStart(2, '0')}s` : `${m}m${String(sec).padStart(2, '0')}s`;
}

function tasksByStateAndRevision(tasks: readonly TaskRecord[]): string {
  const groups = new Map<string, number>();
  for (const t of tasks) {
    const key = `${t.lastStatus} ${t.family}:${t.revision}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.entries()].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
}

/** Clusters, services (desired/running/pending, rollout), tasks by state and revision, scaling, cost. */
export function describeState(state: SimState): string {
  const lines: string[] = [];
  lines.push(`Time ${formatAwsTimestamp(state.now)} (+${duration(state.now - state.settings.startTime)} since start)`);
  lines.push(`Account ${state.account.accountId} ${state.account.region} as ${state.account.callerArn}`);
  const cost = costSummary(state);
  const clusters = Object.values(state.clusters);
  if (clusters.length === 0) lines.push('No clusters.');
  for (const c of clusters) {
    const tasks = Object.values(state.tasks).filter((t) => t.cluster === c.name);
    lines.push(`Cluster ${c.name} (${c.status}) cost ${formatUsd(cost.byCluster[c.name] ?? 0)}`);
    for (const s of Object.values(state.services).filter((x) => x.cluster === c.name)) {
      const own = tasks.filter((t) => t.serviceKey === s.key);
      const running = own.filter((t) => t.lastStatus === 'RUNNING').length;
      const pending = own.filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus !== 'RUNNING').length;
      const primary = s.deployments[0];
      lines.push(
        `  Service ${s.name} (${s.status}) desired ${s.desiredCount} running ${running} pending ${pending}` +
          (primary ? ` rollout ${primary.rolloutState}` : '') +
          ` cost ${formatUsd(cost.byService[s.key] ?? 0)}`,
      );
      for (const d of s.deployments) {
        const dt = own.filter((t) => t.deploymentId === d.id && t.lastStatus !== 'STOPPED');
        lines.push(
          `    ${d.status} ${d.id} ${d.taskDefinitionArn.split('/').pop()} ${d.rolloutState} failedTasks ${d.failedTasks}: ${tasksByStateAndRevision(dt)}`,
        );
      }
      const target = state.autoScaling.targets[`service/${c.name}/${s.name}`];
      if (target) {
        const policies = state.autoScaling.policies.filter((p) => p.ResourceId === target.ResourceId).map((p) => p.PolicyName);
        lines.push(`    Scalable target min ${target.MinCapacity} max ${target.MaxCapacity}; policies: ${policies.join(', ') || 'none'}`);
      }
      const load = state.loadSpecs[`service/${c.name}/${s.name}`];
      if (load) lines.push(`    Load ${load.pattern} cpu ${load.cpuPercent}%`);
      const event = s.events[0];
      if (event) lines.push(`    Last event: ${event.message}`);
    }
    const standalone = tasks.filter((t) => !t.serviceKey);
    if (standalone.length > 0) lines.push(`  Standalone tasks: ${tasksByStateAndRevision(standalone)}`);
    if (tasks.length > 0) lines.push(`  Tasks: ${tasksByStateAndRevision(tasks)}`);
  }
  if (state.faults.length > 0) {
    lines.push(`Faults: ${state.faults.map((f) => `${f.kind}${Object.keys(f.options).length ? ` (${Object.entries(f.options).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`).join(', ')}`);
  }
  const scaling = summarizeAutoScaling(state.autoScaling, state.now);
  if (scaling.length > 0) {
    lines.push('Auto scaling:');
    for (const line of scaling) lines.push(`  ${line}`);
  }
  const billing = Object.values(state.tasks).filter((t) => t.lastStatus !== 'STOPPED' && taskCost(state, t) > 0).length;
  lines.push(`Cost so far ${formatUsd(cost.total)} (Fargate per-second billing; ${billing} tasks billing now)`);
  return lines.join('\n');
}
