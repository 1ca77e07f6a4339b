import { describe, expect, test } from 'vitest';
import { challengeSchema, grade, MAX_ANSWER_CHARS } from '../../../src/grading/index.ts';
import { GROUNDED, ROLE_INPUT, ROLES, STRONG } from './fixture.ts';

describe('grade: what earns points', () => {
  test('gives full marks to an answer that states and connects every idea', () => {
    const r = grade(ROLES, STRONG);
    expect(r.score).toBe(100);
    expect(r.missed).toEqual([]);
    expect(r.flags).toEqual([]);
    expect(r.met.map((m) => m.id)).toEqual(['exec-role', 'task-role', 'pull', 'app', 'exec-pulls', 'task-app']);
  });

  test('needs both concepts of a relation in the same sentence', () => {
    const r = grade(ROLES, 'There is an execution role in every task. It pulls the container image from ECR when a task starts. The task role is what your application uses to call S3.');
    expect(r.met.map((m) => m.id)).not.toContain('exec-pulls');
    expect(r.missed.find((m) => m.id === 'exec-pulls')?.hint).toBe('Connect them.');
    expect(r.feedback.join('\n')).toContain('never connect them in one sentence: execution role pulls');
  });

  test('ignores capitals', () => {
    expect(grade(ROLES, STRONG.toUpperCase()).score).toBe(grade(ROLES, STRONG).score);
  });

  test('lets up to two words sit between the words of a phrasing, and "=" allows none', () => {
    const r = grade(ROLES, 'The task execution role is the one that pulls the new image before anything runs in the task.');
    expect(r.met.map((m) => m.id)).toContain('exec-pulls');
    // "=task role" must not match inside "task execution role".
    expect(r.met.map((m) => m.id)).not.toContain('task-role');
  });
});

describe('grade: negation', () => {
  test('does not count a negated statement', () => {
    const r = grade(ROLES, 'The execution role does not pull the image, it only exists for decoration in the file.');
    expect(r.met.map((m) => m.id)).not.toContain('exec-pulls');
    expect(r.flags).toContain('negated');
    expect(r.feedback.join('\n')).toMatch(/Read as negated.*pulls the image \(after "not"/);
  });

  test("expands n't, never and without", () => {
    for (const answer of [
      "The execution role doesn't pull images for the task at any point.",
      'The execution role never pulls images for the task at any point.',
      'The task starts without ECR images being pulled by the execution role.',
    ]) {
      expect(grade(ROLES, answer).met.map((m) => m.id), answer).not.toContain('exec-pulls');
    }
  });

  test('stops a negation at a comma or "but"', () => {
    const r = grade(ROLES, 'It is not the task role, the execution role pulls the image. Not the app but the ECR image pull is the job of the execution role.');
    expect(r.met.map((m) => m.id)).toContain('exec-pulls');
  });

  test('a concept that accepts negation is still cancelled by a denial ("it is not a …", "never the …")', () => {
    const failing = challengeSchema.parse({
      ...ROLE_INPUT,
      rubric: { ...ROLE_INPUT.rubric, concepts: ROLE_INPUT.rubric.concepts.map((c) => (c.id === 'pull' ? { ...c, acceptNegated: true } : c)) },
    });
    const stated = grade(failing, 'The execution role cannot pull the image from ECR, so the task stops.');
    const denied = grade(failing, 'The execution role is fine and the cause is not the ECR registry.');
    expect(stated.met.map((m) => m.id)).toContain('pull');
    expect(denied.met.map((m) => m.id)).not.toContain('pull');
    expect(denied.flags).toContain('negated');
  });

  test('keeps a negated idea when the concept accepts negation', () => {
    const tolerant = { ...ROLES, rubric: { ...ROLES.rubric, concepts: ROLES.rubric.concepts.map((c) => (c.id === 'pull' ? { ...c, acceptNegated: true } : c)) } };
    expect(grade(tolerant, 'The execution role cannot pull the image because of a missing permission.').met.map((m) => m.id)).toContain('exec-pulls');
  });
});

describe('grade: anti-gaming', () => {
  test('gives nothing for a comma list of terms and says why', () => {
    const r = grade(ROLES, 'execution role, task role, pull image, ECR, S3, DynamoDB, application, execution role pulls');
    expect(r.score).toBe(0);
    expect(r.flags).toContain('list-only');
    expect(r.feedback.join('\n')).toContain('appear only as bare terms');
  });

  test('gives nothing for a newline list', () => {
    const r = grade(ROLES, '- execution role\n- task role\n- pull image\n- ECR\n- S3\n- application');
    expect(r.score).toBe(0);
    expect(r.flags).toContain('list-only');
  });

  test('gives nothing for the question pasted back', () => {
    const r = grade(ROLES, ROLES.prompt);
    expect(r.score).toBe(0);
    expect(r.flags).toContain('prompt-copied');
    expect(r.feedback.join('\n')).toContain('Repeating the question earns nothing');
  });

  test('grades only the learner’s own sentences when the prompt is pasted before them', () => {
    expect(grade(ROLES, `${ROLES.prompt} ${STRONG}`).score).toBe(100);
  });

  test('counts a repeated sentence once', () => {
    const once = 'The execution role pulls the container image from ECR before the task starts.';
    const r = grade(ROLES, `${once} ${once} ${once} ${once}`);
    expect(r.flags).toContain('repetition');
    expect(r.score).toBe(grade(ROLES, once).score);
  });

  test('treats a run-on sentence of repeated terms as repetition', () => {
    const r = grade(ROLES, `The ${'execution role task role pulls image application '.repeat(10)}.`);
    expect(r.flags).toContain('repetition');
    expect(r.score).toBe(0);
  });

  test('gives nothing for the model answer pasted back (it is shown after the first attempt)', () => {
    const r = grade(ROLES, ROLES.modelAnswer);
    expect(r.score).toBe(0);
    expect(r.flags).toContain('model-copied');
    expect(r.feedback.join('\n')).toContain('Copying the model answer earns nothing');
    // Own words that share a phrase with the model answer still count.
    expect(grade(ROLES, STRONG).flags).not.toContain('model-copied');
  });

  test('gives nothing for random text', () => {
    const r = grade(ROLES, 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.');
    expect(r.score).toBe(0);
    expect(r.met).toEqual([]);
  });

  test('handles an empty answer', () => {
    const r = grade(ROLES, '   ');
    expect(r).toMatchObject({ score: 0, flags: ['empty'] });
    expect(r.feedback[0]).toContain('Write your explanation');
  });
});

describe('grade: length', () => {
  test('scales a too-short answer down and says so', () => {
    const r = grade(ROLES, 'The execution role pulls images.');
    expect(r.flags).toContain('too-short');
    expect(r.score).toBeLessThan(30);
    expect(r.feedback.join('\n')).toContain('needs at least 10');
  });

  test('grades only the first max words', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Container number ${i} is useful for shipping software to many places.`).join(' ');
    const r = grade(ROLES, `${filler} ${STRONG}`);
    expect(r.flags).toContain('too-long');
    expect(r.feedback.join('\n')).toContain('Only the first 120 words were graded');
    expect(r.score).toBe(0);
  });

  test('caps a 20,000-character paste, stays fast and says so', () => {
    const paste = `${STRONG} ${'Lorem ipsum dolor sit amet, sed do eiusmod tempor. '.repeat(400)}`.slice(0, 20_000);
    const started = performance.now();
    const r = grade(ROLES, paste);
    expect(performance.now() - started).toBeLessThan(250);
    expect(r.flags).toContain('truncated');
    expect(r.feedback.join('\n')).toContain(`Only the first ${MAX_ANSWER_CHARS.toLocaleString('en-US')} characters were read (your answer has 20,000)`);
    expect(r.score).toBe(100);
  });
});

describe('grade: grounded facts', () => {
  const fact = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): 123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v9.9.9: not found';

  test('earns the fact part when the answer quotes the run', () => {
    const r = grade(GROUNDED, `${STRONG} My task stopped with CannotPullContainerError because v9.9.9 was not found.`, { facts: { stoppedReason: fact } });
    expect(r.met.map((m) => m.id)).toContain('fact-stoppedReason');
    expect(r.score).toBe(100);
  });

  test('withholds it when the answer does not carry the fact', () => {
    const r = grade(GROUNDED, STRONG, { facts: { stoppedReason: fact } });
    expect(r.flags).toContain('fact-missing');
    expect(r.score).toBe(71); // 100 of 140 points: the fact is worth 40
    expect(r.missed.at(-1)).toMatchObject({ id: 'fact-stoppedReason', hint: expect.stringContaining('Quote what your simulation showed') });
  });

  test('a fact that appears only in a list or a bare fragment does not earn the grounded part', () => {
    const list = grade(GROUNDED, `${STRONG} CannotPullContainerError, v9.9.9, not found, ECR.`, { facts: { stoppedReason: fact } });
    const fragment = grade(GROUNDED, `${STRONG} CannotPullContainerError.`, { facts: { stoppedReason: fact } });
    for (const r of [list, fragment]) {
      expect(r.missed.map((m) => m.id)).toContain('fact-stoppedReason');
      expect(r.feedback.join('\n')).toMatch(/only as bare terms.*quotes/);
    }
  });

  test('grades the rest and says so when no run is available', () => {
    const r = grade(GROUNDED, STRONG);
    expect(r.score).toBe(100);
    expect(r.flags).toContain('ungrounded');
    expect(r.feedback.join('\n')).toContain('run the lab');
  });

  test('matches an exit code as a whole number', () => {
    const exit = { ...GROUNDED, rubric: { ...GROUNDED.rubric, grounded: { ...GROUNDED.rubric.grounded!, fact: 'exitCode' as const } } };
    expect(grade(exit, `${STRONG} It exited with code 137.`, { facts: { exitCode: '137' } }).met.map((m) => m.id)).toContain('fact-exitCode');
    expect(grade(exit, `${STRONG} It exited with code 1137.`, { facts: { exitCode: '137' } }).flags).toContain('fact-missing');
  });
});

describe('grade: misconceptions', () => {
  const withMisconception = challengeSchema.parse({
    ...ROLE_INPUT,
    rubric: {
      ...ROLE_INPUT.rubric,
      misconceptions: [{ id: 'task-pulls', label: 'task role pulls', concepts: ['task-role', 'pull'], penalty: 30, feedback: 'the execution role pulls images, not the task role.' }],
    },
  });

  test('costs points and says what is true when two concepts are stated together in one clause', () => {
    const r = grade(withMisconception, 'The task role pulls the container image from ECR. The execution role is what your application uses to call S3.');

    expect(r.flags).toContain('misconception');
    expect(r.feedback).toContain('Careful: the execution role pulls images, not the task role.');
    expect(r.score).toBeLessThan(grade(ROLES, 'The task role pulls the container image from ECR. The execution role is what your application uses to call S3.').score);
  });

  test('does not fire when the concepts sit in different clauses', () => {
    const r = grade(withMisconception, `Unlike the task role, the execution role pulls the container image. ${STRONG}`);

    expect(r.flags).not.toContain('misconception');
    expect(r.score).toBe(100);
  });

  test('does not fire on a negated statement', () => {
    expect(grade(withMisconception, `The task role does not pull the image. ${STRONG}`).flags).not.toContain('misconception');
  });
});
