import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';
import {
  chapterSimulation,
  chapterTaskDefinition,
  describeService,
  messagesOldestFirst,
  tasksOf,
  TG_ARN,
} from './chapterCommands.ts';

const TS = /^2026-01-15T\d\d:\d\d:\d\d\.\d{3}000\+00:00$/;

describe('the chapter, verbatim, against the default scenario', () => {
  it('register creates user-service:3 and the list shows :1 :2 :3', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
    const reg = sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim)) as { taskDefinition: { taskDefinitionArn: string } };
    expect(reg.taskDefinition.taskDefinitionArn).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:3');
    expect(sim.call('ecs', 'ListTaskDefinitions', { familyPrefix: 'user-service' })).toEqual({
      taskDefinitionArns: [1, 2, 3].map((n) => `arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:${n}`),
    });
  });

  it('create-cluster answers in the API shape', () => {
    const sim = createSimulation();
    expect(sim.call('ecs', 'CreateCluster', { clusterName: 'production' })).toMatchObject({
      cluster: {
        clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/production',
        clusterName: 'production',
        status: 'ACTIVE',
        runningTasksCount: 0,
        activeServicesCount: 0,
      },
    });
  });

  it('create-service returns one PRIMARY deployment IN_PROGRESS and reaches a steady state with 3 healthy tasks', () => {
    const sim = chapterSimulation();
    const created = describeService(sim);
    expect(created.status).toBe('ACTIVE');
    expect(created.runningCount).toBe(0);
    expect(created.deployments).toHaveLength(1);
    const d = created.deployments[0]!;
    expect(d.id).toMatch(/^ecs-svc\/\d{19}$/);
    expect(d).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', rolloutStateReason: `ECS deployment ${d.id} in progress.` });

    const wait = sim.waitSteady('production', 'user-service', 600_000);
    expect(wait.reached).toBe(true);
    const steady = describeService(sim);
    expect(steady).toMatchObject({ desiredCount: 3, runningCount: 3, pendingCount: 0 });
    expect(steady.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${d.id} completed.` });
    const messages = messagesOldestFirst(sim);
    expect(messages[0]).toMatch(/^\(service user-service\) has started 3 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/);
    expect(messages).toContain(`(service user-service) registered 1 targets in (target-group ${TG_ARN})`);
    expect(messages.slice(-2)).toEqual([
      `(service user-service) (deployment ${d.id}) deployment completed.`,
      '(service user-service) has reached a steady state.',
    ]);
  });

  it('service tasks carry the task fields and timestamps AWS shows', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const [task] = tasksOf(sim, 'RUNNING', 'user-service');
    expect(task).toBeDefined();
    expect(task!.taskArn).toMatch(/^arn:aws:ecs:us-east-1:123456789012:task\/production\/[0-9a-f]{32}$/);
    expect(task).toMatchObject({
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      healthStatus: 'HEALTHY',
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      cpu: '256',
      memory: '512',
      group: 'service:user-service',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:3',
    });
    expect(task!['startedBy']).toBe(describeService(sim).deployments[0]!.id);
    for (const key of ['createdAt', 'connectivityAt', 'pullStartedAt', 'pullStoppedAt', 'startedAt']) expect(task![key]).toMatch(TS);
    const created = Date.parse(String(task!['createdAt']).slice(0, 23) + 'Z');
    const started = Date.parse(String(task!['startedAt']).slice(0, 23) + 'Z');
    expect(started - created).toBeGreaterThanOrEqual(30_000); // ~10 s provisioning + 20–40 s pull
    expect(started - created).toBeLessThanOrEqual(52_000);
    expect(task!.containers[0]).toMatchObject({ name: 'user-service', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' });
    expect(task!['attachments']).toMatchObject([{ type: 'ElasticNetworkInterface', status: 'ATTACHED' }]);
  });

  it('scaling via desiredCount adds tasks without creating a deployment', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const before = describeService(sim).deployments[0]!.id;
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', desiredCount: 5 });
    expect(describeService(sim).deployments.map((d) => d.id)).toEqual([before]);
    expect(sim.waitSteady('production', 'user-service', 600_000).reached).toBe(true);
    expect(describeService(sim)).toMatchObject({ desiredCount: 5, runningCount: 5 });
    expect(describeService(sim).deployments.map((d) => d.id)).toEqual([before]);
  });

  it('update-service to :4 rolls out with E2/E3/E7/E8/E9/E1 and stops old tasks with the deployment reason', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const oldId = describeService(sim).deployments[0]!.id;
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    const updated = sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' }) as {
      service: ReturnType<typeof describeService>;
    };
    expect(updated.service.deployments.map((d) => [d.status, d.rolloutState, d.desiredCount])).toEqual([
      ['PRIMARY', 'IN_PROGRESS', 0],
      ['ACTIVE', 'COMPLETED', 3],
    ]);
    expect(sim.waitSteady('production', 'user-service', 1_200_000).reached).toBe(true);
    const svc = describeService(sim);
    const newId = svc.deployments[0]!.id;
    expect(svc.deployments).toHaveLength(1);
    expect(svc.taskDefinition).toMatch(/user-service:4$/);
    const messages = messagesOldestFirst(sim);
    const after = messages.slice(messages.indexOf('(service user-service) has reached a steady state.') + 1);
    expect(after[0]).toMatch(/has started 3 tasks/);
    expect(after.some((m) => /^\(service user-service\) has stopped \d running tasks: /.test(m))).toBe(true);
    const draining = after.filter((m) => m.startsWith(`(service user-service, taskSet ${oldId}) has begun draining connections on `));
    expect(draining.map((m) => Number(/on (\d) tasks\.$/.exec(m)?.[1])).reduce((a, b) => a + b, 0)).toBe(3);
    expect(after.slice(-2)).toEqual([
      `(service user-service) (deployment ${newId}) deployment completed.`,
      '(service user-service) has reached a steady state.',
    ]);
    const stopped = tasksOf(sim, 'STOPPED', 'user-service');
    expect(stopped).toHaveLength(3);
    for (const t of stopped) {
      expect(t).toMatchObject({
        lastStatus: 'STOPPED',
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${oldId})`,
      });
    }
    // Draining took the target group's deregistration delay (300 s).
    const t = stopped[0]!;
    const stopping = Date.parse(String(t['stoppingAt']).slice(0, 23) + 'Z');
    const stoppedAt = Date.parse(String(t['stoppedAt']).slice(0, 23) + 'Z');
    expect(stoppedAt - stopping).toBeGreaterThanOrEqual(300_000);
  });

  it('reproduces the chapter timeline Time 0 … Time 7 with one-at-a-time surging', () => {
    const sim = chapterSimulation({ settings: { deploymentSurgeLimit: 1 } });
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
    // Sample the tasks the service wants running (desiredStatus RUNNING), by revision, after every change.
    const picture = () => {
      const tasks = tasksOf(sim, 'RUNNING', 'user-service');
      const v1 = tasks.filter((t) => t.taskDefinitionArn.endsWith(':3')).length;
      const v2 = tasks.filter((t) => t.taskDefinitionArn.endsWith(':4')).length;
      return `${'[v1]'.repeat(v1)}${'[v2]'.repeat(v2)}`;
    };
    const seen = [picture()];
    for (let i = 0; i < 2000 && seen.at(-1) !== '[v2][v2][v2]'; i++) {
      sim.advance(1000);
      const p = picture();
      if (p !== seen.at(-1)) seen.push(p);
    }
    expect(seen).toEqual([
      '[v1][v1][v1]',
      '[v1][v1][v1][v2]',
      '[v1][v1][v2]',
      '[v1][v1][v2][v2]',
      '[v1][v2][v2]',
      '[v1][v2][v2][v2]',
      '[v2][v2][v2]',
    ]);
  });
});

describe('steady state over time', () => {
  it('a steady service repeats "has reached a steady state." every 6 hours and nothing else', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    const before = describeService(sim).events.length;
    sim.advance(13 * 3_600_000);
    const events = describeService(sim).events;
    expect(events.length - before).toBe(2);
    expect(events.slice(0, 2).map((e) => e.message)).toEqual([
      '(service user-service) has reached a steady state.',
      '(service user-service) has reached a steady state.',
    ]);
  });
});
