/**
 * The ECS task-definition API operations over a `TaskDefinitionRegistry`: RegisterTaskDefinition,
 * DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies, DeregisterTaskDefinition and
 * DeleteTaskDefinitions. Inputs and outputs are shaped exactly like the API's; every failure is an `AwsError`.
 * Outputs are copies, so a caller cannot change the registry by editing a response.
 */
import { formatAwsTimestamp } from '../contract.ts';
import { AwsError } from '../errors.ts';
import { OPERATION_INPUTS, REGISTER_TASK_DEFINITION_INPUT, type ApiShape } from './apiShape.ts';
import { blocksRegistration } from './diagnostic.ts';
import { cloneJson, getArray, getNumber, getString, type JsonObject } from './jsonAccess.ts';
import { normaliseTaskDefinition } from './normaliseTaskDefinition.ts';
import { decodePageToken, encodePageToken } from './pageToken.ts';
import { formatParamValidationReport, PARAM_VALIDATION, validateParams } from './paramValidation.ts';
import {
  getFamily,
  resolveTaskDefinition,
  type RegistryContext,
  type TaskDefinitionFamily,
  type TaskDefinitionRegistry,
} from './registry.ts';
import type { Tag, TaskDefinition } from './taskDefinitionTypes.ts';
import { parseTaskDefinitionRef, taskDefinitionArn } from './taskDefinitionRef.ts';
import { validateTaskDefinition } from './validateTaskDefinition.ts';

const MAX_PAGE = 100;
const MAX_DELETE_BATCH = 10;

/**
 * Adds an empty family record. Why defineProperty: "__proto__" is a valid family name, and a plain assignment
 * would set the registry object's prototype instead of creating the family.
 */
function addFamily(reg: TaskDefinitionRegistry, family: string): TaskDefinitionFamily {
  const entry: TaskDefinitionFamily = { lastRevision: 0, revisions: {} };
  Object.defineProperty(reg.families, family, { value: entry, enumerable: true, writable: true, configurable: true });
  return entry;
}

/** Throws the CLI's parameter-validation error when `input` does not fit the operation's shape. */
function checkParams(input: unknown, shape: ApiShape): JsonObject {
  const problems = validateParams(input, shape);
  if (problems.length > 0) throw new AwsError(PARAM_VALIDATION, formatParamValidationReport(problems));
  return input as JsonObject;
}

function checkEnum(value: string | undefined, allowed: readonly string[], member: string): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new AwsError('InvalidParameterException', `Invalid value '${value}' for ${member}. Valid values: ${allowed.join(', ')}.`);
  }
}

function copyTags(entry: TaskDefinitionFamily, revision: number): Tag[] {
  return cloneJson(entry.tags?.[String(revision)] ?? []);
}

/**
 * RegisterTaskDefinition: validates (the CLI's parameter validation first, then the first error ECS would
 * reject with; warnings never block), assigns the next revision of the family and stores the normalised revision.
 */
export function registerTaskDefinition(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  ctx: RegistryContext,
): { taskDefinition: TaskDefinition; tags?: Tag[] } {
  // The CLI validates parameters before sending anything, and reports them in its own order.
  checkParams(input, REGISTER_TASK_DEFINITION_INPUT);
  const rejection = validateTaskDefinition(input).find(blocksRegistration);
  if (rejection !== undefined) throw new AwsError(rejection.awsErrorCode as string, rejection.message);

  const family = input['family'] as string;
  const entry = getFamily(reg, family) ?? addFamily(reg, family);
  const revision = entry.lastRevision + 1;
  const taskDefinition = normaliseTaskDefinition(input, {
    taskDefinitionArn: taskDefinitionArn(ctx.region, ctx.accountId, family, revision),
    revision,
    registeredAt: formatAwsTimestamp(ctx.now),
    registeredBy: ctx.callerArn,
  });
  entry.lastRevision = revision;
  entry.revisions[String(revision)] = taskDefinition;
  const tags = getArray(input, 'tags') as Tag[] | undefined;
  if (tags !== undefined && tags.length > 0) (entry.tags ??= {})[String(revision)] = cloneJson(tags);

  const response: { taskDefinition: TaskDefinition; tags?: Tag[] } = { taskDefinition: cloneJson(taskDefinition) };
  if (tags !== undefined && tags.length > 0) response.tags = cloneJson(tags);
  return response;
}

/** DescribeTaskDefinition: `family`, `family:rev` or ARN; `include: ['TAGS']` adds the tags. */
export function describeTaskDefinition(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  ctx: RegistryContext,
): { taskDefinition: TaskDefinition; tags?: Tag[] } {
  const params = checkParams(input, OPERATION_INPUTS.DescribeTaskDefinition);
  const include = getArray(params, 'include') ?? [];
  for (const item of include) checkEnum(item as string, ['TAGS'], 'include');
  const td = resolveTaskDefinition(reg, params['taskDefinition'] as string, ctx);
  if (td === undefined) throw new AwsError('ClientException', 'Unable to describe task definition.');
  const response: { taskDefinition: TaskDefinition; tags?: Tag[] } = { taskDefinition: cloneJson(td) };
  if (include.includes('TAGS')) response.tags = copyTags(getFamily(reg, td.family) as TaskDefinitionFamily, td.revision);
  return response;
}

/** Validates maxResults (1–100) and turns nextToken into an offset. */
function pageWindow(params: JsonObject, kind: string): { offset: number; size: number } {
  const maxResults = getNumber(params, 'maxResults');
  if (maxResults !== undefined && (maxResults < 1 || maxResults > MAX_PAGE)) {
    throw new AwsError('InvalidParameterException', 'maxResults must be between 1 and 100.');
  }
  const token = getString(params, 'nextToken');
  const offset = token === undefined ? 0 : decodePageToken(kind, token);
  if (offset === undefined) throw new AwsError('InvalidParameterException', 'The specified nextToken is not valid.');
  return { offset, size: maxResults ?? MAX_PAGE };
}

function page<T>(items: T[], kind: string, params: JsonObject): { items: T[]; nextToken?: string } {
  const { offset, size } = pageWindow(params, kind);
  const slice = items.slice(offset, offset + size);
  return offset + size < items.length ? { items: slice, nextToken: encodePageToken(kind, offset + size) } : { items: slice };
}

/**
 * ListTaskDefinitions: ARNs filtered by `familyPrefix` (the full family name, despite its name) and `status`
 * (ACTIVE by default), sorted by family then revision (`sort: DESC` reverses both), paged by maxResults/nextToken.
 */
export function listTaskDefinitions(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  _ctx: RegistryContext,
): { taskDefinitionArns: string[]; nextToken?: string } {
  const params = checkParams(input, OPERATION_INPUTS.ListTaskDefinitions);
  const status = getString(params, 'status') ?? 'ACTIVE';
  checkEnum(status, ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'], 'status');
  const sort = getString(params, 'sort') ?? 'ASC';
  checkEnum(sort, ['ASC', 'DESC'], 'sort');
  const familyFilter = getString(params, 'familyPrefix');
  const matches: TaskDefinition[] = [];
  for (const [family, entry] of Object.entries(reg.families)) {
    if (familyFilter !== undefined && family !== familyFilter) continue;
    for (const td of Object.values(entry.revisions)) if (td.status === status) matches.push(td);
  }
  matches.sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.revision - b.revision));
  if (sort === 'DESC') matches.reverse();
  const { items, nextToken } = page(matches, 'taskDefinitions', params);
  const out: { taskDefinitionArns: string[]; nextToken?: string } = { taskDefinitionArns: items.map((td) => td.taskDefinitionArn) };
  if (nextToken !== undefined) out.nextToken = nextToken;
  return out;
}

/**
 * ListTaskDefinitionFamilies: family names starting with `familyPrefix`; `status` ACTIVE (default: families with
 * an ACTIVE revision), INACTIVE (families without one) or ALL; sorted by name.
 */
export function listTaskDefinitionFamilies(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  _ctx: RegistryContext,
): { families: string[]; nextToken?: string } {
  const params = checkParams(input, OPERATION_INPUTS.ListTaskDefinitionFamilies);
  const status = getString(params, 'status') ?? 'ACTIVE';
  checkEnum(status, ['ACTIVE', 'INACTIVE', 'ALL'], 'status');
  const prefix = getString(params, 'familyPrefix') ?? '';
  const families = Object.entries(reg.families)
    .filter(([family, entry]) => {
      const revisions = Object.values(entry.revisions);
      if (!family.startsWith(prefix) || revisions.length === 0) return false;
      const active = revisions.some((td) => td.status === 'ACTIVE');
      return status === 'ALL' || (status === 'ACTIVE') === active;
    })
    .map(([family]) => family)
    .sort();
  const { items, nextToken } = page(families, 'families', params);
  const out: { families: string[]; nextToken?: string } = { families: items };
  if (nextToken !== undefined) out.nextToken = nextToken;
  return out;
}

/** DeregisterTaskDefinition: marks `family:revision` INACTIVE (a bare family is refused: `Revision is missing.`). */
export function deregisterTaskDefinition(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  ctx: RegistryContext,
): { taskDefinition: TaskDefinition } {
  const params = checkParams(input, OPERATION_INPUTS.DeregisterTaskDefinition);
  const ref = params['taskDefinition'] as string;
  const parsed = parseTaskDefinitionRef(ref);
  if (parsed !== undefined && parsed.revision === undefined) throw new AwsError('ClientException', 'Revision is missing.');
  const td = resolveTaskDefinition(reg, ref, ctx);
  if (td === undefined) throw new AwsError('ClientException', 'The specified task definition does not exist.');
  // Deregistering twice is harmless: the revision simply stays INACTIVE with its first deregisteredAt.
  if (td.status === 'ACTIVE') {
    td.status = 'INACTIVE';
    td.deregisteredAt = formatAwsTimestamp(ctx.now);
  }
  return { taskDefinition: cloneJson(td) };
}

/**
 * DeleteTaskDefinitions: up to 10 INACTIVE revisions move to DELETE_IN_PROGRESS; those no task or service uses
 * (`ctx.isInUse`) disappear at once, the others when `purgeDeletedTaskDefinitions` later finds them unused.
 * Problems with single entries are reported in `failures`, not thrown.
 */
export function deleteTaskDefinitions(
  reg: TaskDefinitionRegistry,
  input: Record<string, unknown>,
  ctx: RegistryContext,
): { taskDefinitions: TaskDefinition[]; failures: { arn: string; reason: string; detail?: string }[] } {
  const params = checkParams(input, OPERATION_INPUTS.DeleteTaskDefinitions);
  const refs = params['taskDefinitions'] as string[];
  if (refs.length === 0 || refs.length > MAX_DELETE_BATCH) {
    throw new AwsError('InvalidParameterException', 'taskDefinitions must contain between 1 and 10 task definitions.');
  }
  const deleted: TaskDefinition[] = [];
  const failures: { arn: string; reason: string; detail?: string }[] = [];
  for (const ref of refs) {
    const parsed = parseTaskDefinitionRef(ref);
    if (parsed !== undefined && parsed.revision === undefined) {
      failures.push({ arn: ref, reason: 'Revision is missing.' });
      continue;
    }
    const td = resolveTaskDefinition(reg, ref, ctx);
    const arn = parsed === undefined ? ref : taskDefinitionArn(ctx.region, ctx.accountId, parsed.family, parsed.revision as number);
    if (td === undefined) {
      failures.push({ arn, reason: 'The specified task definition does not exist.' });
      continue;
    }
    if (td.status === 'ACTIVE') {
      failures.push({
        arn,
        reason: 'The specified task definition is still in ACTIVE status. Please deregister the target and try again.',
      });
      continue;
    }
    if (td.status === 'INACTIVE') {
      td.status = 'DELETE_IN_PROGRESS';
      td.deleteRequestedAt = formatAwsTimestamp(ctx.now);
    }
    deleted.push(cloneJson(td));
    if (!(ctx.isInUse?.(td.taskDefinitionArn) ?? false)) {
      const entry = getFamily(reg, td.family) as TaskDefinitionFamily;
      delete entry.revisions[String(td.revision)];
      if (entry.tags) delete entry.tags[String(td.revision)];
    }
  }
  return { taskDefinitions: deleted, failures };
}
