import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition, describeService, messagesOldestFirst, NETWORK, tasksOf, TG_ARN } from './chapterCommands.ts';

function steadyChapter(overrides: Record<string, unknown> = {}) {
  const sim = chapterSimulation({}, overrides);
  expect(sim.waitSteady('production', 'user-service', 600_000).reached).toBe(true);
  return sim;
}

function runOne(sim: ReturnType<typeof createSimulation>, subnets = NETWORK.awsvpcConfiguration.subnets, taskDefinition = 'user-service:3') {
  const out = sim.call('ecs', 'RunTask', {
    cluster: 'production',
    taskDefinition,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { ...NETWORK.awsvpcConfiguration, subnets } },
  }) as { tasks: { taskArn: string }[]; failures: { reason: string }[] };
  return out;
}

function onlyStopped(sim: ReturnType<typeof createSimulation>) {
  const stopped = tasksOf(sim, 'STOPPED');
  expect(stopped).toHaveLength(1);
  return stopped[0]!;
}

function standalone() {
  const sim = createSimulation({ seed: 'faults' });
  sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim));
  return sim;
}

describe('container health checks', () => {
  it('a failing health check makes the service replace the task: E4, E3, replacement first (E2b)', () => {
    const sim = steadyChapter();
    const victim = tasksOf(sim, 'RUNNING', 'user-service')[0]!;
    sim.injectFault('health-check-failing', { service: 'user-service', check: 'container' });
    sim.advance(30_000 * 3 + 1_000);
    const task = (sim.call('ecs', 'DescribeTasks', { cluster: 'production', tasks: [victim.taskArn] }) as { tasks: { healthStatus: string; desiredStatus: string }[] }).tasks[0]!;
    expect(task.healthStatus).toBe('UNHEALTHY');
    sim.clearFault('health-check-failing');
    sim.advance(600_000);
    const id = victim.taskArn.split('/').pop()!;
    const messages = messagesOldestFirst(sim);
    expect(messages).toContain(`(service user-service) (task ${id}) failed container health checks.`);
    expect(messages.some((m) => m.includes('Amazon ECS replaced') && /has started \d tasks/.test(m))).toBe(true);
    const stopped = tasksOf(sim, 'STOPPED', 'user-service');
    expect(stopped.find((t) => t.taskArn === victim.taskArn)).toMatchObject({
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Task failed container health checks',
    });
    expect(describeService(sim).runningCount).toBe(3);
  });

  it('a standalone task that turns UNHEALTHY keeps running', () => {
    const sim = standalone();
    runOne(sim);
    sim.advance(60_000);
    sim.injectFault('health-check-failing', {});
    sim.advance(600_000);
    const [t] = tasksOf(sim, 'RUNNING');
    expect(t).toMatchObject({ lastStatus: 'RUNNING', healthStatus: 'UNHEALTHY' });
  });

  it('a health check probing a port the container does not listen on fails without injection', () => {
    const sim = standalone();
    const td = chapterTaskDefinition(sim) as { containerDefinitions: { healthCheck: { command: string[] } }[] };
    td.containerDefinitions[0]!.healthCheck.command = ['CMD-SHELL', 'wget --spider http://localhost:8080/health || exit 1'];
    sim.call('ecs', 'RegisterTaskDefinition', td);
    runOne(sim, undefined, 'user-service:4');
    sim.advance(10 * 60_000);
    expect(tasksOf(sim, 'RUNNING')[0]).toMatchObject({ healthStatus: 'UNHEALTHY' });
  });

  it('counts failures only after startPeriod: UNHEALTHY at the 3rd counted failure (start + 120 s for 30/5/3/60)', () => {
    const sim = standalone();
    sim.injectFault('health-check-failing', {});
    runOne(sim);
    sim.advance(60_000); // running by now
    const started = Date.parse(String(tasksOf(sim, 'RUNNING')[0]!.startedAt).slice(0, 23) + 'Z');
    sim.advance(started + 119_000 - sim.now());
    expect(tasksOf(sim, 'RUNNING')[0]!.healthStatus).toBe('UNKNOWN');
    sim.advance(2_000);
    expect(tasksOf(sim, 'RUNNING')[0]!.healthStatus).toBe('UNHEALTHY');
  });
});

describe('ELB target health', () => {
  it('failing ALB checks: E5 and "Task failed ELB health checks in (target-group …)"', () => {
    const sim = steadyChapter();
    sim.injectFault('health-check-failing', { service: 'user-service', check: 'elb' });
    sim.advance(60_000);
    sim.clearFault();
    sim.advance(900_000);
    const messages = messagesOldestFirst(sim);
    expect(messages.some((m) => new RegExp(`^\\(service user-service\\) \\(task [0-9a-f]{32}\\) \\(port 3000\\) is unhealthy in \\(target-group ${TG_ARN}\\) due to \\(reason Request timed out\\)\\.$`).test(m))).toBe(true);
    expect(tasksOf(sim, 'STOPPED', 'user-service').map((t) => t.stoppedReason)).toContain(`Task failed ELB health checks in (target-group ${TG_ARN})`);
    expect(sim.waitSteady('production', 'user-service', 600_000).reached).toBe(true);
  });

  it('healthCheckGracePeriodSeconds holds off replacement until the grace period ends', () => {
    const sim = chapterSimulation({}, { healthCheckGracePeriodSeconds: 600 });
    sim.injectFault('health-check-failing', { check: 'elb' });
    sim.advance(300_000);
    expect(tasksOf(sim, 'STOPPED', 'user-service')).toHaveLength(0);
    sim.advance(400_000);
    expect(tasksOf(sim, 'STOPPED', 'user-service').length).toBeGreaterThan(0);
  });
});

describe('faults and their natural causes, where AWS shows them', () => {
  it('image-not-found → CannotPullContainerError … not found', () => {
    const sim = standalone();
    sim.injectFault('image-not-found', { image: 'user-service' });
    runOne(sim);
    sim.advance(120_000);
    expect(onlyStopped(sim)).toMatchObject({ stopCode: 'TaskFailedToStart', stoppedReason: expect.stringMatching(/^CannotPullContainerError: .*: not found$/) });
  });

  it('no-route-to-ecr (and a subnet without a route) → ResourceInitializationError … i/o timeout', () => {
    const sim = standalone();
    runOne(sim, ['subnet-2a2b3c4d5e6f']); // the scenario's isolated subnet
    sim.advance(120_000);
    expect(onlyStopped(sim).stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: .*i\/o timeout\. Please check your task network configuration\.$/,
    );
    const sim2 = standalone();
    sim2.injectFault('no-route-to-ecr', {});
    runOne(sim2);
    sim2.advance(120_000);
    expect(onlyStopped(sim2).stoppedReason).toMatch(/i\/o timeout/);
  });

  it('secret-access-denied → ResourceInitializationError … AccessDeniedException … secretsmanager:GetSecretValue', () => {
    const sim = standalone();
    sim.injectFault('secret-access-denied', { secret: 'user-service/db-url' });
    runOne(sim);
    sim.advance(120_000);
    const t = onlyStopped(sim);
    expect(t.stopCode).toBe('TaskFailedToStart');
    expect(t.stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time\(s\): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role\/ecsTaskExecutionRole\/[0-9a-f]{32} is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service\/db-url/,
    );
  });

  it('a secret that does not exist fails to start without injection', () => {
    const sim = standalone();
    const td = chapterTaskDefinition(sim) as { containerDefinitions: { secrets: { valueFrom: string }[] }[] };
    td.containerDefinitions[0]!.secrets[0]!.valueFrom = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/typo';
    sim.call('ecs', 'RegisterTaskDefinition', td);
    runOne(sim, undefined, 'user-service:4');
    sim.advance(120_000);
    expect(onlyStopped(sim).stoppedReason).toMatch(/ResourceNotFoundException: Secrets Manager can't find the specified secret\./);
  });

  it('a role ECS cannot assume: E16 for a service (no task created), ClientException for RunTask', () => {
    const sim = standalone();
    const td = chapterTaskDefinition(sim) as Record<string, unknown>;
    td['taskRoleArn'] = 'arn:aws:iam::123456789012:role/doesNotExist';
    sim.call('ecs', 'RegisterTaskDefinition', td);
    sim.call('ecs', 'CreateService', {
      cluster: 'production',
      serviceName: 'user-service',
      taskDefinition: 'user-service:4',
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    sim.advance(60_000);
    expect(messagesOldestFirst(sim)).toContain(
      "(service user-service) failed to launch a task with (error ECS was unable to assume the role 'arn:aws:iam::123456789012:role/doesNotExist' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.)",
    );
    expect(describeService(sim)).toMatchObject({ runningCount: 0, pendingCount: 0 });
    expect(() => runOne(sim, undefined, 'user-service:4')).toThrow(/^ECS was unable to assume the role /);
  });

  it('a log group that does not exist fails the start with the awslogs error', () => {
    const sim = standalone();
    const td = chapterTaskDefinition(sim) as { containerDefinitions: { logConfiguration: { options: Record<string, string> } }[] };
    td.containerDefinitions[0]!.logConfiguration.options['awslogs-group'] = '/ecs/typo';
    sim.call('ecs', 'RegisterTaskDefinition', td);
    runOne(sim, undefined, 'user-service:4');
    sim.advance(120_000);
    expect(onlyStopped(sim).stoppedReason).toBe(
      'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1',
    );
  });

  it('container-exit → EssentialContainerExited, exit code 1, no E3, and the service replaces the task', () => {
    const sim = steadyChapter();
    sim.injectFault('container-exit', { service: 'user-service' });
    sim.advance(10_000);
    sim.clearFault();
    sim.advance(600_000);
    const dead = tasksOf(sim, 'STOPPED', 'user-service');
    expect(dead).toHaveLength(3);
    for (const t of dead) {
      expect(t).toMatchObject({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' });
      expect(t.containers[0]!.exitCode).toBe(1);
    }
    expect(messagesOldestFirst(sim).some((m) => m.includes('has stopped'))).toBe(false);
    expect(describeService(sim).runningCount).toBe(3);
  });

  it('out-of-memory → exit 137 with OutOfMemoryError on the container', () => {
    const sim = standalone();
    runOne(sim);
    sim.advance(60_000);
    sim.injectFault('out-of-memory', {});
    sim.advance(120_000);
    const t = onlyStopped(sim);
    expect(t.stopCode).toBe('EssentialContainerExited');
    expect(t.containers[0]).toMatchObject({ exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' });
  });

  it('subnet-ip-exhausted (and a full /28) → the task stops in PROVISIONING', () => {
    const sim = standalone();
    sim.injectFault('subnet-ip-exhausted', { subnet: 'subnet-0a1b2c3d4e5f' });
    runOne(sim, ['subnet-0a1b2c3d4e5f']);
    sim.advance(5_000);
    expect(tasksOf(sim, 'RUNNING')[0]!.lastStatus).toBe('PROVISIONING');
    sim.advance(120_000);
    const t = onlyStopped(sim);
    expect(t.stoppedReason).toMatch(/InsufficientFreeAddressesInSubnet/);
    expect(t.pullStartedAt).toBeUndefined();

    const small = standalone();
    for (let i = 0; i < 3; i++) runOne(small, ['subnet-3a3b3c4d5e6f']); // 2 free IPs
    small.advance(120_000);
    expect(tasksOf(small, 'RUNNING')).toHaveLength(2);
    expect(onlyStopped(small).stoppedReason).toMatch(/InsufficientFreeAddressesInSubnet/);
  });

  it('capacity-unavailable → RunTask failures and service event E13, no task created', () => {
    const sim = standalone();
    sim.injectFault('capacity-unavailable', {});
    const out = runOne(sim);
    expect(out.tasks).toEqual([]);
    expect(out.failures[0]!.reason).toBe('Capacity is unavailable at this time. Please try again later or in a different availability zone');
    sim.call('ecs', 'CreateService', {
      cluster: 'production',
      serviceName: 'user-service',
      taskDefinition: 'user-service:3',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: NETWORK,
    });
    sim.advance(60_000);
    expect(messagesOldestFirst(sim)).toContain(
      '(service user-service) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone',
    );
    expect(describeService(sim)).toMatchObject({ runningCount: 0, pendingCount: 0 });
    sim.clearFault('capacity-unavailable');
    expect(sim.waitSteady('production', 'user-service', 1_800_000).reached).toBe(true);
  });

  it('injectFault describes what will go wrong; clearFault reports what it removed', () => {
    const sim = standalone();
    expect(sim.injectFault('out-of-memory', { service: 'user-service' })).toBe(
      'Fault out-of-memory injected (service=user-service): the essential container will be OOM-killed (exit 137, OutOfMemoryError).',
    );
    expect(sim.clearFault('out-of-memory')).toBe('Cleared 1 fault of kind out-of-memory.');
    expect(sim.clearFault()).toBe('No faults were active.');
  });
});

describe('failures during a rollout (Nov 2025 behaviour)', () => {
  it('a crashed task of the old revision is replaced with the old revision, and the rollout still completes', () => {
    const sim = steadyChapter();
    const oldDeployment = describeService(sim).deployments[0]!.id;
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
    sim.injectFault('container-exit', { image: 'user-service:v1.2.3', after: '1' }); // every old task crashes once
    sim.advance(2_000);
    sim.clearFault();
    sim.advance(10_000);
    const running = tasksOf(sim, 'RUNNING', 'user-service');
    const replacements = running.filter((t) => t.taskDefinitionArn.endsWith(':3') && t['startedBy'] === oldDeployment);
    expect(replacements.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThanOrEqual(6); // maximumPercent 200
    expect(sim.waitSteady('production', 'user-service', 1_800_000).reached).toBe(true);
    expect(tasksOf(sim, 'RUNNING', 'user-service').every((t) => t.taskDefinitionArn.endsWith(':4'))).toBe(true);
  });
});
