import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runScript, type ScriptStep } from '../../../src/sim/cli/runScript.ts';
import { createRealSimulation } from './realEngine.ts';

const chapter = readFileSync(new URL('./fixtures/chapter-commands.sh', import.meta.url), 'utf8');

// The chapter's commands verbatim, with two simulator lines added before "# Get a task ID": the service
// needs virtual time to start its tasks, or list-tasks would find none.
const script = chapter.replace(
  '# Get a task ID',
  'sim wait steady --cluster production --service user-service\n# Get a task ID',
) + '\nwhoami\nexit\nsim advance 10m\n' +
  "aws ecs describe-services --cluster production --services user-service --query 'services[0].[runningCount,desiredCount]' --output text\n";

function stepAt(steps: ScriptStep[], prefix: string, nth = 0): ScriptStep {
  const found = steps.filter((s) => s.command.startsWith(prefix))[nth];
  if (!found) throw new Error(`no step starting with ${prefix}`);
  return found;
}

describe('the chapter, end to end with the real engine', () => {
  const steps = runScript(createRealSimulation(), script);

  it('runs every AWS CLI command without a usage error', () => {
    expect(steps.filter((s) => s.exitCode === 252)).toEqual([]);
    expect(steps.filter((s) => s.exitCode !== 0).map((s) => [s.command, s.stderr])).toEqual([]);
  });

  it('creates the cluster and registers the task definition from file://task-definition.json', () => {
    const cluster = JSON.parse(stepAt(steps, 'aws ecs create-cluster').stdout) as { cluster: { clusterName: string; status: string } };
    expect(cluster.cluster).toMatchObject({ clusterName: 'production', status: 'ACTIVE' });
    const td = JSON.parse(stepAt(steps, 'aws ecs register-task-definition').stdout) as { taskDefinition: { family: string; revision: number } };
    expect(td.taskDefinition.family).toBe('user-service');
    const list = JSON.parse(stepAt(steps, 'aws ecs list-task-definitions').stdout) as { taskDefinitionArns: string[] };
    expect(list.taskDefinitionArns).toContain(`arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:${td.taskDefinition.revision}`);
  });

  it('creates the Fargate service and the scaling setup', () => {
    const service = JSON.parse(stepAt(steps, 'aws ecs create-service').stdout) as { service: Record<string, unknown> };
    expect(service.service).toMatchObject({ serviceName: 'user-service', desiredCount: 3, launchType: 'FARGATE', status: 'ACTIVE' });
    expect(stepAt(steps, 'aws application-autoscaling register-scalable-target').stdout).toMatch(
      /"ScalableTargetARN": "arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target\//,
    );
    expect(stepAt(steps, 'aws application-autoscaling put-scaling-policy').stdout).toContain('policyName/cpu-target-tracking');
  });

  it('--query on describe-services prints the deployments array', () => {
    const deployments = JSON.parse(stepAt(steps, 'aws ecs describe-services').stdout) as { status: string }[];
    expect(Array.isArray(deployments)).toBe(true);
    expect(deployments.map((d) => d.status)).toContain('PRIMARY');
  });

  it('captures TASK_ID with --output text and opens an ECS Exec shell with it', () => {
    const exec = stepAt(steps, 'aws ecs execute-command');
    expect(exec.stdout).toContain('The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.');
    expect(exec.stdout).toMatch(/Starting session with SessionId: ecs-execute-command-\w+/);
    expect(stepAt(steps, 'whoami').stdout).toBe('root\n');
    expect(stepAt(steps, 'exit').stdout).toMatch(/Exiting session with sessionId: ecs-execute-command-\w+\./);
  });

  it('ends with 3 of 3 tasks running', () => {
    expect(steps.at(-1)!.stdout).toBe('3\t3\n');
  });
});
