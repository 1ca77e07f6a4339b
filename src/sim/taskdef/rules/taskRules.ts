/**
 * Task-level rules that hold for every launch type: family name, container list, task cpu/memory forms, IAM role
 * ARNs, ephemeral storage and the essential-container requirement.
 */
import { DOCS, diagnostic } from '../diagnostic.ts';
import { FARGATE_TASK_CPU, parseTaskCpu, parseTaskMemory } from '../fargateSizing.ts';
import { getArray, getNumber, getObject, getString, has } from '../jsonAccess.ts';
import type { Rule } from './ruleContext.ts';

const CLIENT = 'ClientException';
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
// EC2 task sizes go from 128 units (.125 vCPU) to 196608 (192 vCPU). Fargate's go from 256 to 16384: outside that
// range AWS answers "Invalid 'cpu' setting" rather than "No Fargate configuration exists" (ecs-behaviour.md §9).
const EC2_TASK_CPU = { min: 128, max: 196608 };

/** `family-invalid`: the family name must be 1–255 letters, digits, `_` or `-`. */
export const familyRule: Rule = (ctx, out) => {
  const family = getString(ctx.doc, 'family');
  if (family !== undefined && !FAMILY.test(family)) {
    out.push(
      diagnostic(
        'error',
        'family-invalid',
        ['family'],
        'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
        DOCS.revisions,
        CLIENT,
      ),
    );
  }
};

/** `container-definitions-empty`: at least one container. */
export const containerListRule: Rule = (ctx, out) => {
  const list = getArray(ctx.doc, 'containerDefinitions');
  if (list !== undefined && list.length === 0) {
    out.push(
      diagnostic('error', 'container-definitions-empty', ['containerDefinitions'], 'Container list cannot be empty.', DOCS.anatomy, CLIENT),
    );
  }
};

/** `task-cpu-invalid` / `task-memory-invalid`: the task-level size strings must parse, and cpu be in range. */
export const taskSizeFormRule: Rule = (ctx, out) => {
  const cpuText = getString(ctx.doc, 'cpu');
  if (cpuText !== undefined) {
    const cpu = parseTaskCpu(cpuText);
    const range = ctx.fargate ? FARGATE_TASK_CPU : EC2_TASK_CPU;
    if (cpu === undefined || cpu < range.min || cpu > range.max) {
      out.push(diagnostic('error', 'task-cpu-invalid', ['cpu'], "Invalid 'cpu' setting for task.", DOCS.cpuMemory, CLIENT));
    }
  }
  const memoryText = getString(ctx.doc, 'memory');
  if (memoryText !== undefined && parseTaskMemory(memoryText) === undefined) {
    out.push(diagnostic('error', 'task-memory-invalid', ['memory'], "Invalid 'memory' setting for task.", DOCS.cpuMemory, CLIENT));
  }
};

/** `role-arn-invalid`: executionRoleArn and taskRoleArn must be IAM role ARNs. */
export const roleArnRule: Rule = (ctx, out) => {
  for (const key of ['taskRoleArn', 'executionRoleArn']) {
    const arn = getString(ctx.doc, key);
    if (arn !== undefined && !ROLE_ARN.test(arn)) {
      out.push(diagnostic('error', 'role-arn-invalid', [key], 'Role is not valid', DOCS.roles, CLIENT));
    }
  }
};

/** `ephemeral-storage-out-of-range`: sizeInGiB must be 21–200. */
export const ephemeralStorageRule: Rule = (ctx, out) => {
  const storage = getObject(ctx.doc, 'ephemeralStorage');
  const size = storage === undefined ? undefined : getNumber(storage, 'sizeInGiB');
  if (size === undefined) return;
  const path = ['ephemeralStorage', 'sizeInGiB'];
  if (size < 21) {
    out.push(diagnostic('error', 'ephemeral-storage-out-of-range', path, 'EphemeralStorage size should be at least 21', DOCS.ephemeralStorage, CLIENT));
  } else if (size > 200) {
    out.push(diagnostic('error', 'ephemeral-storage-out-of-range', path, 'EphemeralStorage size should be at most 200', DOCS.ephemeralStorage, CLIENT));
  }
};

/** `no-essential-container`: essential defaults to true, but not every container may set it to false. */
export const essentialContainerRule: Rule = (ctx, out) => {
  if (ctx.containers.length === 0) return;
  const anyEssential = ctx.containers.some((c) => !has(c.def, 'essential') || c.def['essential'] !== false);
  if (!anyEssential) {
    out.push(
      diagnostic(
        'error',
        'no-essential-container',
        ['containerDefinitions'],
        "Task definition doesn't have any essential container. At least one container must be marked essential.",
        DOCS.essential,
        CLIENT,
      ),
    );
  }
};
