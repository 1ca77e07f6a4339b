import { describe, expect, it } from 'vitest';
import { isAwsError } from '../../../src/sim/errors.ts';
import { createSimulation, type Simulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition, createServiceInput, describeService, NETWORK } from './chapterCommands.ts';

function awsError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isAwsError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error('expected an AwsError');
}

function withCluster(): Simulation {
  const sim = createSimulation();
  sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim));
  return sim;
}

describe('clusters', () => {
  it('unknown cluster → ClusterNotFoundException; describe lists it as MISSING', () => {
    const sim = createSimulation();
    expect(awsError(() => sim.call('ecs', 'ListServices', { cluster: 'production' }))).toBe('ClusterNotFoundException: Cluster not found.');
    expect(sim.call('ecs', 'DescribeClusters', { clusters: ['production'] })).toEqual({
      clusters: [],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/production', reason: 'MISSING' }],
    });
  });
  it('a cluster with services cannot be deleted; an empty one becomes INACTIVE', () => {
    const sim = chapterSimulation();
    expect(awsError(() => sim.call('ecs', 'DeleteCluster', { cluster: 'production' }))).toBe(
      'ClusterContainsServicesException: The Cluster cannot be deleted while Services are active.',
    );
    sim.call('ecs', 'CreateCluster', { clusterName: 'staging' });
    expect(sim.call('ecs', 'DeleteCluster', { cluster: 'staging' })).toMatchObject({ cluster: { status: 'INACTIVE' } });
    expect((sim.call('ecs', 'ListClusters', {}) as { clusterArns: string[] }).clusterArns).toEqual([
      'arn:aws:ecs:us-east-1:123456789012:cluster/production',
    ]);
  });
});

describe('create-service validation (reference §3.3)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['no network configuration', { networkConfiguration: undefined }, "InvalidParameterException: Network Configuration must be provided when networkMode 'awsvpc' is specified."],
    [
      'unknown subnet',
      { networkConfiguration: { awsvpcConfiguration: { ...NETWORK.awsvpcConfiguration, subnets: ['subnet-deadbeef'] } } },
      "InvalidParameterException: Error retrieving subnet information for [subnet-deadbeef]: The subnet ID 'subnet-deadbeef' does not exist (ErrorCode: InvalidSubnetID.NotFound)",
    ],
    [
      'unknown security group',
      { networkConfiguration: { awsvpcConfiguration: { ...NETWORK.awsvpcConfiguration, securityGroups: ['sg-nope'] } } },
      "InvalidParameterException: Error retrieving security group information for [sg-nope]: The security group 'sg-nope' does not exist (ErrorCode: InvalidGroup.NotFound)",
    ],
    [
      'unknown target group',
      { loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/nope/1', containerName: 'user-service', containerPort: 3000 }] },
      'InvalidParameterException: Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.',
    ],
    [
      'container port not mapped',
      { loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/user-svc-tg/abc123', containerName: 'user-service', containerPort: 8080 }] },
      'InvalidParameterException: The container user-service did not have a container port 8080 defined.',
    ],
    ['unknown task definition', { taskDefinition: 'order-service:1' }, 'ClientException: TaskDefinition not found.'],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    const sim = withCluster();
    const input = createServiceInput(overrides);
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete input[k];
    expect(awsError(() => sim.call('ecs', 'CreateService', input))).toBe(expected);
  });

  it('a second create with the same name is not idempotent', () => {
    const sim = chapterSimulation();
    expect(awsError(() => sim.call('ecs', 'CreateService', createServiceInput()))).toBe('InvalidParameterException: Creation of service was not idempotent.');
  });

  it('an EC2 task definition cannot run on FARGATE', () => {
    const sim = withCluster();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'legacy',
      networkMode: 'bridge',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }],
    });
    expect(awsError(() => sim.call('ecs', 'RunTask', { cluster: 'production', taskDefinition: 'legacy', launchType: 'FARGATE', networkConfiguration: NETWORK }))).toBe(
      'InvalidParameterException: Task definition does not support launch_type FARGATE.',
    );
  });

  it('INACTIVE revisions: RunTask → InvalidParameterException, UpdateService → ClientException', () => {
    const sim = chapterSimulation();
    sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'user-service:2' });
    expect(awsError(() => sim.call('ecs', 'RunTask', { cluster: 'production', taskDefinition: 'user-service:2', launchType: 'FARGATE', networkConfiguration: NETWORK }))).toBe(
      'InvalidParameterException: TaskDefinition is inactive',
    );
    expect(awsError(() => sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:2' }))).toBe(
      'ClientException: TaskDefinition is inactive',
    );
  });

  it('forgetting --launch-type FARGATE leaves the service unable to place tasks (EC2, no instances)', () => {
    const sim = withCluster();
    const input = createServiceInput({ serviceName: 'oops' });
    delete input['launchType'];
    sim.call('ecs', 'CreateService', input);
    sim.advance(60_000);
    expect(describeService(sim, 'oops').events[0]!.message).toBe(
      '(service oops) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.',
    );
  });
});

describe('services', () => {
  it('describe-services reports unknown names as MISSING and caps at 10', () => {
    const sim = chapterSimulation();
    const out = sim.call('ecs', 'DescribeServices', { cluster: 'production', services: ['user-service', 'nope'] }) as {
      services: unknown[];
      failures: unknown[];
    };
    expect(out.services).toHaveLength(1);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:service/production/nope', reason: 'MISSING' }]);
    expect(awsError(() => sim.call('ecs', 'DescribeServices', { cluster: 'production', services: Array.from({ length: 11 }, (_, i) => `s${i}`) }))).toMatch(
      /^InvalidParameterException: /,
    );
  });

  it('delete-service needs desiredCount 0 or --force, then drains to INACTIVE and leaves list-services', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    expect(awsError(() => sim.call('ecs', 'DeleteService', { cluster: 'production', service: 'user-service' }))).toBe(
      'InvalidParameterException: The service cannot be stopped while it is scaled above 0.',
    );
    expect(sim.call('ecs', 'DeleteService', { cluster: 'production', service: 'user-service', force: true })).toMatchObject({
      service: { status: 'DRAINING' },
    });
    expect(sim.call('ecs', 'ListServices', { cluster: 'production' })).toEqual({ serviceArns: [] });
    sim.advance(60_000);
    expect(describeService(sim).status).toBe('DRAINING'); // its tasks are draining from the target group (300 s)
    sim.advance(300_000);
    expect(describeService(sim).status).toBe('INACTIVE');
    expect(awsError(() => sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', desiredCount: 1 }))).toBe(
      'ServiceNotActiveException: Service was not ACTIVE.',
    );
  });

  it('stop-task answers at once with desiredStatus STOPPED while lastStatus still reads RUNNING', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const list = sim.call('ecs', 'ListTasks', { cluster: 'production' }) as { taskArns: string[] };
    const out = sim.call('ecs', 'StopTask', { cluster: 'production', task: list.taskArns[0] }) as { task: Record<string, unknown> };
    expect(out.task).toMatchObject({
      desiredStatus: 'STOPPED',
      lastStatus: 'RUNNING',
      stopCode: 'UserInitiated',
      stoppedReason: 'Task stopped by user',
    });
    expect(out.task['stoppingAt']).toBeDefined();
    expect((sim.call('ecs', 'ListTasks', { cluster: 'production', desiredStatus: 'STOPPED' }) as { taskArns: string[] }).taskArns).toEqual([list.taskArns[0]]);
    expect(awsError(() => sim.call('ecs', 'StopTask', { cluster: 'production', task: 'ffffffffffffffffffffffffffffffff' }))).toBe(
      'InvalidParameterException: The referenced task was not found.',
    );
  });

  it('stopped tasks stay listable for an hour, then disappear', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const list = sim.call('ecs', 'ListTasks', { cluster: 'production' }) as { taskArns: string[] };
    sim.call('ecs', 'StopTask', { cluster: 'production', task: list.taskArns[0] });
    sim.advance(3_000_000);
    expect((sim.call('ecs', 'ListTasks', { cluster: 'production', desiredStatus: 'STOPPED' }) as { taskArns: string[] }).taskArns).toHaveLength(1);
    sim.advance(1_000_000);
    expect((sim.call('ecs', 'ListTasks', { cluster: 'production', desiredStatus: 'STOPPED' }) as { taskArns: string[] }).taskArns).toHaveLength(0);
    expect(sim.call('ecs', 'DescribeTasks', { cluster: 'production', tasks: [list.taskArns[0]] })).toMatchObject({
      tasks: [],
      failures: [{ arn: list.taskArns[0], reason: 'MISSING' }],
    });
  });
});
