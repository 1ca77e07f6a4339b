/** Small readers for API inputs (the CLI layer already typed them; these only guard and default). */
import type { SimState } from '../runtime/state.ts';

/** A string member, or undefined. */
export function str(input: Record<string, unknown>, key: string): string | undefined {
  const v = input[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A number member, or undefined. */
export function num(input: Record<string, unknown>, key: string): number | undefined {
  const v = input[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A boolean member, or undefined. */
export function bool(input: Record<string, unknown>, key: string): boolean | undefined {
  const v = input[key];
  return typeof v === 'boolean' ? v : undefined;
}

/** A string-list member (empty when absent). */
export function strings(input: Record<string, unknown>, key: string): string[] {
  const v = input[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** An object member, or undefined. */
export function obj(input: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const v = input[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The cluster name from a name or ARN (default `default`, like ECS). */
export function clusterName(ref: string | undefined): string {
  if (!ref) return 'default';
  const m = /^arn:aws[\w-]*:ecs:[^:]*:\d+:cluster\/(.+)$/.exec(ref);
  return m ? m[1]! : ref;
}

/** The service name from a name or ARN (long `service/<cluster>/<name>` or short `service/<name>`). */
export function serviceName(ref: string): string {
  const m = /^arn:aws[\w-]*:ecs:[^:]*:\d+:service\/(?:[^/]+\/)?([^/]+)$/.exec(ref);
  return m ? m[1]! : ref;
}

/** The task id from an id or ARN. */
export function taskIdOf(ref: string): string {
  const m = /^arn:aws[\w-]*:ecs:[^:]*:\d+:task\/(?:[^/]+\/)?([0-9a-f]+)$/.exec(ref);
  return m ? m[1]! : ref;
}

/** Simple paging over a list: `nextToken` is an opaque offset. */
export function page<T>(items: T[], input: Record<string, unknown>): { items: T[]; nextToken?: string } {
  const max = Math.min(100, Math.max(1, num(input, 'maxResults') ?? 100));
  const token = str(input, 'nextToken');
  const offset = token && /^ecs-sim-page-(\d+)$/.test(token) ? Number(token.slice(13)) : 0;
  const slice = items.slice(offset, offset + max);
  return offset + max < items.length ? { items: slice, nextToken: `ecs-sim-page-${offset + max}` } : { items: slice };
}

/** ARN helpers. */
export function clusterArn(state: SimState, name: string): string {
  return `arn:aws:ecs:${state.account.region}:${state.account.accountId}:cluster/${name}`;
}
