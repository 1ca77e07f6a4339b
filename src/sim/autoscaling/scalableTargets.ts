/**
 * RegisterScalableTarget, DeregisterScalableTarget, DescribeScalableTargets.
 */
import { formatAwsTimestamp } from '../contract.ts';
import { applyCapacityChange } from './activities.ts';
import { optionalBoolean, optionalNumber, optionalObject, optionalString, optionalStringList, validationError } from './input.ts';
import { paginate } from './pagination.ts';
import { deletePolicyRecord } from './scalingPolicies.ts';
import {
  ECS_DIMENSION,
  ecsServiceLinkedRole,
  readResourceId,
  readScalableDimension,
  readServiceNamespace,
  readTargetIdentity,
  requireTarget,
  scalableTargetArn,
} from './targetIdentity.ts';
import type { AutoScalingHost, AutoScalingState, ScalableTargetRecord } from './types.ts';

/**
 * Moves the service's desired count into [min, max] (BC-AAS:RegisterScalableTarget: "if the service is active,
 * registering moves its current capacity into the range right away"). Used on registration and by scheduled actions.
 */
export function clampDesiredIntoRange(state: AutoScalingState, host: AutoScalingHost, target: ScalableTargetRecord, cause?: { min: string; max: string }): void {
  const service = host.getService(target.ResourceId);
  if (!service || service.status !== 'ACTIVE') return;
  if (service.desiredCount < target.MinCapacity) {
    applyCapacityChange(state, host, target.ResourceId, target.MinCapacity, cause?.min ?? `minimum capacity was set to ${target.MinCapacity}`);
  } else if (service.desiredCount > target.MaxCapacity) {
    applyCapacityChange(state, host, target.ResourceId, target.MaxCapacity, cause?.max ?? `maximum capacity was set to ${target.MaxCapacity}`);
  }
}

/** RegisterScalableTarget: creates a target, or updates the members given for an existing one. */
export function registerScalableTarget(state: AutoScalingState, input: Record<string, unknown>, host: AutoScalingHost): unknown {
  const { resourceId } = readTargetIdentity(input);
  const min = optionalNumber(input, 'MinCapacity', true);
  const max = optionalNumber(input, 'MaxCapacity', true);
  const roleArn = optionalString(input, 'RoleARN');
  const suspended = optionalObject(input, 'SuspendedState');

  const service = host.getService(resourceId);
  if (!service || service.status !== 'ACTIVE') {
    throw validationError(`ECS service doesn't exist: ${resourceId}`);
  }
  if (min !== undefined && min < 0) throw validationError(`1 validation error detected: Value '${min}' at 'minCapacity' failed to satisfy constraint: Member must have value greater than or equal to 0`);
  if (max !== undefined && max < 0) throw validationError(`1 validation error detected: Value '${max}' at 'maxCapacity' failed to satisfy constraint: Member must have value greater than or equal to 0`);

  const existing = state.targets[resourceId];
  if (!existing && (min === undefined || max === undefined)) {
    throw validationError('MinCapacity and MaxCapacity are required for registering a new scalable target');
  }
  const nextMin = min ?? existing!.MinCapacity;
  const nextMax = max ?? existing!.MaxCapacity;
  if (nextMin > nextMax) throw validationError('Minimum capacity cannot be greater than maximum capacity');

  const suspendedState = {
    DynamicScalingInSuspended: existing?.SuspendedState.DynamicScalingInSuspended ?? false,
    DynamicScalingOutSuspended: existing?.SuspendedState.DynamicScalingOutSuspended ?? false,
    ScheduledScalingSuspended: existing?.SuspendedState.ScheduledScalingSuspended ?? false,
  };
  if (suspended) {
    for (const key of Object.keys(suspendedState) as (keyof typeof suspendedState)[]) {
      const value = optionalBoolean(suspended, key);
      if (value !== undefined) suspendedState[key] = value;
    }
  }

  const target: ScalableTargetRecord = existing ?? {
    ServiceNamespace: 'ecs',
    ResourceId: resourceId,
    ScalableDimension: ECS_DIMENSION,
    MinCapacity: nextMin,
    MaxCapacity: nextMax,
    RoleARN: roleArn ?? ecsServiceLinkedRole(host),
    CreationTime: host.now(),
    SuspendedState: suspendedState,
    ScalableTargetARN: scalableTargetArn(host),
  };
  target.MinCapacity = nextMin;
  target.MaxCapacity = nextMax;
  target.SuspendedState = suspendedState;
  if (roleArn !== undefined) target.RoleARN = roleArn;
  state.targets[resourceId] = target;

  clampDesiredIntoRange(state, host, target);
  return { ScalableTargetARN: target.ScalableTargetARN };
}

/** DeregisterScalableTarget: removes the target with its scaling policies (and their managed alarms) and scheduled actions. */
export function deregisterScalableTarget(state: AutoScalingState, input: Record<string, unknown>): unknown {
  const { resourceId } = readTargetIdentity(input);
  requireTarget(state, resourceId);
  for (const policy of state.policies.filter((p) => p.ResourceId === resourceId)) deletePolicyRecord(state, policy);
  state.scheduledActions = state.scheduledActions.filter((action) => action.ResourceId !== resourceId);
  delete state.targets[resourceId];
  return {};
}

/** A target as the API returns it. */
export function scalableTargetOutput(target: ScalableTargetRecord): Record<string, unknown> {
  return {
    ServiceNamespace: target.ServiceNamespace,
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    MinCapacity: target.MinCapacity,
    MaxCapacity: target.MaxCapacity,
    RoleARN: target.RoleARN,
    CreationTime: formatAwsTimestamp(target.CreationTime),
    SuspendedState: { ...target.SuspendedState },
    ScalableTargetARN: target.ScalableTargetARN,
  };
}

/** DescribeScalableTargets, filtered by `ResourceIds` and `ScalableDimension`. */
export function describeScalableTargets(state: AutoScalingState, input: Record<string, unknown>): unknown {
  readServiceNamespace(input);
  readScalableDimension(input, false);
  const resourceIds = optionalStringList(input, 'ResourceIds');
  for (const id of resourceIds ?? []) readResourceId({ ResourceId: id });
  const targets = Object.values(state.targets)
    .filter((t) => !resourceIds || resourceIds.includes(t.ResourceId))
    .sort((a, b) => a.CreationTime - b.CreationTime);
  const { page, nextToken } = paginate(targets, input);
  const out: Record<string, unknown> = { ScalableTargets: page.map(scalableTargetOutput) };
  if (nextToken) out['NextToken'] = nextToken;
  return out;
}
