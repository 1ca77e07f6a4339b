/**
 * State predicates: typed questions about the simulation (`sim.view()`) that lab checks name by string,
 * so instructors write `predicate: service.runningCount` instead of TypeScript. Each predicate declares
 * its arguments (checked when the lab is loaded) and returns a JSON value, or `missing` with a sentence
 * for the learner when the thing asked about does not exist yet.
 */
import type { ServiceRecord, SimState, TaskRecord } from '../sim/index.ts';
import { looksLikeSecretName } from '../sim/index.ts';

/** What a predicate answers. */
export type PredicateResult = { value: unknown } | { missing: string };

/** A predicate: its arguments, one line of documentation, and the function. */
export interface Predicate {
  args: readonly string[];
  doc: string;
  run(state: Readonly<SimState>, args: Readonly<Record<string, string>>): PredicateResult;
}

function service(state: Readonly<SimState>, args: Readonly<Record<string, string>>): ServiceRecord | string {
  const found = state.services[`${args['cluster']}/${args['service']}`];
  if (found && found.status === 'ACTIVE') return found;
  if (!state.clusters[args['cluster']!] || state.clusters[args['cluster']!]!.status !== 'ACTIVE') return `There is no cluster "${args['cluster']}" yet.`;
  return `There is no service "${args['service']}" in cluster "${args['cluster']}" yet.`;
}

function withService(fn: (s: ServiceRecord, state: Readonly<SimState>, args: Readonly<Record<string, string>>) => unknown): Predicate['run'] {
  return (state, args) => {
    const s = service(state, args);
    return typeof s === 'string' ? { missing: s } : { value: fn(s, state, args) };
  };
}

function tasksOf(state: Readonly<SimState>, s: ServiceRecord): TaskRecord[] {
  return Object.values(state.tasks).filter((t) => t.serviceKey === s.key);
}

function primary(s: ServiceRecord) {
  return s.deployments.find((d) => d.status === 'PRIMARY');
}

function revisionOf(arn: string): number {
  return Number(arn.slice(arn.lastIndexOf(':') + 1));
}

function latest(state: Readonly<SimState>, family: string) {
  const entry = state.taskDefinitions.families[family];
  if (!entry) return undefined;
  return Object.values(entry.revisions)
    .filter((td) => td.status === 'ACTIVE')
    .sort((a, b) => b.revision - a.revision)[0];
}

/**
 * Fewest service tasks running at any moment since the primary deployment started. A task counts from
 * `startedAt` until it starts stopping (`stoppingAt`, else `stoppedAt`). Proves "no drop in capacity"
 * after a rollout without sampling during it.
 */
function minRunningSince(tasks: readonly TaskRecord[], since: number, now: number): number {
  const intervals = tasks
    .filter((t) => t.startedAt !== undefined)
    .map((t) => ({ from: t.startedAt!, to: t.stoppingAt ?? t.stoppedAt ?? Number.POSITIVE_INFINITY }))
    .filter((i) => i.to > since);
  const moments = new Set([since, ...intervals.flatMap((i) => [i.from, i.to]).filter((t) => t >= since && t <= now)]);
  let min = Number.POSITIVE_INFINITY;
  for (const t of moments) min = Math.min(min, intervals.filter((i) => i.from <= t && t < i.to).length);
  return min === Number.POSITIVE_INFINITY ? 0 : min;
}

const SERVICE = ['cluster', 'service'] as const;

/** The registry. Keep names `<thing>.<question>`; add one here and document it in labs/README.md. */
export const PREDICATES: Readonly<Record<string, Predicate>> = {
  'service.exists': {
    args: SERVICE,
    doc: 'true when the service exists and is ACTIVE',
    run: (state, args) => ({ value: typeof service(state, args) !== 'string' }),
  },
  'service.runningCount': {
    args: SERVICE,
    doc: 'tasks of the service in RUNNING',
    run: withService((s, state) => tasksOf(state, s).filter((t) => t.lastStatus === 'RUNNING').length),
  },
  'service.desiredCount': { args: SERVICE, doc: 'the desired count', run: withService((s) => s.desiredCount) },
  'service.steady': {
    args: SERVICE,
    doc: 'one deployment, COMPLETED, running = desired',
    run: withService((s, state) => {
      const running = tasksOf(state, s).filter((t) => t.lastStatus === 'RUNNING').length;
      return s.deployments.length === 1 && s.deployments[0]!.rolloutState === 'COMPLETED' && running === s.desiredCount;
    }),
  },
  'service.deploymentCount': { args: SERVICE, doc: 'number of deployments (1 when no rollout is going on)', run: withService((s) => s.deployments.length) },
  'service.taskDefinitionRevision': { args: SERVICE, doc: 'revision number of the service’s task definition', run: withService((s) => revisionOf(s.taskDefinitionArn)) },
  'service.circuitBreaker': {
    args: SERVICE,
    doc: 'true when the deployment circuit breaker is enabled with rollback',
    run: withService((s) => s.deploymentConfiguration.deploymentCircuitBreaker.enable && s.deploymentConfiguration.deploymentCircuitBreaker.rollback),
  },
  'service.executeCommand': { args: SERVICE, doc: 'true when ECS Exec is enabled on the service', run: withService((s) => s.enableExecuteCommand) },
  'service.minRunningDuringLastDeployment': {
    args: SERVICE,
    doc: 'fewest running tasks at any moment since the primary deployment started',
    run: withService((s, state) => minRunningSince(tasksOf(state, s), primary(s)?.createdAt ?? s.createdAt, state.now)),
  },
  'service.eventsContaining': {
    args: [...SERVICE, 'text'],
    doc: 'number of service events whose message contains `text`',
    run: withService((s, _state, args) => s.events.filter((e) => e.message.includes(args['text']!)).length),
  },
  'service.stoppedTaskCount': {
    args: SERVICE,
    doc: 'tasks of the service that have stopped',
    run: withService((s, state) => tasksOf(state, s).filter((t) => t.lastStatus === 'STOPPED').length),
  },
  'deployment.rolloutState': { args: SERVICE, doc: 'rolloutState of the PRIMARY deployment', run: withService((s) => primary(s)?.rolloutState ?? null) },
  'taskDefinition.registered': {
    args: ['family'],
    doc: 'true when the family has an ACTIVE revision',
    run: (state, args) => ({ value: latest(state, args['family']!) !== undefined }),
  },
  'taskDefinition.latestRevision': {
    args: ['family'],
    doc: 'the newest ACTIVE revision number of the family',
    run: (state, args) => {
      const td = latest(state, args['family']!);
      return td ? { value: td.revision } : { missing: `No task definition "${args['family']}" is registered yet.` };
    },
  },
  'taskDefinition.plaintextSecrets': {
    args: ['family'],
    doc: 'environment variables of the newest revision whose names look like secrets (PASSWORD, TOKEN, …)',
    run: (state, args) => {
      const td = latest(state, args['family']!);
      if (!td) return { missing: `No task definition "${args['family']}" is registered yet.` };
      return { value: td.containerDefinitions.flatMap((c) => (c.environment ?? []).map((e) => e.name ?? '')).filter((n) => looksLikeSecretName(n)) };
    },
  },
  'exec.sessionCount': {
    args: [],
    doc: 'ECS Exec sessions opened so far',
    run: (state) => ({ value: Object.keys(state.execSessions).length }),
  },
};

/** Problems with a predicate name or its arguments, for the lab loader. */
export function predicateProblems(name: string, args: Readonly<Record<string, string>>): string[] {
  const predicate = PREDICATES[name];
  if (!predicate) return [`unknown predicate "${name}"; known: ${Object.keys(PREDICATES).join(', ')}`];
  const problems: string[] = [];
  for (const arg of predicate.args) if (!(arg in args)) problems.push(`predicate "${name}" needs args.${arg}`);
  for (const arg of Object.keys(args)) if (!predicate.args.includes(arg)) problems.push(`predicate "${name}" does not take args.${arg} (it takes: ${predicate.args.join(', ') || 'nothing'})`);
  return problems;
}
