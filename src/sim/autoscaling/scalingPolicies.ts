/**
 * PutScalingPolicy, DeleteScalingPolicy, DescribeScalingPolicies — target tracking and step scaling policies.
 */
import { AwsError } from '../errors.ts';
import { formatAwsTimestamp } from '../contract.ts';
import {
  checkEnum,
  optionalBoolean,
  optionalList,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringList,
  requiredNumber,
  requiredString,
  validationError,
} from './input.ts';
import { createManagedAlarms } from './metricAlarms.ts';
import { targetGroupOfResourceLabel } from './metricSource.ts';
import { paginate } from './pagination.ts';
import {
  ECS_DIMENSION,
  readResourceId,
  readScalableDimension,
  readServiceNamespace,
  readTargetIdentity,
  requireTarget,
  scalingPolicyArn,
} from './targetIdentity.ts';
import type {
  AdjustmentType,
  AutoScalingHost,
  AutoScalingState,
  MetricAggregationType,
  PredefinedMetricType,
  ScalingPolicyRecord,
  StepAdjustment,
  StepScalingPolicyConfiguration,
  TargetTrackingScalingPolicyConfiguration,
} from './types.ts';

/** Predefined metrics an ECS service can use. */
export const ECS_PREDEFINED_METRICS: readonly PredefinedMetricType[] = [
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
];

/** Default cooldown (seconds) for ECS policies when none is given. */
export const DEFAULT_COOLDOWN_SECONDS = 300;

const POLICY_TYPES = ['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'] as const;
const ADJUSTMENT_TYPES: readonly AdjustmentType[] = ['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'];
const AGGREGATION_TYPES: readonly MetricAggregationType[] = ['Average', 'Minimum', 'Maximum'];

function readTargetTrackingConfig(raw: Record<string, unknown>): TargetTrackingScalingPolicyConfiguration {
  const targetValue = requiredNumber(raw, 'TargetValue');
  if (targetValue <= 0) throw validationError(`The target value must be greater than 0, found ${targetValue}.`);
  const predefined = optionalObject(raw, 'PredefinedMetricSpecification');
  const customized = optionalObject(raw, 'CustomizedMetricSpecification');
  if (!predefined && !customized) {
    throw validationError('Either PredefinedMetricSpecification or CustomizedMetricSpecification must be specified.');
  }
  if (predefined && customized) {
    throw validationError('PredefinedMetricSpecification and CustomizedMetricSpecification cannot both be specified.');
  }
  const config: TargetTrackingScalingPolicyConfiguration = { TargetValue: targetValue };
  if (predefined) {
    const type = requiredString(predefined, 'PredefinedMetricType');
    if (!(ECS_PREDEFINED_METRICS as readonly string[]).includes(type)) {
      throw validationError(`Unsupported predefined metric type ${type} for ECS service. Use one of: ${ECS_PREDEFINED_METRICS.join(', ')}.`);
    }
    const label = optionalString(predefined, 'ResourceLabel');
    if (type === 'ALBRequestCountPerTarget') {
      if (label === undefined) throw validationError('ResourceLabel must be specified for predefined metric type ALBRequestCountPerTarget.');
      if (!targetGroupOfResourceLabel(label)) {
        throw validationError(`Invalid ResourceLabel ${label}. Expected app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>.`);
      }
    } else if (label !== undefined) {
      throw validationError(`ResourceLabel can only be specified for predefined metric type ALBRequestCountPerTarget.`);
    }
    config.PredefinedMetricSpecification = { PredefinedMetricType: type as PredefinedMetricType, ...(label !== undefined ? { ResourceLabel: label } : {}) };
  } else {
    if (optionalList(customized!, 'Metrics') === undefined && optionalString(customized!, 'MetricName') === undefined) {
      throw validationError('CustomizedMetricSpecification needs MetricName, Namespace and Statistic (or Metrics).');
    }
    // A copy, so the stored state never shares objects with the caller's input.
    config.CustomizedMetricSpecification = JSON.parse(JSON.stringify(customized)) as Record<string, unknown>;
  }
  const out = optionalNumber(raw, 'ScaleOutCooldown', true);
  const inn = optionalNumber(raw, 'ScaleInCooldown', true);
  for (const [name, value] of [['scaleOutCooldown', out], ['scaleInCooldown', inn]] as const) {
    if (value !== undefined && value < 0) throw validationError(`1 validation error detected: Value '${value}' at '${name}' failed to satisfy constraint: Member must have value greater than or equal to 0`);
  }
  if (out !== undefined) config.ScaleOutCooldown = out;
  if (inn !== undefined) config.ScaleInCooldown = inn;
  const disable = optionalBoolean(raw, 'DisableScaleIn');
  if (disable !== undefined) config.DisableScaleIn = disable;
  return config;
}

/**
 * Checks step bounds the way BC-AAS:StepAdjustment describes: no step with both bounds null, at most one null
 * lower and one null upper, lower < upper, and the steps, sorted, leave no gaps and do not overlap.
 */
export function validateStepAdjustments(steps: StepAdjustment[]): void {
  if (steps.length === 0) throw validationError('StepAdjustments must contain at least one step adjustment.');
  let nullLower = 0;
  let nullUpper = 0;
  for (const step of steps) {
    const lower = step.MetricIntervalLowerBound;
    const upper = step.MetricIntervalUpperBound;
    if (lower === undefined && upper === undefined) throw validationError('A step adjustment cannot have both MetricIntervalLowerBound and MetricIntervalUpperBound null.');
    if (lower === undefined) nullLower++;
    if (upper === undefined) nullUpper++;
    if (lower !== undefined && upper !== undefined && lower >= upper) {
      throw validationError(`MetricIntervalLowerBound (${lower}) must be less than MetricIntervalUpperBound (${upper}).`);
    }
  }
  if (nullLower > 1) throw validationError('At most one step adjustment can have a null MetricIntervalLowerBound.');
  if (nullUpper > 1) throw validationError('At most one step adjustment can have a null MetricIntervalUpperBound.');
  const sorted = [...steps].sort((a, b) => (a.MetricIntervalLowerBound ?? -Infinity) - (b.MetricIntervalLowerBound ?? -Infinity));
  for (let i = 1; i < sorted.length; i++) {
    const previousUpper = sorted[i - 1]!.MetricIntervalUpperBound ?? Infinity;
    const lower = sorted[i]!.MetricIntervalLowerBound ?? -Infinity;
    if (previousUpper > lower) throw validationError('Step adjustments must not overlap.');
    if (previousUpper < lower) throw validationError('Step adjustments must not have gaps between them.');
  }
}

function readStepConfig(raw: Record<string, unknown>, previous?: StepScalingPolicyConfiguration): StepScalingPolicyConfiguration {
  const adjustmentRaw = optionalString(raw, 'AdjustmentType');
  const adjustmentType = adjustmentRaw === undefined ? previous?.AdjustmentType : checkEnum(adjustmentRaw, 'AdjustmentType', ADJUSTMENT_TYPES);
  if (adjustmentType === undefined) throw validationError('AdjustmentType is required for a new step scaling policy.');
  const stepsRaw = optionalList(raw, 'StepAdjustments');
  const steps: StepAdjustment[] | undefined = stepsRaw?.map((s) => {
    const step = (s ?? {}) as Record<string, unknown>;
    const out: StepAdjustment = { ScalingAdjustment: requiredNumber(step, 'ScalingAdjustment', true) };
    const lower = optionalNumber(step, 'MetricIntervalLowerBound');
    const upper = optionalNumber(step, 'MetricIntervalUpperBound');
    if (lower !== undefined) out.MetricIntervalLowerBound = lower;
    if (upper !== undefined) out.MetricIntervalUpperBound = upper;
    return out;
  }) ?? previous?.StepAdjustments;
  if (!steps) throw validationError('StepAdjustments is required for a new step scaling policy.');
  validateStepAdjustments(steps);
  if (adjustmentType === 'ExactCapacity' && steps.some((s) => s.ScalingAdjustment < 0)) {
    throw validationError('ScalingAdjustment cannot be negative when AdjustmentType is ExactCapacity.');
  }
  const config: StepScalingPolicyConfiguration = { AdjustmentType: adjustmentType, StepAdjustments: steps };
  const magnitude = optionalNumber(raw, 'MinAdjustmentMagnitude', true) ?? previous?.MinAdjustmentMagnitude;
  if (magnitude !== undefined) {
    if (adjustmentType !== 'PercentChangeInCapacity') throw validationError('MinAdjustmentMagnitude can only be used with PercentChangeInCapacity.');
    if (magnitude < 1) throw validationError('MinAdjustmentMagnitude must be at least 1.');
    config.MinAdjustmentMagnitude = magnitude;
  }
  const cooldown = optionalNumber(raw, 'Cooldown', true) ?? previous?.Cooldown;
  if (cooldown !== undefined) {
    if (cooldown < 0) throw validationError(`1 validation error detected: Value '${cooldown}' at 'cooldown' failed to satisfy constraint: Member must have value greater than or equal to 0`);
    config.Cooldown = cooldown;
  }
  const aggregationRaw = optionalString(raw, 'MetricAggregationType');
  const aggregation = aggregationRaw === undefined ? previous?.MetricAggregationType : checkEnum(aggregationRaw, 'MetricAggregationType', AGGREGATION_TYPES);
  if (aggregation !== undefined) config.MetricAggregationType = aggregation;
  return config;
}

/** Removes a policy, its managed alarms, and its ARN from the actions of other alarms. */
export function deletePolicyRecord(state: AutoScalingState, policy: ScalingPolicyRecord): void {
  state.policies = state.policies.filter((p) => p !== policy);
  for (const alarm of Object.values(state.alarms)) {
    if (alarm.managedBy?.policyARN === policy.PolicyARN) {
      delete state.alarms[alarm.AlarmName];
    } else if (alarm.AlarmActions.includes(policy.PolicyARN)) {
      // Deleting a step policy removes the alarm action but keeps the alarm (BC-AAS:DeleteScalingPolicy).
      alarm.AlarmActions = alarm.AlarmActions.filter((a) => a !== policy.PolicyARN);
    }
  }
}

/** PutScalingPolicy: creates or updates a target tracking or step scaling policy. */
export function putScalingPolicy(state: AutoScalingState, input: Record<string, unknown>, host: AutoScalingHost): unknown {
  const { resourceId } = readTargetIdentity(input);
  const policyName = requiredString(input, 'PolicyName');
  if (policyName.length > 256 || /[\u0000-\u001f\u007f]/.test(policyName) || policyName.includes(':') || policyName.includes('/')) {
    throw validationError(`1 validation error detected: Value '${policyName}' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: \\p{Print}+ (without ':' or '/')`);
  }
  const typeRaw = optionalString(input, 'PolicyType') ?? 'StepScaling';
  const policyType = checkEnum(typeRaw, 'PolicyType', POLICY_TYPES);
  if (policyType === 'PredictiveScaling') {
    throw validationError('Predictive scaling is not simulated in this course; use TargetTrackingScaling or StepScaling.');
  }
  requireTarget(state, resourceId);
  const existing = state.policies.find((p) => p.ResourceId === resourceId && p.PolicyName === policyName);

  let targetTracking: TargetTrackingScalingPolicyConfiguration | undefined;
  let step: StepScalingPolicyConfiguration | undefined;
  if (policyType === 'TargetTrackingScaling') {
    const raw = optionalObject(input, 'TargetTrackingScalingPolicyConfiguration');
    if (!raw) throw validationError('TargetTrackingScalingPolicyConfiguration is required when PolicyType is TargetTrackingScaling.');
    if (optionalObject(input, 'StepScalingPolicyConfiguration')) throw validationError('StepScalingPolicyConfiguration cannot be specified for a TargetTrackingScaling policy.');
    targetTracking = readTargetTrackingConfig(raw);
  } else {
    const raw = optionalObject(input, 'StepScalingPolicyConfiguration');
    if (optionalObject(input, 'TargetTrackingScalingPolicyConfiguration')) throw validationError('TargetTrackingScalingPolicyConfiguration cannot be specified for a StepScaling policy.');
    if (!raw && !existing?.StepScalingPolicyConfiguration) throw validationError('StepScalingPolicyConfiguration is required when PolicyType is StepScaling.');
    step = readStepConfig(raw ?? {}, existing?.PolicyType === 'StepScaling' ? existing.StepScalingPolicyConfiguration : undefined);
  }

  // An update keeps the policy's ARN and cooldown; target tracking alarms are rebuilt for the new configuration.
  const policy: ScalingPolicyRecord = existing ?? {
    PolicyARN: scalingPolicyArn(host, resourceId, policyName),
    PolicyName: policyName,
    ServiceNamespace: 'ecs',
    ResourceId: resourceId,
    ScalableDimension: ECS_DIMENSION,
    PolicyType: policyType,
    Alarms: [],
    CreationTime: host.now(),
    cooldown: {},
  };
  if (existing) {
    for (const alarm of Object.values(state.alarms)) {
      if (alarm.managedBy?.policyARN === existing.PolicyARN) delete state.alarms[alarm.AlarmName];
    }
    delete policy.TargetTrackingScalingPolicyConfiguration;
    delete policy.StepScalingPolicyConfiguration;
  } else {
    state.policies.push(policy);
  }
  policy.PolicyType = policyType;
  policy.Alarms = [];
  if (targetTracking) {
    policy.TargetTrackingScalingPolicyConfiguration = targetTracking;
    policy.Alarms = createManagedAlarms(state, host, policy);
    return { PolicyARN: policy.PolicyARN, Alarms: policy.Alarms.map((a) => ({ ...a })) };
  }
  policy.StepScalingPolicyConfiguration = step!;
  return { PolicyARN: policy.PolicyARN };
}

/** DeleteScalingPolicy. */
export function deleteScalingPolicy(state: AutoScalingState, input: Record<string, unknown>): unknown {
  const policyName = requiredString(input, 'PolicyName');
  const { resourceId } = readTargetIdentity(input);
  const policy = state.policies.find((p) => p.ResourceId === resourceId && p.PolicyName === policyName);
  if (!policy) {
    throw new AwsError(
      'ObjectNotFoundException',
      `No scaling policy found for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${ECS_DIMENSION}, policy name: ${policyName}`,
    );
  }
  deletePolicyRecord(state, policy);
  return {};
}

/** A policy as DescribeScalingPolicies returns it. Step policies list the alarms that invoke them. */
export function scalingPolicyOutput(state: AutoScalingState, policy: ScalingPolicyRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    PolicyARN: policy.PolicyARN,
    PolicyName: policy.PolicyName,
    ServiceNamespace: policy.ServiceNamespace,
    ResourceId: policy.ResourceId,
    ScalableDimension: policy.ScalableDimension,
    PolicyType: policy.PolicyType,
  };
  if (policy.StepScalingPolicyConfiguration) out['StepScalingPolicyConfiguration'] = structuredCloneJson(policy.StepScalingPolicyConfiguration);
  if (policy.TargetTrackingScalingPolicyConfiguration) out['TargetTrackingScalingPolicyConfiguration'] = structuredCloneJson(policy.TargetTrackingScalingPolicyConfiguration);
  const alarms =
    policy.PolicyType === 'TargetTrackingScaling'
      ? policy.Alarms
      : Object.values(state.alarms)
          .filter((a) => a.AlarmActions.includes(policy.PolicyARN))
          .map((a) => ({ AlarmName: a.AlarmName, AlarmARN: a.AlarmArn }));
  out['Alarms'] = alarms.map((a) => ({ ...a }));
  out['CreationTime'] = formatAwsTimestamp(policy.CreationTime);
  return out;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** DescribeScalingPolicies, filtered by `PolicyNames`, `ResourceId`, `ScalableDimension`. */
export function describeScalingPolicies(state: AutoScalingState, input: Record<string, unknown>): unknown {
  readServiceNamespace(input);
  readScalableDimension(input, false);
  const resourceId = optionalString(input, 'ResourceId');
  if (resourceId !== undefined) readResourceId(input);
  const names = optionalStringList(input, 'PolicyNames');
  const policies = state.policies
    .filter((p) => resourceId === undefined || p.ResourceId === resourceId)
    .filter((p) => !names || names.includes(p.PolicyName));
  const { page, nextToken } = paginate(policies, input);
  const out: Record<string, unknown> = { ScalingPolicies: page.map((p) => scalingPolicyOutput(state, p)) };
  if (nextToken) out['NextToken'] = nextToken;
  return out;
}
