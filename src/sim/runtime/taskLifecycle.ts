/**
 * Drives tasks through the Fargate lifecycle: creates task records, schedules their timed events, applies
 * the task statechart, records timestamps, runs container health checks and ALB target health checks, and
 * stops tasks (draining, SIGTERM, ENI release). It never decides *whether* to start or stop a service task:
 * that is the service scheduler's job; it only tells the scheduler that something changed.
 */
import { containerHealth, taskHealthFromContainers } from '../machines/containerHealthMachine.ts';
import { taskLifecycle, type TaskLifecycleEvent, type TaskLifecycleState } from '../machines/taskLifecycleMachine.ts';
import { schedule } from './eventQueue.ts';
import { findFault, numberOption } from './faults.ts';
import { checkTaskStart } from './prestartChecks.ts';
import { requestReconcile } from './reconcileRequest.ts';
import { hex, intBetween, taskId as newTaskId, uuid } from './rng.ts';
import { recordTargetBatch } from './serviceEvents.ts';
import type { ContainerRecord, LoadBalancerRef, NetworkConfiguration, ScheduledEvent, SimState, TargetRecord, TaskRecord } from './state.ts';
import { containerPorts, healthCheckSettings, type TaskDefinitionView } from './taskDefinitionView.ts';

/** What to start. */
export interface TaskLaunch {
  cluster: string;
  taskDefinition: TaskDefinitionView;
  networkConfiguration: NetworkConfiguration;
  subnetId: string;
  serviceKey?: string;
  deploymentId?: string;
  startedBy?: string;
  group: string;
  enableExecuteCommand: boolean;
  loadBalancer?: LoadBalancerRef;
  platformVersion: string;
  tags?: { key: string; value: string }[];
  /** RunTask container overrides. */
  containerOverrides?: NonNullable<TaskRecord['containerOverrides']>;
  /** Replaces a failed task of an older deployment. */
  replacement?: boolean;
  /** RunTask task-level cpu/memory overrides. */
  cpu?: string;
  memory?: string;
}

function ipFor(state: SimState, subnetId: string): string {
  const subnet = state.resources.subnets.find((s) => s.id === subnetId);
  const base = (subnet?.cidrBlock ?? '10.0.0.0/24').split('/')[0]!.split('.').map(Number);
  const host = (state.subnetNextHost[subnetId] ?? 10) + 1;
  state.subnetNextHost[subnetId] = host;
  const n = (((base[0] ?? 10) << 24) | ((base[1] ?? 0) << 16) | ((base[2] ?? 0) << 8) | (base[3] ?? 0)) + host;
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Free IPs left in a subnet (scenario count minus ENIs in use; 0 under the subnet-ip-exhausted fault). */
export function freeIps(state: SimState, subnetId: string): number {
  const subnet = state.resources.subnets.find((s) => s.id === subnetId);
  if (!subnet) return 0;
  if (findFault(state, 'subnet-ip-exhausted', { subnet: subnetId })) return 0;
  return subnet.availableIpAddressCount - (state.subnetIpsInUse[subnetId] ?? 0);
}

// Every member of a task record, optional ones as undefined (JSON drops them), in one fixed order. Records
// built from these templates share one object shape, which keeps the scheduler's scans over thousands of
// tasks fast; restored snapshots are reshaped the same way so later assignments land in the same key order
// (snapshot bytes stay identical to never having snapshotted).
const CONTAINER_SHAPE: Record<keyof ContainerRecord, undefined> = {
  name: undefined,
  arn: undefined,
  image: undefined,
  essential: undefined,
  lastStatus: undefined,
  healthStatus: undefined,
  hasHealthCheck: undefined,
  failedProbes: undefined,
  exitCode: undefined,
  reason: undefined,
  imageDigest: undefined,
  runtimeId: undefined,
  startedAt: undefined,
  cpu: undefined,
  memory: undefined,
  ports: undefined,
};
const TARGET_SHAPE: Record<keyof TargetRecord, undefined> = {
  targetGroupArn: undefined,
  containerName: undefined,
  containerPort: undefined,
  state: undefined,
  consecutivePassed: undefined,
  consecutiveFailed: undefined,
  generation: undefined,
  failureReason: undefined,
};
const TASK_SHAPE: Record<keyof TaskRecord, undefined> = {
  id: undefined,
  arn: undefined,
  cluster: undefined,
  serviceKey: undefined,
  deploymentId: undefined,
  startedBy: undefined,
  group: undefined,
  taskDefinitionArn: undefined,
  family: undefined,
  revision: undefined,
  launchType: undefined,
  platformVersion: undefined,
  cpu: undefined,
  memory: undefined,
  lastStatus: undefined,
  desiredStatus: undefined,
  healthStatus: undefined,
  containers: undefined,
  subnetId: undefined,
  availabilityZone: undefined,
  privateIp: undefined,
  eniId: undefined,
  macAddress: undefined,
  attachmentId: undefined,
  securityGroups: undefined,
  assignPublicIp: undefined,
  enableExecuteCommand: undefined,
  version: undefined,
  createdAt: undefined,
  connectivityAt: undefined,
  pullStartedAt: undefined,
  pullStoppedAt: undefined,
  startedAt: undefined,
  stoppingAt: undefined,
  executionStoppedAt: undefined,
  stoppedAt: undefined,
  stopCode: undefined,
  stoppedReason: undefined,
  unhealthySince: undefined,
  unhealthyKind: undefined,
  countedHealthy: undefined,
  probeGeneration: undefined,
  target: undefined,
  containerOverrides: undefined,
  startFailure: undefined,
  failureAccounted: undefined,
  runningAccounted: undefined,
  replacement: undefined,
  tags: undefined,
};

/** A task record (new, or parsed from a snapshot) in the canonical key order. */
export function shapeTask(task: TaskRecord): TaskRecord {
  return {
    ...TASK_SHAPE,
    ...task,
    containers: task.containers.map((c) => ({ ...CONTAINER_SHAPE, ...c })),
    target: task.target ? { ...TARGET_SHAPE, ...task.target } : undefined,
  } as TaskRecord;
}

/** Creates a task in PROVISIONING and schedules its next step. */
export function createTask(state: SimState, launch: TaskLaunch): TaskRecord {
  const td = launch.taskDefinition;
  const id = newTaskId(state);
  const { accountId, region } = state.account;
  const subnet = state.resources.subnets.find((s) => s.id === launch.subnetId);
  const arn = `arn:aws:ecs:${region}:${accountId}:task/${launch.cluster}/${id}`;
  const hasIp = freeIps(state, launch.subnetId) > 0;
  const task: TaskRecord = shapeTask({
    id,
    arn,
    cluster: launch.cluster,
    serviceKey: launch.serviceKey,
    deploymentId: launch.deploymentId,
    startedBy: launch.startedBy,
    group: launch.group,
    taskDefinitionArn: td.taskDefinitionArn,
    family: td.family,
    revision: td.revision,
    launchType: 'FARGATE',
    platformVersion: launch.platformVersion === 'LATEST' ? '1.4.0' : launch.platformVersion,
    cpu: launch.cpu ?? td.cpu ?? '256',
    memory: launch.memory ?? td.memory ?? '512',
    lastStatus: taskLifecycle.initial,
    desiredStatus: 'RUNNING',
    healthStatus: 'UNKNOWN',
    containers: td.containerDefinitions.map((c) => ({
      name: c.name,
      arn: `arn:aws:ecs:${region}:${accountId}:container/${launch.cluster}/${id}/${uuid(state)}`,
      image: c.image,
      essential: c.essential !== false,
      lastStatus: 'PENDING' as const,
      healthStatus: 'UNKNOWN' as const,
      hasHealthCheck: !!c.healthCheck,
      failedProbes: 0,
      cpu: c.cpu ?? 0,
      memory: c.memory,
      ports: containerPorts(c),
    })),
    subnetId: launch.subnetId,
    availabilityZone: subnet?.availabilityZone ?? `${region}a`,
    privateIp: hasIp ? ipFor(state, launch.subnetId) : '',
    eniId: `eni-${hex(state, 17)}`,
    macAddress: Array.from({ length: 6 }, (_, i) => (i === 0 ? '0e' : hex(state, 2))).join(':'),
    attachmentId: uuid(state),
    securityGroups: launch.networkConfiguration.awsvpcConfiguration.securityGroups,
    assignPublicIp: launch.networkConfiguration.awsvpcConfiguration.assignPublicIp,
    enableExecuteCommand: launch.enableExecuteCommand,
    version: 1,
    createdAt: state.now,
    countedHealthy: false,
    probeGeneration: 0,
    target: launch.loadBalancer
      ? {
          targetGroupArn: launch.loadBalancer.targetGroupArn,
          containerName: launch.loadBalancer.containerName,
          containerPort: launch.loadBalancer.containerPort,
          state: 'unused' as const,
          consecutivePassed: 0,
          consecutiveFailed: 0,
          generation: 0,
        }
      : undefined,
    containerOverrides: launch.containerOverrides,
    failureAccounted: false,
    runningAccounted: false,
    replacement: launch.replacement,
    tags: launch.tags ?? [],
  });
  state.tasks[id] = task;
  if (hasIp) {
    state.subnetIpsInUse[launch.subnetId] = (state.subnetIpsInUse[launch.subnetId] ?? 0) + 1;
    at(state, state.now + state.settings.provisioningMs, task, 'task.provisioned');
  } else {
    // The ENI cannot be created: the task dies in PROVISIONING (reference §6.1 A11). [I] message body.
    task.startFailure = `ResourceInitializationError: failed to create the task ENI: InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet '${launch.subnetId}' to satisfy the requested number of instances.`;
    at(state, state.now + state.settings.provisioningMs, task, 'task.start.failed');
  }
  return task;
}

/** Queues a lifecycle event for `task` at `when`. */
function at(state: SimState, when: number, task: TaskRecord, event: TaskLifecycleEvent['type']): void {
  // Tagged with the state it is meant for: if the task has moved on by then (stopped), it is dropped.
  schedule(state, when, { kind: 'task', taskId: task.id, from: task.lastStatus, event });
}

/** Applies the task statechart; true when the task changed state (and its version was bumped). */
function move(task: TaskRecord, event: TaskLifecycleEvent['type']): boolean {
  const next: TaskLifecycleState = taskLifecycle.next(task.lastStatus, { type: event } as TaskLifecycleEvent);
  if (next === task.lastStatus) return false;
  task.lastStatus = next;
  task.version++;
  return true;
}

const START_PROGRESS: ReadonlySet<TaskLifecycleEvent['type']> = new Set(['task.provisioned', 'task.containers.started', 'task.activated']);

/** The task definition a task runs (any status). */
export type TaskDefinitionLookup = (arn: string) => TaskDefinitionView | undefined;

/** Applies a queued lifecycle event (ignored when the task has moved on since it was scheduled). */
export function onTaskEvent(state: SimState, ev: Extract<ScheduledEvent, { kind: 'task' }>, lookup: TaskDefinitionLookup): void {
  const task = state.tasks[ev.taskId];
  if (!task) return;
  if (ev.event === 'task.stop') {
    beginStop(state, task);
    return;
  }
  if (task.lastStatus !== ev.from) return;
  // A task asked to stop makes no further progress towards RUNNING.
  if (task.desiredStatus === 'STOPPED' && START_PROGRESS.has(ev.event)) return;
  const { settings } = state;
  switch (ev.event) {
    case 'task.provisioned': {
      if (!move(task, 'task.provisioned')) return;
      task.connectivityAt = state.now;
      const td = lookup(task.taskDefinitionArn);
      const failure = td ? checkTaskStart(state, task, td) : undefined;
      if (failure) {
        if (failure.pullStarted) task.pullStartedAt = state.now;
        task.startFailure = failure.reason;
        if (failure.container) {
          const c = task.containers.find((x) => x.name === failure.container);
          if (c && failure.containerReason) c.reason = failure.containerReason;
        }
        at(state, state.now + failure.afterMs, task, 'task.start.failed');
        return;
      }
      task.pullStartedAt = state.now;
      const pull = intBetween(state, settings.pullMinMs, settings.pullMaxMs);
      task.pullStoppedAt = state.now + pull;
      at(state, state.now + pull + settings.containerStartMs, task, 'task.containers.started');
      return;
    }
    case 'task.containers.started': {
      if (!move(task, 'task.containers.started')) return;
      task.startedAt = state.now;
      for (const c of task.containers) {
        c.lastStatus = 'RUNNING';
        c.startedAt = state.now;
        c.imageDigest = `sha256:${hex(state, 64)}`;
        c.runtimeId = `${task.id}-${intBetween(state, 1000000000, 4294967295)}`;
      }
      if (task.target && task.serviceKey) {
        task.target.state = 'initial';
        const service = state.services[task.serviceKey];
        if (service) recordTargetBatch(state, service, 'E6', task.target.targetGroupArn);
      }
      at(state, state.now + settings.activatingMs, task, 'task.activated');
      requestReconcile(state, task.serviceKey);
      return;
    }
    case 'task.activated': {
      if (!move(task, 'task.activated')) return;
      const td = lookup(task.taskDefinitionArn);
      armHealthProbes(state, task, td, true);
      if (task.target) scheduleTargetCheck(state, task);
      armExitFaults(state, task);
      requestReconcile(state, task.serviceKey);
      return;
    }
    case 'task.start.failed': {
      if (!move(task, 'task.start.failed')) return;
      if (task.desiredStatus !== 'STOPPED') {
        task.desiredStatus = 'STOPPED';
        task.stopCode = 'TaskFailedToStart';
        task.stoppedReason = task.startFailure ?? 'Task failed to start';
        task.stoppingAt = state.now;
      }
      task.executionStoppedAt = state.now;
      for (const c of task.containers) c.lastStatus = 'STOPPED';
      at(state, state.now + settings.deprovisioningMs, task, 'task.deprovisioned');
      requestReconcile(state, task.serviceKey);
      return;
    }
    case 'task.deactivated': {
      if (!move(task, 'task.deactivated')) return;
      if (task.target) task.target.state = 'unused';
      const td = lookup(task.taskDefinitionArn);
      const timeout = Math.max(...(td?.containerDefinitions.map((c) => (c.stopTimeout ?? 30) * 1000) ?? [30_000]));
      at(state, state.now + Math.min(settings.containerStopMs, timeout), task, 'task.containers.stopped');
      return;
    }
    case 'task.containers.stopped': {
      if (!move(task, 'task.containers.stopped')) return;
      for (const c of task.containers) {
        if (c.lastStatus !== 'STOPPED') {
          c.lastStatus = 'STOPPED';
          c.exitCode = settings.sigtermExitCode;
        }
      }
      task.executionStoppedAt = state.now;
      at(state, state.now + settings.deprovisioningMs, task, 'task.deprovisioned');
      return;
    }
    case 'task.deprovisioned': {
      if (!move(task, 'task.deprovisioned')) return;
      task.stoppedAt = state.now;
      task.healthStatus = task.healthStatus === 'HEALTHY' ? 'UNKNOWN' : task.healthStatus;
      if (task.privateIp) {
        state.subnetIpsInUse[task.subnetId] = Math.max(0, (state.subnetIpsInUse[task.subnetId] ?? 1) - 1);
      }
      schedule(state, state.now + settings.stoppedTaskRetentionMs, { kind: 'task.purge', taskId: task.id });
      requestReconcile(state, task.serviceKey);
      return;
    }
    default:
      return;
  }
}

/**
 * Stops a task: desiredStatus STOPPED at once with stopCode/stoppedReason/stoppingAt while lastStatus
 * catches up a moment later (reference §1.1), then DEACTIVATING (ALB draining for the target group's
 * deregistration delay), STOPPING, DEPROVISIONING, STOPPED. Returns false when the task was already stopping.
 */
export function stopTask(state: SimState, task: TaskRecord, stopCode: NonNullable<TaskRecord['stopCode']>, reason: string): boolean {
  if (task.desiredStatus === 'STOPPED') return false;
  task.desiredStatus = 'STOPPED';
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  task.stoppingAt = state.now;
  task.probeGeneration++;
  if (task.target) task.target.generation++;
  task.version++;
  schedule(state, state.now + state.settings.stopAcknowledgeMs, { kind: 'task', taskId: task.id, from: task.lastStatus, event: 'task.stop' });
  return true;
}

/** The stop request reaches the task: leave the start path, or deregister and drain. */
function beginStop(state: SimState, task: TaskRecord): void {
  const before = task.lastStatus;
  if (!move(task, 'task.stop')) return;
  if (before === 'PROVISIONING' || before === 'PENDING') {
    task.executionStoppedAt = state.now;
    for (const c of task.containers) c.lastStatus = 'STOPPED';
    at(state, state.now + state.settings.deprovisioningMs, task, 'task.deprovisioned');
    return;
  }
  // ACTIVATING/RUNNING → DEACTIVATING: deregister from the target group and drain.
  let drainMs = 0;
  if (task.target && task.target.state !== 'unused') {
    const tg = state.resources.targetGroups.find((g) => g.arn === task.target!.targetGroupArn);
    drainMs = (tg?.deregistrationDelaySeconds ?? 300) * 1000;
    task.target.state = 'draining';
    task.target.generation++;
    const service = task.serviceKey ? state.services[task.serviceKey] : undefined;
    if (service) {
      recordTargetBatch(state, service, 'E7', task.target.targetGroupArn);
      recordTargetBatch(state, service, 'E8', task.deploymentId ?? '');
    }
  }
  at(state, state.now + drainMs, task, 'task.deactivated');
}

/** Arms container health probes: first probe one interval after start (reference §1.2 timing model). */
export function armHealthProbes(state: SimState, task: TaskRecord, td: TaskDefinitionView | undefined, initial: boolean): void {
  if (!td || task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return;
  task.probeGeneration++;
  for (const c of task.containers) {
    const def = td.containerDefinitions.find((d) => d.name === c.name);
    if (!def?.healthCheck || c.lastStatus !== 'RUNNING') continue;
    const { interval } = healthCheckSettings(def.healthCheck);
    const first = initial ? (c.startedAt ?? state.now) + interval * 1000 : state.now + interval * 1000;
    schedule(state, Math.max(first, state.now), {
      kind: 'health.probe',
      taskId: task.id,
      container: c.name,
      generation: task.probeGeneration,
    });
  }
}

function probeCommandPort(command: readonly string[]): number | undefined {
  const m = /localhost:(\d+)/.exec(command.join(' ')) ?? /127\.0\.0\.1:(\d+)/.exec(command.join(' '));
  return m ? Number(m[1]) : undefined;
}

/** Runs one container health probe. Healthy containers stop being probed until something could change. */
export function onHealthProbe(state: SimState, ev: Extract<ScheduledEvent, { kind: 'health.probe' }>, lookup: TaskDefinitionLookup): void {
  const task = state.tasks[ev.taskId];
  if (!task || task.probeGeneration !== ev.generation || task.lastStatus !== 'RUNNING') return;
  const container = task.containers.find((c) => c.name === ev.container);
  const def = lookup(task.taskDefinitionArn)?.containerDefinitions.find((d) => d.name === ev.container);
  if (!container || !def?.healthCheck || container.lastStatus !== 'RUNNING') return;
  const hc = healthCheckSettings(def.healthCheck);
  const port = probeCommandPort(def.healthCheck.command);
  const wrongPort = port !== undefined && !container.ports.includes(port);
  const fault = findFault(state, 'health-check-failing', {
    cluster: task.cluster,
    service: task.serviceKey?.split('/')[1],
    image: container.image,
  });
  const failing = wrongPort || (!!fault && fault.options['check'] !== 'elb');
  const inStartPeriod = state.now < (container.startedAt ?? 0) + hc.startPeriod * 1000;
  const before = container.healthStatus;
  if (failing) {
    if (!inStartPeriod) container.failedProbes++;
    container.healthStatus = containerHealth.next(container.healthStatus, {
      type: 'health.probe.failed',
      countedFailures: container.failedProbes,
      retries: hc.retries,
    });
  } else {
    container.failedProbes = 0;
    container.healthStatus = containerHealth.next(container.healthStatus, { type: 'health.probe.passed' });
  }
  const taskHealth = taskHealthFromContainers(task.containers);
  if (taskHealth !== task.healthStatus || before !== container.healthStatus) {
    task.healthStatus = taskHealth;
    task.version++;
    requestReconcile(state, task.serviceKey);
  }
  if (!(container.healthStatus === 'HEALTHY' && !failing)) {
    schedule(state, state.now + hc.interval * 1000, { ...ev });
  }
}

/** Schedules the next ALB health check of a task's target. */
export function scheduleTargetCheck(state: SimState, task: TaskRecord): void {
  if (!task.target) return;
  const tg = state.resources.targetGroups.find((g) => g.arn === task.target!.targetGroupArn);
  const interval = (tg?.healthCheckIntervalSeconds ?? 30) * 1000;
  schedule(state, state.now + interval, { kind: 'target.check', taskId: task.id, generation: task.target.generation });
}

/** Runs one ALB health check against a task's target. */
export function onTargetCheck(state: SimState, ev: Extract<ScheduledEvent, { kind: 'target.check' }>): void {
  const task = state.tasks[ev.taskId];
  const target = task?.target;
  if (!task || !target || target.generation !== ev.generation || task.lastStatus !== 'RUNNING') return;
  const tg = state.resources.targetGroups.find((g) => g.arn === target.targetGroupArn);
  const container = task.containers.find((c) => c.name === target.containerName);
  const fault = findFault(state, 'health-check-failing', {
    cluster: task.cluster,
    service: task.serviceKey?.split('/')[1],
    image: container?.image,
  });
  const codes = tg?.healthCheckCodes ?? [200];
  const listening = !!container && container.lastStatus === 'RUNNING' && container.ports.includes(target.containerPort);
  const failing = !listening || (!!fault && fault.options['check'] !== 'container') || !codes.every((c) => c >= 200 && c < 400);
  const before = target.state;
  if (failing) {
    target.consecutivePassed = 0;
    target.consecutiveFailed++;
    target.failureReason =
      !listening || fault ? 'Request timed out' : `Health checks failed with these codes: [${codes.join(',')}]`;
    if (target.consecutiveFailed >= (tg?.unhealthyThresholdCount ?? 2)) target.state = 'unhealthy';
  } else {
    target.consecutiveFailed = 0;
    target.consecutivePassed++;
    if (target.consecutivePassed >= (tg?.healthyThresholdCount ?? 5)) target.state = 'healthy';
  }
  if (before !== target.state) requestReconcile(state, task.serviceKey);
  if (!(target.state === 'healthy' && !failing)) scheduleTargetCheck(state, task);
}

/** Schedules the essential-container exit of the container-exit / out-of-memory faults for a running task. */
export function armExitFaults(state: SimState, task: TaskRecord): void {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return;
  for (const kind of ['out-of-memory', 'container-exit'] as const) {
    const container = task.containers.find((c) => c.essential) ?? task.containers[0];
    if (!container) return;
    const fault = findFault(state, kind, {
      cluster: task.cluster,
      service: task.serviceKey?.split('/')[1],
      image: container.image,
    });
    if (!fault) continue;
    const named = fault.options['container'] ? task.containers.find((c) => c.name === fault.options['container']) : container;
    const after = numberOption(fault, 'after', 5) * 1000;
    const oom = kind === 'out-of-memory';
    schedule(state, state.now + after, {
      kind: 'container.exit',
      taskId: task.id,
      container: (named ?? container).name,
      exitCode: oom ? 137 : numberOption(fault, 'exitCode', 1),
      ...(oom ? { reason: 'OutOfMemoryError: Container killed due to memory usage' } : {}),
    });
    return;
  }
}

/** A container exits on its own; an essential one takes the task down (EssentialContainerExited). */
export function onContainerExit(state: SimState, ev: Extract<ScheduledEvent, { kind: 'container.exit' }>): void {
  const task = state.tasks[ev.taskId];
  if (!task || task.desiredStatus !== 'RUNNING' || (task.lastStatus !== 'RUNNING' && task.lastStatus !== 'ACTIVATING')) return;
  const container = task.containers.find((c) => c.name === ev.container);
  if (!container || container.lastStatus !== 'RUNNING') return;
  container.lastStatus = 'STOPPED';
  container.exitCode = ev.exitCode;
  if (ev.reason) container.reason = ev.reason;
  task.version++;
  if (container.essential) {
    stopTask(state, task, 'EssentialContainerExited', 'Essential container in task exited');
  }
  requestReconcile(state, task.serviceKey);
}

/** Removes a task an hour after it stopped; its cost is kept in the retired totals. */
export function onPurge(state: SimState, ev: Extract<ScheduledEvent, { kind: 'task.purge' }>, retire: (task: TaskRecord) => void): void {
  const task = state.tasks[ev.taskId];
  if (!task) return;
  retire(task);
  delete state.tasks[ev.taskId];
  for (const [sessionId, session] of Object.entries(state.execSessions)) {
    if (session.taskId === task.id) delete state.execSessions[sessionId];
  }
  const service = task.serviceKey ? state.services[task.serviceKey] : undefined;
  if (service) service.taskIds = service.taskIds.filter((id) => id !== task.id);
}
