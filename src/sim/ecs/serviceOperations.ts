/** CreateService, UpdateService, DeleteService, DescribeServices, ListServices. */
import { cloneJson } from '../runtime/jsonClone.ts';
import type { Engine } from '../runtime/engineContext.ts';
import { requestReconcile } from '../runtime/reconcileRequest.ts';
import { startDeployment } from '../runtime/serviceScheduler.ts';
import type { DeploymentConfiguration, LoadBalancerRef, ServiceRecord, SimState } from '../runtime/state.ts';
import type { TaskDefinitionView } from '../runtime/taskDefinitionView.ts';
import { containerPorts } from '../runtime/taskDefinitionView.ts';
import { requireCluster } from './clusterOperations.ts';
import { ecsErrors } from './ecsErrors.ts';
import { bool, num, obj, page, serviceName, str, strings } from './inputs.ts';
import { requestedLaunchType, resolveForLaunch, validateLaunch } from './launchValidation.ts';
import { validateNetworkConfiguration } from './networkValidation.ts';
import { renderService } from './render.ts';

function validateLoadBalancers(state: SimState, td: TaskDefinitionView, raw: unknown): LoadBalancerRef[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((entry) => {
    const lb = entry as Record<string, unknown>;
    const arn = String(lb['targetGroupArn'] ?? '');
    const tg = state.resources.targetGroups.find((g) => g.arn === arn);
    if (!tg) throw ecsErrors.targetGroupInvalid();
    const containerName = String(lb['containerName'] ?? '');
    const containerPort = Number(lb['containerPort']);
    const container = td.containerDefinitions.find((c) => c.name === containerName);
    if (!container) throw ecsErrors.lbContainerMissing(containerName);
    if (!containerPorts(container).includes(containerPort)) throw ecsErrors.lbPortMissing(containerName, containerPort);
    if (tg.targetType !== 'ip' && td.networkMode === 'awsvpc') throw ecsErrors.targetGroupInstanceType(arn);
    return { targetGroupArn: arn, containerName, containerPort };
  });
}

function mergeDeploymentConfiguration(base: DeploymentConfiguration, raw: Record<string, unknown> | undefined): DeploymentConfiguration {
  const next = cloneJson(base);
  if (!raw) return next;
  if (typeof raw['maximumPercent'] === 'number') next.maximumPercent = raw['maximumPercent'];
  if (typeof raw['minimumHealthyPercent'] === 'number') next.minimumHealthyPercent = raw['minimumHealthyPercent'];
  const breaker = raw['deploymentCircuitBreaker'] as Record<string, unknown> | undefined;
  if (breaker) {
    next.deploymentCircuitBreaker = { enable: breaker['enable'] === true, rollback: breaker['rollback'] === true };
    const threshold = breaker['thresholdConfiguration'] as DeploymentConfiguration['deploymentCircuitBreaker']['thresholdConfiguration'];
    if (threshold) next.deploymentCircuitBreaker.thresholdConfiguration = threshold;
  }
  return next;
}

/** The service named by `ref` in a cluster, whatever its status. */
export function findService(state: SimState, cluster: string, ref: string): ServiceRecord | undefined {
  return state.services[`${cluster}/${serviceName(ref)}`];
}

/** Creates a REPLICA service and its first deployment. */
export function createService(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const name = str(input, 'serviceName');
  if (!name) throw ecsErrors.missingParameter('serviceName');
  const key = `${cluster.name}/${name}`;
  const existing = state.services[key];
  if (existing && existing.status !== 'INACTIVE') throw ecsErrors.serviceNotIdempotent();
  const td = resolveForLaunch(engine, str(input, 'taskDefinition'), 'InvalidParameterException');
  const launchType = requestedLaunchType(input);
  const network = validateLaunch(engine, td, launchType, input['networkConfiguration']);
  const loadBalancers = validateLoadBalancers(state, td, input['loadBalancers']);
  const desiredCount = num(input, 'desiredCount') ?? 0;
  if (desiredCount < 0) throw ecsErrors.desiredCountNegative();
  const deploymentConfiguration = mergeDeploymentConfiguration(
    { deploymentCircuitBreaker: { enable: false, rollback: false }, maximumPercent: 200, minimumHealthyPercent: 100 },
    obj(input, 'deploymentConfiguration'),
  );
  const grace = num(input, 'healthCheckGracePeriodSeconds');
  const service: ServiceRecord = {
    key,
    name,
    arn: `arn:aws:ecs:${state.account.region}:${state.account.accountId}:service/${cluster.name}/${name}`,
    cluster: cluster.name,
    status: 'ACTIVE',
    desiredCount,
    taskDefinitionArn: td.taskDefinitionArn,
    launchType: launchType === 'FARGATE' ? 'FARGATE' : 'EC2',
    platformVersion: str(input, 'platformVersion') ?? 'LATEST',
    networkConfiguration: network,
    loadBalancers,
    deploymentConfiguration,
    ...(grace !== undefined ? { healthCheckGracePeriodSeconds: grace } : loadBalancers.length > 0 ? { healthCheckGracePeriodSeconds: 0 } : {}),
    enableExecuteCommand: bool(input, 'enableExecuteCommand') ?? false,
    deployments: [],
    events: [],
    suppressed: {},
    taskIds: [],
    createdAt: state.now,
    createdBy: state.account.callerArn,
    startFailures: 0,
    throttledUntil: 0,
    reconcilePending: false,
    tags: Array.isArray(input['tags']) ? (input['tags'] as { key: string; value: string }[]) : [],
    propagateTags: str(input, 'propagateTags') ?? 'NONE',
    enableECSManagedTags: bool(input, 'enableECSManagedTags') ?? false,
    schedulingStrategy: 'REPLICA',
  };
  delete state.services[key];
  state.services[key] = service;
  startDeployment(state, service);
  return { service: renderService(state, service) };
}

/** Sets a service's desired count (no new deployment). Used by UpdateService and Application Auto Scaling. */
export function setServiceDesiredCount(state: SimState, service: ServiceRecord, desiredCount: number): void {
  service.desiredCount = desiredCount;
  const primary = service.deployments[0];
  if (primary && primary.rolloutState !== 'IN_PROGRESS') primary.desiredCount = desiredCount;
  requestReconcile(state, service.key);
}

/** Updates a service; task definition, network, platform, load balancer changes or forceNewDeployment start a deployment. */
export function updateService(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const ref = str(input, 'service');
  if (!ref) throw ecsErrors.missingParameter('service');
  const service = findService(state, cluster.name, ref);
  if (!service) throw ecsErrors.serviceNotFound();
  if (service.status !== 'ACTIVE') throw ecsErrors.serviceNotActive();

  let newDeployment = bool(input, 'forceNewDeployment') === true;
  const tdRef = str(input, 'taskDefinition');
  let td = engine.lookup(service.taskDefinitionArn);
  if (tdRef) {
    td = resolveForLaunch(engine, tdRef, 'ClientException');
    if (td.taskDefinitionArn !== service.taskDefinitionArn) newDeployment = true;
  }
  let network = service.networkConfiguration;
  if (input['networkConfiguration'] !== undefined) {
    network = validateNetworkConfiguration(state, input['networkConfiguration']);
    if (JSON.stringify(network) !== JSON.stringify(service.networkConfiguration)) newDeployment = true;
  }
  let loadBalancers = service.loadBalancers;
  if (input['loadBalancers'] !== undefined && td) {
    loadBalancers = validateLoadBalancers(state, td, input['loadBalancers']);
    if (JSON.stringify(loadBalancers) !== JSON.stringify(service.loadBalancers)) newDeployment = true;
  }
  const platformVersion = str(input, 'platformVersion');
  if (platformVersion && platformVersion !== service.platformVersion) newDeployment = true;
  const desired = num(input, 'desiredCount');
  if (desired !== undefined && desired < 0) throw ecsErrors.desiredCountNegative();

  // All validated: apply.
  if (td) service.taskDefinitionArn = td.taskDefinitionArn;
  service.networkConfiguration = network;
  service.loadBalancers = loadBalancers;
  if (platformVersion) service.platformVersion = platformVersion;
  service.deploymentConfiguration = mergeDeploymentConfiguration(service.deploymentConfiguration, obj(input, 'deploymentConfiguration'));
  const exec = bool(input, 'enableExecuteCommand');
  if (exec !== undefined) service.enableExecuteCommand = exec;
  const grace = num(input, 'healthCheckGracePeriodSeconds');
  if (grace !== undefined) service.healthCheckGracePeriodSeconds = grace;
  if (desired !== undefined) setServiceDesiredCount(state, service, desired);
  if (newDeployment) startDeployment(state, service);
  requestReconcile(state, service.key);
  return { service: renderService(state, service) };
}

/** Deletes a service: DRAINING (tasks stopped) then INACTIVE. Needs desiredCount 0 unless `force`. */
export function deleteService(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const ref = str(input, 'service');
  if (!ref) throw ecsErrors.missingParameter('service');
  const service = findService(state, cluster.name, ref);
  if (!service) throw ecsErrors.serviceNotFound();
  if (service.status !== 'ACTIVE') throw ecsErrors.serviceNotActive();
  if (service.desiredCount > 0 && bool(input, 'force') !== true) throw ecsErrors.serviceScaledAboveZero();
  service.desiredCount = 0;
  service.status = 'DRAINING';
  requestReconcile(state, service.key);
  return { service: renderService(state, service) };
}

/** Describes up to 10 services; unknown ones are failures with reason MISSING. */
export function describeServices(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const refs = strings(input, 'services');
  if (refs.length === 0) throw ecsErrors.missingParameter('services');
  if (refs.length > 10) throw ecsErrors.tooManyServices();
  const services: unknown[] = [];
  const failures: unknown[] = [];
  for (const ref of refs) {
    const s = findService(state, cluster.name, ref);
    if (s) services.push(renderService(state, s));
    else
      failures.push({
        arn: `arn:aws:ecs:${state.account.region}:${state.account.accountId}:service/${cluster.name}/${serviceName(ref)}`,
        reason: 'MISSING',
      });
  }
  return { services, failures };
}

/** Lists ACTIVE service ARNs of a cluster. */
export function listServices(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const launchType = str(input, 'launchType');
  const arns = Object.values(state.services)
    .filter((s) => s.cluster === cluster.name && s.status === 'ACTIVE' && (!launchType || s.launchType === launchType))
    .map((s) => s.arn);
  const p = page(arns, input);
  return { serviceArns: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
}
