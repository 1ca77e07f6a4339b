/**
 * The task-definition registry: plain JSON data (so simulation snapshots can copy it) holding every family's
 * revisions and its revision counter, which never goes back — not even after every revision is deleted.
 */
import type { Tag, TaskDefinition } from './taskDefinitionTypes.ts';
import { parseTaskDefinitionRef } from './taskDefinitionRef.ts';

/** One family: its revision counter and the revisions that still exist, keyed by revision number. */
export interface TaskDefinitionFamily {
  /** The highest revision ever registered; the next registration gets `lastRevision + 1`. */
  lastRevision: number;
  revisions: Record<string, TaskDefinition>;
  /** Tags given at registration, by revision number (absent when none were given). */
  tags?: Record<string, Tag[]>;
}

/** All task definitions of one account and region. */
export interface TaskDefinitionRegistry {
  families: Record<string, TaskDefinitionFamily>;
}

/** What the operations need to know about the caller and the moment. */
export interface RegistryContext {
  accountId: string;
  region: string;
  /** Virtual time, epoch ms. */
  now: number;
  /** Shown as `registeredBy`, e.g. `arn:aws:iam::123456789012:user/alice`. */
  callerArn: string;
  /** True while a task or service still uses the revision; a deleted revision then stays DELETE_IN_PROGRESS. */
  isInUse?: (taskDefinitionArn: string) => boolean;
}

/** An empty registry. */
export function createTaskDefinitionRegistry(): TaskDefinitionRegistry {
  return { families: {} };
}

/** The family record, when the family has ever been registered. */
export function getFamily(reg: TaskDefinitionRegistry, family: string): TaskDefinitionFamily | undefined {
  return Object.hasOwn(reg.families, family) ? reg.families[family] : undefined;
}

/** The newest ACTIVE revision of a family. */
export function latestActiveRevision(reg: TaskDefinitionRegistry, family: string): TaskDefinition | undefined {
  const entry = getFamily(reg, family);
  if (entry === undefined) return undefined;
  let latest: TaskDefinition | undefined;
  for (const td of Object.values(entry.revisions)) {
    if (td.status === 'ACTIVE' && (latest === undefined || td.revision > latest.revision)) latest = td;
  }
  return latest;
}

/**
 * "family" (latest ACTIVE), "family:3" or a full ARN → that revision (ACTIVE, INACTIVE or DELETE_IN_PROGRESS),
 * else undefined. An ARN must name this context's account and region. The stored object is returned: callers
 * must not modify it.
 */
export function resolveTaskDefinition(
  reg: TaskDefinitionRegistry,
  ref: string,
  ctx: Pick<RegistryContext, 'accountId' | 'region'>,
): TaskDefinition | undefined {
  if (typeof ref !== 'string') return undefined;
  const parsed = parseTaskDefinitionRef(ref);
  if (parsed === undefined) return undefined;
  if (parsed.accountId !== undefined && (parsed.accountId !== ctx.accountId || parsed.region !== ctx.region)) return undefined;
  if (parsed.revision === undefined) return latestActiveRevision(reg, parsed.family);
  const entry = getFamily(reg, parsed.family);
  const key = String(parsed.revision);
  return entry !== undefined && Object.hasOwn(entry.revisions, key) ? entry.revisions[key] : undefined;
}

/**
 * Removes DELETE_IN_PROGRESS revisions nothing uses any more (the engine calls this when tasks stop or services
 * change). Returns the ARNs removed.
 */
export function purgeDeletedTaskDefinitions(reg: TaskDefinitionRegistry, ctx: Pick<RegistryContext, 'isInUse'>): string[] {
  const removed: string[] = [];
  for (const entry of Object.values(reg.families)) {
    for (const [key, td] of Object.entries(entry.revisions)) {
      if (td.status === 'DELETE_IN_PROGRESS' && !(ctx.isInUse?.(td.taskDefinitionArn) ?? false)) {
        delete entry.revisions[key];
        if (entry.tags) delete entry.tags[key];
        removed.push(td.taskDefinitionArn);
      }
    }
  }
  return removed;
}
