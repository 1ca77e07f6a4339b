import { describe, expect, it } from 'vitest';
import { chapterSimulation, chapterTaskDefinition, describeService, messagesOldestFirst, tasksOf } from './chapterCommands.ts';

const BREAKER = { minimumHealthyPercent: 100, maximumPercent: 200, deploymentCircuitBreaker: { enable: true, rollback: true } };

function deployBrokenImage(deploymentConfiguration: Record<string, unknown>) {
  const sim = chapterSimulation({}, { deploymentConfiguration });
  sim.waitSteady('production', 'user-service', 600_000);
  const good = describeService(sim).deployments[0]!.id;
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v9.9.9')); // tag not in ECR
  sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
  const bad = describeService(sim).deployments[0]!.id;
  return { sim, good, bad };
}

describe('deployment circuit breaker', () => {
  it('rolls a broken image back to the last COMPLETED deployment (E10, E11, rolloutStateReason)', () => {
    const { sim, good, bad } = deployBrokenImage(BREAKER);
    sim.advance(20_000);
    // Tripped: the old deployment is PRIMARY again, rolling back; the failed one is ACTIVE and FAILED.
    const during = describeService(sim).deployments;
    expect(during.map((d) => [d.id, d.status, d.rolloutState])).toEqual([
      [good, 'PRIMARY', 'IN_PROGRESS'],
      [bad, 'ACTIVE', 'FAILED'],
    ]);
    expect(during[0]!.rolloutStateReason).toBe(`ECS deployment circuit breaker: rolling back to deploymentId ${good}.`);
    expect(during[1]!.rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(during[1]!.failedTasks).toBe(3);
    const messages = messagesOldestFirst(sim);
    const failedAt = messages.indexOf(`(service user-service) (deployment ${bad}) deployment failed: tasks failed to start.`);
    expect(failedAt).toBeGreaterThan(0);
    expect(messages[failedAt + 1]).toBe(`(service user-service) rolling back to deployment ${good}.`);

    expect(sim.waitSteady('production', 'user-service', 600_000).reached).toBe(true);
    const after = describeService(sim);
    expect(after.taskDefinition).toMatch(/user-service:3$/);
    expect(after.deployments.map((d) => [d.id, d.rolloutState])).toEqual([[good, 'COMPLETED']]);
    expect(messagesOldestFirst(sim).slice(-2)).toEqual([
      `(service user-service) (deployment ${good}) deployment completed.`,
      '(service user-service) has reached a steady state.',
    ]);
    // The old tasks kept serving throughout (min 100%).
    expect(tasksOf(sim, 'RUNNING', 'user-service').every((t) => t.taskDefinitionArn.endsWith(':3'))).toBe(true);
  });

  it('failed tasks show TaskFailedToStart with the pull error, never having started', () => {
    const { sim } = deployBrokenImage(BREAKER);
    sim.advance(30_000);
    const stopped = tasksOf(sim, 'STOPPED', 'user-service');
    expect(stopped.length).toBeGreaterThanOrEqual(3);
    for (const t of stopped) {
      expect(t.stopCode).toBe('TaskFailedToStart');
      expect(t.stoppedReason).toBe(
        'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v9.9.9: 123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v9.9.9: not found',
      );
      expect(t.startedAt).toBeUndefined();
      expect(t.pullStartedAt).toBeDefined();
      expect(t.containers[0]!.reason).toMatch(/^CannotPullContainerError: /);
    }
  });

  it('a new revision whose container crashes after starting trips the breaker too (stage 2)', () => {
    const sim = chapterSimulation({}, { deploymentConfiguration: BREAKER });
    sim.waitSteady('production', 'user-service', 600_000);
    const good = describeService(sim).deployments[0]!.id;
    sim.injectFault('container-exit', { image: 'user-service:v1.2.4', after: '20' });
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
    expect(sim.waitSteady('production', 'user-service', 1_800_000).reached).toBe(true);
    const svc = describeService(sim);
    expect(svc.deployments.map((d) => d.id)).toEqual([good]);
    expect(svc.taskDefinition).toMatch(/:3$/);
    const crashed = tasksOf(sim, 'STOPPED', 'user-service').filter((t) => t.stopCode === 'EssentialContainerExited');
    expect(crashed).toHaveLength(3); // the threshold for desired 3
    expect(crashed.every((t) => t.taskDefinitionArn.endsWith(':4') && t.startedAt !== undefined)).toBe(true);
    expect(crashed.every((t) => t.containers[0]!.exitCode === 1)).toBe(true);
    expect(messagesOldestFirst(sim)).toContain(`(service user-service) rolling back to deployment ${good}.`);
  });

  it('without rollback the deployment stays FAILED and launches nothing more; old tasks keep running', () => {
    const { sim, bad } = deployBrokenImage({ ...BREAKER, deploymentCircuitBreaker: { enable: true, rollback: false } });
    sim.advance(600_000);
    const svc = describeService(sim);
    expect(svc.deployments[0]).toMatchObject({ id: bad, status: 'PRIMARY', rolloutState: 'FAILED' });
    expect(svc.runningCount).toBe(3);
    expect(tasksOf(sim, 'STOPPED', 'user-service')).toHaveLength(3);
    expect(messagesOldestFirst(sim)).not.toContain(expect.stringMatching(/rolling back/));
  });
});

describe('throttle logic without a breaker', () => {
  it('keeps retrying with growing gaps, emits E12 once, and never gives up (stays IN_PROGRESS)', () => {
    const { sim } = deployBrokenImage({ minimumHealthyPercent: 100, maximumPercent: 200 });
    const launches: number[] = [];
    let seen = new Set<string>();
    for (let minute = 0; minute < 60; minute++) {
      sim.advance(60_000);
      const all = [...tasksOf(sim, 'STOPPED', 'user-service'), ...tasksOf(sim, 'RUNNING', 'user-service')];
      const fresh = all.filter((t) => t.taskDefinitionArn.endsWith(':4') && !seen.has(t.taskArn));
      if (fresh.length > 0) launches.push(minute);
      seen = new Set([...seen, ...fresh.map((t) => t.taskArn)]);
    }
    const gaps = launches.slice(1).map((m, i) => m - launches[i]!);
    expect(gaps.length).toBeGreaterThan(2);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(16);
    const svc = describeService(sim);
    expect(svc.deployments[0]!.rolloutState).toBe('IN_PROGRESS');
    expect(svc.runningCount).toBe(3);
    const e12 = messagesOldestFirst(sim).filter((m) => m === '(service user-service) is unable to consistently start tasks successfully.');
    expect(e12).toHaveLength(1);
  });

  it('E14 when min/max leave no room (desired 3, 100/125)', () => {
    const sim = chapterSimulation({}, { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 125 } });
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
    sim.advance(600_000);
    expect(messagesOldestFirst(sim)).toContain(
      '(service user-service) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
    );
    expect(tasksOf(sim, 'RUNNING', 'user-service').every((t) => t.taskDefinitionArn.endsWith(':3'))).toBe(true);
  });
});
