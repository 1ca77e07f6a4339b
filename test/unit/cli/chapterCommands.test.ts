import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runScript } from '../../../src/sim/cli/runScript.ts';
import { FakeSimulation } from './fakeSimulation.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('every AWS CLI command of the chapter, verbatim', () => {
  it('parses into the requests AWS would receive', () => {
    const sim = new FakeSimulation()
      .on('ListTasks', { taskArns: ['arn:aws:ecs:us-east-1:123456789012:task/production/0123456789abcdef0123456789abcdef'] })
      .on('ExecuteCommand', { session: { sessionId: 'ecs-execute-command-abc' } });
    sim.files.write('task-definition.json', fixture('task-definition.json'));
    const steps = runScript(sim, `${fixture('chapter-commands.sh')}\nexit\n`);
    expect(steps.filter((s) => s.exitCode !== 0)).toEqual([]);
    const ops = sim.calls.map((c) => `${c.service} ${c.operation}`);
    expect(ops).toEqual([
      'ecs CreateCluster',
      'ecs RegisterTaskDefinition',
      'ecs ListTaskDefinitions',
      'ecs CreateCluster',
      'ecs RegisterTaskDefinition',
      'ecs CreateService',
      'application-autoscaling RegisterScalableTarget',
      'application-autoscaling PutScalingPolicy',
      'application-autoscaling PutScalingPolicy',
      'ecs UpdateService',
      'ecs DescribeServices',
      'ecs UpdateService',
      'ecs UpdateService',
      'ecs ListTasks',
      'ecs ExecuteCommand',
    ]);
    const input = (i: number) => sim.calls[i]!.input;
    expect(input(5)).toEqual({
      cluster: 'production',
      serviceName: 'user-service',
      taskDefinition: 'user-service:3',
      desiredCount: 3,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-0a1b2c3d4e5f', 'subnet-1a2b3c4d5e6f'],
          securityGroups: ['sg-0a1b2c3d4e5f6g7h'],
          assignPublicIp: 'DISABLED',
        },
      },
      loadBalancers: [
        {
          targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/user-svc-tg/abc123',
          containerName: 'user-service',
          containerPort: 3000,
        },
      ],
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 },
    });
    expect(input(6)).toEqual({
      ServiceNamespace: 'ecs',
      ResourceId: 'service/production/user-service',
      ScalableDimension: 'ecs:service:DesiredCount',
      MinCapacity: 2,
      MaxCapacity: 20,
    });
    expect(input(7)).toMatchObject({
      PolicyName: 'cpu-target-tracking',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        ScaleInCooldown: 300,
        ScaleOutCooldown: 60,
      },
    });
    expect(input(11)).toEqual({
      cluster: 'production',
      service: 'user-service',
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
    });
    expect(input(12)).toEqual({ cluster: 'production', service: 'user-service', enableExecuteCommand: true });
    expect(input(14)).toEqual({
      cluster: 'production',
      task: 'arn:aws:ecs:us-east-1:123456789012:task/production/0123456789abcdef0123456789abcdef',
      container: 'user-service',
      interactive: true,
      command: '/bin/sh',
    });
    // The last two steps are the session opening and the `exit` typed into the container shell.
    expect(steps.at(-2)!.stdout).toContain('Starting session with SessionId: ecs-execute-command-abc');
    expect(steps.at(-1)!.stdout).toContain('Exiting session with sessionId: ecs-execute-command-abc.');
  });
});
