import { describe, expect, test } from 'vitest';
import { createSimulation, runScript } from '../../../src/sim/index.ts';
import { asJsonCommand, checkSchema, evaluateCheck, meets, PREDICATES, predicateProblems } from '../../../src/labs/index.ts';

const check = (data: unknown) => checkSchema.parse(data);

describe('expectations', () => {
  test('compare with one operator each', () => {
    expect(meets({ equals: 3 }, 3)).toBe(true);
    expect(meets({ equals: [2, 10] }, [2, 10])).toBe(true);
    expect(meets({ equals: null }, null)).toBe(true);
    expect(meets({ atLeast: 3 }, 3)).toBe(true);
    expect(meets({ atLeast: 3 }, '3')).toBe(false);
    expect(meets({ atMost: 3 }, 4)).toBe(false);
    expect(meets({ contains: 'DB' }, ['DB'])).toBe(true);
    expect(meets({ contains: 'ROLL' }, 'ROLLBACK')).toBe(true);
    expect(meets({ matches: ':4$' }, 'user-service:4')).toBe(true);
    expect(meets({ matches: ':4$' }, 'user-service:40')).toBe(false);
  });
});

describe('evaluateCheck', () => {
  const sim = createSimulation({ seed: 't' });

  test('adds --output json unless an output is chosen', () => {
    expect(asJsonCommand('aws ecs list-clusters')).toBe('aws ecs list-clusters --output json');
    expect(asJsonCommand('aws ecs list-clusters --output text')).toBe('aws ecs list-clusters --output text');
  });

  test('fills {actual} and {expected} into the fail message', () => {
    const outcome = evaluateCheck(sim, check({ kind: 'cli', command: "aws ecs list-clusters --query 'length(clusterArns)'", expect: { atLeast: 1 } }), 'You have {actual} clusters; you need {expected}.');
    expect(outcome).toEqual({ passed: false, actual: 0, message: 'You have 0 clusters; you need at least 1.' });
  });

  test('reports a failing CLI command as the detail', () => {
    const outcome = evaluateCheck(sim, check({ kind: 'cli', command: 'aws ecs describe-services --cluster nope --services x', expect: { equals: 1 } }), 'No service yet.');
    expect(outcome.passed).toBe(false);
    expect(outcome.detail).toContain('ClusterNotFoundException');
    expect(outcome.message).toMatch(/^No service yet\. \(.*ClusterNotFoundException/);
  });

  test('explains a missing service in a state check', () => {
    const outcome = evaluateCheck(sim, check({ kind: 'state', predicate: 'service.runningCount', args: { cluster: 'production', service: 'web' }, expect: { equals: 3 } }), 'Your service has {actual} of 3 tasks running.');
    expect(outcome.message).toBe('Your service has nothing of 3 tasks running. (There is no cluster "production" yet.)');
  });

  test('state checks default to expecting true', () => {
    expect(check({ kind: 'state', predicate: 'exec.sessionCount' })).toMatchObject({ args: {}, expect: { equals: true } });
  });

  test('passes once the simulation gets there', () => {
    const s = createSimulation({ seed: 'p' });
    runScript(s, 'aws ecs create-cluster --cluster-name production');
    expect(evaluateCheck(s, check({ kind: 'cli', command: "aws ecs describe-clusters --clusters production --query 'clusters[0].status'", expect: { equals: 'ACTIVE' } }), 'x')).toEqual({
      passed: true,
      actual: 'ACTIVE',
      message: 'Step passed.',
    });
  });
});

describe('predicate registry', () => {
  test('checks names and arguments with author-facing messages', () => {
    expect(predicateProblems('service.running', {})[0]).toMatch(/^unknown predicate "service.running"; known: service.exists, /);
    expect(predicateProblems('service.runningCount', { cluster: 'p' })).toEqual(['predicate "service.runningCount" needs args.service']);
    expect(predicateProblems('exec.sessionCount', { cluster: 'p' })).toEqual(['predicate "exec.sessionCount" does not take args.cluster (it takes: nothing)']);
  });

  test('documents every predicate', () => {
    for (const [name, p] of Object.entries(PREDICATES)) expect(p.doc, name).not.toBe('');
  });
});
