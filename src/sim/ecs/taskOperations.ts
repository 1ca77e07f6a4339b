/** RunTask, StopTask, ListTasks, DescribeTasks. */
import type { Engine } from '../runtime/engineContext.ts';
import { findFault } from '../runtime/faults.ts';
import { ecsTasksCanAssume, findRole } from '../runtime/iam.ts';
import { intBetween } from '../runtime/rng.ts';
import { CAPACITY_UNAVAILABLE } from '../runtime/serviceScheduler.ts';
import type { TaskRecord } from '../runtime/state.ts';
import { createTask, stopTask } from '../runtime/taskLifecycle.ts';
import { requireCluster } from './clusterOperations.ts';
import { ecsErrors } from './ecsErrors.ts';
import { bool, clusterName, num, obj, page, str, strings, taskIdOf } from './inputs.ts';
import { requestedLaunchType, resolveForLaunch, validateLaunch } from './launchValidation.ts';
import { renderTask } from './render.ts';

/** Starts standalone tasks (no scheduler: they are not replaced and keep running when UNHEALTHY). */
export function runTask(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const td = resolveForLaunch(engine, str(input, 'taskDefinition'), 'InvalidParameterException');
  const launchType = requestedLaunchType(input);
  const network = validateLaunch(engine, td, launchType, input['networkConfiguration']);
  if (launchType !== 'FARGATE') throw ecsErrors.noContainerInstances();
  const count = num(input, 'count') ?? 1;
  if (count < 1 || count > 10) throw ecsErrors.countOutOfRange();
  for (const arn of [td.executionRoleArn, td.taskRoleArn]) {
    if (arn && !ecsTasksCanAssume(findRole(state, arn))) throw ecsErrors.unableToAssumeRole(arn);
  }
  const subnets = network.awsvpcConfiguration.subnets;
  const offset = intBetween(state, 0, Math.max(0, subnets.length - 1));
  const tasks: unknown[] = [];
  const failures: unknown[] = [];
  const tags = Array.isArray(input['tags']) ? (input['tags'] as { key: string; value: string }[]) : [];
  const overrides = obj(input, 'overrides');
  const containerOverrides = Array.isArray(overrides?.['containerOverrides'])
    ? (overrides['containerOverrides'] as { name: string; command?: string[]; environment?: { name: string; value: string }[] }[])
    : undefined;
  for (const o of containerOverrides ?? []) {
    if (!td.containerDefinitions.some((c) => c.name === o.name)) throw ecsErrors.overrideContainerMissing(o.name);
  }
  const cpu = typeof overrides?.['cpu'] === 'string' ? overrides['cpu'] : undefined;
  const memory = typeof overrides?.['memory'] === 'string' ? overrides['memory'] : undefined;
  for (let i = 0; i < count; i++) {
    const subnetId = subnets[(offset + i) % subnets.length]!;
    if (findFault(state, 'capacity-unavailable', { cluster: cluster.name, subnet: subnetId })) {
      failures.push({ reason: CAPACITY_UNAVAILABLE });
      continue;
    }
    const startedBy = str(input, 'startedBy');
    const task = createTask(state, {
      cluster: cluster.name,
      taskDefinition: td,
      networkConfiguration: network,
      subnetId,
      ...(startedBy ? { startedBy } : {}),
      group: str(input, 'group') ?? `family:${td.family}`,
      enableExecuteCommand: bool(input, 'enableExecuteCommand') ?? false,
      platformVersion: str(input, 'platformVersion') ?? 'LATEST',
      tags,
      ...(containerOverrides ? { containerOverrides } : {}),
      ...(cpu ? { cpu } : {}),
      ...(memory ? { memory } : {}),
    });
    tasks.push(renderTask(state, task));
  }
  return { tasks, failures };
}

/** The task named by id or ARN in a cluster, or undefined. */
export function findTask(engine: Engine, cluster: string, ref: string): TaskRecord | undefined {
  const t = engine.state.tasks[taskIdOf(ref)];
  return t && t.cluster === cluster ? t : undefined;
}

/** Stops a task: desiredStatus STOPPED, stopCode UserInitiated, reason `Task stopped by user` or the given text. */
export function stopTaskOperation(engine: Engine, input: Record<string, unknown>): unknown {
  const cluster = requireCluster(engine.state, str(input, 'cluster'));
  const ref = str(input, 'task');
  if (!ref) throw ecsErrors.missingParameter('task');
  const task = findTask(engine, cluster.name, ref);
  if (!task) throw ecsErrors.taskNotFound();
  stopTask(engine.state, task, 'UserInitiated', str(input, 'reason') ?? 'Task stopped by user');
  return { task: renderTask(engine.state, task) };
}

/** Lists task ARNs; desiredStatus defaults to RUNNING (which includes PROVISIONING/PENDING tasks). */
export function listTasks(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const serviceRef = str(input, 'serviceName');
  let serviceKey: string | undefined;
  if (serviceRef) {
    const name = serviceRef.split('/').pop()!;
    serviceKey = `${cluster.name}/${name}`;
    if (!state.services[serviceKey]) throw ecsErrors.serviceNotFound();
  }
  const desired = str(input, 'desiredStatus') ?? 'RUNNING';
  const family = str(input, 'family');
  const startedBy = str(input, 'startedBy');
  const launchType = str(input, 'launchType');
  const arns = Object.values(state.tasks)
    .filter(
      (t) =>
        t.cluster === cluster.name &&
        t.desiredStatus === desired &&
        (!serviceKey || t.serviceKey === serviceKey) &&
        (!family || t.family === family) &&
        (!startedBy || t.startedBy === startedBy) &&
        (!launchType || t.launchType === launchType),
    )
    .map((t) => t.arn);
  const p = page(arns, input);
  return { taskArns: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
}

/** Describes up to 100 tasks; unknown ones are failures with reason MISSING. */
export function describeTasks(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const refs = strings(input, 'tasks');
  if (refs.length === 0) throw ecsErrors.missingParameter('tasks');
  if (refs.length > 100) throw ecsErrors.tooManyTasks();
  const tasks: unknown[] = [];
  const failures: unknown[] = [];
  for (const ref of refs) {
    const t = findTask(engine, cluster.name, ref);
    if (t) tasks.push(renderTask(state, t));
    else
      failures.push({
        arn: ref.startsWith('arn:') ? ref : `arn:aws:ecs:${state.account.region}:${state.account.accountId}:task/${clusterName(cluster.name)}/${ref}`,
        reason: 'MISSING',
      });
  }
  return { tasks, failures };
}
