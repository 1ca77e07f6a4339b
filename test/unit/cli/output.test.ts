import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { formatResponse } from '../../../src/sim/cli/formatOutput.ts';
import { formatJson } from '../../../src/sim/cli/outputJson.ts';
import { formatTable } from '../../../src/sim/cli/outputTable.ts';
import { formatText } from '../../../src/sim/cli/outputText.ts';
import { runCommandLine } from '../../../src/sim/cli/shell.ts';
import { FakeSimulation } from './fakeSimulation.ts';

// The *.text.txt and *.table.txt expectations were produced by the AWS CLI's own formatters
// (awscli/text.py and awscli/formatter.py TableFormatter, colour off) from the matching *.json files.
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const describeServices = JSON.parse(fixture('describe-services.json')) as unknown;
const listTaskDefinitions = JSON.parse(fixture('list-task-definitions.json')) as unknown;

describe('--output json', () => {
  it('indents by 4 like json.dumps and ends with a newline', () => {
    expect(formatJson({ cluster: { clusterName: 'production', tags: [], settings: [{ name: 'containerInsights' }] } })).toBe(
      '{\n    "cluster": {\n        "clusterName": "production",\n        "tags": [],\n        "settings": [\n            {\n                "name": "containerInsights"\n            }\n        ]\n    }\n}\n',
    );
  });

  it('prints nothing for an empty response and keeps non-ASCII characters', () => {
    expect(formatJson({})).toBe('');
    expect(formatJson({ message: 'isn’t' })).toBe('{\n    "message": "isn’t"\n}\n');
    expect(formatJson('arn:x')).toBe('"arn:x"\n');
  });
});

describe('--output text', () => {
  it('matches the CLI for describe-services (sorted scalars, UPPERCASE parents, EVENTS lines, None/True)', () => {
    expect(formatText(describeServices)).toBe(fixture('describe-services.text.txt'));
  });

  it('prints a list of scalars under a key one per line', () => {
    expect(formatText(listTaskDefinitions)).toBe(fixture('list-task-definitions.text.txt'));
  });

  it('prints a bare scalar list tab-separated and a bare scalar as is', () => {
    expect(formatText(['a', 'b', null])).toBe('a\tb\tNone\n');
    expect(formatText('arn:aws:ecs:us-east-1:123456789012:task/production/abc')).toBe('arn:aws:ecs:us-east-1:123456789012:task/production/abc\n');
  });
});

describe('--output table', () => {
  it('matches the CLI for describe-services in an 80-column terminal (vertical sections)', () => {
    expect(formatTable('DescribeServices', describeServices, 80)).toBe(fixture('describe-services.table.txt'));
  });

  it('matches the CLI for describe-services in a wide terminal', () => {
    expect(formatTable('DescribeServices', describeServices, 400)).toBe(fixture('describe-services.table-wide.txt'));
  });

  it('matches the CLI for a list of scalars', () => {
    expect(formatTable('ListTaskDefinitions', listTaskDefinitions, 80)).toBe(fixture('list-task-definitions.table.txt'));
  });
});

describe('--query', () => {
  it('filters before formatting; text output of a single ARN is the bare ARN', () => {
    const out = formatResponse('ListTasks', { taskArns: ['arn:1', 'arn:2'] }, { output: 'text', query: 'taskArns[0]' });
    expect(out).toBe('arn:1\n');
  });

  it('applies to the deployments of describe-services as in the chapter', () => {
    const out = formatResponse('DescribeServices', describeServices, { output: 'json', query: 'services[0].deployments' });
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ status: 'PRIMARY', rolloutState: 'COMPLETED' })]);
  });

  it('runs end to end through the CLI, including a null result', () => {
    const sim = new FakeSimulation().on('ListTasks', { taskArns: [] });
    expect(runCommandLine(sim, `aws ecs list-tasks --cluster production --query 'taskArns[0]' --output text`).stdout).toBe('None\n');
    expect(runCommandLine(sim, `aws ecs list-tasks --cluster production --query 'taskArns[0]'`).stdout).toBe('null\n');
  });
});

describe('--output yaml', () => {
  it('renders block YAML', () => {
    expect(formatResponse('ListClusters', { clusterArns: ['arn:a'], nextToken: null }, { output: 'yaml' })).toBe(
      'clusterArns:\n- arn:a\nnextToken: null\n',
    );
  });
});

describe('doubles print like Python floats', () => {
  const policies = {
    ScalingPolicies: [
      {
        PolicyName: 'cpu-target-tracking',
        TargetTrackingScalingPolicyConfiguration: { TargetValue: 70, ScaleInCooldown: 300, ScaleOutCooldown: 60 },
      },
    ],
  };
  const run = (line: string) =>
    runCommandLine(new FakeSimulation().on('DescribeScalingPolicies', policies), line).stdout;

  it('in json output (TargetValue 70.0, cooldowns stay integers)', () => {
    const out = run('aws application-autoscaling describe-scaling-policies --service-namespace ecs');
    expect(out).toContain('"TargetValue": 70.0,');
    expect(out).toContain('"ScaleInCooldown": 300,');
  });

  it('in text and table output, and through --query', () => {
    expect(run('aws application-autoscaling describe-scaling-policies --service-namespace ecs --output text')).toContain(
      'TARGETTRACKINGSCALINGPOLICYCONFIGURATION\t300\t60\t70.0\n',
    );
    expect(
      run(`aws application-autoscaling describe-scaling-policies --service-namespace ecs --query 'ScalingPolicies[0].TargetTrackingScalingPolicyConfiguration.TargetValue'`),
    ).toBe('70.0\n');
    expect(run('aws application-autoscaling describe-scaling-policies --service-namespace ecs --output table')).toMatch(/\|\s+70\.0\s+\|/);
  });

  it('but a query that computes a new number prints it plainly', () => {
    expect(
      run(`aws application-autoscaling describe-scaling-policies --service-namespace ecs --query 'length(ScalingPolicies)'`),
    ).toBe('1\n');
  });
});
