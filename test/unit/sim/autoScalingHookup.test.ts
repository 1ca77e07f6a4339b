import { describe, expect, it } from 'vitest';
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
