/**
 * CloudWatch metric alarms: PutMetricAlarm, DescribeAlarms, DeleteAlarms, and the two alarms a target tracking
 * policy creates and owns (AlarmHigh / AlarmLow, §5.2).
 */
import { AwsError } from '../errors.ts';
import { formatAwsTimestamp } from '../contract.ts';
import {
  checkEnum,
  optionalBoolean,
  optionalList,
  optionalNumber,
  optionalString,
  optionalStringList,
  requiredNumber,
  requiredString,
  validationError,
} from './input.ts';
import { metricFieldOf, trackedMetricIdentity } from './metricSource.ts';
import { paginate } from './pagination.ts';
import { alarmArn, parseResourceId } from './targetIdentity.ts';
import type { AlarmRecord, AutoScalingHost, AutoScalingState, ComparisonOperator, ScalingPolicyRecord } from './types.ts';

/** Comparison operators the simulator evaluates (the anomaly-band ones need anomaly detection models). */
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];

const ANOMALY_OPERATORS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];
const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'] as const;

/** The state every new alarm starts in. */
const INITIAL_REASON = 'Unchecked: Initial alarm creation';

function newAlarm(host: AutoScalingHost, fields: Omit<AlarmRecord, 'AlarmArn' | 'StateValue' | 'StateReason' | 'StateUpdatedTimestamp' | 'StateTransitionedTimestamp' | 'AlarmConfigurationUpdatedTimestamp' | 'datapoints'>): AlarmRecord {
  const now = host.now();
  return {
    ...fields,
    AlarmArn: alarmArn(host, fields.AlarmName),
    StateValue: 'INSUFFICIENT_DATA',
    StateReason: INITIAL_REASON,
    StateUpdatedTimestamp: now,
    StateTransitionedTimestamp: now,
    AlarmConfigurationUpdatedTimestamp: now,
    datapoints: [],
  };
}

/**
 * Creates the alarms a target tracking policy owns: AlarmHigh (metric > target for 3 of 3 one-minute datapoints)
 * and, unless `DisableScaleIn`, AlarmLow (metric < 0.9 × target for 15 of 15). Returns them as `Alarms` entries.
 */
export function createManagedAlarms(state: AutoScalingState, host: AutoScalingHost, policy: ScalingPolicyRecord): { AlarmName: string; AlarmARN: string }[] {
  const config = policy.TargetTrackingScalingPolicyConfiguration!;
  const { cluster, service } = parseResourceId(policy.ResourceId)!;
  const metric = trackedMetricIdentity(config, cluster, service);
  const field = metricFieldOf(metric.MetricName) ?? 'cpu';
  const roles: { role: 'high' | 'low'; suffix: string }[] = [{ role: 'high', suffix: 'AlarmHigh' }];
  if (!config.DisableScaleIn) roles.push({ role: 'low', suffix: 'AlarmLow' });
  const created: { AlarmName: string; AlarmARN: string }[] = [];
  for (const { role, suffix } of roles) {
    const name = `TargetTracking-${policy.ResourceId}-${suffix}-${host.uuid()}`;
    const alarm = newAlarm(host, {
      AlarmName: name,
      AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${policy.PolicyARN}.`,
      ActionsEnabled: true,
      OKActions: [],
      AlarmActions: [policy.PolicyARN],
      InsufficientDataActions: [],
      MetricName: metric.MetricName,
      Namespace: metric.Namespace,
      Statistic: metric.Statistic,
      Dimensions: metric.Dimensions,
      Period: 60,
      ...(metric.Unit ? { Unit: metric.Unit } : {}),
      EvaluationPeriods: role === 'high' ? 3 : 15,
      DatapointsToAlarm: role === 'high' ? 3 : 15,
      // Why 0.9: exported real AlarmLow alarms use exactly 90 % of the target (reference §5.2, §9).
      Threshold: role === 'high' ? config.TargetValue : roundThreshold(config.TargetValue * 0.9),
      ComparisonOperator: role === 'high' ? 'GreaterThanThreshold' : 'LessThanThreshold',
      TreatMissingData: 'missing',
      source: { resourceId: policy.ResourceId, field },
      managedBy: { policyARN: policy.PolicyARN, role },
    });
    state.alarms[name] = alarm;
    created.push({ AlarmName: name, AlarmARN: alarm.AlarmArn });
  }
  return created;
}

function roundThreshold(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** PutMetricAlarm: creates or replaces a metric alarm (single metric, one-minute period). */
export function putMetricAlarm(state: AutoScalingState, input: Record<string, unknown>, host: AutoScalingHost): unknown {
  const name = requiredString(input, 'AlarmName');
  const evaluationPeriods = requiredNumber(input, 'EvaluationPeriods', true);
  const operatorRaw = requiredString(input, 'ComparisonOperator');
  if (ANOMALY_OPERATORS.includes(operatorRaw)) {
    throw validationError(`The simulator has no anomaly detection models; use a static threshold with one of: ${COMPARISON_OPERATORS.join(', ')}.`);
  }
  const operator = checkEnum(operatorRaw, 'ComparisonOperator', COMPARISON_OPERATORS);
  if (optionalList(input, 'Metrics') !== undefined) {
    throw validationError('Metric math alarms (Metrics) are not simulated; give MetricName, Namespace, Statistic and Dimensions instead.');
  }
  const metricName = optionalString(input, 'MetricName');
  const namespace = optionalString(input, 'Namespace');
  if (metricName === undefined || namespace === undefined) throw validationError('MetricName and Namespace must be specified.');
  const statisticRaw = optionalString(input, 'Statistic');
  const extended = optionalString(input, 'ExtendedStatistic');
  if (statisticRaw === undefined && extended === undefined) throw validationError('Statistic or ExtendedStatistic must be specified.');
  const statistic = statisticRaw === undefined ? extended! : checkEnum(statisticRaw, 'Statistic', STATISTICS);
  const period = optionalNumber(input, 'Period', true);
  if (period === undefined) throw validationError('Period must be specified.');
  if (period !== 60) {
    throw validationError(`Period ${period} is not simulated: ECS publishes service metrics once a minute, so use a Period of 60 seconds.`);
  }
  if (evaluationPeriods < 1) throw validationError(`1 validation error detected: Value '${evaluationPeriods}' at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  const datapointsToAlarm = optionalNumber(input, 'DatapointsToAlarm', true) ?? evaluationPeriods;
  if (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
    throw validationError('DatapointsToAlarm must be greater than 0 and less than or equal to EvaluationPeriods.');
  }
  const threshold = optionalNumber(input, 'Threshold');
  if (threshold === undefined) throw validationError('Threshold must be specified.');
  const treatMissing = optionalString(input, 'TreatMissingData');
  if (treatMissing !== undefined) checkEnum(treatMissing, 'TreatMissingData', TREAT_MISSING);
  const dimensionsRaw = optionalList(input, 'Dimensions') ?? [];
  const dimensions = dimensionsRaw.map((d) => {
    const dim = (d ?? {}) as Record<string, unknown>;
    return { Name: requiredString(dim, 'Name'), Value: requiredString(dim, 'Value') };
  });
  const unit = optionalString(input, 'Unit');
  const description = optionalString(input, 'AlarmDescription');

  const fields = {
    AlarmName: name,
    ...(description !== undefined ? { AlarmDescription: description } : {}),
    ActionsEnabled: optionalBoolean(input, 'ActionsEnabled') ?? true,
    OKActions: optionalStringList(input, 'OKActions') ?? [],
    AlarmActions: optionalStringList(input, 'AlarmActions') ?? [],
    InsufficientDataActions: optionalStringList(input, 'InsufficientDataActions') ?? [],
    MetricName: metricName,
    Namespace: namespace,
    Statistic: statistic,
    Dimensions: dimensions,
    Period: period,
    ...(unit !== undefined ? { Unit: unit } : {}),
    EvaluationPeriods: evaluationPeriods,
    DatapointsToAlarm: datapointsToAlarm,
    Threshold: threshold,
    ComparisonOperator: operator,
    TreatMissingData: treatMissing ?? 'missing',
  };
  const existing = state.alarms[name];
  if (existing) {
    // Updating keeps the alarm's history and state, as CloudWatch does; it re-evaluates on the next minute.
    const { managedBy, source } = existing;
    const updated: AlarmRecord = {
      ...existing,
      ...fields,
      AlarmConfigurationUpdatedTimestamp: host.now(),
    };
    if (!fields.AlarmDescription) delete updated.AlarmDescription;
    if (!fields.Unit) delete updated.Unit;
    delete updated.source;
    if (managedBy && source && existing.MetricName === metricName && existing.Namespace === namespace) updated.source = source;
    state.alarms[name] = updated;
  } else {
    state.alarms[name] = newAlarm(host, fields);
  }
  return {};
}

/** An alarm as DescribeAlarms returns it. */
export function alarmOutput(alarm: AlarmRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    AlarmName: alarm.AlarmName,
    AlarmArn: alarm.AlarmArn,
  };
  if (alarm.AlarmDescription !== undefined) out['AlarmDescription'] = alarm.AlarmDescription;
  Object.assign(out, {
    AlarmConfigurationUpdatedTimestamp: formatAwsTimestamp(alarm.AlarmConfigurationUpdatedTimestamp),
    ActionsEnabled: alarm.ActionsEnabled,
    OKActions: [...alarm.OKActions],
    AlarmActions: [...alarm.AlarmActions],
    InsufficientDataActions: [...alarm.InsufficientDataActions],
    StateValue: alarm.StateValue,
    StateReason: alarm.StateReason,
    StateUpdatedTimestamp: formatAwsTimestamp(alarm.StateUpdatedTimestamp),
    MetricName: alarm.MetricName,
    Namespace: alarm.Namespace,
    Statistic: alarm.Statistic,
    Dimensions: alarm.Dimensions.map((d) => ({ ...d })),
    Period: alarm.Period,
  });
  if (alarm.Unit !== undefined) out['Unit'] = alarm.Unit;
  Object.assign(out, {
    EvaluationPeriods: alarm.EvaluationPeriods,
    DatapointsToAlarm: alarm.DatapointsToAlarm,
    Threshold: alarm.Threshold,
    ComparisonOperator: alarm.ComparisonOperator,
    TreatMissingData: alarm.TreatMissingData,
    StateTransitionedTimestamp: formatAwsTimestamp(alarm.StateTransitionedTimestamp),
  });
  return out;
}

/** DescribeAlarms: filters `AlarmNames`, `AlarmNamePrefix`, `StateValue`, `ActionPrefix`; sorted by name. */
export function describeAlarms(state: AutoScalingState, input: Record<string, unknown>): unknown {
  const names = optionalStringList(input, 'AlarmNames');
  const prefix = optionalString(input, 'AlarmNamePrefix');
  if (names && prefix !== undefined) throw validationError('AlarmNames and AlarmNamePrefix cannot be specified together.');
  const stateValue = optionalString(input, 'StateValue');
  if (stateValue !== undefined) checkEnum(stateValue, 'StateValue', ['OK', 'ALARM', 'INSUFFICIENT_DATA']);
  const actionPrefix = optionalString(input, 'ActionPrefix');
  const alarmTypes = optionalStringList(input, 'AlarmTypes');
  const wantMetric = !alarmTypes || alarmTypes.includes('MetricAlarm');
  const alarms = Object.values(state.alarms)
    .filter(() => wantMetric)
    .filter((a) => !names || names.includes(a.AlarmName))
    .filter((a) => prefix === undefined || a.AlarmName.startsWith(prefix))
    .filter((a) => stateValue === undefined || a.StateValue === stateValue)
    .filter((a) => actionPrefix === undefined || [...a.AlarmActions, ...a.OKActions, ...a.InsufficientDataActions].some((x) => x.startsWith(actionPrefix)))
    .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0));
  const { page, nextToken } = paginate(alarms, input, 50, 'MaxRecords');
  const out: Record<string, unknown> = { MetricAlarms: page.map(alarmOutput), CompositeAlarms: [] };
  if (nextToken) out['NextToken'] = nextToken;
  return out;
}

/** DeleteAlarms: all names must exist, otherwise nothing is deleted. */
export function deleteAlarms(state: AutoScalingState, input: Record<string, unknown>): unknown {
  const names = optionalStringList(input, 'AlarmNames');
  if (!names || names.length === 0) throw validationError(`1 validation error detected: Value null at 'alarmNames' failed to satisfy constraint: Member must not be null`);
  const missing = names.filter((n) => !state.alarms[n]);
  if (missing.length > 0) throw new AwsError('ResourceNotFound', `${missing.length} of ${names.length} alarms were not found: ${missing.join(', ')}`);
  for (const name of names) delete state.alarms[name];
  return {};
}
