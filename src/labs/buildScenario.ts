/**
 * Building a lab's starting scenario from its `scenario` field (see ./scenarioPatch.ts for the format). No zod
 * here: this runs in the browser when a lab page starts its simulation.
 */
import { defaultScenario, type Scenario } from '../sim/index.ts';
import type { ScenarioSpec } from './scenarioPatch.ts';

/** Identity field of each resource list. */
export const IDENTITY: Record<string, string> = {
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

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
