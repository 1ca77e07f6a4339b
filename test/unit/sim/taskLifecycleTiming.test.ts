import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterTaskDefinition, NETWORK } from './chapterCommands.ts';

/** Samples a task's lastStatus every second and returns [status, seconds spent] runs. */
function trace(sim: Simulation, taskArn: string, seconds: number, onSecond?: (s: number) => void): [string, number][] {
  const runs: [string, number][] = [];
  for (let s = 0; s < seconds; s++) {
    onSecond?.(s);
    const t = (sim.call('ecs', 'DescribeTasks', { cluster: 'production', tasks: [taskArn] }) as { tasks: { lastStatus: string }[] }).tasks[0];
    const status = t?.lastStatus ?? 'GONE';
    const last = runs.at(-1);
    if (last && last[0] === status) last[1]++;
    else runs.push([status, 1]);
    sim.advance(1_000);
  }
  return runs;
}

function runTask(tag?: string): { sim: Simulation; arn: string } {
  const sim = createSimulation({ seed: 'timing' });
  sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, tag));
  const out = sim.call('ecs', 'RunTask', { cluster: 'production', taskDefinition: 'user-service:3', launchType: 'FARGATE', networkConfiguration: NETWORK }) as {
    tasks: { taskArn: string; lastStatus: string; desiredStatus: string; version: number }[];
  };
  expect(out.tasks[0]).toMatchObject({ lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING', version: 1 });
  return { sim, arn: out.tasks[0]!.taskArn };
}

describe('task lifecycle on the simulated clock', () => {
  it('start: PROVISIONING ~10 s, PENDING 20–41 s (seeded pull), ACTIVATING ~3 s, then RUNNING', () => {
    const { sim, arn } = runTask();
    const runs = trace(sim, arn, 90);
    expect(runs.map(([s]) => s)).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);
    expect(runs[0]![1]).toBe(10);
    expect(runs[1]![1]).toBeGreaterThanOrEqual(20);
    expect(runs[1]![1]).toBeLessThanOrEqual(42);
    expect(runs[2]![1]).toBe(3);
  });

  it('stop: RUNNING → DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED, with the stop timestamps', () => {
    const { sim, arn } = runTask();
    sim.advance(90_000);
    const runs = trace(sim, arn, 20, (s) => {
      if (s === 1) sim.call('ecs', 'StopTask', { cluster: 'production', task: arn, reason: 'done for today' });
    });
    // Without a load balancer there is nothing to drain, so DEACTIVATING takes no time and is never sampled.
    expect(runs.map(([s]) => s)).toEqual(['RUNNING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
    const t = (sim.call('ecs', 'DescribeTasks', { cluster: 'production', tasks: [arn] }) as { tasks: Record<string, unknown>[] }).tasks[0]!;
    expect(t).toMatchObject({ stopCode: 'UserInitiated', stoppedReason: 'done for today', desiredStatus: 'STOPPED' });
    for (const key of ['stoppingAt', 'executionStoppedAt', 'stoppedAt']) expect(t[key]).toBeDefined();
    // One per change that emits an event: 7 lastStatus changes, the HEALTHY health status, the stop request.
    expect(t['version']).toBe(10);
  });

  it('failed start: PROVISIONING → PENDING → DEPROVISIONING → STOPPED, never RUNNING', () => {
    const { sim, arn } = runTask('v0.0.0');
    const runs = trace(sim, arn, 60);
    expect(runs.map(([s]) => s)).toEqual(['PROVISIONING', 'PENDING', 'DEPROVISIONING', 'STOPPED']);
  });
});
