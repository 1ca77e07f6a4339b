import { describe, expect, it } from 'vitest';
import { isAwsError } from '../../../src/sim/errors.ts';
import type { Simulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition, describeService, NETWORK, tasksOf } from './chapterCommands.ts';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition';

function status(sim: Simulation, ref: string): string {
  try {
    const out = sim.call('ecs', 'DescribeTaskDefinition', { taskDefinition: ref }) as { taskDefinition: { status: string } };
    return out.taskDefinition.status;
  } catch (error) {
    if (isAwsError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
}

function deleteInProgress(sim: Simulation): string[] {
  return (sim.call('ecs', 'ListTaskDefinitions', { status: 'DELETE_IN_PROGRESS' }) as { taskDefinitionArns: string[] }).taskDefinitionArns;
}

function deregisterAndDelete(sim: Simulation, ref: string): { status: string }[] {
  sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: ref });
  return (sim.call('ecs', 'DeleteTaskDefinitions', { taskDefinitions: [ref] }) as { taskDefinitions: { status: string }[] }).taskDefinitions;
}

describe('task definition deletion while tasks and services use the revision', () => {
  it('an unused revision is gone at once', () => {
    const sim = chapterSimulation();
    expect(deregisterAndDelete(sim, 'user-service:1')).toMatchObject([{ status: 'DELETE_IN_PROGRESS' }]);
    expect(status(sim, 'user-service:1')).toMatch(/^ClientException: /);
    expect(deleteInProgress(sim)).toEqual([]);
  });

  it('a service’s revision stays DELETE_IN_PROGRESS until the rollout away from it has stopped its tasks', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    expect(deregisterAndDelete(sim, 'user-service:3')).toMatchObject([{ status: 'DELETE_IN_PROGRESS' }]);
    expect(status(sim, 'user-service:3')).toBe('DELETE_IN_PROGRESS');
    expect(deleteInProgress(sim)).toEqual([`${ARN}/user-service:3`]);

    // Still DELETE_IN_PROGRESS while the service runs it; scaling the old revision still works.
    sim.advance(5 * 60_000);
    expect(status(sim, 'user-service:3')).toBe('DELETE_IN_PROGRESS');

    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
    sim.advance(60_000);
    expect(describeService(sim).deployments.map((d) => d.taskDefinition)).toContain(`${ARN}/user-service:3`);
    expect(status(sim, 'user-service:3')).toBe('DELETE_IN_PROGRESS');

    expect(sim.waitSteady('production', 'user-service', 3_600_000).reached).toBe(true);
    expect(tasksOf(sim, 'RUNNING', 'user-service').map((t) => t.taskDefinitionArn)).toEqual(Array(3).fill(`${ARN}/user-service:4`));
    expect(status(sim, 'user-service:3')).toMatch(/^ClientException: /);
    expect(deleteInProgress(sim)).toEqual([]);
    // The revision counter never goes back.
    const next = sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim)) as { taskDefinition: { revision: number } };
    expect(next.taskDefinition.revision).toBe(5);
  });

  it('a standalone task keeps its revision DELETE_IN_PROGRESS until the task is STOPPED', () => {
    const sim = chapterSimulation({}, { desiredCount: 0 });
    const run = sim.call('ecs', 'RunTask', {
      cluster: 'production',
      taskDefinition: 'user-service:2',
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    }) as { tasks: { taskArn: string }[] };
    sim.advance(60_000);
    expect(tasksOf(sim, 'RUNNING')[0]).toMatchObject({ lastStatus: 'RUNNING', taskDefinitionArn: `${ARN}/user-service:2` });
    deregisterAndDelete(sim, 'user-service:2');
    expect(status(sim, 'user-service:2')).toBe('DELETE_IN_PROGRESS');

    sim.call('ecs', 'StopTask', { cluster: 'production', task: run.tasks[0]!.taskArn });
    expect(status(sim, 'user-service:2')).toBe('DELETE_IN_PROGRESS'); // STOPPING: still in use
    sim.advance(5 * 60_000);
    expect(tasksOf(sim, 'STOPPED')[0]).toMatchObject({ lastStatus: 'STOPPED' });
    expect(status(sim, 'user-service:2')).toMatch(/^ClientException: /);
    expect(deleteInProgress(sim)).toEqual([]);
  });

  it('deleting a service releases its revision once the service is INACTIVE', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    deregisterAndDelete(sim, 'user-service:3');
    sim.call('ecs', 'DeleteService', { cluster: 'production', service: 'user-service', force: true });
    expect(status(sim, 'user-service:3')).toBe('DELETE_IN_PROGRESS');
    sim.advance(30 * 60_000);
    expect(describeService(sim).status).toBe('INACTIVE');
    expect(status(sim, 'user-service:3')).toMatch(/^ClientException: /);
  });
});
