import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/sim/scenarios/defaultScenario.ts';
import { chapterSimulation, describeService } from './chapterCommands.ts';

const TARGET = { ServiceNamespace: 'ecs', ResourceId: 'service/production/user-service', ScalableDimension: 'ecs:service:DesiredCount' };

function scaledChapter() {
  const sim = chapterSimulation();
  sim.waitSteady('production', 'user-service', 600_000);
  sim.call('application-autoscaling', 'RegisterScalableTarget', { ...TARGET, MinCapacity: 2, MaxCapacity: 20 });
  sim.call('application-autoscaling', 'PutScalingPolicy', {
    ...TARGET,
    PolicyName: 'cpu-target-tracking',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 70.0,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleInCooldown: 300,
      ScaleOutCooldown: 60,
    },
  });
  return sim;
}

describe('Application Auto Scaling hook-up', () => {
  it('the chapter’s ALBRequestCountPerTarget policy accepts the chapter’s ResourceLabel', () => {
    const sim = scaledChapter();
    const out = sim.call('application-autoscaling', 'PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'request-count-tracking',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 1000.0,
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: 'app/my-alb/abc123/targetgroup/user-svc-tg/def456',
        },
        ScaleInCooldown: 300,
        ScaleOutCooldown: 60,
      },
    }) as { PolicyARN: string };
    expect(out.PolicyARN).toMatch(/policyName\/request-count-tracking$/);
  });

  it('high CPU load scales the service out through desiredCount, without a new deployment', () => {
    const sim = scaledChapter();
    const deployment = describeService(sim).deployments[0]!.id;
    sim.setLoad('production', 'user-service', { pattern: 'constant', cpuPercent: 95 });
    sim.advance(10 * 60_000);
    const svc = describeService(sim);
    expect(svc.desiredCount).toBeGreaterThan(3);
    expect(svc.runningCount).toBe(svc.desiredCount);
    expect(svc.deployments.map((d) => d.id)).toEqual([deployment]);
    const activities = sim.call('application-autoscaling', 'DescribeScalingActivities', { ServiceNamespace: 'ecs' }) as {
      ScalingActivities: { Description: string; StatusCode: string }[];
    };
    expect(activities.ScalingActivities[0]).toMatchObject({ StatusCode: 'Successful', Description: expect.stringMatching(/^Setting desired count to \d+\.$/) });
  });

  it('an idle service scales in to the target’s minimum after the 15-minute AlarmLow window', () => {
    const sim = scaledChapter();
    sim.advance(30 * 60_000);
    expect(describeService(sim)).toMatchObject({ desiredCount: 2, runningCount: 2 });
  });

  it('describeState shows the scalable target and the load', () => {
    const sim = scaledChapter();
    sim.setLoad('production', 'user-service', { pattern: 'constant', cpuPercent: 50 });
    expect(sim.describeState()).toContain('Scalable target min 2 max 20; policies: cpu-target-tracking');
    expect(sim.describeState()).toContain('Load constant cpu 50%');
  });

  it('setLoad on an unknown service is a plain Error', () => {
    const sim = scaledChapter();
    expect(() => sim.setLoad('production', 'nope', { pattern: 'constant', cpuPercent: 50 })).toThrow('No active service nope in cluster production.');
  });
});

function alarmValues(sim: ReturnType<typeof chapterSimulation>): { name: string; state: string; last: number | null | undefined }[] {
  const out = sim.call('cloudwatch', 'DescribeAlarms', {}) as { MetricAlarms: { AlarmName: string; StateValue: string }[] };
  const live = (sim.view().autoScaling.alarms as Record<string, { datapoints: (number | null)[] }>);
  return out.MetricAlarms.map((a) => ({ name: a.AlarmName, state: a.StateValue, last: live[a.AlarmName]?.datapoints.at(-1) }));
}

describe('load models drive auto scaling from the service’s real task count', () => {
  const REQUEST_POLICY = {
    ...TARGET,
    PolicyName: 'request-count-tracking',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 100.0,
      PredefinedMetricSpecification: {
        PredefinedMetricType: 'ALBRequestCountPerTarget',
        ResourceLabel: 'app/my-alb/abc123/targetgroup/user-svc-tg/abc123',
      },
      ScaleInCooldown: 300,
      ScaleOutCooldown: 60,
    },
  };

  it('a request-count policy scales a service with a load model up from zero tasks', () => {
    const sim = chapterSimulation({}, { desiredCount: 0 });
    sim.advance(60_000);
    expect(describeService(sim)).toMatchObject({ desiredCount: 0, runningCount: 0 });
    sim.setLoad('production', 'user-service', { pattern: 'constant', cpuPercent: 40, requestsPerTarget: 250 });
    sim.call('application-autoscaling', 'RegisterScalableTarget', { ...TARGET, MinCapacity: 0, MaxCapacity: 10 });
    sim.call('application-autoscaling', 'PutScalingPolicy', REQUEST_POLICY);
    sim.advance(10 * 60_000);
    const svc = describeService(sim);
    expect(svc.desiredCount).toBeGreaterThan(0);
    expect(svc.runningCount).toBeGreaterThan(0);
    const activities = sim.call('application-autoscaling', 'DescribeScalingActivities', { ServiceNamespace: 'ecs' }) as {
      ScalingActivities: { Description: string; StatusCode: string }[];
    };
    expect(activities.ScalingActivities.at(-1)).toMatchObject({ StatusCode: 'Successful', Description: 'Setting desired count to 1.' });
  });

  it('with no task running and no load model nothing scales (no datapoints)', () => {
    const sim = chapterSimulation({}, { desiredCount: 0 });
    sim.call('application-autoscaling', 'RegisterScalableTarget', { ...TARGET, MinCapacity: 0, MaxCapacity: 10 });
    sim.call('application-autoscaling', 'PutScalingPolicy', REQUEST_POLICY);
    sim.advance(10 * 60_000);
    expect(describeService(sim).desiredCount).toBe(0);
    expect(alarmValues(sim).every((a) => a.state !== 'ALARM')).toBe(true);
  });

  it('a scenario’s cpuPercent is what each of the service’s created tasks sees, not one task’s share', () => {
    const scenario = { ...defaultScenario, loads: { 'production/user-service': { pattern: 'constant' as const, cpuPercent: 95 } } };
    const sim = chapterSimulation({ scenario });
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('application-autoscaling', 'RegisterScalableTarget', { ...TARGET, MinCapacity: 2, MaxCapacity: 20 });
    sim.call('application-autoscaling', 'PutScalingPolicy', {
      ...TARGET,
      PolicyName: 'cpu-target-tracking',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70.0,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ScaleInCooldown: 300,
        ScaleOutCooldown: 60,
      },
    });
    sim.advance(2 * 60_000);
    // Three tasks at 95 % CPU each (before the fix: 95 / 3 ≈ 31.67 %, and the service scaled in).
    expect(alarmValues(sim).find((a) => a.name.includes('AlarmHigh'))?.last).toBe(95);
    sim.advance(10 * 60_000);
    expect(describeService(sim).desiredCount).toBeGreaterThan(3);
  });
});

describe('sim state', () => {
  it('includes the auto scaling summary: target, policy and its alarms', () => {
    const sim = scaledChapter();
    sim.advance(5 * 60_000);
    const text = sim.describeState();
    expect(text).toContain('Auto scaling:');
    expect(text).toContain('scalable target service/production/user-service: min 2, max 20');
    expect(text).toContain('policy cpu-target-tracking (TargetTrackingScaling: ECSServiceAverageCPUUtilization target 70.0)');
    expect(text).toMatch(/alarm TargetTracking-service\/production\/user-service-AlarmHigh-[0-9a-f-]+: OK \(CPUUtilization > 70\.0 for 3 of 3 min; last 5\.0\)/);
  });
});
