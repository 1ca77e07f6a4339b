/**
 * The facts of the learner's own simulation run that grounded challenges grade against (see
 * src/grading/grounding.ts): the most recently stopped task's stopCode and stoppedReason, its first
 * container's exit code and reason, and the newest service event. Read through the public AWS API of the
 * simulation (the same calls the learner types), so it needs nothing from the engine's internals.
 */
import type { ApiCaller } from '../../sim/contract.ts';
import type { Facts } from '../../grading/grounding.ts';

interface StoppedTask {
  stoppedAt?: string;
  stopCode?: string;
  stoppedReason?: string;
  containers?: { exitCode?: number; reason?: string }[];
}

const list = <T>(v: unknown, key: string): T[] => ((v as Record<string, unknown> | null)?.[key] as T[] | undefined) ?? [];

/** What the run shows; `stoppedTasks` is 0 when no task has stopped yet. */
export interface RunFacts {
  facts: Facts;
  stoppedTasks: number;
}

/** Reads the facts of the run. Never throws: an API error just leaves that fact out. */
export function runFacts(api: ApiCaller): RunFacts {
  const call = (op: string, input: Record<string, unknown>): unknown => {
    try {
      return api.call('ecs', op, input);
    } catch {
      return undefined;
    }
  };
  const stopped: StoppedTask[] = [];
  let newestEvent: { createdAt?: string; message?: string } | undefined;
  for (const cluster of list<string>(call('ListClusters', {}), 'clusterArns')) {
    const arns = list<string>(call('ListTasks', { cluster, desiredStatus: 'STOPPED' }), 'taskArns');
    // DescribeTasks takes at most 100 tasks per call.
    for (let i = 0; i < arns.length; i += 100) stopped.push(...list<StoppedTask>(call('DescribeTasks', { cluster, tasks: arns.slice(i, i + 100) }), 'tasks'));
    const services = list<string>(call('ListServices', { cluster }), 'serviceArns').slice(0, 10);
    if (services.length === 0) continue;
    for (const service of list<{ events?: { createdAt?: string; message?: string }[] }>(call('DescribeServices', { cluster, services }), 'services')) {
      const event = service.events?.[0];
      if (event && (!newestEvent || (event.createdAt ?? '') > (newestEvent.createdAt ?? ''))) newestEvent = event;
    }
  }
  // AWS timestamps in this simulator are ISO strings in one format, so they sort as text.
  stopped.sort((a, b) => (b.stoppedAt ?? '').localeCompare(a.stoppedAt ?? ''));
  const last = stopped[0];
  const facts: Facts = {};
  if (last?.stoppedReason) facts.stoppedReason = last.stoppedReason;
  if (last?.stopCode) facts.stopCode = last.stopCode;
  const container = last?.containers?.find((c) => c.exitCode !== undefined || c.reason);
  if (container?.exitCode !== undefined) facts.exitCode = String(container.exitCode);
  if (container?.reason) facts.containerReason = container.reason;
  if (newestEvent?.message) facts.serviceEvent = newestEvent.message;
  return { facts, stoppedTasks: stopped.length };
}
