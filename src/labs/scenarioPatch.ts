/**
 * A lab's starting account: the default scenario with changes. Plain data, so instructors write it in
 * frontmatter. Lists of resources are merged by identity (a subnet by `id`, a role by `name`, …): an
 * entry with a known identity replaces that resource, a new one is added. Smaller edits have their
 * own fields, so "the execution role without secret access" does not need the whole role copied.
 */
import { z } from 'zod';
import { defaultScenario, FAULT_KINDS, type Scenario } from '../sim/index.ts';

/** Identity field of each resource list. */
const IDENTITY: Record<string, string> = {
  vpcs: 'id',
  subnets: 'id',
  securityGroups: 'id',
  targetGroups: 'arn',
  roles: 'name',
  secrets: 'name',
  parameters: 'name',
  repositories: 'name',
  logGroups: 'name',
};

const record = z.record(z.string(), z.unknown());

/** The `scenario` field of a lab. */
export const scenarioSpecSchema = z.strictObject({
  base: z.literal('default', { error: 'scenario.base must be "default" (the chapter\'s account)' }),
  patch: z
    .strictObject({
      resources: z
        .partialRecord(z.enum(Object.keys(IDENTITY) as [string, ...string[]], { error: `resources may hold ${Object.keys(IDENTITY).join(', ')}` }), z.array(record))
        .optional(),
      /** Remove IAM actions from roles, e.g. `{ role: ecsTaskExecutionRole, actions: [secretsmanager:GetSecretValue] }`. */
      removePermissions: z.array(z.strictObject({ role: z.string(), actions: z.array(z.string()).min(1) })).optional(),
      /** Replace the tags of an ECR repository (a tag not listed cannot be pulled). */
      repositoryTags: z.record(z.string(), z.array(z.string())).optional(),
      clusters: z.array(z.string()).optional(),
      taskDefinitions: z.array(record).optional(),
      files: z.record(z.string(), z.string()).optional(),
      faults: z
        .array(z.strictObject({ kind: z.enum(FAULT_KINDS as unknown as [string, ...string[]], { error: `fault kind must be one of ${FAULT_KINDS.join(', ')}` }), options: z.record(z.string(), z.string()).default({}) }))
        .optional(),
      loads: z.record(z.string(), record).optional(),
    })
    .optional(),
  /** Commands (AWS CLI and `sim` directives) run before the learner starts: pre-created services, a broken rollout… */
  setup: z.string().optional(),
});

/** A lab's scenario field. */
export type ScenarioSpec = z.output<typeof scenarioSpecSchema>;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Problems a patch has that the schema cannot see (unknown role or repository names). */
export function patchProblems(spec: ScenarioSpec): string[] {
  const problems: string[] = [];
  const base = defaultScenario;
  for (const { role } of spec.patch?.removePermissions ?? []) {
    const known = [...base.resources.roles, ...((spec.patch?.resources?.['roles'] ?? []) as { name?: string }[])].map((r) => r.name);
    if (!known.includes(role)) problems.push(`scenario.patch.removePermissions: there is no role "${role}" (roles: ${known.join(', ')})`);
  }
  for (const repo of Object.keys(spec.patch?.repositoryTags ?? {})) {
    const known = [...base.resources.repositories, ...((spec.patch?.resources?.['repositories'] ?? []) as { name?: string }[])].map((r) => r.name);
    if (!known.includes(repo)) problems.push(`scenario.patch.repositoryTags: there is no ECR repository "${repo}" (repositories: ${known.join(', ')})`);
  }
  return problems;
}

/** Builds the starting scenario: the default one with the patch applied (the default is never mutated). */
export function buildScenario(spec: ScenarioSpec, id: string): Scenario {
  const scenario = clone(defaultScenario);
  scenario.id = id;
  const patch = spec.patch;
  if (!patch) return scenario;
  const resources = scenario.resources as unknown as Record<string, Record<string, unknown>[]>;
  for (const [list, entries] of Object.entries(patch.resources ?? {})) {
    const key = IDENTITY[list]!;
    for (const entry of entries ?? []) {
      const at = resources[list]!.findIndex((r) => r[key] === entry[key]);
      if (at >= 0) resources[list]![at] = clone(entry);
      else resources[list]!.push(clone(entry));
    }
  }
  for (const { role, actions } of patch.removePermissions ?? []) {
    const target = scenario.resources.roles.find((r) => r.name === role);
    if (!target) continue;
    target.permissions = target.permissions
      .map((p) => ({ ...p, actions: p.actions.filter((a) => !actions.includes(a)) }))
      .filter((p) => p.actions.length > 0);
  }
  for (const [name, tags] of Object.entries(patch.repositoryTags ?? {})) {
    const repo = scenario.resources.repositories.find((r) => r.name === name);
    if (repo) repo.tags = [...tags];
  }
  if (patch.clusters) scenario.clusters = [...(scenario.clusters ?? []), ...patch.clusters];
  if (patch.taskDefinitions) scenario.taskDefinitions = [...(scenario.taskDefinitions ?? []), ...clone(patch.taskDefinitions)];
  if (patch.files) scenario.files = { ...(scenario.files ?? {}), ...patch.files };
  if (patch.faults) scenario.faults = [...(scenario.faults ?? []), ...(clone(patch.faults) as Scenario['faults'] & object)];
  if (patch.loads) scenario.loads = { ...(scenario.loads ?? {}), ...(clone(patch.loads) as Scenario['loads'] & object) };
  return scenario;
}
