import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAutoScalingState, evaluateAutoScaling } from '../../../src/sim/autoscaling/index.ts';
import { CHAPTER_ALB_POLICY, CHAPTER_CPU_POLICY, CHAPTER_REGISTER, TARGET, USER_SERVICE, harness } from './fakeHost.ts';

describe('invariants', () => {
  test('whatever the metrics, policies keep the desired count within [min, max]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.record({ cpu: fc.double({ min: 0, max: 100, noNaN: true }), requests: fc.integer({ min: 0, max: 5000 }), running: fc.option(fc.integer({ min: 0, max: 30 })) }), { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        (initial, minutes, lagging) => {
          const h = harness();
          h.host.addService('production', 'user-service', initial);
          h.host.runningFollowsDesired = !lagging;
          h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
          h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, ScaleOutCooldown: 0, ScaleInCooldown: 0 } });
          h.aas('PutScalingPolicy', CHAPTER_ALB_POLICY);
          const step = h.aas('PutScalingPolicy', {
            ...TARGET,
            PolicyName: 'step',
            PolicyType: 'StepScaling',
            StepScalingPolicyConfiguration: { AdjustmentType: 'PercentChangeInCapacity', Cooldown: 0, MinAdjustmentMagnitude: 2, StepAdjustments: [{ MetricIntervalUpperBound: 0, ScalingAdjustment: -50 }, { MetricIntervalLowerBound: 0, ScalingAdjustment: 200 }] },
          });
          for (const [name, operator] of [['hi', 'GreaterThanThreshold'], ['lo', 'LessThanThreshold']]) {
            h.cw('PutMetricAlarm', {
              AlarmName: name, Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Statistic: 'Average', Period: 60, EvaluationPeriods: 1,
              Threshold: name === 'hi' ? 85 : 20, ComparisonOperator: operator, AlarmActions: [step.PolicyARN],
              Dimensions: [{ Name: 'ClusterName', Value: 'production' }, { Name: 'ServiceName', Value: 'user-service' }],
            });
          }
          for (const minute of minutes) {
            const service = h.host.service(USER_SERVICE);
            if (minute.running !== null) service.runningCount = minute.running;
            service.metrics = { cpu: minute.cpu, memory: 30, requestCountPerTarget: minute.requests };
            h.minutes(1);
            expect(service.desiredCount).toBeGreaterThanOrEqual(2);
            expect(service.desiredCount).toBeLessThanOrEqual(20);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test('while a deployment is in progress the desired count never goes down, whatever the metrics', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 16, maxLength: 60 }), fc.integer({ min: 2, max: 20 }), (cpus, initial) => {
        const h = harness();
        h.host.addService('production', 'user-service', initial, { deploymentInProgress: true });
        h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
        h.aas('PutScalingPolicy', { ...CHAPTER_CPU_POLICY, TargetTrackingScalingPolicyConfiguration: { ...CHAPTER_CPU_POLICY.TargetTrackingScalingPolicyConfiguration, ScaleInCooldown: 0 } });
        let previous = h.host.service(USER_SERVICE).desiredCount;
        for (const cpu of cpus) {
          h.host.setCpu(USER_SERVICE, cpu);
          h.minutes(1);
          const desired = h.host.service(USER_SERVICE).desiredCount;
          expect(desired).toBeGreaterThanOrEqual(previous);
          previous = desired;
        }
      }),
      { numRuns: 60 },
    );
  });

  test('a JSON round-trip of the state behaves identically', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 10, maxLength: 40 }), fc.integer({ min: 1, max: 39 }), (cpus, cut) => {
        const run = (roundTripAt: number | undefined) => {
          const h = harness();
          h.host.addService('production', 'user-service', 4);
          h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
          h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
          h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'q', Schedule: 'cron(0/10 * * * ? *)', ScalableTargetAction: { MinCapacity: 3 } });
          cpus.forEach((cpu, i) => {
            if (i === roundTripAt) h.state = JSON.parse(JSON.stringify(h.state));
            h.host.setCpu(USER_SERVICE, cpu);
            h.minutes(1);
          });
          return {
            activities: h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs', IncludeNotScaledActivities: true }),
            alarms: h.cw('DescribeAlarms', {}),
            desired: h.host.service(USER_SERVICE).desiredCount,
          };
        };
        expect(run(Math.min(cut, cpus.length - 1))).toEqual(run(undefined));
      }),
      { numRuns: 40 },
    );
  });

  test('a fresh state is plain JSON and evaluating it with nothing registered does nothing', () => {
    const h = harness();
    const state = createAutoScalingState();

    evaluateAutoScaling(state, h.host);

    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(h.host.desiredCountCalls).toEqual([]);
  });
});

describe('performance', () => {
  test('an hour of a 100-task service with two policies and a schedule simulates in well under 200 ms', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 100);
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 2, MaxCapacity: 200 });
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.aas('PutScalingPolicy', CHAPTER_ALB_POLICY);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'q', Schedule: 'cron(0/15 * ? * MON-FRI *)', Timezone: 'Europe/Berlin', ScalableTargetAction: { MinCapacity: 3 } });
    h.host.setLoad(USER_SERVICE, { pattern: 'daily', cpuPercent: 85, requestsPerTarget: 1500 });
    h.minutes(1); // warm-up (first formatter, first transition)

    const started = performance.now();
    h.minutes(60);
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(150);
  });
});
