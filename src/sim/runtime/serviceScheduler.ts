/**
 * The ECS service scheduler (reference §2): one pass per service whenever something changed.
 * A pass (1) accounts what happened to the service's tasks (start failures → throttle back-off and circuit
 * breaker; RUNNING/healthy → resets), (2) finds tasks to replace for failing health checks (after the grace
 * period; since-2023 behaviour: start the replacement first when maximumPercent leaves room), (3) launches
 * PRIMARY tasks within maximumPercent, (4) stops old-revision tasks while at least minimumHealthyPercent stay
 * healthy, (5) scales in, and (6) completes deployments and reports steady state. Rolling-update bounds:
 * L = ceil(desired × min / 100) healthy, U = floor(desired × max / 100) RUNNING-or-PENDING (reference §2.4).
 */
import { cloneJson } from './jsonClone.ts';
import { circuitBreakerThreshold, deploymentRollout } from '../machines/deploymentMachine.ts';
import { findFault } from './faults.ts';
import { ecsTasksCanAssume, findRole } from './iam.ts';
import { requestReconcile } from './reconcileRequest.ts';
import { deploymentId as newDeploymentId } from './rng.ts';
import {
  recordCondition,
  recordEvent,
  recordTaskBatch,
  resolveConditions,
  serviceMessages,
} from './serviceEvents.ts';
import type { DeploymentRecord, ServiceRecord, SimState, TaskRecord } from './state.ts';
import { createTask, stopTask, type TaskDefinitionLookup } from './taskLifecycle.ts';

/** The capacity error text (reference §6.1 A10). */
export const CAPACITY_UNAVAILABLE = 'Capacity is unavailable at this time. Please try again later or in a different availability zone';

/** Rolling-update bounds for a desired count. */
export function rollingBounds(desired: number, minimumHealthyPercent: number, maximumPercent: number): { lower: number; upper: number } {
  return {
    lower: Math.ceil((desired * minimumHealthyPercent) / 100),
    upper: Math.floor((desired * maximumPercent) / 100),
  };
}

/** Counted healthy toward minimumHealthyPercent (reference §1.2 "Counting toward minimumHealthyPercent"). */
export function countsAsHealthy(state: SimState, service: ServiceRecord, task: TaskRecord): boolean {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return false;
  const essentialCheck = task.containers.some((c) => c.essential && c.hasHealthCheck);
  if (service.loadBalancers.length > 0) {
    return task.target?.state === 'healthy' && (!essentialCheck || task.healthStatus === 'HEALTHY');
  }
  if (essentialCheck) return task.healthStatus === 'HEALTHY';
  return state.now - (task.startedAt ?? state.now) >= state.settings.healthyWithoutChecksMs;
}

/** A new PRIMARY deployment for the service's current task definition and network configuration. */
export function startDeployment(state: SimState, service: ServiceRecord): DeploymentRecord {
  for (const d of service.deployments) d.status = 'ACTIVE';
  const id = newDeploymentId(state);
  const deployment: DeploymentRecord = {
    id,
    status: 'PRIMARY',
    taskDefinitionArn: service.taskDefinitionArn,
    desiredCount: 0,
    failedTasks: 0,
    createdAt: state.now,
    updatedAt: state.now,
    rolloutState: deploymentRollout.initial,
    rolloutStateReason: `ECS deployment ${id} in progress.`,
    networkConfiguration: cloneJson(service.networkConfiguration),
    reachedRunning: false,
    replacementsOwed: 0,
  };
  service.deployments.unshift(deployment);
  service.startFailures = 0;
  service.throttledUntil = 0;
  resolveConditions(service);
  requestReconcile(state, service.key);
  return deployment;
}

function scaleActivityReason(task: TaskRecord): string {
  return `Scaling activity initiated by (deployment ${task.deploymentId ?? ''})`;
}

function stopByScheduler(state: SimState, service: ServiceRecord, task: TaskRecord, reason: string): void {
  if (task.desiredStatus !== 'RUNNING') return;
  // E3 names tasks the scheduler stopped while running; it precedes the deregistration/draining events.
  if (task.lastStatus === 'RUNNING' || task.lastStatus === 'ACTIVATING') recordTaskBatch(state, service, 'E3', task.id);
  stopTask(state, task, 'ServiceSchedulerInitiated', reason);
}

/** Counts a failed task against its deployment and trips the circuit breaker at the threshold. */
function countDeploymentFailure(state: SimState, service: ServiceRecord, deploymentId: string | undefined): void {
  const deployment = service.deployments.find((d) => d.id === deploymentId);
  if (!deployment) return;
  deployment.failedTasks++;
  deployment.updatedAt = state.now;
  const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
  const threshold = breaker.enable ? circuitBreakerThreshold(service.desiredCount, breaker.thresholdConfiguration) : 0;
  const next = deploymentRollout.next(deployment.rolloutState, {
    type: 'deployment.task.failed',
    failedTasks: deployment.failedTasks,
    threshold,
  });
  if (next !== 'FAILED' || deployment.rolloutState === 'FAILED') return;
  deployment.rolloutState = next;
  deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
  recordEvent(state, service, 'E10', serviceMessages.E10(service.name, deployment.id));
  if (!breaker.rollback || deployment.status !== 'PRIMARY') return;
  const target = service.deployments.find((d) => d !== deployment && d.rolloutState === 'COMPLETED');
  if (!target) return; // nothing to roll back to: the deployment stalls (reference §2.5)
  target.rolloutState = deploymentRollout.next(target.rolloutState, { type: 'deployment.rollback' });
  target.rolloutStateReason = `ECS deployment circuit breaker: rolling back to deploymentId ${target.id}.`;
  target.replacementsOwed = 0; // as PRIMARY it is topped up by the normal launch step
  target.updatedAt = state.now;
  for (const d of service.deployments) d.status = 'ACTIVE';
  target.status = 'PRIMARY';
  service.deployments = [target, ...service.deployments.filter((d) => d !== target)];
  service.taskDefinitionArn = target.taskDefinitionArn;
  service.startFailures = 0;
  service.throttledUntil = 0;
  recordEvent(state, service, 'E11', serviceMessages.E11(service.name, target.id));
}

function accountTask(state: SimState, service: ServiceRecord, task: TaskRecord): void {
  // Reached RUNNING (started containers and got past ACTIVATING): resets the throttle, arms breaker stage 2.
  if (!task.runningAccounted && task.startedAt !== undefined && task.lastStatus !== 'ACTIVATING') {
    task.runningAccounted = true;
    service.startFailures = 0;
    service.throttledUntil = 0;
    const d = service.deployments.find((x) => x.id === task.deploymentId);
    if (d) d.reachedRunning = true;
  }
  if (task.failureAccounted || task.desiredStatus !== 'STOPPED') return;
  if (task.stopCode === 'TaskFailedToStart' || task.stopCode === 'EssentialContainerExited') oweReplacement(service, task);
  if (task.stopCode === 'TaskFailedToStart') {
    task.failureAccounted = true;
    service.startFailures++;
    const reason = (task.stoppedReason ?? '').split(' status code:')[0]!;
    recordCondition(state, service, 'E13', serviceMessages.E13(service.name, reason));
    throttleIfNeeded(state, service);
    // Breaker stage 1 counts tasks that never reach RUNNING, until one of the deployment's tasks does.
    const d = service.deployments.find((x) => x.id === task.deploymentId);
    if (d && !d.reachedRunning) countDeploymentFailure(state, service, task.deploymentId);
  } else if (task.stopCode === 'EssentialContainerExited') {
    task.failureAccounted = true;
    countDeploymentFailure(state, service, task.deploymentId);
  }
}

/**
 * Since Nov 2025 a task of an older deployment that fails during a rollout is replaced with its own revision
 * (reference §1.2). A replacement that fails in turn is not replaced again, so a broken old revision cannot loop.
 */
function oweReplacement(service: ServiceRecord, task: TaskRecord): void {
  const d = service.deployments.find((x) => x.id === task.deploymentId);
  if (!d || d.status === 'PRIMARY' || d.rolloutState === 'FAILED' || task.replacement) return;
  d.replacementsOwed++;
}

function throttleIfNeeded(state: SimState, service: ServiceRecord): void {
  const { settings } = state;
  if (service.startFailures < settings.throttleAfterFailures) return;
  const exponent = service.startFailures - settings.throttleAfterFailures;
  const delay = Math.min(settings.throttleMaxMs, settings.throttleBaseMs * 2 ** Math.min(exponent, 20));
  service.throttledUntil = state.now + delay;
  recordCondition(state, service, 'E12', serviceMessages.E12(service.name));
}

/** Picks the subnet with the fewest of the service's active tasks (balances AZs); ties go to list order. */
function pickSubnet(subnets: readonly string[], perSubnet: Map<string, number>): string {
  let best = subnets[0] ?? '';
  let bestCount = Infinity;
  for (const s of subnets) {
    const n = perSubnet.get(s) ?? 0;
    if (n < bestCount) {
      best = s;
      bestCount = n;
    }
  }
  perSubnet.set(best, (perSubnet.get(best) ?? 0) + 1);
  return best;
}

/** One scheduler pass for a service. */
export function reconcileService(state: SimState, service: ServiceRecord, lookup: TaskDefinitionLookup): void {
  service.reconcilePending = false;
  if (service.wakeAt !== undefined && service.wakeAt <= state.now) delete service.wakeAt;
  const tasks: TaskRecord[] = [];
  for (const id of service.taskIds) {
    const t = state.tasks[id];
    if (t) tasks.push(t);
  }
  for (const t of tasks) accountTask(state, service, t);
  // STOPPED tasks have now been accounted for; the service keeps scanning only live ones.
  if (tasks.some((t) => t.lastStatus === 'STOPPED')) {
    service.taskIds = tasks.filter((t) => t.lastStatus !== 'STOPPED').map((t) => t.id);
  }

  if (service.status !== 'ACTIVE') {
    drainDeletedService(state, service, tasks);
    return;
  }

  const grace = (service.healthCheckGracePeriodSeconds ?? 0) * 1000;
  const active = tasks.filter((t) => t.desiredStatus === 'RUNNING');
  // Health bookkeeping and unhealthy detection.
  const unhealthy: TaskRecord[] = [];
  for (const t of active) {
    const healthy = countsAsHealthy(state, service, t);
    if (healthy && !t.countedHealthy) {
      const d = service.deployments.find((x) => x.id === t.deploymentId);
      if (d) d.failedTasks = 0; // resetOnHealthyTask (default true)
    }
    t.countedHealthy = healthy;
    if (t.lastStatus !== 'RUNNING') continue;
    if (!healthy && service.loadBalancers.length === 0 && !t.containers.some((c) => c.essential && c.hasHealthCheck)) {
      // Counted healthy 40 s after it started: look again then.
      requestReconcile(state, service.key, (t.startedAt ?? state.now) + state.settings.healthyWithoutChecksMs);
    }
    // Once the scheduler has marked a task unhealthy it is replaced, even if it recovers meanwhile.
    if (t.unhealthyKind) {
      unhealthy.push(t);
      continue;
    }
    const kind = t.healthStatus === 'UNHEALTHY' ? 'container' : t.target?.state === 'unhealthy' ? 'elb' : undefined;
    if (!kind) continue;
    const graceEnds = (t.startedAt ?? 0) + grace;
    if (state.now < graceEnds) {
      requestReconcile(state, service.key, graceEnds);
      continue;
    }
    t.unhealthySince = state.now;
    t.unhealthyKind = kind;
    unhealthy.push(t);
  }

  const primary = service.deployments[0];
  if (!primary) return;
  const desired = service.desiredCount;
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  const { lower, upper } = rollingBounds(desired, minimumHealthyPercent, maximumPercent);
  const unhealthySet = new Set(unhealthy);
  const isUnhealthy = (t: TaskRecord) => unhealthySet.has(t);
  let activeCount = active.length;
  let healthyCount = active.filter((t) => t.countedHealthy && !isUnhealthy(t)).length;
  const primaryTasks = active.filter((t) => t.deploymentId === primary.id);
  const oldTasks = active.filter((t) => t.deploymentId !== primary.id);

  // Replace unhealthy tasks: stop now when the replacement is ready or when maximumPercent leaves no headroom.
  const primaryHealthy = primaryTasks.filter((t) => t.countedHealthy && !isUnhealthy(t)).length;
  let replacementsNeeded = 0;
  for (const t of unhealthy) {
    const ready = primaryHealthy >= desired;
    if (ready || activeCount >= upper) {
      const tgArn = t.target?.targetGroupArn ?? '';
      if (t.unhealthyKind === 'container') {
        recordEvent(state, service, 'E4', serviceMessages.E4(service.name, t.id));
        stopByScheduler(state, service, t, 'Task failed container health checks');
      } else {
        recordEvent(
          state,
          service,
          'E5',
          serviceMessages.E5(service.name, t.id, t.target?.containerPort ?? 0, tgArn, t.target?.failureReason ?? 'Request timed out'),
        );
        stopByScheduler(state, service, t, `Task failed ELB health checks in (target-group ${tgArn})`);
      }
      t.failureAccounted = true;
      oweReplacement(service, t);
      countDeploymentFailure(state, service, t.deploymentId);
      activeCount--;
    } else {
      replacementsNeeded++;
    }
  }

  // Replace failed tasks of older deployments with their own revision, within maximumPercent.
  const current = service.deployments[0]!; // the breaker may have rolled back just now
  const launchedNow: TaskRecord[] = [];
  for (const d of service.deployments) {
    if (d === current || d.replacementsOwed <= 0) continue;
    const n = d.rolloutState === 'FAILED' || state.now < service.throttledUntil ? 0 : Math.min(d.replacementsOwed, upper - activeCount);
    const oldTd = n > 0 ? lookup(d.taskDefinitionArn) : undefined;
    if (!oldTd) continue;
    const perSubnet = new Map<string, number>();
    for (const t of active) perSubnet.set(t.subnetId, (perSubnet.get(t.subnetId) ?? 0) + 1);
    for (let i = 0; i < n; i++) {
      const task = createTask(state, {
        cluster: service.cluster,
        taskDefinition: oldTd,
        networkConfiguration: d.networkConfiguration,
        subnetId: pickSubnet(d.networkConfiguration.awsvpcConfiguration.subnets, perSubnet),
        serviceKey: service.key,
        deploymentId: d.id,
        startedBy: d.id,
        group: `service:${service.name}`,
        enableExecuteCommand: service.enableExecuteCommand,
        ...(service.loadBalancers[0] ? { loadBalancer: service.loadBalancers[0] } : {}),
        platformVersion: service.platformVersion,
        replacement: true,
      });
      service.taskIds.push(task.id);
      launchedNow.push(task);
      activeCount++;
      d.replacementsOwed--;
      recordTaskBatch(state, service, 'E2', task.id);
    }
  }

  // Launch PRIMARY tasks.
  const launchable = current.rolloutState !== 'FAILED';
  const currentTasks = active.filter((t) => t.deploymentId === current.id && t.desiredStatus === 'RUNNING' && !isUnhealthy(t));
  let toLaunch = Math.max(0, Math.min(desired - currentTasks.length, upper - activeCount));
  const surge = state.settings.deploymentSurgeLimit;
  if (surge !== null && oldTasks.some((t) => t.desiredStatus === 'RUNNING')) {
    toLaunch = Math.min(toLaunch, Math.max(0, desired + surge - activeCount));
  }
  if (!launchable) toLaunch = 0;
  if (toLaunch > 0 && state.now < service.throttledUntil) {
    requestReconcile(state, service.key, service.throttledUntil);
    toLaunch = 0;
  }
  if (toLaunch > 0 && service.launchType === 'EC2') {
    recordCondition(state, service, 'E18', serviceMessages.E18(service.name));
    toLaunch = 0;
  }
  const td = lookup(current.taskDefinitionArn);
  if (toLaunch > 0 && td) {
    const roleProblem = [td.executionRoleArn, td.taskRoleArn].find((arn) => arn && !ecsTasksCanAssume(findRole(state, arn)));
    if (roleProblem) {
      recordCondition(state, service, 'E16', serviceMessages.E16(service.name, roleProblem));
      toLaunch = 0;
    }
  }
  const subnets = current.networkConfiguration.awsvpcConfiguration.subnets;
  const oldReplacements = launchedNow.length;
  const perSubnet = new Map<string, number>();
  if (toLaunch > 0) for (const t of active) perSubnet.set(t.subnetId, (perSubnet.get(t.subnetId) ?? 0) + 1);
  for (let i = 0; i < toLaunch && td; i++) {
    const subnetId = pickSubnet(subnets, perSubnet);
    if (findFault(state, 'capacity-unavailable', { cluster: service.cluster, service: service.name, subnet: subnetId })) {
      recordCondition(state, service, 'E13', serviceMessages.E13(service.name, CAPACITY_UNAVAILABLE));
      service.startFailures++;
      throttleIfNeeded(state, service);
      if (state.now >= service.throttledUntil) {
        requestReconcile(state, service.key, state.now + state.settings.throttleBaseMs);
      } else {
        requestReconcile(state, service.key, service.throttledUntil);
      }
      break;
    }
    const task = createTask(state, {
      cluster: service.cluster,
      taskDefinition: td,
      networkConfiguration: current.networkConfiguration,
      subnetId,
      serviceKey: service.key,
      deploymentId: current.id,
      startedBy: current.id,
      group: `service:${service.name}`,
      enableExecuteCommand: service.enableExecuteCommand,
      ...(service.loadBalancers[0] ? { loadBalancer: service.loadBalancers[0] } : {}),
      platformVersion: service.platformVersion,
    });
    service.taskIds.push(task.id);
    launchedNow.push(task);
    activeCount++;
    const replaced = replacementsNeeded > 0 ? 1 : 0;
    replacementsNeeded -= replaced;
    recordTaskBatch(state, service, replaced ? 'E2b' : 'E2', task.id, replaced);
  }

  // Stop old-revision tasks: not-yet-healthy ones at once, healthy ones (oldest first) only while L stays
  // healthy. `active` is in launch order, so no sorting is needed.
  if (launchable || current !== primary) {
    const healthyOld: TaskRecord[] = [];
    for (const t of active) {
      if (t.deploymentId === current.id || t.desiredStatus !== 'RUNNING') continue;
      if (t.countedHealthy && !isUnhealthy(t)) {
        healthyOld.push(t);
        continue;
      }
      if (t.replacement && !isUnhealthy(t)) continue; // stopped like the others once healthy
      stopByScheduler(state, service, t, scaleActivityReason(t));
      activeCount--;
    }
    const stoppable = Math.min(healthyOld.length, healthyCount - lower);
    for (let i = 0; i < stoppable; i++) {
      const t = healthyOld[i]!;
      stopByScheduler(state, service, t, scaleActivityReason(t));
      healthyCount--;
      activeCount--;
    }
  }

  // Scale in surplus PRIMARY tasks (desiredCount lowered): least healthy and newest first.
  const primaryActive = active.filter((t) => t.deploymentId === current.id && t.desiredStatus === 'RUNNING' && !isUnhealthy(t));
  const surplus = primaryActive.length + (launchedNow.length - oldReplacements) - desired;
  if (surplus > 0) {
    const victims = primaryActive
      .sort((a, b) => Number(a.countedHealthy) - Number(b.countedHealthy) || b.createdAt - a.createdAt)
      .slice(0, surplus);
    for (const t of victims) {
      stopByScheduler(state, service, t, scaleActivityReason(t));
      activeCount--;
    }
  }

  // Deployments whose tasks have all stopped are dropped; report a configuration that cannot move.
  service.deployments = service.deployments.filter(
    (d) => d.status === 'PRIMARY' || tasks.some((t) => t.deploymentId === d.id && t.lastStatus !== 'STOPPED'),
  );
  const stillOld = active.filter((t) => t.deploymentId !== current.id && t.desiredStatus === 'RUNNING');
  if (stillOld.length > 0 && upper <= desired && lower >= desired && current.rolloutState === 'IN_PROGRESS') {
    recordCondition(state, service, 'E14', serviceMessages.E14(service.name));
  }

  const live = tasks.filter((t) => t.desiredStatus === 'RUNNING');
  const liveCurrent = live.filter((t) => t.deploymentId === current.id);
  current.desiredCount = current.rolloutState === 'IN_PROGRESS' ? Math.min(desired, liveCurrent.length) : desired;
  for (const d of service.deployments) {
    if (d !== current) d.desiredCount = live.filter((t) => t.deploymentId === d.id).length;
  }

  // Completion and steady state.
  const allHealthy = live.length === desired && live.every((t) => t.countedHealthy && !isUnhealthy(t));
  if (current.rolloutState === 'IN_PROGRESS' && service.deployments.length === 1 && allHealthy && liveCurrent.length === desired) {
    current.rolloutState = deploymentRollout.next(current.rolloutState, { type: 'deployment.steady' });
    current.rolloutStateReason = `ECS deployment ${current.id} completed.`;
    current.desiredCount = desired;
    current.updatedAt = state.now;
    recordEvent(state, service, 'E9', serviceMessages.E9(service.name, current.id));
  }
  if (current.rolloutState === 'COMPLETED' && service.deployments.length === 1 && allHealthy) {
    recordEvent(state, service, 'E1', serviceMessages.E1(service.name));
    resolveConditions(service);
    const lastSteady = service.events[0]?.code === 'E1' ? service.events[0].createdAt : state.now;
    requestReconcile(state, service.key, lastSteady + state.settings.eventSuppressionMs);
  }
}

function drainDeletedService(state: SimState, service: ServiceRecord, tasks: readonly TaskRecord[]): void {
  for (const t of tasks) {
    if (t.desiredStatus === 'RUNNING') stopByScheduler(state, service, t, scaleActivityReason(t));
  }
  if (service.status === 'DRAINING' && tasks.every((t) => t.lastStatus === 'STOPPED' || t.lastStatus === 'DEPROVISIONING' || t.lastStatus === 'STOPPING')) {
    service.status = 'INACTIVE';
    service.deployments = [];
  }
}
