/**
 * The CLI's hot path remembers parsed queries, flag tables and timestamps; these tests pin down that a
 * command typed again (or a terminal polling one) prints exactly what a fresh run would.
 */
import { describe, expect, it } from 'vitest';

import { runCommandLine, Shell } from '../../../src/sim/cli/shell.ts';
import { splitWords, type ExpansionContext } from '../../../src/sim/cli/shellWords.ts';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation } from '../sim/chapterCommands.ts';

const ctx: ExpansionContext = { getVar: () => undefined, substitute: () => '' };

describe('repeated commands', () => {
  it('the same --query on changing data follows the data', () => {
    const sim = createSimulation({ seed: 'repeat' });
    const line = `aws ecs list-clusters --query 'length(clusterArns)' --output text`;
    expect(runCommandLine(sim, line).stdout).toBe('0\n');
    sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
    expect(runCommandLine(sim, line).stdout).toBe('1\n');
    sim.call('ecs', 'CreateCluster', { clusterName: 'staging' });
    expect(runCommandLine(sim, line).stdout).toBe('2\n');
  });

  it('an invalid --query fails the same way every time', () => {
    const sim = createSimulation({ seed: 'repeat' });
    const line = `aws ecs list-clusters --query 'clusterArns[' --output text`;
    const first = runCommandLine(sim, line);
    expect(first.exitCode).toBe(252);
    expect(first.stderr).toContain('Bad value for --query clusterArns[: Invalid jmespath expression:');
    expect(runCommandLine(sim, line)).toEqual(first);
  });

  it('whole-number doubles print as 70.0 whether or not a query keeps them', () => {
    const sim = chapterSimulation();
    const shell = new Shell(sim);
    const target = '--service-namespace ecs --resource-id service/production/user-service --scalable-dimension ecs:service:DesiredCount';
    expect(shell.run(`aws application-autoscaling register-scalable-target ${target} --min-capacity 1 --max-capacity 4`).exitCode).toBe(0);
    const put = shell.run(
      `aws application-autoscaling put-scaling-policy ${target} --policy-name cpu --policy-type TargetTrackingScaling ` +
        `--target-tracking-scaling-policy-configuration '{"TargetValue":70.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}'`,
    );
    expect(put.stderr).toBe('');
    for (let i = 0; i < 2; i++) {
      expect(shell.run(`aws application-autoscaling describe-scaling-policies --service-namespace ecs --query 'ScalingPolicies[0].TargetTrackingScalingPolicyConfiguration.TargetValue' --output text`).stdout).toBe('70.0\n');
      expect(shell.run(`aws application-autoscaling describe-scaling-policies --service-namespace ecs --query 'ScalingPolicies[0].PolicyName' --output text`).stdout).toBe('cpu\n');
    }
  });

  it('splits plain lines exactly like the full shell scanner would', () => {
    expect(splitWords(`aws  ecs\tdescribe-services\r\n--query 'a b'c'' '' --x=é`, ctx)).toEqual(['aws', 'ecs', 'describe-services', '--query', 'a bc', '', '--x=é']);
    expect(splitWords(`echo a#b 'x'"y" \\$z`, ctx)).toEqual(['echo', 'a#b', 'xy', '$z']);
    expect(splitWords(`# only a comment`, ctx)).toEqual([]);
    expect(() => splitWords(`aws ecs list-tasks | cat`, ctx)).toThrow(/not supported here/);
  });

  it('a nested $(…) inside a shell keeps its own stderr and the outer line still runs', () => {
    const sim = createSimulation({ seed: 'repeat' });
    const shell = new Shell(sim);
    const r = shell.run('X=$(aws ecs describe-clusters --clusters nope --query "failures[0].reason" --output text)');
    expect(r.exitCode).toBe(0);
    expect(shell.getVar('X')).toBe('MISSING');
    const bad = shell.run('echo "$(aws ecs nope)" done');
    expect(bad.stdout).toBe(' done\n');
    expect(bad.stderr).toContain('aws: [ERROR]: argument operation: Invalid choice, valid choices are:');
  });
});
