import { describe, expect, it } from 'vitest';

import { runCommandLine, Shell } from '../../../src/sim/cli/shell.ts';
import { AwsError } from '../../../src/sim/errors.ts';
import { FakeSimulation } from './fakeSimulation.ts';

const SESSION = 'ecs-execute-command-0a1b2c3d4e5f';
const execSim = (): FakeSimulation =>
  new FakeSimulation().on('ExecuteCommand', (input: Record<string, unknown>) => ({
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/production',
    containerName: input.container,
    interactive: true,
    session: { sessionId: SESSION, streamUrl: 'wss://ssmmessages.us-east-1.amazonaws.com/v1/data-channel/x', tokenValue: 'secret' },
    taskArn: `arn:aws:ecs:us-east-1:123456789012:task/production/${String(input.task)}`,
  }));

const BANNER =
  '\nThe Session Manager plugin was installed successfully. Use the AWS CLI to start a session.\n\n' +
  `\nStarting session with SessionId: ${SESSION}\n`;

describe('aws ecs execute-command', () => {
  it('opens a session for /bin/sh: the prompt becomes "# " and lines go to the container until exit', () => {
    const sim = execSim();
    const shell = new Shell(sim);
    const open = shell.run('aws ecs execute-command --cluster production --task abc --container user-service --interactive --command "/bin/sh"');
    expect(open).toMatchObject({ exitCode: 0, stdout: BANNER, stderr: '' });
    expect(sim.calls[0]?.input).toEqual({ cluster: 'production', task: 'abc', container: 'user-service', interactive: true, command: '/bin/sh' });
    expect(shell.prompt).toBe('# ');
    expect(shell.run('whoami').stdout).toBe('root\n');
    const bye = shell.run('exit');
    expect(bye.stdout).toBe(`\n\nExiting session with sessionId: ${SESSION}.\n\n`);
    expect(shell.prompt).toBe('$ ');
    expect(sim.execLines.map((l) => l.line)).toEqual(['whoami', 'exit']);
  });

  it('runs any other --command once and ends the session', () => {
    const sim = execSim();
    const r = runCommandLine(sim, 'aws ecs execute-command --cluster production --task abc --interactive --command whoami');
    expect(r.stdout).toBe(`${BANNER}root\n\n\nExiting session with sessionId: ${SESSION}.\n\n`);
    expect(sim.execLines.map((l) => l.line)).toEqual(['whoami', 'exit']);
  });

  it('prints service errors from ExecuteCommand and stays out of session mode', () => {
    const sim = new FakeSimulation().on('ExecuteCommand', () => {
      throw new AwsError('InvalidParameterException', 'The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.');
    });
    const shell = new Shell(sim);
    const r = shell.run('aws ecs execute-command --cluster production --task abc --interactive --command /bin/sh');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toContain('An error occurred (InvalidParameterException) when calling the ExecuteCommand operation: The execute command failed');
    expect(shell.prompt).toBe('$ ');
  });
});


describe('aws ecs wait', () => {
  const service = (deployments: number, running: number, desired: number) => ({
    serviceName: 'user-service',
    status: 'ACTIVE',
    deployments: Array.from({ length: deployments }, (_, i) => ({ id: `ecs-svc/${i}` })),
    runningCount: running,
    desiredCount: desired,
  });

  it('services-stable polls every 15 s of virtual time until stable, printing nothing', () => {
    let polls = 0;
    const sim = new FakeSimulation().on('DescribeServices', () => {
      polls++;
      return { services: [polls < 3 ? service(2, 1, 3) : service(1, 3, 3)], failures: [] };
    });
    const start = sim.now();
    const r = runCommandLine(sim, 'aws ecs wait services-stable --cluster production --services user-service');
    expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(polls).toBe(3);
    expect(sim.now() - start).toBe(30_000);
  });

  it('gives up after 40 attempts with botocore wording (exit 255)', () => {
    const sim = new FakeSimulation().on('DescribeServices', { services: [service(2, 1, 3)], failures: [] });
    const start = sim.now();
    const r = runCommandLine(sim, 'aws ecs wait services-stable --cluster production --services user-service');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe('\naws: [ERROR]: Waiter ServicesStable failed: Max attempts exceeded\n');
    expect(sim.calls).toHaveLength(40);
    expect(sim.now() - start).toBe(39 * 15_000);
  });

  it('stops at a failure acceptor (MISSING service)', () => {
    const sim = new FakeSimulation().on('DescribeServices', {
      services: [],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:service/nope', reason: 'MISSING' }],
    });
    const r = runCommandLine(sim, 'aws ecs wait services-stable --cluster production --services nope');
    expect(r.stderr).toBe(
      '\naws: [ERROR]: Waiter ServicesStable failed: Waiter encountered a terminal failure state: For expression "failures[].reason" we matched expected path: "MISSING" at least once\n',
    );
    expect(sim.calls).toHaveLength(1);
  });

  it('tasks-running polls DescribeTasks every 6 s', () => {
    let polls = 0;
    const sim = new FakeSimulation().on('DescribeTasks', () => ({
      tasks: [{ lastStatus: ++polls < 4 ? 'PENDING' : 'RUNNING' }],
      failures: [],
    }));
    const start = sim.now();
    expect(runCommandLine(sim, 'aws ecs wait tasks-running --cluster production --tasks abc').exitCode).toBe(0);
    expect(sim.now() - start).toBe(18_000);
  });

  it('reports a service error during polling the way botocore does', () => {
    const sim = new FakeSimulation().on('DescribeServices', () => {
      throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
    });
    const r = runCommandLine(sim, 'aws ecs wait services-stable --cluster nope --services web');
    expect(r).toMatchObject({
      exitCode: 255,
      stderr: '\naws: [ERROR]: Waiter ServicesStable failed: An error occurred (ClusterNotFoundException): Cluster not found.\n',
    });
  });

  it('rejects an unknown waiter with the list of waiters', () => {
    const r = runCommandLine(new FakeSimulation(), 'aws ecs wait service-stable --cluster c --services s');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('argument subcommand: Invalid choice, valid choices are:');
    expect(r.stderr).toContain('  * services-stable');
  });
});
