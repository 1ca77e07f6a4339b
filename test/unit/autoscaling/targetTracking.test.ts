import { describe, expect, test } from 'vitest';
import { CHAPTER_ALB_POLICY, CHAPTER_CPU_POLICY, CHAPTER_REGISTER, TARGET, USER_SERVICE, harness } from './fakeHost.ts';

function chapterSetup(desired = 4) {
  const h = harness();
  h.host.addService('production', 'user-service', desired);
  h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
  return h;
}

function alarmsOf(h: ReturnType<typeof harness>) {
  return h.cw('DescribeAlarms', {}).MetricAlarms as Record<string, any>[];
}

function activities(h: ReturnType<typeof harness>, includeNotScaled = false) {
  return h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs', ResourceId: USER_SERVICE, IncludeNotScaledActivities: includeNotScaled }).ScalingActivities as Record<string, any>[];
}

describe('the chapter §7 commands', () => {
  test('register-scalable-target returns a scalable target ARN and describe-scalable-targets shows it', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);

    const registered = h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
    const described = h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs' });

    expect(registered.ScalableTargetARN).toMatch(/^arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target\/[0-9a-z]{36}$/);
    expect(described.ScalableTargets).toEqual([
      {
        ServiceNamespace: 'ecs',
        ResourceId: 'service/production/user-service',
        ScalableDimension: 'ecs:service:DesiredCount',
        MinCapacity: 2,
        MaxCapacity: 20,
        RoleARN: 'arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService',
        CreationTime: '2026-01-15T09:00:00.000000+00:00',
        SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
        ScalableTargetARN: registered.ScalableTargetARN,
      },
    ]);
  });

  test('the CPU policy returns its ARN and the AlarmHigh / AlarmLow managed alarms', () => {
    const h = chapterSetup();

    const result = h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);

    expect(result.PolicyARN).toMatch(
      /^arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:[0-9a-f-]{36}:resource\/ecs\/service\/production\/user-service:policyName\/cpu-target-tracking$/,
    );
    expect(result.Alarms).toHaveLength(2);
    expect(result.Alarms[0].AlarmName).toMatch(/^TargetTracking-service\/production\/user-service-AlarmHigh-[0-9a-f-]{36}$/);
    expect(result.Alarms[1].AlarmName).toMatch(/^TargetTracking-service\/production\/user-service-AlarmLow-[0-9a-f-]{36}$/);
    expect(result.Alarms[0].AlarmARN).toBe(`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${result.Alarms[0].AlarmName}`);
  });

  test('the managed alarms are CPU > 70 for 3 of 3 minutes and CPU < 63 for 15 of 15', () => {
    const h = chapterSetup();
    const { PolicyARN } = h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);

    const [high, low] = alarmsOf(h);

    expect(high).toMatchObject({
      AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${PolicyARN}.`,
      MetricName: 'CPUUtilization',
      Namespace: 'AWS/ECS',
      Statistic: 'Average',
      Unit: 'Percent',
      Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }],
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      Threshold: 70,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [PolicyARN],
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
    });
    expect(low).toMatchObject({ EvaluationPeriods: 15, DatapointsToAlarm: 15, Threshold: 63, ComparisonOperator: 'LessThanThreshold' });
  });

  test('the request-count policy tracks the ALB target group of its ResourceLabel', () => {
    const h = chapterSetup();

    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    const result = h.aas('PutScalingPolicy', CHAPTER_ALB_POLICY);
    const albAlarms = alarmsOf(h).filter((a) => result.Alarms.some((x: any) => x.AlarmName === a.AlarmName));

    expect(albAlarms.map((a) => [a.Namespace, a.MetricName, a.Statistic, a.Dimensions, a.Threshold])).toEqual([
      ['AWS/ApplicationELB', 'RequestCountPerTarget', 'Sum', [{ Name: 'TargetGroup', Value: 'targetgroup/user-svc-tg/def456' }], 1000],
      ['AWS/ApplicationELB', 'RequestCountPerTarget', 'Sum', [{ Name: 'TargetGroup', Value: 'targetgroup/user-svc-tg/def456' }], 900],
    ]);
    expect(h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs' }).ScalingPolicies.map((p: any) => p.PolicyName)).toEqual([
      'cpu-target-tracking',
      'request-count-tracking',
    ]);
  });

  test('a policy before the target is registered fails with ObjectNotFoundException', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);

    expect(() => h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY)).toThrow(
      expect.objectContaining({
        code: 'ObjectNotFoundException',
        message: 'No scalable target registered for service namespace: ecs, resource ID: service/production/user-service, scalable dimension: ecs:service:DesiredCount',
      }),
    );
  });

  test('ALBRequestCountPerTarget without ResourceLabel is rejected', () => {
    const h = chapterSetup();
    const policy = structuredClone(CHAPTER_ALB_POLICY) as any;
    delete policy.TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.ResourceLabel;

    expect(() => h.aas('PutScalingPolicy', policy)).toThrow(expect.objectContaining({ code: 'ValidationException', message: expect.stringContaining('ResourceLabel') }));
  });

  test('DisableScaleIn creates only the AlarmHigh alarm', () => {
    const h = chapterSetup();
    const policy = structuredClone(CHAPTER_CPU_POLICY) as any;
    policy.TargetTrackingScalingPolicyConfiguration.DisableScaleIn = true;

    const result = h.aas('PutScalingPolicy', policy);

    expect(result.Alarms).toHaveLength(1);
    expect(result.Alarms[0].AlarmName).toContain('-AlarmHigh-');
    expect(alarmsOf(h)).toHaveLength(1);
  });

  test('deleting the policy deletes its managed alarms', () => {
    const h = chapterSetup();
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);

    h.aas('DeleteScalingPolicy', { ...TARGET, PolicyName: 'cpu-target-tracking' });

    expect(alarmsOf(h)).toEqual([]);
    expect(h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs' }).ScalingPolicies).toEqual([]);
  });
});

describe('target tracking on CPU', () => {
  test('scales out only after 3 consecutive minutes above the target', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 60 } });
    h.host.setCpu(USER_SERVICE, 90);

    h.minutes(2);
    const afterTwo = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(1);

    expect(afterTwo).toBe(4);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
  });

  test('4 tasks at 90 % with target 60 scale to 6, logged with the AWS strings', () => {
    const h = chapterSetup(4);
    const { Alarms } = h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 60 } });
    h.host.setCpu(USER_SERVICE, 90);

    h.minutes(3);
    const [activity] = activities(h);

    expect(activity).toEqual({
      ActivityId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ServiceNamespace: 'ecs',
      ResourceId: USER_SERVICE,
      ScalableDimension: 'ecs:service:DesiredCount',
      Description: 'Setting desired count to 6.',
      Cause: `monitor alarm ${Alarms[0].AlarmName} in state ALARM triggered policy cpu-target-tracking`,
      StartTime: '2026-01-15T09:03:00.000000+00:00',
      EndTime: '2026-01-15T09:03:00.000000+00:00',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 6. Change successfully fulfilled by ecs.',
    });
  });

  test('the alarm shows ALARM with a CloudWatch-style reason while breaching', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.runningFollowsDesired = false;
    h.host.setCpu(USER_SERVICE, 82.5);

    h.minutes(3);
    const high = alarmsOf(h)[0]!;

    expect(high.StateValue).toBe('ALARM');
    expect(high.StateReason).toBe(
      'Threshold Crossed: 3 out of the last 3 datapoints [82.5 (15/01/26 09:03:00), 82.5 (15/01/26 09:02:00), 82.5 (15/01/26 09:01:00)] were greater than the threshold (70.0) (minimum 3 datapoints for OK -> ALARM transition).',
    );
    expect(high.StateUpdatedTimestamp).toBe('2026-01-15T09:03:00.000000+00:00');
  });

  test('6 tasks at 30 % with target 60 scale in to 3, but only after 15 minutes below 54', () => {
    const h = chapterSetup(6);
    h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 60 } });
    h.host.setCpu(USER_SERVICE, 30);

    h.minutes(14);
    const afterFourteen = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(1);

    expect(afterFourteen).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(3);
    expect(activities(h)[0]!.Description).toBe('Setting desired count to 3.');
    expect(activities(h)[0]!.Cause).toContain('-AlarmLow-');
  });

  test('a service with no running tasks has no data: alarms go INSUFFICIENT_DATA and nothing scales', () => {
    const h = chapterSetup(2);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 95);
    h.host.runningFollowsDesired = false;
    h.host.service(USER_SERVICE).runningCount = 0;

    h.minutes(5);

    expect(alarmsOf(h).map((a) => a.StateValue)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    expect(h.host.desiredCountCalls).toEqual([]);
  });

  test('an alarm that had data goes to INSUFFICIENT_DATA when the tasks disappear', () => {
    const h = chapterSetup(2);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 50);
    h.minutes(2);
    const before = alarmsOf(h)[0]!.StateValue;
    h.host.runningFollowsDesired = false;
    h.host.service(USER_SERVICE).runningCount = 0;

    h.minutes(1);

    expect(before).toBe('OK');
    expect(alarmsOf(h)[0]).toMatchObject({ StateValue: 'INSUFFICIENT_DATA', StateReason: 'Insufficient Data: 1 datapoint was unknown.' });
  });

  test('scale-out computes from RUNNING tasks, so tasks that cannot start do not cause runaway scaling', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 60, ScaleOutCooldown: 0 } });
    h.host.runningFollowsDesired = false;
    h.host.setCpu(USER_SERVICE, 90);

    h.minutes(30);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
    expect(h.host.desiredCountCalls).toHaveLength(1);
  });

  test('desired count stops at MaxCapacity and the blocked attempt is a not-scaled activity', () => {
    const h = chapterSetup(18);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 100);

    h.minutes(3);
    const afterFirst = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(5);

    expect(afterFirst).toBe(20);
    expect(activities(h)).toHaveLength(1);
    const notScaled = activities(h, true).filter((a) => a.StatusCode === 'Failed');
    expect(notScaled).toHaveLength(1);
    expect(notScaled[0]).toMatchObject({
      Description: 'Attempting to scale due to alarm triggered',
      StatusCode: 'Failed',
      NotScaledReasons: [{ Code: 'AlreadyAtMaxCapacity', MaxCapacity: 20 }],
    });
  });

  test('scale-in stops at MinCapacity with AlreadyAtMinCapacity', () => {
    const h = chapterSetup(2);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 5);

    h.minutes(20);

    expect(h.host.desiredCountCalls).toEqual([]);
    expect(activities(h, true)[0]!.NotScaledReasons).toEqual([{ Code: 'AlreadyAtMinCapacity', MinCapacity: 2 }]);
  });

  test('no scale-in while a deployment is in progress; it resumes afterwards', () => {
    const h = chapterSetup(6);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.service(USER_SERVICE).deploymentInProgress = true;
    h.host.setCpu(USER_SERVICE, 20);

    h.minutes(20);
    const during = h.host.service(USER_SERVICE).desiredCount;
    h.host.service(USER_SERVICE).deploymentInProgress = false;
    h.minutes(1);

    expect(during).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(2);
  });

  test('scale-out continues during a deployment', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.service(USER_SERVICE).deploymentInProgress = true;
    h.host.setCpu(USER_SERVICE, 91);

    h.minutes(3);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
  });

  test('DynamicScalingOutSuspended stops scale-out', () => {
    const h = chapterSetup(4);
    h.aas('RegisterScalableTarget', { ...TARGET, SuspendedState: { DynamicScalingOutSuspended: true } });
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.host.setCpu(USER_SERVICE, 95);

    h.minutes(10);

    expect(h.host.desiredCountCalls).toEqual([]);
    expect(h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs' }).ScalableTargets[0].SuspendedState.DynamicScalingOutSuspended).toBe(true);
  });
});

describe('cooldowns', () => {
  function cooldownSetup(scaleOut: number, scaleIn: number) {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', {
      ...CHAPTER_CPU_POLICY,
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' }, ScaleOutCooldown: scaleOut, ScaleInCooldown: scaleIn },
    });
    return h;
  }

  test('after a scale-in, no further scale-in until the scale-in cooldown has passed', () => {
    const h = cooldownSetup(60, 600);
    h.host.setCpu(USER_SERVICE, 10);
    h.host.service(USER_SERVICE).desiredCount = 10;
    h.host.service(USER_SERVICE).runningCount = 10;
    h.minutes(15); // first scale-in: 10 → ceil(10 × 10 / 50) = 2

    // Put 10 tasks back by hand; at 40 % (< 45, so AlarmLow stays in ALARM) the policy wants ceil(10 × 40 / 50) = 8.
    h.host.setCpu(USER_SERVICE, 40);
    h.host.service(USER_SERVICE).desiredCount = 10;
    h.host.service(USER_SERVICE).runningCount = 10;
    h.minutes(5);
    const duringCooldown = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(6);

    expect(activities(h)[activities(h).length - 1]!.Description).toBe('Setting desired count to 2.');
    expect(duringCooldown).toBe(10);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(8);
  });

  test('a scale-out during the scale-in cooldown happens at once', () => {
    const h = cooldownSetup(60, 3600);
    h.host.setCpu(USER_SERVICE, 10);
    h.host.service(USER_SERVICE).desiredCount = 10;
    h.host.service(USER_SERVICE).runningCount = 10;
    h.minutes(15);
    const afterScaleIn = h.host.service(USER_SERVICE).desiredCount;

    h.host.setCpu(USER_SERVICE, 100);
    h.minutes(3);

    expect(afterScaleIn).toBe(2);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(4);
  });

  test('during the scale-out cooldown only a larger scale-out happens', () => {
    const h = cooldownSetup(600, 300);
    h.host.runningFollowsDesired = false;
    h.host.setCpu(USER_SERVICE, 60);
    h.minutes(3); // 4 running at 60 → ceil(4.8) = 5
    const first = h.host.service(USER_SERVICE).desiredCount;

    h.host.service(USER_SERVICE).runningCount = 5;
    h.host.setCpu(USER_SERVICE, 55); // wants ceil(5.5) = 6 > 5: larger, allowed
    h.minutes(1);
    const second = h.host.service(USER_SERVICE).desiredCount;

    h.host.setCpu(USER_SERVICE, 51); // wants max(ceil(5.1), 6) = 6: not larger, nothing
    h.minutes(3);

    expect(first).toBe(5);
    expect(second).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
    expect(activities(h, true).filter((a) => a.StatusCode === 'Failed')).toEqual([]);
  });
});

describe('several policies on one target', () => {
  test('scale-in needs every target tracking policy to agree', () => {
    const h = chapterSetup(6);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.aas('PutScalingPolicy', CHAPTER_ALB_POLICY);
    h.host.service(USER_SERVICE).metrics = { cpu: 10, memory: 30, requestCountPerTarget: 950 }; // CPU low, requests near target

    h.minutes(20);
    const blocked = h.host.service(USER_SERVICE).desiredCount;
    h.host.service(USER_SERVICE).metrics = { cpu: 10, memory: 30, requestCountPerTarget: 100 };
    h.minutes(15);

    expect(blocked).toBe(6);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(2);
  });

  test('scale-out if any policy wants to; the largest capacity wins', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.aas('PutScalingPolicy', CHAPTER_ALB_POLICY);
    h.host.service(USER_SERVICE).metrics = { cpu: 77, memory: 30, requestCountPerTarget: 2600 }; // CPU → 5, requests → 11

    h.minutes(3);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(11);
    expect(activities(h)[0]!.Cause).toMatch(/triggered policy request-count-tracking$/);
  });
});

describe('with a load model', () => {
  test('a constant 90 % load on 4 tasks settles at 6 tasks for a target of 60', () => {
    const h = chapterSetup(4);
    h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, TargetValue: 60 } });
    h.host.setLoad(USER_SERVICE, { pattern: 'constant', cpuPercent: 90 });

    h.minutes(60);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
    expect(h.host.metrics(USER_SERVICE)!.cpu).toBe(60);
    expect(activities(h)).toHaveLength(1);
  });
});
