import { describe, expect, it } from 'vitest';
import { isAwsError } from '../../../src/sim/errors.ts';
import { chapterSimulation, chapterTaskDefinition, describeService, tasksOf } from './chapterCommands.ts';
import type { Simulation } from '../../../src/sim/runtime/simulation.ts';

function awsError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isAwsError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an AwsError');
}

function exec(sim: Simulation, task: string, extra: Record<string, unknown> = {}) {
  return sim.call('ecs', 'ExecuteCommand', { cluster: 'production', task, container: 'user-service', interactive: true, command: '/bin/sh', ...extra }) as {
    session: { sessionId: string };
    containerName: string;
    taskArn: string;
    interactive: boolean;
  };
}

/** The chapter's ECS Exec steps: enable, force a new deployment, pick a task. */
function execReady(): { sim: Simulation; task: string } {
  const sim = chapterSimulation();
  sim.waitSteady('production', 'user-service', 600_000);
  sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', enableExecuteCommand: true, forceNewDeployment: true });
  sim.waitSteady('production', 'user-service', 1_200_000);
  const list = sim.call('ecs', 'ListTasks', { cluster: 'production', serviceName: 'user-service' }) as { taskArns: string[] };
  return { sim, task: list.taskArns[0]! };
}

describe('ExecuteCommand', () => {
  it('fails on tasks started before exec was enabled, with AWS’s message', () => {
    const sim = chapterSimulation();
    sim.waitSteady('production', 'user-service', 600_000);
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', enableExecuteCommand: true });
    expect(describeService(sim).deployments).toHaveLength(1); // enabling alone starts no deployment
    const task = tasksOf(sim, 'RUNNING', 'user-service')[0]!.taskArn;
    expect(awsError(() => exec(sim, task))).toEqual({
      code: 'InvalidParameterException',
      message:
        'The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.',
    });
  });

  it('opens a session on new tasks once exec is enabled and a new deployment ran', () => {
    const { sim, task } = execReady();
    const out = exec(sim, task);
    expect(out.session.sessionId).toMatch(/^ecs-execute-command-[0-9a-f]{17}$/);
    expect(out).toMatchObject({ containerName: 'user-service', interactive: true, taskArn: task });
    const described = tasksOf(sim, 'RUNNING', 'user-service').find((t) => t.taskArn === task)!;
    expect(described['enableExecuteCommand']).toBe(true);
    expect((described.containers[0] as unknown as { managedAgents: unknown[] }).managedAgents).toMatchObject([
      { name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' },
    ]);
  });

  it('requires --interactive', () => {
    const { sim, task } = execReady();
    expect(awsError(() => exec(sim, task, { interactive: false }))).toEqual({
      code: 'InvalidParameterException',
      message: 'Interactive is the only mode supported currently.',
    });
  });

  it('a task role without the ssmmessages permissions gives TargetNotConnectedException', () => {
    const sim = chapterSimulation();
    const td = chapterTaskDefinition(sim) as Record<string, unknown>;
    td['taskRoleArn'] = 'arn:aws:iam::123456789012:role/apiGatewayTaskRole';
    sim.call('ecs', 'RegisterTaskDefinition', td);
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4', enableExecuteCommand: true });
    sim.waitSteady('production', 'user-service', 1_200_000);
    const task = tasksOf(sim, 'RUNNING', 'user-service')[0]!.taskArn;
    expect(awsError(() => exec(sim, task))).toEqual({
      code: 'TargetNotConnectedException',
      message: 'The execute command failed due to an internal error. Try again later.',
    });
  });
});

describe('the ECS Exec shell', () => {
  function shell() {
    const { sim, task } = execReady();
    const id = exec(sim, task).session.sessionId;
    return { sim, run: (line: string) => sim.execShell(id, line) };
  }

  it('env shows the task definition’s variables and the injected secret values', () => {
    const { run } = shell();
    const out = run('env');
    expect(out.exitCode).toBe(0);
    expect(out.output).toContain('NODE_ENV=production\n');
    expect(out.output).toContain('PORT=3000\n');
    expect(out.output).toMatch(/^DATABASE_URL=postgres:\/\/\S+$/m);
    expect(out.output).toMatch(/^JWT_SECRET=\S+$/m);
    expect(out.output).toContain('AWS_EXECUTION_ENV=AWS_ECS_FARGATE\n');
    expect(run('printenv LOG_LEVEL')).toEqual({ output: 'info\n', exitCode: 0, closed: false });
  });

  it('wget --spider succeeds on the container port and fails on another', () => {
    const { run } = shell();
    expect(run('wget --no-verbose --tries=1 --spider http://localhost:3000/health').exitCode).toBe(0);
    const bad = run('wget --spider http://localhost:8080/health');
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toContain('Connection refused');
  });

  it('answers the small command set, rejects the rest with exit 127, and closes on exit', () => {
    const { run } = shell();
    expect(run('whoami').output).toBe('root\n');
    expect(run('cat /etc/os-release').output).toContain('Alpine Linux');
    expect(run('ps').output).toContain('node');
    expect(run('hostname').output).toMatch(/^ip-10-0-\d+-\d+\.ec2\.internal\n$/);
    expect(run('curl http://localhost:3000')).toEqual({ output: '/bin/sh: curl: not found\n', exitCode: 127, closed: false });
    expect(run('exit').closed).toBe(true);
    expect(run('whoami').closed).toBe(true);
  });

  it('closes after 20 idle minutes', () => {
    const { sim, run } = shell();
    expect(run('pwd').closed).toBe(false);
    sim.advance(21 * 60_000);
    expect(run('pwd').closed).toBe(true);
  });
});

describe('RunTask overrides', () => {
  it('container environment overrides show up in the task and in the exec shell', () => {
    const sim = chapterSimulation();
    const out = sim.call('ecs', 'RunTask', {
      cluster: 'production',
      taskDefinition: 'user-service:3',
      launchType: 'FARGATE',
      enableExecuteCommand: true,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f'], securityGroups: ['sg-0a1b2c3d4e5f6g7h'] } },
      overrides: { containerOverrides: [{ name: 'user-service', environment: [{ name: 'LOG_LEVEL', value: 'debug' }] }] },
    }) as { tasks: { taskArn: string; overrides: unknown }[] };
    expect(out.tasks[0]!.overrides).toEqual({
      containerOverrides: [{ name: 'user-service', environment: [{ name: 'LOG_LEVEL', value: 'debug' }] }],
      inferenceAcceleratorOverrides: [],
    });
    sim.advance(120_000);
    const id = exec(sim, out.tasks[0]!.taskArn).session.sessionId;
    expect(sim.execShell(id, 'printenv LOG_LEVEL').output).toBe('debug\n');
  });
});
