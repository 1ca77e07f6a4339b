/** Turns engine records into the ECS API's output shapes (timestamps formatted as AWS CLI v2 prints them). */
import { formatAwsTimestamp } from '../contract.ts';
import type { DeploymentRecord, ServiceRecord, SimState, TaskRecord } from '../runtime/state.ts';
import { clusterArn } from './inputs.ts';

const ts = (ms: number | undefined) => (ms === undefined ? undefined : formatAwsTimestamp(ms));

/** The object without its undefined members, in the same key order (a fresh object: `delete` makes slow ones). */
function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

/** The ENI attachment's status for a task's lastStatus. */
function attachmentStatus(task: TaskRecord): string {
  if (task.lastStatus === 'PROVISIONING') return 'PRECREATED';
  if (task.lastStatus === 'STOPPED') return 'DELETED';
  if (task.lastStatus === 'DEPROVISIONING') return 'DELETING';
  return 'ATTACHED';
}

/** A task as DescribeTasks / RunTask / StopTask return it. */
export function renderTask(state: SimState, task: TaskRecord): Record<string, unknown> {
  // The ENI's details appear once it is attached (after PROVISIONING); a task that never got an IP has none.
  const hasEni = !!task.privateIp && task.lastStatus !== 'PROVISIONING';
  return compact({
    attachments: [
      {
        id: task.attachmentId,
        type: 'ElasticNetworkInterface',
        status: attachmentStatus(task),
        details: [
          { name: 'subnetId', value: task.subnetId },
          ...(hasEni
            ? [
                { name: 'networkInterfaceId', value: task.eniId },
                { name: 'macAddress', value: task.macAddress },
                { name: 'privateDnsName', value: `ip-${task.privateIp.replaceAll('.', '-')}.ec2.internal` },
                { name: 'privateIPv4Address', value: task.privateIp },
              ]
            : []),
        ],
      },
    ],
    attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
    availabilityZone: task.availabilityZone,
    clusterArn: clusterArn(state, task.cluster),
    connectivity: task.connectivityAt !== undefined && task.lastStatus !== 'STOPPED' ? 'CONNECTED' : undefined,
    connectivityAt: ts(task.connectivityAt),
    containers: task.containers.map((c) =>
      compact({
        containerArn: c.arn,
        taskArn: task.arn,
        name: c.name,
        image: c.image,
        imageDigest: c.imageDigest,
        runtimeId: c.runtimeId,
        lastStatus: c.lastStatus,
        exitCode: c.exitCode,
        reason: c.reason,
        networkBindings: [],
        networkInterfaces: hasEni ? [{ attachmentId: task.attachmentId, privateIpv4Address: task.privateIp }] : [],
        healthStatus: c.healthStatus,
        managedAgents:
          task.enableExecuteCommand && c.startedAt !== undefined
            ? [
                {
                  lastStartedAt: ts(c.startedAt),
                  name: 'ExecuteCommandAgent',
                  lastStatus: c.lastStatus === 'RUNNING' ? 'RUNNING' : 'STOPPED',
                },
              ]
            : undefined,
        cpu: String(c.cpu),
        memory: c.memory !== undefined ? String(c.memory) : undefined,
      }),
    ),
    cpu: task.cpu,
    createdAt: ts(task.createdAt),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: task.enableExecuteCommand,
    executionStoppedAt: ts(task.executionStoppedAt),
    group: task.group,
    healthStatus: task.healthStatus,
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    memory: task.memory,
    overrides: {
      containerOverrides: task.containers.map((c) => ({ ...task.containerOverrides?.find((o) => o.name === c.name), name: c.name })),
      inferenceAcceleratorOverrides: [],
    },
    platformVersion: task.platformVersion,
    platformFamily: 'Linux',
    pullStartedAt: ts(task.pullStartedAt),
    pullStoppedAt: task.startedAt !== undefined ? ts(task.pullStoppedAt) : undefined,
    startedAt: ts(task.startedAt),
    startedBy: task.startedBy,
    stopCode: task.stopCode,
    stoppedAt: ts(task.stoppedAt),
    stoppedReason: task.stoppedReason,
    stoppingAt: ts(task.stoppingAt),
    tags: task.tags,
    taskArn: task.arn,
    taskDefinitionArn: task.taskDefinitionArn,
    version: task.version,
    ephemeralStorage: { sizeInGiB: 20 },
    fargateEphemeralStorage: { sizeInGiB: 20 },
  });
}

function counts(state: SimState, service: ServiceRecord, deploymentId?: string): { running: number; pending: number } {
  let running = 0;
  let pending = 0;
  for (const id of service.taskIds) {
    const t = state.tasks[id];
    if (!t || (deploymentId !== undefined && t.deploymentId !== deploymentId)) continue;
    if (t.lastStatus === 'RUNNING') running++;
    else if (t.desiredStatus === 'RUNNING' && (t.lastStatus === 'PROVISIONING' || t.lastStatus === 'PENDING' || t.lastStatus === 'ACTIVATING')) pending++;
  }
  return { running, pending };
}

/** Service-level runningCount / pendingCount. */
export function serviceCounts(state: SimState, service: ServiceRecord): { running: number; pending: number } {
  return counts(state, service);
}

/** Running/pending counts of every deployment of the service, in one pass over its tasks. */
function deploymentCounts(state: SimState, service: ServiceRecord): Map<string, { running: number; pending: number }> {
  const byDeployment = new Map<string, { running: number; pending: number }>();
  for (const d of service.deployments) byDeployment.set(d.id, { running: 0, pending: 0 });
  for (const id of service.taskIds) {
    const t = state.tasks[id];
    const c = t?.deploymentId === undefined ? undefined : byDeployment.get(t.deploymentId);
    if (!t || !c) continue;
    if (t.lastStatus === 'RUNNING') c.running++;
    else if (t.desiredStatus === 'RUNNING' && (t.lastStatus === 'PROVISIONING' || t.lastStatus === 'PENDING' || t.lastStatus === 'ACTIVATING')) c.pending++;
  }
  return byDeployment;
}

function renderDeployment(
  state: SimState,
  service: ServiceRecord,
  d: DeploymentRecord,
  c: { running: number; pending: number } = counts(state, service, d.id),
): Record<string, unknown> {
  return {
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinitionArn,
    desiredCount: d.desiredCount,
    pendingCount: c.pending,
    runningCount: c.running,
    failedTasks: d.failedTasks,
    createdAt: ts(d.createdAt),
    updatedAt: ts(d.updatedAt),
    launchType: service.launchType,
    platformVersion: service.platformVersion === 'LATEST' ? '1.4.0' : service.platformVersion,
    platformFamily: 'Linux',
    networkConfiguration: d.networkConfiguration,
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  };
}

function renderDeployments(state: SimState, service: ServiceRecord): Record<string, unknown>[] {
  const byDeployment = deploymentCounts(state, service);
  return service.deployments.map((d) => renderDeployment(state, service, d, byDeployment.get(d.id)));
}

/** A service as CreateService / UpdateService / DescribeServices return it. */
export function renderService(state: SimState, service: ServiceRecord): Record<string, unknown> {
  const c = counts(state, service);
  return compact({
    serviceArn: service.arn,
    serviceName: service.name,
    clusterArn: clusterArn(state, service.cluster),
    loadBalancers: service.loadBalancers,
    serviceRegistries: [],
    status: service.status,
    desiredCount: service.desiredCount,
    runningCount: c.running,
    pendingCount: c.pending,
    launchType: service.launchType,
    platformVersion: service.platformVersion,
    platformFamily: 'Linux',
    taskDefinition: service.taskDefinitionArn,
    deploymentConfiguration: service.deploymentConfiguration,
    deployments: renderDeployments(state, service),
    roleArn: `arn:aws:iam::${state.account.accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    events: service.events.map((e) => ({ id: e.id, createdAt: ts(e.createdAt), message: e.message })),
    createdAt: ts(service.createdAt),
    placementConstraints: [],
    placementStrategy: [],
    networkConfiguration: service.networkConfiguration,
    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
    schedulingStrategy: service.schedulingStrategy,
    deploymentController: { type: 'ECS' },
    createdBy: service.createdBy,
    enableECSManagedTags: service.enableECSManagedTags,
    propagateTags: service.propagateTags,
    enableExecuteCommand: service.enableExecuteCommand,
    availabilityZoneRebalancing: 'ENABLED',
  });
}
