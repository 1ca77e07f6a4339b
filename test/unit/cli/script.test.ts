import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runScript, splitScript } from '../../../src/sim/cli/runScript.ts';
import { parseDuration } from '../../../src/sim/cli/simDirectives.ts';
import { Shell } from '../../../src/sim/cli/shell.ts';
import { FakeSimulation } from './fakeSimulation.ts';
import { createRealSimulation } from './realEngine.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('splitScript', () => {
  it('joins continuations and multi-line quotes, skips comments and blank lines, keeps start lines', () => {
    const commands = splitScript(`# setup\n\naws ecs create-cluster \\\n  --cluster-name production\nX='{\n"a": 1\n}'\necho done\n`);
    expect(commands).toEqual([
      { line: 3, text: 'aws ecs create-cluster \\\n  --cluster-name production' },
      { line: 5, text: `X='{\n"a": 1\n}'` },
      { line: 8, text: 'echo done' },
    ]);
  });
});

describe('runScript', () => {
  it('records each step with its virtual start time and keeps variables between steps', () => {
    const sim = new FakeSimulation().on('ListTasks', { taskArns: ['arn:aws:ecs:us-east-1:123456789012:task/production/0123abcd'] });
    const steps = runScript(
      sim,
      `TASK_ID=$(aws ecs list-tasks \\\n--cluster production \\\n--service-name user-service \\\n--query 'taskArns[0]' \\\n--output text)\necho "task: $TASK_ID"\nsim advance 5m\necho after`,
    );
    expect(steps.map((s) => [s.line, s.exitCode, s.stdout])).toEqual([
      [1, 0, ''],
      [6, 0, 'task: arn:aws:ecs:us-east-1:123456789012:task/production/0123abcd\n'],
      [7, 0, 'Advanced 5m; virtual time is now 2026-01-15T09:05:00.000000+00:00\n'],
      [8, 0, 'after\n'],
    ]);
    expect(steps[0]!.at).toBe('2026-01-15T09:00:00.000Z');
    expect(steps[3]!.at).toBe('2026-01-15T09:05:00.000Z');
    expect(sim.calls[0]?.input).toEqual({ cluster: 'production', serviceName: 'user-service' });
  });

  it('continues after failing commands and reports them; unknown commands exit 127', () => {
    const steps = runScript(new FakeSimulation(), 'kubectl get pods\naws ecs create-service\necho still here');
    expect(steps.map((s) => s.exitCode)).toEqual([127, 252, 0]);
    expect(steps[0]!.stderr).toBe('bash: kubectl: command not found\n');
  });

  it('$? holds the last exit code and a failed substitution shows its error', () => {
    const steps = runScript(new FakeSimulation(), 'X=$(aws ecs nope)\necho $?');
    expect(steps[0]!.exitCode).toBe(252);
    expect(steps[0]!.stderr).toContain('argument operation: Invalid choice');
    expect(steps[1]!.stdout).toBe('252\n');
  });

  it('passes the chapter file:// path through the virtual files', () => {
    const sim = new FakeSimulation();
    sim.files.write('task-definition.json', fixture('task-definition.json'));
    const steps = runScript(sim, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
    expect(steps[0]!.exitCode).toBe(0);
    expect(sim.calls[0]?.input).toMatchObject({ family: 'user-service', cpu: '256', memory: '512' });
  });

  it('feeds lines after execute-command --command /bin/sh to the container until exit', () => {
    const sim = new FakeSimulation().on('ExecuteCommand', { session: { sessionId: 'ecs-execute-command-1' } });
    const steps = runScript(
      sim,
      'aws ecs execute-command --cluster production --task abc --container user-service --interactive --command "/bin/sh"\nwhoami\nexit\necho back',
    );
    expect(steps.map((s) => s.stdout.trim().split('\n').pop())).toEqual([
      'Starting session with SessionId: ecs-execute-command-1',
      'root',
      'Exiting session with sessionId: ecs-execute-command-1.',
      'back',
    ]);
  });

  it('stops at exit', () => {
    const steps = runScript(new FakeSimulation(), 'echo a\nexit 3\necho b');
    expect(steps.map((s) => s.exitCode)).toEqual([0, 3]);
  });
});

describe('sim directives', () => {
  const run = (line: string, sim = new FakeSimulation()) => ({ r: new Shell(sim).run(line), sim });

  it('parses durations with units and combinations', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5')).toBeUndefined();
    expect(parseDuration('5 minutes')).toBeUndefined();
  });

  it('sim advance moves the clock; a bad duration explains the format', () => {
    const { r, sim } = run('sim advance 1h30m');
    expect(r.exitCode).toBe(0);
    expect(sim.now()).toBe(Date.UTC(2026, 0, 15, 10, 30));
    const bad = run('sim advance soon').r;
    expect(bad).toMatchObject({ exitCode: 2, stderr: "sim advance: invalid duration 'soon'\nusage: sim advance <duration>   e.g. 30s, 5m, 1h30m\n" });
  });

  it('sim wait steady reports the time taken or the timeout', () => {
    expect(run('sim wait steady --cluster production --service user-service').r.stdout).toBe(
      'Service user-service reached a steady state after 2m15s.\n',
    );
    const late = run('sim wait steady --cluster production --service never-steady --timeout 10m').r;
    expect(late).toMatchObject({ exitCode: 1, stderr: 'sim wait: service never-steady did not reach a steady state within 10m.\n' });
    expect(run('sim wait steady --cluster production').r.stderr).toContain('missing --service');
  });

  it('sim load passes a LoadSpec and reports engine errors', () => {
    const { r, sim } = run('sim load --cluster production --service user-service --cpu 85 --pattern spike --requests 1200');
    expect(r.exitCode).toBe(0);
    expect(sim.directives).toEqual(['setLoad production user-service {"pattern":"spike","cpuPercent":85,"requestsPerTarget":1200}']);
    expect(run('sim load --cluster production --service missing --cpu 50').r).toMatchObject({
      exitCode: 1,
      stderr: 'sim load: Service missing not found in cluster production\n',
    });
    expect(run('sim load --cluster p --service s --cpu lots').r.stderr).toBe("sim load: --cpu must be a number >= 0, got 'lots'\n");
    expect(run('sim load --cluster p --service s --cpu 5 --pattern wave').r.exitCode).toBe(2);
  });

  it('sim fault injects and clears, validating the kind', () => {
    const { r, sim } = run('sim fault container-exit --cluster production --service user-service --exit-code 137');
    expect(r.stdout).toBe('Fault container-exit injected\n');
    expect(sim.directives[0]).toBe(
      'injectFault container-exit {"cluster":"production","service":"user-service","exit-code":"137","exitCode":"137"}',
    );
    expect(run('sim fault clear').r.stdout).toBe('Cleared all faults\n');
    expect(run('sim fault clear out-of-memory').r.stdout).toBe('Cleared out-of-memory\n');
    const bad = run('sim fault disk-full').r;
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("unknown fault 'disk-full'");
  });

  it('sim state, sim help and an unknown directive', () => {
    expect(run('sim state').r.stdout).toBe('cluster production: 0 services\n');
    expect(run('sim help').r.stdout).toContain('sim advance <duration>');
    expect(run('sim teleport').r).toMatchObject({ exitCode: 2, stderr: "sim teleport: unknown directive 'teleport'. Try 'sim help'.\n" });
  });
});

describe('variables', () => {
  it('NAME=value ends at a blank; quotes and $(…) keep spaces; trailing comments are ignored', () => {
    const shell = new Shell(new FakeSimulation().on('ListClusters', { clusterArns: ['arn:a', 'arn:b'] }));
    shell.run('A=one # a comment');
    shell.run('B="two words"');
    shell.run("export C=$(aws ecs list-clusters --query 'clusterArns' --output text)");
    expect([shell.getVar('A'), shell.getVar('B'), shell.getVar('C')]).toEqual(['one', 'two words', 'arn:a\tarn:b']);
    expect(shell.run('echo "$C"').stdout).toBe('arn:a\tarn:b\n');
  });
});

describe('sim directives with the real engine', () => {
  it('a container-exit fault makes the service replace tasks, visible in describe-services events', () => {
    const sim = createRealSimulation();
    const steps = runScript(
      sim,
      [
        'aws ecs create-cluster --cluster-name production',
        'aws ecs register-task-definition --cli-input-json file://task-definition.json',
        `aws ecs create-service --cluster production --service-name user-service --task-definition user-service --desired-count 2 --launch-type FARGATE --network-configuration 'awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f],assignPublicIp=DISABLED}'`,
        'sim wait steady --cluster production --service user-service',
        'sim fault container-exit --cluster production --service user-service --exit-code 1',
        'sim advance 3m',
        `aws ecs list-tasks --cluster production --desired-status STOPPED --query 'length(taskArns)' --output text`,
        'sim fault clear',
        'sim fault bogus',
      ].join('\n'),
    );
    expect(steps.slice(0, 6).map((s) => [s.command.slice(0, 30), s.exitCode, s.stderr])).toEqual(
      steps.slice(0, 6).map((s) => [s.command.slice(0, 30), 0, '']),
    );
    expect(Number(steps[6]!.stdout.trim())).toBeGreaterThan(0);
    expect(steps[8]!.exitCode).toBe(2);
  });
});
