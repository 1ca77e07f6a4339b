import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript, type ScriptStep } from '../../../src/sim/index.ts';
import { createSimulation, type Simulation } from '../../../src/sim/runtime/simulation.ts';
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

// ---------------------------------------------------------------------------------------------------------------
// test/fixtures/chapter/walkthrough.sh: every command of the chapter, in order, as `npx ecs-sim run` runs it.

const CHAPTER_DIR = new URL('../../fixtures/chapter/', import.meta.url);
const WALKTHROUGH = readFileSync(new URL('walkthrough.sh', CHAPTER_DIR), 'utf8');
/** The JSON files next to the script, as `file://NAME` reads them (the script's folder first, like ecs-sim run). */
const CHAPTER_FILES = Object.fromEntries(
  ['task-definition.json', 'api-gateway.json', 'email-worker.json'].map((name) => [name, readFileSync(new URL(name, CHAPTER_DIR), 'utf8')]),
);

interface Walkthrough {
  sim: Simulation;
  steps: ScriptStep[];
  /** describe-services right after the step that waited for the rollout to :4 to finish. */
  afterRollout: ReturnType<typeof describeService> | undefined;
}

function runWalkthrough(seed?: string): Walkthrough {
  const sim = createSimulation(seed === undefined ? {} : { seed });
  const readFile = (path: string): string | undefined => {
    const name = path.replace(/^\.\//, '');
    return Object.hasOwn(CHAPTER_FILES, name) ? CHAPTER_FILES[name] : sim.files.read(name);
  };
  let afterRollout: Walkthrough['afterRollout'];
  let updatedTo4 = false;
  const steps = runScript(sim, WALKTHROUGH, {
    readFile,
    onStep: (step) => {
      if (/--task-definition user-service:4/.test(step.command)) updatedTo4 = true;
      else if (updatedTo4 && afterRollout === undefined && step.command.startsWith('sim wait steady')) afterRollout = describeService(sim);
    },
  });
  return { sim, steps, afterRollout };
}

/** The step whose command starts with `prefix` (the n-th such, 0-based). */
function step(steps: ScriptStep[], prefix: string | RegExp, n = 0): ScriptStep {
  const matches = steps.filter((s) => (typeof prefix === 'string' ? s.command.startsWith(prefix) : prefix.test(s.command)));
  const found = matches[n];
  if (!found) throw new Error(`no step ${String(prefix)} #${n}`);
  return found;
}

function json<T = Record<string, unknown>>(s: ScriptStep): T {
  return JSON.parse(s.stdout) as T;
}

describe('the chapter walkthrough script, through runScript', () => {
  const run = runWalkthrough();
  const { steps } = run;
  const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition';

  it('runs every command of the chapter, each exiting 0 with nothing on stderr', () => {
    expect(steps.length).toBeGreaterThanOrEqual(25);
    for (const s of steps) expect({ line: s.line, exitCode: s.exitCode, stderr: s.stderr }).toEqual({ line: s.line, exitCode: 0, stderr: '' });
  });

  it('register creates :3, the list shows :1 :2 :3, and the second register creates :4', () => {
    const registers = steps.filter((s) => s.command.startsWith('aws ecs register-task-definition') && s.command.includes('task-definition.json'));
    expect(registers).toHaveLength(2);
    expect(json<{ taskDefinition: { taskDefinitionArn: string; revision: number; status: string } }>(registers[0]!).taskDefinition).toMatchObject({
      taskDefinitionArn: `${ARN}/user-service:3`,
      revision: 3,
      status: 'ACTIVE',
    });
    expect(json(step(steps, 'aws ecs list-task-definitions'))).toEqual({
      taskDefinitionArns: [1, 2, 3].map((n) => `${ARN}/user-service:${n}`),
    });
    expect(json<{ taskDefinition: { taskDefinitionArn: string } }>(registers[1]!).taskDefinition.taskDefinitionArn).toBe(`${ARN}/user-service:4`);
  });

  it('create-service returns desiredCount 3 and one PRIMARY deployment IN_PROGRESS; the service then reaches a steady state', () => {
    const created = json<{ service: ReturnType<typeof describeService> }>(step(steps, 'aws ecs create-service')).service;
    expect(created).toMatchObject({ serviceName: 'user-service', desiredCount: 3, status: 'ACTIVE', launchType: 'FARGATE' });
    expect(created.deployments).toHaveLength(1);
    expect(created.deployments[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: `${ARN}/user-service:3` });
    expect(step(steps, 'sim wait steady', 0).stdout).toMatch(/^Service user-service reached a steady state after \d+m\d\ds\.\n$/);
  });

  it('both scaling policies answer with their AlarmHigh and AlarmLow alarms', () => {
    for (const [n, policy] of ['cpu-target-tracking', 'request-count-tracking'].entries()) {
      const out = json<{ PolicyARN: string; Alarms: { AlarmName: string; AlarmARN: string }[] }>(step(steps, 'aws application-autoscaling put-scaling-policy', n));
      expect(out.PolicyARN).toMatch(new RegExp(`:resource/ecs/service/production/user-service:policyName/${policy}$`));
      expect(out.Alarms.map((a) => a.AlarmName)).toEqual([
        expect.stringMatching(/^TargetTracking-service\/production\/user-service-AlarmHigh-[0-9a-f-]{36}$/),
        expect.stringMatching(/^TargetTracking-service\/production\/user-service-AlarmLow-[0-9a-f-]{36}$/),
      ]);
    }
  });

  it('the update to :4 shows two deployments, then ends with 3 tasks on :4, "deployment completed" and a steady state', () => {
    const deployments = json<ReturnType<typeof describeService>['deployments']>(step(steps, /^aws ecs describe-services[\s\S]*--query 'services\[0\]\.deployments'/));
    expect(deployments.map((d) => [d.status, d.taskDefinition, d.rolloutState])).toEqual([
      ['PRIMARY', `${ARN}/user-service:4`, 'IN_PROGRESS'],
      ['ACTIVE', `${ARN}/user-service:3`, 'COMPLETED'],
    ]);
    const newId = deployments[0]!.id;

    const after = run.afterRollout!;
    expect(after).toBeDefined();
    expect(after).toMatchObject({ desiredCount: 3, runningCount: 3, pendingCount: 0, taskDefinition: `${ARN}/user-service:4` });
    expect(after.deployments.map((d) => [d.id, d.status, d.rolloutState, d.runningCount])).toEqual([[newId, 'PRIMARY', 'COMPLETED', 3]]);
    expect(after.events.slice(0, 2).map((e) => e.message)).toEqual([
      '(service user-service) has reached a steady state.',
      `(service user-service) (deployment ${newId}) deployment completed.`,
    ]);
  });

  it('the circuit breaker configuration is echoed back', () => {
    const out = json<{ service: { deploymentConfiguration: unknown } }>(step(steps, /^aws ecs update-service[\s\S]*deploymentCircuitBreaker/));
    expect(out.service.deploymentConfiguration).toEqual({
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    });
  });

  it('ECS Exec opens a session in which printenv NODE_ENV prints production', () => {
    expect(step(steps, /^aws ecs update-service[\s\S]*--enable-execute-command/).stdout).toContain('"enableExecuteCommand": true');
    expect(step(steps, 'TASK_ID=$(').stdout).toBe('');
    expect(step(steps, 'aws ecs execute-command').stdout).toMatch(/Starting session with SessionId: ecs-execute-command-[0-9a-z]+\n$/);
    expect(step(steps, 'printenv NODE_ENV').stdout).toBe('production\n');
    expect(step(steps, 'wget ').stdout).toContain('remote file exists');
    expect(step(steps, 'exit').stdout).toMatch(/Exiting session with sessionId: ecs-execute-command-[0-9a-z]+\./);
  });

  it('the microservice task definitions register and the families list shows the three families', () => {
    expect(json<{ taskDefinition: { family: string } }>(step(steps, 'aws ecs register-task-definition --cli-input-json file://api-gateway.json')).taskDefinition.family).toBe('api-gateway');
    expect(json<{ taskDefinition: { family: string } }>(step(steps, 'aws ecs register-task-definition --cli-input-json file://email-worker.json')).taskDefinition.family).toBe('email-worker');
    expect(json(step(steps, 'aws ecs list-task-definition-families'))).toEqual({ families: ['api-gateway', 'email-worker', 'user-service'] });
  });

  it('the same seed gives byte-identical --json output; another seed does not', () => {
    const asJson = (w: Walkthrough) => `${JSON.stringify(w.steps, null, 2)}\n`;
    const first = asJson(run);
    expect(asJson(runWalkthrough())).toBe(first);
    expect(asJson(runWalkthrough('another seed'))).not.toBe(first);
  });
});
