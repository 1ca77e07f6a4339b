/**
 * PutScheduledAction, DeleteScheduledAction, DescribeScheduledActions, and running the actions that fall due.
 *
 * A scheduled action changes the target's MinCapacity / MaxCapacity; the desired count then moves only if it is
 * outside the new range (reference §5.4). It runs even during a policy's cooldown, and not at all while the
 * target's `ScheduledScalingSuspended` is true.
 */
import { AwsError } from '../errors.ts';
import { formatAwsTimestamp } from '../contract.ts';
import { optionalNumber, optionalObject, optionalString, optionalStringList, optionalTimestamp, requiredString, validationError } from './input.ts';
import { paginate } from './pagination.ts';
import { clampDesiredIntoRange } from './scalableTargets.ts';
import { dueTimes, parseSchedule, validateTimezone } from './schedule.ts';
import {
  ECS_DIMENSION,
  readResourceId,
  readScalableDimension,
  readServiceNamespace,
  readTargetIdentity,
  requireTarget,
  scheduledActionArn,
} from './targetIdentity.ts';
import type { AutoScalingHost, AutoScalingState, ScheduledActionRecord } from './types.ts';

/** PutScheduledAction: creates an action, or updates the members given for an existing one. */
export function putScheduledAction(state: AutoScalingState, input: Record<string, unknown>, host: AutoScalingHost): unknown {
  const { resourceId } = readTargetIdentity(input);
  const name = requiredString(input, 'ScheduledActionName');
  if (name.includes(':') || name.includes('/') || name.length > 256) {
    throw validationError(`1 validation error detected: Value '${name}' at 'scheduledActionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!((^[ ]+.*)|(.*([\\u0000-\\u001f]|[\\u007f-\\u009f]|[:/|])+.*)|(.*[ ]+$))).+`);
  }
  const schedule = optionalString(input, 'Schedule');
  const timezone = optionalString(input, 'Timezone');
  const startTime = optionalTimestamp(input, 'StartTime');
  const endTime = optionalTimestamp(input, 'EndTime');
  const actionInput = optionalObject(input, 'ScalableTargetAction');
  requireTarget(state, resourceId);
  const existing = state.scheduledActions.find((a) => a.ResourceId === resourceId && a.ScheduledActionName === name);
  if (!existing && schedule === undefined) throw validationError('Schedule is required when creating a scheduled action.');
  if (schedule !== undefined) parseSchedule(schedule);
  if (timezone !== undefined) validateTimezone(timezone);
  const min = actionInput ? optionalNumber(actionInput, 'MinCapacity', true) : undefined;
  const max = actionInput ? optionalNumber(actionInput, 'MaxCapacity', true) : undefined;
  if (min !== undefined && min < 0) throw validationError('MinCapacity must be greater than or equal to 0.');
  if (max !== undefined && max < 0) throw validationError('MaxCapacity must be greater than or equal to 0.');
  if (min !== undefined && max !== undefined && min > max) throw validationError('Minimum capacity cannot be greater than maximum capacity');
  const nextStart = startTime ?? existing?.StartTime;
  const nextEnd = endTime ?? existing?.EndTime;
  if (nextStart !== undefined && nextEnd !== undefined && nextEnd <= nextStart) throw validationError('EndTime must be after StartTime.');

  const now = host.now();
  const action: ScheduledActionRecord = existing ?? {
    ScheduledActionName: name,
    ScheduledActionARN: scheduledActionArn(host, resourceId, name),
    ServiceNamespace: 'ecs',
    Schedule: schedule!,
    ResourceId: resourceId,
    ScalableDimension: ECS_DIMENSION,
    ScalableTargetAction: {},
    CreationTime: now,
    checkedThrough: now,
  };
  if (schedule !== undefined) action.Schedule = schedule;
  if (timezone !== undefined) action.Timezone = timezone;
  if (nextStart !== undefined) action.StartTime = nextStart;
  if (nextEnd !== undefined) action.EndTime = nextEnd;
  if (actionInput) {
    action.ScalableTargetAction = {};
    if (min !== undefined) action.ScalableTargetAction.MinCapacity = min;
    if (max !== undefined) action.ScalableTargetAction.MaxCapacity = max;
  }
  // A changed schedule starts counting from now, so an update never replays past runs.
  action.checkedThrough = now;
  if (!existing) state.scheduledActions.push(action);
  return {};
}

/** DeleteScheduledAction. */
export function deleteScheduledAction(state: AutoScalingState, input: Record<string, unknown>): unknown {
  const name = requiredString(input, 'ScheduledActionName');
  const { resourceId } = readTargetIdentity(input);
  const index = state.scheduledActions.findIndex((a) => a.ResourceId === resourceId && a.ScheduledActionName === name);
  if (index < 0) {
    throw new AwsError(
      'ObjectNotFoundException',
      `No scheduled action found for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${ECS_DIMENSION}, scheduled action name: ${name}`,
    );
  }
  state.scheduledActions.splice(index, 1);
  return {};
}

/** A scheduled action as the API returns it. */
export function scheduledActionOutput(action: ScheduledActionRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ScheduledActionName: action.ScheduledActionName,
    ScheduledActionARN: action.ScheduledActionARN,
    ServiceNamespace: action.ServiceNamespace,
    Schedule: action.Schedule,
  };
  if (action.Timezone !== undefined) out['Timezone'] = action.Timezone;
  out['ResourceId'] = action.ResourceId;
  out['ScalableDimension'] = action.ScalableDimension;
  if (action.StartTime !== undefined) out['StartTime'] = formatAwsTimestamp(action.StartTime);
  if (action.EndTime !== undefined) out['EndTime'] = formatAwsTimestamp(action.EndTime);
  out['ScalableTargetAction'] = { ...action.ScalableTargetAction };
  out['CreationTime'] = formatAwsTimestamp(action.CreationTime);
  return out;
}

/** DescribeScheduledActions, filtered by `ScheduledActionNames`, `ResourceId`, `ScalableDimension`. */
export function describeScheduledActions(state: AutoScalingState, input: Record<string, unknown>): unknown {
  readServiceNamespace(input);
  readScalableDimension(input, false);
  const resourceId = optionalString(input, 'ResourceId');
  if (resourceId !== undefined) readResourceId(input);
  const names = optionalStringList(input, 'ScheduledActionNames');
  const actions = state.scheduledActions
    .filter((a) => resourceId === undefined || a.ResourceId === resourceId)
    .filter((a) => !names || names.includes(a.ScheduledActionName));
  const { page, nextToken } = paginate(actions, input);
  const out: Record<string, unknown> = { ScheduledActions: page.map(scheduledActionOutput) };
  if (nextToken) out['NextToken'] = nextToken;
  return out;
}

/**
 * Runs every scheduled action that fell due since it was last checked, in time order (ties in creation order).
 * `[I]` If a new MinCapacity exceeds the target's MaxCapacity (or a new max is below min), the other bound moves
 * with it so the target stays valid.
 */
export function runScheduledActions(state: AutoScalingState, host: AutoScalingHost, now: number): void {
  const due: { at: number; order: number; action: ScheduledActionRecord }[] = [];
  state.scheduledActions.forEach((action, order) => {
    const from = action.checkedThrough;
    action.checkedThrough = now;
    const target = state.targets[action.ResourceId];
    if (!target || target.SuspendedState.ScheduledScalingSuspended) return;
    const options = {
      createdAt: action.CreationTime,
      ...(action.Timezone !== undefined ? { timeZone: action.Timezone } : {}),
      ...(action.StartTime !== undefined ? { startTime: action.StartTime } : {}),
      ...(action.EndTime !== undefined ? { endTime: action.EndTime } : {}),
    };
    for (const at of dueTimes(parseSchedule(action.Schedule), options, from, now)) due.push({ at, order, action });
  });
  due.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const { action } of due) {
    const target = state.targets[action.ResourceId];
    if (!target) continue;
    const { MinCapacity: min, MaxCapacity: max } = action.ScalableTargetAction;
    if (min !== undefined) {
      target.MinCapacity = min;
      if (target.MaxCapacity < min) target.MaxCapacity = min;
    }
    if (max !== undefined) {
      target.MaxCapacity = max;
      if (target.MinCapacity > max) target.MinCapacity = max;
    }
    clampDesiredIntoRange(state, host, target);
  }
}
