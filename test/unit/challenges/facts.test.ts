import { describe, expect, test } from 'vitest';
import { runFacts } from '../../../src/ui/challenges/facts.ts';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation } from '../sim/chapterCommands.ts';
import { grade, parseChallenge, parseFrontmatter } from '../../../src/grading/index.ts';
import { readFileSync } from 'node:fs';

const challenge = (() => {
  const fm = parseFrontmatter(readFileSync('content/challenges/why-did-this-task-stop.mdx', 'utf8'));
  const parsed = fm.ok ? parseChallenge(fm.data) : undefined;
  if (!parsed?.ok) throw new Error('challenge file invalid');
  return parsed.challenge;
})();

describe('facts of the learner’s run for grounded challenges', () => {
  test('a fresh account has no stopped task and no facts', () => {
    expect(runFacts(createSimulation({ seed: 't' }))).toEqual({ facts: {}, stoppedTasks: 0 });
  });

  test('a task that could not pull its image gives its stoppedReason and stopCode', () => {
    const sim = chapterSimulation();
    sim.injectFault('image-not-found', {});
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', forceNewDeployment: true });
    sim.advance(5 * 60_000);

    const { facts, stoppedTasks } = runFacts(sim);

    expect(stoppedTasks).toBeGreaterThan(0);
    expect(facts.stoppedReason).toMatch(/^CannotPullContainerError/);
    expect(facts.stopCode).toBe('TaskFailedToStart');
    expect(facts.serviceEvent).toMatch(/user-service/);
  });

  test('the grader gives the grounded point only to an answer that quotes this run', () => {
    const sim = chapterSimulation();
    sim.injectFault('image-not-found', {});
    sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', forceNewDeployment: true });
    sim.advance(5 * 60_000);
    const { facts } = runFacts(sim);
    const quoting = 'I ran describe-tasks on the stopped task and its stoppedReason is CannotPullContainerError, because the image tag is not found. I would register a new revision with a real tag and update the service.';
    const other = quoting.replace('CannotPullContainerError', 'OutOfMemoryError');

    expect(grade(challenge, quoting, { facts }).met.map((m) => m.id)).toContain('fact-stoppedReason');
    expect(grade(challenge, other, { facts }).missed.map((m) => m.id)).toContain('fact-stoppedReason');
  });
});
