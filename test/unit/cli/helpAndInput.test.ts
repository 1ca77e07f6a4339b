import { describe, expect, it } from 'vitest';

import { runCommandLine, Shell } from '../../../src/sim/cli/shell.ts';
import { FakeSimulation } from './fakeSimulation.ts';

describe('help generated from the model', () => {
  it('aws help lists the simulated services', () => {
    const r = runCommandLine(new FakeSimulation(), 'aws help');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('  application-autoscaling\n');
  });

  it('aws ecs help lists the simulated commands and wait', () => {
    const r = runCommandLine(new FakeSimulation(), 'aws ecs help');
    expect(r.stdout).toContain('  create-service\n');
    expect(r.stdout).toContain('  wait\n');
    expect(r.stdout).not.toContain('create-capacity-provider');
  });

  it('aws ecs create-service help shows the synopsis, required flags unbracketed, and JSON syntax', () => {
    const r = runCommandLine(new FakeSimulation(), 'aws ecs create-service help');
    expect(r.stdout).toContain('\n    --service-name <value>\n');
    expect(r.stdout).toContain('\n    [--desired-count <value>]\n');
    expect(r.stdout).toContain('[--enable-execute-command | --no-enable-execute-command]');
    expect(r.stdout).toContain('--launch-type (string, one of: EC2, FARGATE, EXTERNAL)');
    expect(r.stdout).toContain(
      'JSON: {"awsvpcConfiguration": {"subnets": ["string", ...], "securityGroups": ["string", ...], "assignPublicIp": "ENABLED"|"DISABLED"}}',
    );
  });
});

describe('request building', () => {
  const lastInput = (line: string, sim = new FakeSimulation()) => {
    const r = runCommandLine(sim, line);
    expect(r.stderr).toBe('');
    return sim.calls.at(-1)!.input;
  };

  it('--cli-input-json inline, with explicit flags winning', () => {
    expect(lastInput(`aws ecs create-service --cli-input-json '{"serviceName": "a", "desiredCount": 1}' --desired-count 2`)).toEqual({
      serviceName: 'a',
      desiredCount: 2,
    });
  });

  it('global options anywhere, --flag=value, --no-flag', () => {
    expect(lastInput('aws --region eu-west-1 ecs update-service --service=web --no-enable-execute-command --output text')).toEqual({
      service: 'web',
      enableExecuteCommand: false,
    });
  });

  it('lists as several values, structures and lists of structures as shorthand', () => {
    expect(
      lastInput(
        'aws ecs create-service --service-name s --load-balancers containerName=x,containerPort=3000 containerName=y,containerPort=80 ' +
          '--network-configuration awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=DISABLED}',
      ),
    ).toEqual({
      serviceName: 's',
      loadBalancers: [
        { containerName: 'x', containerPort: 3000 },
        { containerName: 'y', containerPort: 80 },
      ],
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], assignPublicIp: 'DISABLED' } },
    });
    expect(lastInput('aws ecs describe-services --cluster c --services a b c')).toEqual({ cluster: 'c', services: ['a', 'b', 'c'] });
  });

  it('file:// for any value, from the virtual files', () => {
    const sim = new FakeSimulation();
    sim.files.write('net.json', '{"awsvpcConfiguration": {"subnets": ["subnet-9"]}}');
    expect(lastInput('aws ecs create-service --service-name s --network-configuration file://net.json', sim)).toEqual({
      serviceName: 's',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-9'] } },
    });
  });

  it('doubles accept integers and decimals', () => {
    expect(
      lastInput(
        'aws cloudwatch put-metric-alarm --alarm-name a --evaluation-periods 1 --comparison-operator GreaterThanThreshold --threshold 70.5',
      ),
    ).toMatchObject({ Threshold: 70.5, EvaluationPeriods: 1 });
  });

  it('AWS_DEFAULT_OUTPUT from the shell sets the default format; --output overrides it', () => {
    const sim = new FakeSimulation().on('ListClusters', { clusterArns: ['arn:a'] });
    const shell = new Shell(sim);
    shell.run('export AWS_DEFAULT_OUTPUT=text');
    expect(shell.run('aws ecs list-clusters').stdout).toBe('CLUSTERARNS\tarn:a\n');
    expect(shell.run('aws ecs list-clusters --output json').stdout).toBe('{\n    "clusterArns": [\n        "arn:a"\n    ]\n}\n');
  });
});

describe('pagination like the CLI', () => {
  const arns = Array.from({ length: 5 }, (_, i) => `arn:task/${i}`);
  // The fake answers two items per page, with a nextToken, as a real paginated API would.
  const paged = () =>
    new FakeSimulation().on('ListTasks', (input: Record<string, unknown>) => {
      const start = Number(input.nextToken ?? 0);
      const page = { taskArns: arns.slice(start, start + 2) } as Record<string, unknown>;
      if (start + 2 < arns.length) page.nextToken = String(start + 2);
      return page;
    });

  it('fetches every page and joins the results', () => {
    const sim = paged();
    const r = runCommandLine(sim, 'aws ecs list-tasks --cluster production --output text');
    expect(r.stdout).toBe(arns.map((a) => `TASKARNS\t${a}\n`).join(''));
    expect(sim.calls).toHaveLength(3);
  });

  it('--max-items cuts the result and prints a NextToken that --starting-token resumes from', () => {
    const first = JSON.parse(runCommandLine(paged(), 'aws ecs list-tasks --cluster production --max-items 3').stdout) as {
      taskArns: string[];
      NextToken: string;
    };
    expect(first.taskArns).toEqual(arns.slice(0, 3));
    const second = JSON.parse(
      runCommandLine(paged(), `aws ecs list-tasks --cluster production --max-items 3 --starting-token ${first.NextToken}`).stdout,
    ) as Record<string, unknown>;
    expect(second).toEqual({ taskArns: arns.slice(3) });
  });

  it('--no-paginate makes one call and shows the API token; a bad token is refused', () => {
    const sim = paged();
    expect(JSON.parse(runCommandLine(sim, 'aws ecs list-tasks --cluster production --no-paginate').stdout)).toEqual({
      taskArns: arns.slice(0, 2),
      nextToken: '2',
    });
    const bad = runCommandLine(paged(), 'aws ecs list-tasks --starting-token nope');
    expect(bad).toMatchObject({ exitCode: 255, stderr: '\naws: [ERROR]: Bad starting token: nope\n' });
  });
});

describe('--generate-cli-skeleton', () => {
  it('prints the input skeleton without calling the service, doubles as 0.0 and enums at their first value', () => {
    const sim = new FakeSimulation();
    const r = runCommandLine(sim, 'aws application-autoscaling put-scaling-policy --generate-cli-skeleton');
    expect(r.exitCode).toBe(0);
    expect(sim.calls).toEqual([]);
    expect(r.stdout).toContain('    "PolicyName": "",\n    "ServiceNamespace": "ecs",\n');
    expect(r.stdout).toContain('"TargetValue": 0.0,');
    const skeleton = JSON.parse(runCommandLine(sim, 'aws ecs register-task-definition --generate-cli-skeleton input').stdout) as Record<string, unknown>;
    expect(skeleton).toMatchObject({ family: '', networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
  });

  it('refuses other skeleton kinds clearly', () => {
    expect(runCommandLine(new FakeSimulation(), 'aws ecs list-tasks --generate-cli-skeleton output').stderr).toContain('not supported by the simulator');
    expect(runCommandLine(new FakeSimulation(), 'aws ecs list-tasks --generate-cli-skeleton foo').exitCode).toBe(252);
  });
});
