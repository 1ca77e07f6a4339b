/** Every shipped lab parses and its reference solution passes each step from its starting scenario. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runCommandLine, runScript } from '../../../src/sim/index.ts';
import { evaluateStep, parseLab, startLab, verifyLab, type Lab } from '../../../src/labs/index.ts';

const ROOT = new URL('../../../labs/', import.meta.url);
const folders = readdirSync(ROOT).filter((f) => /^\d\d-/.test(f)).sort();

function load(folder: string): Lab {
  const dir = new URL(`${folder}/`, ROOT);
  const starters = Object.fromEntries(readdirSync(dir).filter((f) => f.startsWith('starter.')).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
  const parsed = parseLab(readFileSync(new URL('index.mdx', dir), 'utf8'), starters);
  if (!parsed.ok) throw new Error(`${folder}: ${parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return parsed.lab;
}

describe('labs/', () => {
  test('ships the seven chapter labs', () => {
    expect(folders).toEqual([
      '01-first-task-definition',
      '02-first-service',
      '03-rolling-update',
      '04-circuit-breaker',
      '05-target-tracking',
      '06-ecs-exec',
      '07-desired-three-running-two',
    ]);
  });

  for (const folder of folders) {
    test(`${folder}: the start fails step 1 and the solution passes every step`, () => {
      const result = verifyLab(load(folder), folder);
      expect(result.problems).toEqual([]);
      expect(result.steps.every((s) => s.passed)).toBe(true);
    });
  }
});

describe('lab starting states show what the lab teaches', () => {
  test('07: two of three running, and the stopped task says why', () => {
    const { sim, shell } = startLab(load('07-desired-three-running-two'), '07');
    expect(JSON.parse(runCommandLine(sim, "aws ecs describe-services --cluster production --services user-service --query 'services[0].[desiredCount,runningCount]' --output json").stdout)).toEqual([3, 2]);
    const steps = runScript(
      sim,
      `ARN=$(aws ecs list-tasks --cluster production --desired-status STOPPED --query 'taskArns[0]' --output text)
aws ecs describe-tasks --cluster production --tasks "$ARN" --query 'tasks[0].stoppedReason' --output text`,
      { shell },
    );
    expect(steps.at(-1)!.stdout).toContain('InsufficientFreeAddressesInSubnet');
  });

  test('07: the runningCount step fails with "Your service has 2 of 3 tasks running."', () => {
    const lab = load('07-desired-three-running-two');
    const { sim } = startLab(lab, '07');
    expect(evaluateStep(sim, lab.steps[1]!).message).toBe('Your service has 2 of 3 tasks running.');
  });

  test('06: the container environment shows the misspelt value', () => {
    const lab = load('06-ecs-exec');
    const { sim, shell } = startLab(lab, '06');
    const steps = runScript(sim, `${lab.solution[0]!.script}\n${lab.solution[1]!.script}`, { shell });
    expect(steps.map((s) => s.stdout).join('')).toContain('NODE_ENV=developement');
  });

  test('03: the no-drop check fails when the rollout is allowed to stop old tasks first', () => {
    const lab = load('03-rolling-update');
    const risky: Lab = { ...lab, scenario: { ...lab.scenario, setup: lab.scenario.setup!.replace('"minimumHealthyPercent":100,"maximumPercent":200', '"minimumHealthyPercent":50,"maximumPercent":100') } };
    const result = verifyLab(risky, '03-risky');
    expect(result.problems).toEqual([expect.stringContaining('step "no-drop": its check still fails after its solution: At one moment only 2 tasks were running')]);
  });

  test('01: the starter file becomes the virtual orders-api.json', () => {
    expect(JSON.parse(load('01-first-task-definition').files['orders-api.json']!)).toMatchObject({ cpu: '256', memory: '4096' });
  });

  test('01: registering the draft as it is fails with the Fargate sizing error', () => {
    const { sim } = startLab(load('01-first-task-definition'), '01');
    const r = runCommandLine(sim, 'aws ecs register-task-definition --cli-input-json file://orders-api.json');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('No Fargate configuration exists for given values: 256 CPU, 4096 memory');
  });
});
