/**
 * A readable summary of the scaling set-up, for `sim state` (`SimulationHandle.describeState`) and for views
 * that want text rather than API output.
 */
import { formatDouble } from './alarmEvaluation.ts';
import type { AlarmRecord, AutoScalingState, ComparisonOperator } from './types.ts';

const SYMBOL: Record<ComparisonOperator, string> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '>=',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

function alarmLine(alarm: AlarmRecord): string {
  const newest = alarm.datapoints[alarm.datapoints.length - 1];
  const last = newest === undefined ? 'no datapoints yet' : newest === null ? 'last minute: no data' : `last ${formatDouble(newest)}`;
  return `alarm ${alarm.AlarmName}: ${alarm.StateValue} (${alarm.MetricName} ${SYMBOL[alarm.ComparisonOperator]} ${formatDouble(alarm.Threshold)} for ${alarm.DatapointsToAlarm} of ${alarm.EvaluationPeriods} min; ${last})`;
}

/**
 * One line per target, policy, alarm, scheduled action and the latest activity, indented under their target.
 * Alarms that belong to no target (user alarms on other metrics) are listed at the end. With `now`, running
 * cooldowns are shown on their policy's line.
 */
export function summarizeAutoScaling(state: AutoScalingState, now?: number): string[] {
  const lines: string[] = [];
  const shown = new Set<string>();
  for (const target of Object.values(state.targets)) {
    const suspended = Object.entries(target.SuspendedState)
      .filter(([, on]) => on)
      .map(([name]) => name);
    lines.push(`scalable target ${target.ResourceId}: min ${target.MinCapacity}, max ${target.MaxCapacity}${suspended.length ? ` (suspended: ${suspended.join(', ')})` : ''}`);
    for (const policy of state.policies.filter((p) => p.ResourceId === target.ResourceId)) {
      const tt = policy.TargetTrackingScalingPolicyConfiguration;
      const what = tt
        ? `${tt.PredefinedMetricSpecification?.PredefinedMetricType ?? 'customized metric'} target ${formatDouble(tt.TargetValue)}${tt.DisableScaleIn ? ', scale-in disabled' : ''}`
        : `${policy.StepScalingPolicyConfiguration?.AdjustmentType ?? 'ChangeInCapacity'}, ${policy.StepScalingPolicyConfiguration?.StepAdjustments?.length ?? 0} steps`;
      const cooling: string[] = [];
      if (now !== undefined && policy.cooldown.scaleOutUntil !== undefined && now < policy.cooldown.scaleOutUntil) {
        cooling.push(`scale-out cooldown ${Math.ceil((policy.cooldown.scaleOutUntil - now) / 1000)} s left`);
      }
      if (now !== undefined && policy.cooldown.scaleInUntil !== undefined && now < policy.cooldown.scaleInUntil) {
        cooling.push(`scale-in cooldown ${Math.ceil((policy.cooldown.scaleInUntil - now) / 1000)} s left`);
      }
      lines.push(`  policy ${policy.PolicyName} (${policy.PolicyType}: ${what})${cooling.length ? `; ${cooling.join(', ')}` : ''}`);
      for (const alarm of Object.values(state.alarms)) {
        if (alarm.managedBy?.policyARN === policy.PolicyARN || alarm.AlarmActions.includes(policy.PolicyARN)) {
          lines.push(`    ${alarmLine(alarm)}`);
          shown.add(alarm.AlarmName);
        }
      }
    }
    for (const action of state.scheduledActions.filter((a) => a.ResourceId === target.ResourceId)) {
      const { MinCapacity: min, MaxCapacity: max } = action.ScalableTargetAction;
      const sets = [min !== undefined ? `min ${min}` : '', max !== undefined ? `max ${max}` : ''].filter(Boolean).join(', ');
      lines.push(`  scheduled ${action.ScheduledActionName} ${action.Schedule}${action.Timezone ? ` ${action.Timezone}` : ''}: ${sets || 'no change'}`);
    }
    const latest = [...state.activities].reverse().find((a) => a.ResourceId === target.ResourceId && !a.notScaled);
    if (latest) lines.push(`  last activity: ${latest.Description} (${latest.Cause})`);
  }
  for (const alarm of Object.values(state.alarms)) {
    if (!shown.has(alarm.AlarmName)) lines.push(alarmLine(alarm));
  }
  return lines;
}
