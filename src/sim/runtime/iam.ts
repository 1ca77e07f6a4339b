/** Minimal IAM evaluation over the scenario's roles: Allow statements with `*` wildcards, no conditions. */
import type { RoleSpec } from '../scenarios/scenarioTypes.ts';
import type { SimState } from './state.ts';

// Compiled patterns, shared by all simulations (patterns are immutable strings, so caching is safe).
const compiled = new Map<string, RegExp>();

function wildcard(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
    compiled.set(pattern, re);
  }
  return re.test(value);
}

/** The scenario role with this ARN (or name). */
export function findRole(state: SimState, arnOrName: string | undefined): RoleSpec | undefined {
  if (!arnOrName) return undefined;
  return state.resources.roles.find((r) => r.arn === arnOrName || r.name === arnOrName);
}

/** True when `role` allows `action` on `resource`. */
export function roleAllows(role: RoleSpec | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  return role.permissions.some(
    (p) => p.actions.some((a) => wildcard(a, action)) && p.resources.some((r) => wildcard(r, resource)),
  );
}

/** True when ECS tasks can assume the role (it exists and trusts ecs-tasks.amazonaws.com). */
export function ecsTasksCanAssume(role: RoleSpec | undefined): boolean {
  return !!role && role.trustedServices.includes('ecs-tasks.amazonaws.com');
}

/** The four permissions ECS Exec needs in the task role. */
export const EXEC_PERMISSIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
] as const;
