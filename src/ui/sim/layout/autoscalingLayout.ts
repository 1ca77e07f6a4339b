/**
 * What the autoscaling view draws for one service, derived from the engine's Application Auto Scaling state and
 * the recorded samples: the metric's one-minute datapoints against the target, each managed alarm's threshold
 * with the datapoints currently counting toward it, desired/running counts as step lines, cooldown windows and
 * the scaling activities with their reasons. Pure.
 */
import type { SimState } from '../../../sim/index.ts';

// Derived from SimState: src/sim/index.ts does not export the autoscaling types by name.
type AutoScalingState = SimState['autoScaling'];
type AlarmRecord = AutoScalingState['alarms'][string];
import type { ServiceSample } from './samples.ts';

/** A datapoint of the metric. */
export interface MetricPoint {
  t: number;
  value: number;
}

/** One alarm as drawn. */
export interface AlarmView {
  name: string;
  role: 'high' | 'low' | 'other';
  threshold: number;
  comparison: string;
  state: string;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  /** The datapoints in the evaluation window (newest last) and whether each breaches. */
  window: { t: number; value: number | null; breaching: boolean }[];
  breachingCount: number;
}

/** A shaded cooldown. */
export interface CooldownWindow {
  from: number;
  to: number;
  kind: 'scale-out' | 'scale-in';
}

/** An annotated activity. */
export interface ActivityMark {
  t: number;
  description: string;
  cause: string;
  status: string;
}

/** Everything the view needs. */
export interface AutoscalingModel {
  resourceId: string;
  registered: boolean;
  minCapacity?: number;
  maxCapacity?: number;
  policyName?: string;
  metricName?: string;
  target?: number;
  metric: MetricPoint[];
  alarms: AlarmView[];
  desired: { t: number; value: number }[];
  running: { t: number; value: number }[];
  cooldowns: CooldownWindow[];
  activities: ActivityMark[];
}

const MINUTE = 60_000;

/** True when `value` breaches `alarm`'s threshold. */
export function breaches(alarm: Pick<AlarmRecord, 'ComparisonOperator' | 'Threshold'>, value: number): boolean {
  switch (alarm.ComparisonOperator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= alarm.Threshold;
    case 'GreaterThanThreshold':
      return value > alarm.Threshold;
    case 'LessThanThreshold':
      return value < alarm.Threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= alarm.Threshold;
  }
}

/** Times of an alarm's datapoints (oldest first), from the newest one's time. */
function datapointTimes(alarm: AlarmRecord): number[] {
  const n = alarm.datapoints.length;
  const last = alarm.lastDatapointAt ?? 0;
  const period = (alarm.Period || 60) * 1000;
  return alarm.datapoints.map((_, i) => last - (n - 1 - i) * period);
}

/** Builds the model for `resourceId` (`service/<cluster>/<service>`). */
export function autoscalingModel(state: Readonly<AutoScalingState>, resourceId: string, samples: readonly ServiceSample[]): AutoscalingModel {
  const target = state.targets[resourceId];
  const policy = state.policies.find((p) => p.ResourceId === resourceId && p.PolicyType === 'TargetTrackingScaling') ?? state.policies.find((p) => p.ResourceId === resourceId);
  const alarmsRaw = Object.values(state.alarms).filter((a) => a.source?.resourceId === resourceId || (policy && a.managedBy?.policyARN === policy.PolicyARN));
  const primary = alarmsRaw.find((a) => a.managedBy?.role === 'high') ?? alarmsRaw[0];
  const metric: MetricPoint[] = [];
  if (primary) {
    const times = datapointTimes(primary);
    primary.datapoints.forEach((v, i) => {
      if (v !== null) metric.push({ t: times[i]!, value: v });
    });
  }
  const alarms: AlarmView[] = alarmsRaw.map((a) => {
    const times = datapointTimes(a);
    const window = a.datapoints.slice(-a.EvaluationPeriods).map((value, i, arr) => ({
      t: times[times.length - arr.length + i]!,
      value,
      breaching: value !== null && breaches(a, value),
    }));
    return {
      name: a.AlarmName,
      role: a.managedBy?.role ?? 'other',
      threshold: a.Threshold,
      comparison: a.ComparisonOperator,
      state: a.StateValue,
      evaluationPeriods: a.EvaluationPeriods,
      datapointsToAlarm: a.DatapointsToAlarm,
      window,
      breachingCount: window.filter((w) => w.breaching).length,
    };
  });
  const config = policy?.TargetTrackingScalingPolicyConfiguration;
  const activities = state.activities.filter((a) => a.ResourceId === resourceId && !a.notScaled);
  const cooldowns: CooldownWindow[] = [];
  for (const a of activities) {
    // Target tracking's low alarm scales in; everything else here (high alarm, step out) scales out.
    const out = !/AlarmLow/.test(a.Cause);
    const seconds = out ? (config?.ScaleOutCooldown ?? 300) : (config?.ScaleInCooldown ?? 300);
    cooldowns.push({ from: a.StartTime, to: a.StartTime + seconds * 1000, kind: out ? 'scale-out' : 'scale-in' });
  }
  const cd = policy?.cooldown;
  if (cd?.scaleOutUntil && !cooldowns.some((c) => c.to === cd.scaleOutUntil)) cooldowns.push({ from: cd.scaleOutUntil - (config?.ScaleOutCooldown ?? 300) * 1000, to: cd.scaleOutUntil, kind: 'scale-out' });
  if (cd?.scaleInUntil && !cooldowns.some((c) => c.to === cd.scaleInUntil)) cooldowns.push({ from: cd.scaleInUntil - (config?.ScaleInCooldown ?? 300) * 1000, to: cd.scaleInUntil, kind: 'scale-in' });
  const out: AutoscalingModel = {
    resourceId,
    registered: Boolean(target),
    metric,
    alarms,
    desired: samples.map((s) => ({ t: s.t, value: s.desired })),
    running: samples.map((s) => ({ t: s.t, value: s.running })),
    cooldowns,
    activities: activities.map((a) => ({ t: a.StartTime, description: a.Description, cause: a.Cause, status: a.StatusCode })),
  };
  if (target) {
    out.minCapacity = target.MinCapacity;
    out.maxCapacity = target.MaxCapacity;
  }
  if (policy) out.policyName = policy.PolicyName;
  if (primary) out.metricName = primary.MetricName;
  if (config) out.target = config.TargetValue;
  return out;
}

/** The time window the chart shows: the last `minutes` simulated minutes up to `now`. */
export function timeWindow(now: number, minutes = 30): [number, number] {
  return [now - minutes * MINUTE, now];
}
