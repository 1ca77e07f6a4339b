import { describe, expect, test } from 'vitest';
import { summarizeAutoScaling } from '../../../src/sim/autoscaling/index.ts';
import { CHAPTER_CPU_POLICY, CHAPTER_REGISTER, TARGET, USER_SERVICE, harness } from './fakeHost.ts';

function setup(desired = 4) {
  const h = harness();
  h.host.addService('production', 'user-service', desired);
  h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
  return h;
}

describe('other target tracking metrics', () => {
  test('ECSServiceAverageMemoryUtilization tracks MemoryUtilization', () => {
    const h = setup(4);
    h.aas('PutScalingPolicy', { ...TARGET, PolicyName: 'mem', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' } } });
    h.host.service(USER_SERVICE).metrics = { cpu: 10, memory: 75, requestCountPerTarget: 0 };

    h.minutes(3);

    expect(h.cw('DescribeAlarms', {}).MetricAlarms[0].MetricName).toBe('MemoryUtilization');
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
  });

  test('a customized metric is accepted, echoed, and evaluated on the metric it names', () => {
    const h = setup(4);
    const custom = { MetricName: 'CPUUtilization', Namespace: 'AWS/ECS', Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }], Statistic: 'Maximum', Unit: 'Percent' };
    h.aas('PutScalingPolicy', { ...TARGET, PolicyName: 'custom', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, CustomizedMetricSpecification: custom } });
    h.host.setCpu(USER_SERVICE, 100);

    h.minutes(3);

    expect(h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs' }).ScalingPolicies[0].TargetTrackingScalingPolicyConfiguration.CustomizedMetricSpecification).toEqual(custom);
    expect(h.cw('DescribeAlarms', {}).MetricAlarms[0]).toMatchObject({ Statistic: 'Maximum', MetricName: 'CPUUtilization' });
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(8);
  });

  test('ALBRequestCountPerTarget: 4 targets at 2000 requests with target 1000 → 8 tasks', () => {
    const h = setup(4);
    h.aas('PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'requests',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 1000, PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget', ResourceLabel: 'app/my-alb/abc123/targetgroup/user-svc-tg/def456' } },
    });
    h.host.setLoad(USER_SERVICE, { pattern: 'constant', cpuPercent: 20, requestsPerTarget: 2000 });

    h.minutes(10);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(8);
    expect(h.host.metrics(USER_SERVICE)!.requestCountPerTarget).toBe(1000);
  });

  test('a request-count policy scales a service out from zero tasks', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 0);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 0, MaxCapacity: 10 });
    h.aas('PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'requests',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 1000, ScaleOutCooldown: 0, PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget', ResourceLabel: 'app/my-alb/abc123/targetgroup/user-svc-tg/def456' } },
    });
    h.host.setLoad(USER_SERVICE, { pattern: 'constant', cpuPercent: 30, requestsPerTarget: 2500 });

    h.minutes(3);
    const first = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(10);

    expect(first).toBe(1);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(3);
  });

  test('with no running tasks the CPU alarms have no data and nothing scales', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 0);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 0, MaxCapacity: 10 });
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setLoad(USER_SERVICE, { pattern: 'constant', cpuPercent: 30, requestsPerTarget: 10 });

    h.minutes(1);

    expect(h.cw('DescribeAlarms', {}).MetricAlarms.map((a: any) => a.StateValue)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    expect(h.host.desiredCountCalls).toEqual([]);
  });

  test.each([
    [{ TargetValue: 50 }, 'Either PredefinedMetricSpecification or CustomizedMetricSpecification must be specified.'],
    [{ TargetValue: 0, PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' } }, 'The target value must be greater than 0, found 0.'],
    [{ TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' } }, 'Unsupported predefined metric type DynamoDBReadCapacityUtilization for ECS service. Use one of: ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization, ALBRequestCountPerTarget.'],
    [{ PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' } }, "1 validation error detected: Value null at 'targetValue' failed to satisfy constraint: Member must not be null"],
  ])('rejects target tracking configuration %#', (config, message) => {
    const h = setup(4);

    expect(() => h.aas('PutScalingPolicy', { ...TARGET, PolicyName: 'p', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: config })).toThrow(
      expect.objectContaining({ code: 'ValidationException', message }),
    );
  });
});

describe('updating and deleting policies', () => {
  test('putting a policy again keeps its ARN and replaces its alarms with ones for the new target', () => {
    const h = setup(4);
    const first = h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);

    const second = h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 50 } });
    const alarms = h.cw('DescribeAlarms', {}).MetricAlarms;

    expect(second.PolicyARN).toBe(first.PolicyARN);
    expect(alarms).toHaveLength(2);
    expect(alarms.map((a: any) => a.Threshold)).toEqual([50, 45]);
    expect(h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs' }).ScalingPolicies).toHaveLength(1);
  });

  test('deleting an unknown policy is ObjectNotFoundException', () => {
    const h = setup(4);

    expect(() => h.aas('DeleteScalingPolicy', { ...TARGET, PolicyName: 'nope' })).toThrow(
      expect.objectContaining({
        code: 'ObjectNotFoundException',
        message: 'No scaling policy found for service namespace: ecs, resource ID: service/production/user-service, scalable dimension: ecs:service:DesiredCount, policy name: nope',
      }),
    );
  });

  test('deleting a step policy keeps its alarm but removes the action', () => {
    const h = setup(4);
    const { PolicyARN } = h.aas('PutScalingPolicy', { ...TARGET, PolicyName: 's', PolicyType: 'StepScaling', StepScalingPolicyConfiguration: { AdjustmentType: 'ChangeInCapacity', StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] } });
    h.cw('PutMetricAlarm', { AlarmName: 'hi', Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 1, Threshold: 50, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [PolicyARN] });

    h.aas('DeleteScalingPolicy', { ...TARGET, PolicyName: 's' });

    expect(h.cw('DescribeAlarms', {}).MetricAlarms[0]).toMatchObject({ AlarmName: 'hi', AlarmActions: [] });
  });
});

describe('scaling activity log', () => {
  test('a repeated not-scaled reason is logged again only after 15 minutes', () => {
    const h = setup(20);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 99);

    h.minutes(20);
    const notScaled = h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs', IncludeNotScaledActivities: true }).ScalingActivities;

    expect(notScaled.map((a: any) => a.StartTime)).toEqual(['2026-01-15T09:18:00.000000+00:00', '2026-01-15T09:03:00.000000+00:00']);
    expect(h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs' }).ScalingActivities).toEqual([]);
  });

  test('activities are listed newest first and filtered by resource', () => {
    const h = setup(4);
    h.host.addService('production', 'other', 1);
    h.aas('RegisterScalableTarget', { ...TARGET, ResourceId: 'service/production/other', MinCapacity: 3, MaxCapacity: 5 });
    h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, ScaleOutCooldown: 0 } });
    h.host.setCpu(USER_SERVICE, 95);

    h.minutes(4);
    const all = h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs' }).ScalingActivities.map((a: any) => a.Description);
    const mine = h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs', ResourceId: USER_SERVICE }).ScalingActivities.map((a: any) => a.Description);

    expect(all).toEqual(['Setting desired count to 9.', 'Setting desired count to 6.', 'Setting desired count to 3.']);
    expect(mine).toEqual(['Setting desired count to 9.', 'Setting desired count to 6.']);
  });
});

describe('summary for sim state', () => {
  test('lists the target, its policy with alarm states, schedules and the last activity', () => {
    const h = setup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'evening', Schedule: 'cron(0 18 ? * MON-FRI *)', ScalableTargetAction: { MinCapacity: 8 } });
    h.host.setCpu(USER_SERVICE, 91);
    h.minutes(3);

    const lines = summarizeAutoScaling(h.state);

    expect(lines[0]).toBe('scalable target service/production/user-service: min 2, max 20');
    expect(lines[1]).toBe('  policy cpu-target-tracking (TargetTrackingScaling: ECSServiceAverageCPUUtilization target 70.0)');
    expect(lines[2]).toMatch(/^ {4}alarm TargetTracking-service\/production\/user-service-AlarmHigh-.*: ALARM \(CPUUtilization > 70\.0 for 3 of 3 min; last 91\.0\)$/);
    expect(lines[3]).toMatch(/AlarmLow-.*: OK \(CPUUtilization < 63\.0 for 15 of 15 min; last 91\.0\)$/);
    expect(lines[4]).toBe('  scheduled evening cron(0 18 ? * MON-FRI *): min 8');
    expect(summarizeAutoScaling(h.state, h.host.time + 20_000)[1]).toBe(
      '  policy cpu-target-tracking (TargetTrackingScaling: ECSServiceAverageCPUUtilization target 70.0); scale-out cooldown 40 s left',
    );
    expect(lines[5]).toMatch(/^ {2}last activity: Setting desired count to 6\. \(monitor alarm .*AlarmHigh.* in state ALARM triggered policy cpu-target-tracking\)$/);
  });
});

describe('a desired count set by hand outside [min, max] (reference §5.1)', () => {
  test('below min: a scale-out alarm first jumps to min', () => {
    const h = setup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.service(USER_SERVICE).desiredCount = 1;
    h.host.service(USER_SERVICE).runningCount = 1;
    h.host.setCpu(USER_SERVICE, 75);

    h.minutes(3);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(2);
  });

  test('below min: a scale-in alarm changes nothing', () => {
    const h = setup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.service(USER_SERVICE).desiredCount = 1;
    h.host.service(USER_SERVICE).runningCount = 1;
    h.host.setCpu(USER_SERVICE, 10);

    h.minutes(20);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(1);
  });

  test('above max: a scale-in alarm first drops to max; a scale-out alarm changes nothing', () => {
    const up = setup(4);
    up.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    up.host.service(USER_SERVICE).desiredCount = 25;
    up.host.service(USER_SERVICE).runningCount = 25;
    up.host.setCpu(USER_SERVICE, 99);
    up.minutes(5);
    const down = setup(4);
    down.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    down.host.service(USER_SERVICE).desiredCount = 25;
    down.host.service(USER_SERVICE).runningCount = 25;
    down.host.setCpu(USER_SERVICE, 60);

    down.minutes(15);

    expect(up.host.service(USER_SERVICE).desiredCount).toBe(25);
    expect(down.host.service(USER_SERVICE).desiredCount).toBe(20);
  });
});

describe('scheduled actions and policies together', () => {
  test('a scheduled action runs during a scale-in cooldown, and the policy keeps working inside the new range', () => {
    const h = setup(10);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 35);
    h.minutes(15); // scale in: ceil(10 × 35 / 70) = 5, starting a 300 s scale-in cooldown
    const afterPolicy = h.host.service(USER_SERVICE).desiredCount;
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'floor', Schedule: 'at(2026-01-15T09:17:00)', ScalableTargetAction: { MinCapacity: 7 } });

    h.minutes(2);
    const afterSchedule = h.host.service(USER_SERVICE).desiredCount;
    h.host.setCpu(USER_SERVICE, 95);
    h.minutes(3);

    expect(afterPolicy).toBe(5);
    expect(afterSchedule).toBe(7);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(10);
  });

  test('DynamicScalingInSuspended stops scale-in but not scale-out', () => {
    const h = setup(6);
    h.aas('RegisterScalableTarget', { ...TARGET, SuspendedState: { DynamicScalingInSuspended: true } });
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 10);
    h.minutes(20);
    const afterLow = h.host.service(USER_SERVICE).desiredCount;
    h.host.setCpu(USER_SERVICE, 80);

    h.minutes(3);

    expect(afterLow).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(7);
  });
});
