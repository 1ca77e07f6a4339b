/**
 * Scaling activities: the log `describe-scaling-activities` shows. Every change of desired count made by
 * Application Auto Scaling goes through `applyCapacityChange`, so each one is logged with AWS's exact strings.
 */
import { formatAwsTimestamp } from '../contract.ts';
import { ECS_DIMENSION } from './targetIdentity.ts';
import { ACTIVITY_HISTORY } from './types.ts';
import type { ActivityRecord, AutoScalingHost, AutoScalingState, NotScaledReason } from './types.ts';

/** `monitor alarm <alarm> in state ALARM triggered policy <policy>` — the Cause of a policy-driven activity. */
export function alarmCause(alarmName: string, policyName: string): string {
  return `monitor alarm ${alarmName} in state ALARM triggered policy ${policyName}`;
}

/** Description of a not-scaled activity. */
export const NOT_SCALED_DESCRIPTION = 'Attempting to scale due to alarm triggered';

function push(state: AutoScalingState, activity: ActivityRecord): void {
  state.activities.push(activity);
  // Why trim from the front: activities are stored oldest first and only the newest are interesting.
  if (state.activities.length > ACTIVITY_HISTORY) state.activities.splice(0, state.activities.length - ACTIVITY_HISTORY);
}

/**
 * Sets the service's desired count and logs the successful activity
 * (`Setting desired count to <n>.` / `Successfully set desired count to <n>. Change successfully fulfilled by ecs.`).
 */
export function applyCapacityChange(state: AutoScalingState, host: AutoScalingHost, resourceId: string, desired: number, cause: string): void {
  host.setDesiredCount(resourceId, desired);
  const now = host.now();
  push(state, {
    ActivityId: host.uuid(),
    ServiceNamespace: 'ecs',
    ResourceId: resourceId,
    ScalableDimension: ECS_DIMENSION,
    Description: `Setting desired count to ${desired}.`,
    Cause: cause,
    StartTime: now,
    EndTime: now,
    StatusCode: 'Successful',
    StatusMessage: `Successfully set desired count to ${desired}. Change successfully fulfilled by ecs.`,
    notScaled: false,
  });
}

/** How long an identical not-scaled entry is not repeated `[I]`. */
export const NOT_SCALED_REPEAT_MS = 15 * 60_000;

/**
 * Logs a not-scaled activity (only shown with `IncludeNotScaledActivities`). While an alarm stays in ALARM the
 * same decision repeats every minute; an identical entry (same cause, reasons and message) for the same target is
 * logged at most once per 15 minutes `[I]`, so the log stays readable.
 */
export function recordNotScaled(
  state: AutoScalingState,
  host: AutoScalingHost,
  resourceId: string,
  cause: string,
  reasons: NotScaledReason[],
  statusMessage?: string,
): void {
  const now = host.now();
  const key = JSON.stringify([cause, reasons, statusMessage]);
  for (let i = state.activities.length - 1; i >= 0; i--) {
    const previous = state.activities[i]!;
    if (previous.StartTime <= now - NOT_SCALED_REPEAT_MS) break;
    if (previous.ResourceId !== resourceId || !previous.notScaled) continue;
    if (JSON.stringify([previous.Cause, previous.NotScaledReasons ?? [], previous.StatusMessage]) === key) return;
  }
  const activity: ActivityRecord = {
    ActivityId: host.uuid(),
    ServiceNamespace: 'ecs',
    ResourceId: resourceId,
    ScalableDimension: ECS_DIMENSION,
    Description: NOT_SCALED_DESCRIPTION,
    Cause: cause,
    StartTime: now,
    StatusCode: 'Failed',
    NotScaledReasons: reasons,
    notScaled: true,
  };
  if (statusMessage !== undefined) activity.StatusMessage = statusMessage;
  push(state, activity);
}

/** An activity as the API returns it (timestamps formatted, private members dropped). */
export function activityOutput(activity: ActivityRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ActivityId: activity.ActivityId,
    ServiceNamespace: activity.ServiceNamespace,
    ResourceId: activity.ResourceId,
    ScalableDimension: activity.ScalableDimension,
    Description: activity.Description,
    Cause: activity.Cause,
    StartTime: formatAwsTimestamp(activity.StartTime),
  };
  if (activity.EndTime !== undefined) out['EndTime'] = formatAwsTimestamp(activity.EndTime);
  out['StatusCode'] = activity.StatusCode;
  if (activity.StatusMessage !== undefined) out['StatusMessage'] = activity.StatusMessage;
  if (activity.NotScaledReasons && activity.NotScaledReasons.length > 0) out['NotScaledReasons'] = activity.NotScaledReasons;
  return out;
}
