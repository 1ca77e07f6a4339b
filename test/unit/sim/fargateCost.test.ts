import { describe, expect, it } from 'vitest';
import { billedSeconds, costSummary, taskCost } from '../../../src/sim/runtime/cost.ts';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition, NETWORK } from './chapterCommands.ts';

describe('Fargate cost', () => {
  it('a 0.25 vCPU / 0.5 GB task costs $0.0123425 per hour', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim));
    sim.call('ecs', 'RunTask', { cluster: 'production', taskDefinition: 'user-service:3', launchType: 'FARGATE', networkConfiguration: NETWORK });
    sim.advance(10_000); // provisioning: nothing billed before the pull starts
    const state = sim.view();
    const task = Object.values(state.tasks)[0]!;
    expect(billedSeconds(state, task)).toBe(60);
    sim.advance(3_600_000);
    expect(billedSeconds(sim.view(), task)).toBe(3_600);
    expect(taskCost(sim.view(), task)).toBeCloseTo(0.0123425, 9);
  });

  it('a task that fails to start right after its pull is billed the one-minute minimum', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v0.0.0'));
    sim.call('ecs', 'RunTask', { cluster: 'production', taskDefinition: 'user-service:3', launchType: 'FARGATE', networkConfiguration: NETWORK });
    sim.advance(3_600_000);
    const task = Object.values(sim.view().tasks)[0]!;
    expect(task.lastStatus).toBe('STOPPED');
    expect(billedSeconds(sim.view(), task)).toBe(60);
  });

  it('sums per service and cluster, keeps purged tasks in the totals, and shows it in describeState', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', desiredCount: 0 });
    sim.advance(2 * 3_600_000); // stopped tasks are purged after an hour
    expect(Object.keys(sim.view().tasks)).toHaveLength(0);
    const summary = costSummary(sim.view());
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.byService['production/user-service']).toBeCloseTo(summary.total, 12);
    expect(summary.byCluster['production']).toBeCloseTo(summary.total, 12);
    expect(sim.describeState()).toMatch(/Cost so far \$0\.\d{4}/);
  });
});
