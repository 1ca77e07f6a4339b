import { describe, expect, test } from 'vitest';
import { applyStepAdjustment, roundPercentChange } from '../../../src/sim/autoscaling/index.ts';
import { TARGET, USER_SERVICE, harness } from './fakeHost.ts';

/** The AAS user guide's example: threshold 50, ±10 % / ±30 % steps (reference §5.3). */
function workedExample(cooldown = 0) {
  const h = harness();
  h.host.addService('production', 'user-service', 10);
  h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 1, MaxCapacity: 50 });
  const out = h.aas('PutScalingPolicy', {
    ...TARGET,
    PolicyName: 'cpu-step-out',
    PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: {
      AdjustmentType: 'PercentChangeInCapacity',
      Cooldown: cooldown,
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 0 },
        { MetricIntervalLowerBound: 10, MetricIntervalUpperBound: 20, ScalingAdjustment: 10 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 30 },
      ],
    },
  });
  const inn = h.aas('PutScalingPolicy', {
    ...TARGET,
    PolicyName: 'cpu-step-in',
    PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: {
      AdjustmentType: 'PercentChangeInCapacity',
      Cooldown: cooldown,
      StepAdjustments: [
        { MetricIntervalLowerBound: -10, MetricIntervalUpperBound: 0, ScalingAdjustment: 0 },
        { MetricIntervalLowerBound: -20, MetricIntervalUpperBound: -10, ScalingAdjustment: -10 },
        { MetricIntervalUpperBound: -20, ScalingAdjustment: -30 },
      ],
    },
  });
  const alarm = { Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 50, Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }] };
  h.cw('PutMetricAlarm', { ...alarm, AlarmName: 'cpu-high', ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [out.PolicyARN] });
  h.cw('PutMetricAlarm', { ...alarm, AlarmName: 'cpu-low', ComparisonOperator: 'LessThanOrEqualToThreshold', AlarmActions: [inn.PolicyARN] });
  return h;
}

describe('step scaling (reference §5.3 worked example)', () => {
  test('capacity 10: metric 60 → 11; 70 → 14; 40 → 13; 30 → 10', () => {
    const h = workedExample();
    const seen: number[] = [];

    for (const cpu of [60, 70, 40, 30]) {
      h.host.setCpu(USER_SERVICE, cpu);
      h.minutes(1);
      seen.push(h.host.service(USER_SERVICE).desiredCount);
    }

    expect(seen).toEqual([11, 14, 13, 10]);
  });

  test('the activity names the user alarm and the step policy', () => {
    const h = workedExample();
    h.host.setCpu(USER_SERVICE, 60);

    h.minutes(1);

    expect(h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs' }).ScalingActivities[0]).toMatchObject({
      Description: 'Setting desired count to 11.',
      Cause: 'monitor alarm cpu-high in state ALARM triggered policy cpu-step-out',
    });
  });

  test('a metric inside the 0-adjustment step changes nothing', () => {
    const h = workedExample();
    h.host.setCpu(USER_SERVICE, 55);

    h.minutes(3);

    expect(h.host.desiredCountCalls).toEqual([]);
  });

  test('describe-scaling-policies lists the alarms that invoke a step policy', () => {
    const h = workedExample();

    const policies = h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs', PolicyNames: ['cpu-step-out'] }).ScalingPolicies;

    expect(policies[0].Alarms).toEqual([{ AlarmName: 'cpu-high', AlarmARN: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high' }]);
    expect(policies[0].StepScalingPolicyConfiguration.AdjustmentType).toBe('PercentChangeInCapacity');
  });

  test('with no step for the breach the attempt is logged with AWS’s message', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 4);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 1, MaxCapacity: 10 });
    const policy = h.aas('PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'only-big-steps',
      PolicyType: 'StepScaling',
      StepScalingPolicyConfiguration: { AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 20, ScalingAdjustment: 2 }] },
    });
    h.cw('PutMetricAlarm', {
      AlarmName: 'cpu-high', Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 50,
      ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [policy.PolicyARN],
      Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }],
    });
    h.host.setCpu(USER_SERVICE, 60);

    h.minutes(1);

    expect(h.host.desiredCountCalls).toEqual([]);
    expect(h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs', IncludeNotScaledActivities: true }).ScalingActivities[0]).toMatchObject({
      StatusCode: 'Failed',
      StatusMessage: 'No step adjustment found for metric value [60.0] and breach threshold 50.0',
    });
  });

  test('ChangeInCapacity during the cooldown adds only the difference (+2, then a +3 step adds 1)', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 4);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 1, MaxCapacity: 20 });
    const policy = h.aas('PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'steps',
      PolicyType: 'StepScaling',
      StepScalingPolicyConfiguration: {
        AdjustmentType: 'ChangeInCapacity',
        Cooldown: 300,
        StepAdjustments: [
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 2 },
          { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
        ],
      },
    });
    h.cw('PutMetricAlarm', {
      AlarmName: 'cpu-high', Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 50,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [policy.PolicyARN],
      Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }],
    });

    h.host.setCpu(USER_SERVICE, 60);
    h.minutes(1);
    const first = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(1);
    const sameStepInCooldown = h.host.service(USER_SERVICE).desiredCount;
    h.host.setCpu(USER_SERVICE, 75);
    h.minutes(1);

    expect(first).toBe(6);
    expect(sameStepInCooldown).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(7);
  });
});

describe('step arithmetic', () => {
  test.each([
    [12.7, 12],
    [1, 1],
    [0.4, 1],
    [0, 0],
    [-0.4, -1],
    [-1, -1],
    [-6.67, -6],
    [-3.9, -3],
  ])('a percent change of %d rounds to %d', (change, rounded) => {
    expect(roundPercentChange(change)).toBe(rounded);
  });

  test('MinAdjustmentMagnitude raises a small percent change (25 % of 4 = 1 → 2)', () => {
    expect(applyStepAdjustment(4, 'PercentChangeInCapacity', 25)).toBe(5);
    expect(applyStepAdjustment(4, 'PercentChangeInCapacity', 25, 2)).toBe(6);
  });

  test('ExactCapacity sets the capacity', () => {
    expect(applyStepAdjustment(4, 'ExactCapacity', 9)).toBe(9);
  });
});

describe('step policy validation', () => {
  function put(config: Record<string, unknown>) {
    const h = harness();
    h.host.addService('production', 'user-service', 4);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 1, MaxCapacity: 20 });
    return () => h.aas('PutScalingPolicy', { ...TARGET, PolicyName: 'p', PolicyType: 'StepScaling', StepScalingPolicyConfiguration: config });
  }

  test.each([
    [{ StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] }, 'AdjustmentType is required for a new step scaling policy.'],
    [{ AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ ScalingAdjustment: 1 }] }, 'A step adjustment cannot have both MetricIntervalLowerBound and MetricIntervalUpperBound null.'],
    [{ AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 5, ScalingAdjustment: 2 }] }, 'Step adjustments must not overlap.'],
    [{ AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 15, ScalingAdjustment: 2 }] }, 'Step adjustments must not have gaps between them.'],
    [{ AdjustmentType: 'ChangeInCapacity', MinAdjustmentMagnitude: 2, StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] }, 'MinAdjustmentMagnitude can only be used with PercentChangeInCapacity.'],
    [{ AdjustmentType: 'Double', StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] }, "1 validation error detected: Value 'Double' at 'adjustmentType' failed to satisfy constraint: Member must satisfy enum value set: [ChangeInCapacity, PercentChangeInCapacity, ExactCapacity]"],
  ])('rejects %#', (config, message) => {
    expect(put(config)).toThrow(expect.objectContaining({ code: 'ValidationException', message }));
  });
});

describe('PutMetricAlarm / DescribeAlarms / DeleteAlarms', () => {
  const base = { AlarmName: 'cpu-high', Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 2, Threshold: 80, ComparisonOperator: 'GreaterThanThreshold', Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }] };

  test('a user alarm follows the service metric (2 of 2 datapoints)', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 2);
    h.cw('PutMetricAlarm', base);
    h.host.setCpu(USER_SERVICE, 85);

    h.minutes(1);
    const afterOne = h.cw('DescribeAlarms', { AlarmNames: ['cpu-high'] }).MetricAlarms[0].StateValue;
    h.minutes(1);

    expect(afterOne).toBe('OK');
    expect(h.cw('DescribeAlarms', { StateValue: 'ALARM' }).MetricAlarms.map((a: any) => a.AlarmName)).toEqual(['cpu-high']);
  });

  test('DatapointsToAlarm allows M of N', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 2);
    h.cw('PutMetricAlarm', { ...base, EvaluationPeriods: 3, DatapointsToAlarm: 2 });

    for (const cpu of [90, 10, 90]) {
      h.host.setCpu(USER_SERVICE, cpu);
      h.minutes(1);
    }

    expect(h.cw('DescribeAlarms', {}).MetricAlarms[0].StateValue).toBe('ALARM');
  });

  test.each([
    [{ Period: 300 }, 'Period 300 is not simulated: ECS publishes service metrics once a minute, so use a Period of 60 seconds.'],
    [{ DatapointsToAlarm: 5 }, 'DatapointsToAlarm must be greater than 0 and less than or equal to EvaluationPeriods.'],
    [{ ComparisonOperator: 'Bigger' }, "1 validation error detected: Value 'Bigger' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, LessThanOrEqualToThreshold]"],
    [{ Statistic: 'Median' }, "1 validation error detected: Value 'Median' at 'statistic' failed to satisfy constraint: Member must satisfy enum value set: [SampleCount, Average, Sum, Minimum, Maximum]"],
  ])('rejects %#', (change, message) => {
    const h = harness();

    expect(() => h.cw('PutMetricAlarm', { ...base, ...change })).toThrow(expect.objectContaining({ code: 'ValidationException', message }));
  });

  test('DeleteAlarms removes alarms and refuses unknown names', () => {
    const h = harness();
    h.cw('PutMetricAlarm', base);

    expect(() => h.cw('DeleteAlarms', { AlarmNames: ['cpu-high', 'nope'] })).toThrow(expect.objectContaining({ code: 'ResourceNotFound' }));
    h.cw('DeleteAlarms', { AlarmNames: ['cpu-high'] });
    expect(h.cw('DescribeAlarms', {}).MetricAlarms).toEqual([]);
  });
});
