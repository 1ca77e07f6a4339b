/**
 * DescribeScalingActivities.
 */
import { activityOutput } from './activities.ts';
import { optionalBoolean, optionalString } from './input.ts';
import { paginate } from './pagination.ts';
import { readResourceId, readScalableDimension, readServiceNamespace } from './targetIdentity.ts';
import type { AutoScalingState } from './types.ts';

/** DescribeScalingActivities: newest first; not-scaled entries only with `IncludeNotScaledActivities`. */
export function describeScalingActivities(state: AutoScalingState, input: Record<string, unknown>): unknown {
  readServiceNamespace(input);
  readScalableDimension(input, false);
  const resourceId = optionalString(input, 'ResourceId');
  if (resourceId !== undefined) readResourceId(input);
  const includeNotScaled = optionalBoolean(input, 'IncludeNotScaledActivities') ?? false;
  const activities = state.activities
    .filter((a) => resourceId === undefined || a.ResourceId === resourceId)
    .filter((a) => includeNotScaled || !a.notScaled)
    .reverse();
  const { page, nextToken } = paginate(activities, input);
  const out: Record<string, unknown> = { ScalingActivities: page.map(activityOutput) };
  if (nextToken) out['NextToken'] = nextToken;
  return out;
}
