import { describe, expect, test } from 'vitest';
import { CHAPTER_CPU_POLICY, CHAPTER_REGISTER, TARGET, USER_SERVICE, harness } from './fakeHost.ts';

describe('RegisterScalableTarget', () => {
  test('an unknown service is a ValidationException naming it', () => {
    const h = harness();

    expect(() => h.aas('RegisterScalableTarget', CHAPTER_REGISTER)).toThrow(
      expect.objectContaining({ code: 'ValidationException', message: "ECS service doesn't exist: service/production/user-service" }),
    );
  });

  test('a desired count below MinCapacity is raised to it at once, with an activity', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 1);

    h.aas('RegisterScalableTarget', CHAPTER_REGISTER);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(2);
    const [activity] = h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs' }).ScalingActivities;
    expect(activity).toMatchObject({
      Description: 'Setting desired count to 2.',
      Cause: 'minimum capacity was set to 2',
      StatusCode: 'Successful',
      StatusMessage: 'Successfully set desired count to 2. Change successfully fulfilled by ecs.',
    });
  });

  test('a desired count above MaxCapacity is lowered to it at once', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 30);

    h.aas('RegisterScalableTarget', CHAPTER_REGISTER);

    expect(h.host.service(USER_SERVICE).desiredCount).toBe(20);
  });

  test('a desired count inside the range is left alone', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);

    h.aas('RegisterScalableTarget', CHAPTER_REGISTER);

    expect(h.host.desiredCountCalls).toEqual([]);
  });

  test('a second call updates only the members it gives and keeps the ARN', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);
    const first = h.aas('RegisterScalableTarget', CHAPTER_REGISTER);

    const second = h.aas('RegisterScalableTarget', { ...TARGET, MaxCapacity: 5, SuspendedState: { ScheduledScalingSuspended: true } });
    const [target] = h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs' }).ScalableTargets;

    expect(second.ScalableTargetARN).toBe(first.ScalableTargetARN);
    expect(target).toMatchObject({ MinCapacity: 2, MaxCapacity: 5, SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: true } });
  });

  test.each([
    [{ ...TARGET, MinCapacity: 2 }, 'MinCapacity and MaxCapacity are required for registering a new scalable target'],
    [{ ...TARGET, MinCapacity: 5, MaxCapacity: 2 }, 'Minimum capacity cannot be greater than maximum capacity'],
    [{ ...TARGET, ServiceNamespace: 'dynamodb', MinCapacity: 1, MaxCapacity: 2 }, "This simulator supports only the ecs service namespace (ECS services); 'dynamodb' resources cannot be scaled here."],
    [{ ...TARGET, ServiceNamespace: 'nosuch', MinCapacity: 1, MaxCapacity: 2 }, "1 validation error detected: Value 'nosuch' at 'serviceNamespace' failed to satisfy constraint: Member must satisfy enum value set: [ecs, elasticmapreduce, ec2, appstream, dynamodb, rds, sagemaker, custom-resource, comprehend, lambda, cassandra, kafka, elasticache, neptune, workspaces]"],
    [{ ...TARGET, ScalableDimension: 'ecs:service:Count', MinCapacity: 1, MaxCapacity: 2 }, 'Unsupported scalable dimension ecs:service:Count for service namespace ecs. ECS services scale on ecs:service:DesiredCount.'],
    [{ ...TARGET, ResourceId: 'production/user-service', MinCapacity: 1, MaxCapacity: 2 }, 'Unsupported resource ID format: production/user-service. An ECS service is named service/<cluster-name>/<service-name>.'],
    [{ ResourceId: USER_SERVICE, ScalableDimension: 'ecs:service:DesiredCount', MinCapacity: 1, MaxCapacity: 2 }, "1 validation error detected: Value null at 'serviceNamespace' failed to satisfy constraint: Member must not be null"],
  ])('rejects invalid input %#', (input, message) => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);

    expect(() => h.aas('RegisterScalableTarget', input)).toThrow(expect.objectContaining({ code: 'ValidationException', message }));
  });
});

describe('DeregisterScalableTarget', () => {
  test('removes the target, its policies with their alarms, and its scheduled actions', () => {
    const h = harness();
    h.host.addService('production', 'user-service', 3);
    h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
    h.aas('PutScalingPolicy', CHAPTER_CPU_POLICY);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'morning', Schedule: 'cron(0 9 * * ? *)', ScalableTargetAction: { MinCapacity: 4 } });

    h.aas('DeregisterScalableTarget', TARGET);

    expect(h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs' }).ScalableTargets).toEqual([]);
    expect(h.aas('DescribeScalingPolicies', { ServiceNamespace: 'ecs' }).ScalingPolicies).toEqual([]);
    expect(h.aas('DescribeScheduledActions', { ServiceNamespace: 'ecs' }).ScheduledActions).toEqual([]);
    expect(h.cw('DescribeAlarms', {}).MetricAlarms).toEqual([]);
  });

  test('an unregistered target is ObjectNotFoundException', () => {
    const h = harness();

    expect(() => h.aas('DeregisterScalableTarget', TARGET)).toThrow(expect.objectContaining({ code: 'ObjectNotFoundException' }));
  });
});

describe('DescribeScalableTargets', () => {
  test('filters by ResourceIds and pages with MaxResults / NextToken', () => {
    const h = harness();
    for (const name of ['a', 'b', 'c']) {
      h.host.addService('prod', name, 1);
      h.aas('RegisterScalableTarget', { ...TARGET, ResourceId: `service/prod/${name}`, MinCapacity: 1, MaxCapacity: 3 });
    }

    const filtered = h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs', ResourceIds: ['service/prod/b'] });
    const page1 = h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs', MaxResults: 2 });
    const page2 = h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs', MaxResults: 2, NextToken: page1.NextToken });

    expect(filtered.ScalableTargets.map((t: any) => t.ResourceId)).toEqual(['service/prod/b']);
    expect(page1.ScalableTargets.map((t: any) => t.ResourceId)).toEqual(['service/prod/a', 'service/prod/b']);
    expect(page2.ScalableTargets.map((t: any) => t.ResourceId)).toEqual(['service/prod/c']);
    expect(page2.NextToken).toBeUndefined();
  });
});

describe('operation routing', () => {
  test('an operation the simulator does not answer is a clear error', () => {
    const h = harness();

    expect(() => h.aas('TagResource', {})).toThrow(expect.objectContaining({ code: 'InvalidAction' }));
  });
});
