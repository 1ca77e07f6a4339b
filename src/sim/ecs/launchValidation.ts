/** Checks shared by RunTask and CreateService: task definition state, launch type, network mode. */
import type { Engine } from '../runtime/engineContext.ts';
import type { NetworkConfiguration } from '../runtime/state.ts';
import type { TaskDefinitionView } from '../runtime/taskDefinitionView.ts';
import { ecsErrors } from './ecsErrors.ts';
import { validateNetworkConfiguration } from './networkValidation.ts';

/** The launch type a request asks for: `launchType`, else FARGATE via a capacity provider strategy, else EC2. */
export function requestedLaunchType(input: Record<string, unknown>): 'FARGATE' | 'EC2' | string {
  if (typeof input['launchType'] === 'string') return input['launchType'];
  const strategy = input['capacityProviderStrategy'];
  if (Array.isArray(strategy) && strategy.some((s) => /^FARGATE/.test(String((s as { capacityProvider?: unknown }).capacityProvider)))) {
    return 'FARGATE';
  }
  return 'EC2';
}

/** Resolves the task definition reference, rejecting unknown and (per operation) INACTIVE revisions. */
export function resolveForLaunch(
  engine: Engine,
  ref: string | undefined,
  inactiveCode: 'ClientException' | 'InvalidParameterException',
): TaskDefinitionView {
  if (!ref) throw ecsErrors.missingParameter('taskDefinition');
  const td = engine.resolve(ref);
  if (!td) throw ecsErrors.taskDefinitionNotFound();
  if (td.status !== 'ACTIVE') throw ecsErrors.taskDefinitionInactive(inactiveCode);
  return td;
}

/** Validates launch type compatibility and the awsvpc network configuration. */
export function validateLaunch(
  engine: Engine,
  td: TaskDefinitionView,
  launchType: string,
  networkConfiguration: unknown,
): NetworkConfiguration {
  if (launchType === 'FARGATE' && !(td.compatibilities ?? []).includes('FARGATE')) {
    throw ecsErrors.launchTypeUnsupported('FARGATE');
  }
  if (td.networkMode === 'awsvpc' || launchType === 'FARGATE') {
    if (!networkConfiguration) throw ecsErrors.networkConfigurationRequired();
    return validateNetworkConfiguration(engine.state, networkConfiguration);
  }
  return { awsvpcConfiguration: { subnets: [], securityGroups: [], assignPublicIp: 'DISABLED' } };
}
