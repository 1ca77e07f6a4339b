import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { grade, parseChallenge, parseFrontmatter } from '../../../src/grading/index.ts';
import { bandWord, feedbackView } from '../../../src/ui/challenges/feedback.ts';

const fm = parseFrontmatter(readFileSync('content/challenges/why-did-this-task-stop.mdx', 'utf8'));
const parsed = fm.ok ? parseChallenge(fm.data) : undefined;
if (!parsed?.ok) throw new Error('invalid challenge');
const challenge = parsed.challenge;
const attemptOf = (answer: string, facts = challenge.samples[0]!.facts) => {
  const r = grade(challenge, answer, facts ? { facts } : {});
  return { score: r.score, met: r.met.map((m) => m.id), missed: r.missed.map((m) => m.id), feedback: r.feedback, attempts: 1 };
};

describe('feedback panel content', () => {
  test('bands read as words at their edges', () => {
    expect([0, 29, 30, 59, 60, 84, 85, 100].map(bandWord)).toEqual(['Needs work', 'Needs work', 'Partial', 'Partial', 'Good', 'Good', 'Strong', 'Strong']);
  });

  test('a keyword list shows the reason and a hint for every missed point, without the grader’s repeated lines', () => {
    const view = feedbackView(challenge, attemptOf('describe-tasks, stoppedReason, CannotPullContainerError, TaskFailedToStart, new revision, image tag'));

    expect(view.reasons.join(' ')).toMatch(/bare terms/);
    expect(view.reasons.some((r) => /^Score \d+\/100|^Next: /.test(r))).toBe(false);
    expect(view.missed.map((m) => m.label)).toContain('quotes the stoppedReason of your own run');
    for (const m of view.missed) expect(m.hint.length).toBeGreaterThan(10);
    expect(view.summary).toMatch(/^Score \d+ out of 100 \(Needs work\): you covered 0 of \d+ rubric points\.$/);
  });

  test('a strong answer lists the points met by their labels, the grounded fact included', () => {
    const view = feedbackView(challenge, attemptOf(challenge.samples[0]!.answer));
    expect(view.band).toBe('Strong');
    expect(view.met).toContain('quotes the stoppedReason of your own run');
    expect(view.missed).toEqual([]);
  });

  test('a saved attempt whose rubric item no longer exists is still shown, by id, with a hint to re-check', () => {
    const view = feedbackView(challenge, { score: 40, met: ['gone-concept'], missed: ['removed'], feedback: [], attempts: 3 });
    expect(view.met).toEqual(['gone-concept']);
    expect(view.missed[0]).toEqual({ label: 'removed', hint: expect.stringMatching(/changed since your attempt/) });
  });
});
