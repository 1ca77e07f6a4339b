/**
 * A lab's starting account: the default scenario with changes. Plain data, so instructors write it in
 * frontmatter. Lists of resources are merged by identity (a subnet by `id`, a role by `name`, …): an
 * entry with a known identity replaces that resource, a new one is added. Smaller edits have their
 * own fields, so "the execution role without secret access" does not need the whole role copied.
 */
import { z } from 'zod';
import { defaultScenario, FAULT_KINDS } from '../sim/index.ts';
import { IDENTITY } from './buildScenario.ts';

export { buildScenario } from './buildScenario.ts';

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
