import { describe, expect, it } from 'vitest';
// Behaviour at scale. How FAST these run is a benchmark's job (npm run bench:sim), not a unit test's: timed
// assertions fail on a busy machine without telling a learner-visible story.
import { cloneJson } from '../../../src/sim/runtime/jsonClone.ts';
import { createSimulation, restoreSimulation } from '../../../src/sim/runtime/simulation.ts';
import { defaultScenario } from '../../../src/sim/scenarios/defaultScenario.ts';
import { chapterTaskDefinition, createServiceInput, describeService } from './chapterCommands.ts';

/** The default scenario with subnets big enough for thousands of tasks. */
function roomyScenario() {
  const scenario = cloneJson(defaultScenario);
  for (const s of scenario.resources.subnets) s.availableIpAddressCount = 8000;
  return scenario;
}

function bigService(desired: number) {
  const sim = createSimulation({ seed: 'perf', scenario: roomyScenario() });
  sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim));
  sim.call('ecs', 'CreateService', createServiceInput({ desiredCount: desired }));
  expect(sim.waitSteady('production', 'user-service', 3_600_000).reached).toBe(true);
  return sim;
}

describe('at scale', () => {
  it('a 1,000-task rolling deployment reaches steady state on the new revision, also from a restored snapshot', () => {
    const sim = bigService(1000);
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    const snapshot = sim.snapshot();
    for (const run of [sim, restoreSimulation(snapshot)]) {
      run.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
      expect(run.waitSteady('production', 'user-service', 3_600_000).reached).toBe(true);
      expect(describeService(run)).toMatchObject({ runningCount: 1000, taskDefinition: expect.stringMatching(/:4$/) });
    }
  });

  it('an hour of a 100-task service under target tracking stays within its scaling bounds', () => {
    const sim = bigService(100);
    sim.call('application-autoscaling', 'RegisterScalableTarget', {
      ServiceNamespace: 'ecs',
      ResourceId: 'service/production/user-service',
      ScalableDimension: 'ecs:service:DesiredCount',
      MinCapacity: 50,
      MaxCapacity: 200,
    });
    sim.call('application-autoscaling', 'PutScalingPolicy', {
      ServiceNamespace: 'ecs',
      ResourceId: 'service/production/user-service',
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyName: 'cpu-target-tracking',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ScaleInCooldown: 300,
        ScaleOutCooldown: 60,
      },
    });
    sim.setLoad('production', 'user-service', { pattern: 'daily', cpuPercent: 75 });
    sim.advance(3_600_000);
    const { runningCount, desiredCount } = describeService(sim) as { runningCount: number; desiredCount: number };
    expect(runningCount).toBeGreaterThanOrEqual(50);
    expect(desiredCount).toBeGreaterThanOrEqual(50);
    expect(desiredCount).toBeLessThanOrEqual(200);
  });
});
