/** "Show solution"'s comparison (src/ui/labs/solution-diff.ts): by what commands do, never by exact text. */
import { describe, expect, test } from 'vitest';
import { actionOf, compareSolution } from '../../../src/ui/labs/solution-diff.ts';

const STEPS = [
  { id: 'cluster', title: 'Create the cluster' },
  { id: 'service', title: 'Create the service' },
  { id: 'wait', title: 'Wait' },
];
const SOLUTION = [
  { step: 'cluster', script: 'aws ecs create-cluster --cluster-name production' },
  { step: 'service', script: 'aws ecs register-task-definition --cli-input-json file://td.json\naws ecs create-service --cluster production \\\n  --service-name web --desired-count 3' },
  { step: 'wait', script: 'sim wait steady --cluster production --service web' },
];

describe('actionOf', () => {
  test.each([
    ['aws ecs create-cluster --cluster-name x', 'aws ecs create-cluster'],
    ['TASK=$(aws ecs list-tasks --cluster p --query x)', 'aws ecs list-tasks'],
    ['aws application-autoscaling put-scaling-policy --x', 'aws application-autoscaling put-scaling-policy'],
    ['sim advance 3m', 'sim advance'],
    ['env', 'env'],
    ['exit', undefined],
    ['', undefined],
  ])('%s does %s', (command, action) => {
    expect(actionOf(command)).toBe(action);
  });
});

describe('compareSolution', () => {
  test('shows each reference command next to the learner’s own command that did the same thing', () => {
    const mine = [
      { text: 'aws ecs create-cluster --cluster-name production' },
      { text: 'aws ecs create-service --cluster production --service-name web --desired-count 2' },
      { text: 'aws ecs describe-services --cluster production --services web' },
      { text: 'aws ecs describe-services --cluster production --services web --query x' },
    ];

    const cmp = compareSolution(STEPS, SOLUTION, { cluster: 1 }, [], mine);

    expect(cmp.steps.map((s) => s.status)).toEqual(['done', 'todo', 'todo']);
    expect(cmp.steps[0]!.lines[0]!.yours).toBe('aws ecs create-cluster --cluster-name production');
    expect(cmp.steps[1]!.lines.map((l) => l.yours)).toEqual([undefined, 'aws ecs create-service --cluster production --service-name web --desired-count 2']);
    expect(cmp.steps[1]!.lines[1]!.command).toContain('--service-name web --desired-count 3'); // continuation kept as one command
    expect(cmp.others).toEqual(['aws ecs describe-services ×2']);
  });

  test('commands the page ran for a solution step are not counted as the learner’s, and the step says it was applied', () => {
    const commands = [{ text: 'aws ecs create-cluster --cluster-name production', note: 'solution, step 1' }];

    const cmp = compareSolution(STEPS, SOLUTION, { cluster: 1 }, ['cluster'], commands);

    expect(cmp.steps[0]!.status).toBe('applied');
    expect(cmp.steps[0]!.lines[0]!.yours).toBeUndefined();
  });

  test('one learner command satisfies one reference command only', () => {
    const twice = [{ step: 'cluster', script: 'aws ecs create-cluster --cluster-name a\naws ecs create-cluster --cluster-name b' }];

    const cmp = compareSolution([STEPS[0]!], twice, {}, [], [{ text: 'aws ecs create-cluster --cluster-name a' }]);

    expect(cmp.steps[0]!.lines.map((l) => l.yours !== undefined)).toEqual([true, false]);
  });
});
