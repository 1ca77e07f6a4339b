/** `ecs-course grade <challenge-id> <answer-file>`, called directly (runGrade). */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGrade } from '../../../src/cli/course/grade.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ecs-course-grade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd: ROOT, out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('ecs-course grade', () => {
  test('prints score, met, missed, feedback and flags as JSON', async () => {
    const answer = join(dir, 'answer.txt');
    writeFileSync(answer, 'execution role, task role, ECR, secrets, S3');
    const c = capture();
    expect(await runGrade(['execution-vs-task-role', answer], c.io)).toBe(0);
    const result = JSON.parse(c.out.join('\n'));
    expect(Object.keys(result)).toEqual(['score', 'met', 'missed', 'feedback', 'flags']);
    expect(result.score).toBe(0);
    expect(result.flags).toContain('list-only');
    expect(result.missed[0]).toEqual({ id: 'exec-role', label: 'names the execution role', hint: 'Name the execution role (executionRoleArn) and say who uses it.' });
  });

  test('takes facts for grounded challenges', async () => {
    const answer = join(dir, 'stop.txt');
    writeFileSync(answer, 'I ran describe-tasks and the stoppedReason says OutOfMemoryError, so the container ran out of memory. I would raise the memory in a new revision and update the service.');
    const c = capture();
    expect(await runGrade(['why-did-this-task-stop', answer, '--fact', 'stoppedReason=OutOfMemoryError: Container killed due to memory usage'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n')).met.map((m: { id: string }) => m.id)).toContain('fact-stoppedReason');
  });

  test('explains usage errors and unknown challenges', async () => {
    let c = capture();
    expect(await runGrade(['execution-vs-task-role'], c.io)).toBe(2);
    expect(c.err[0]).toContain('expected a challenge id and an answer file');
    c = capture();
    expect(await runGrade(['nope', 'x.txt'], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/no challenge "nope". Known: desired-vs-running, execution-vs-task-role/);
    c = capture();
    expect(await runGrade(['stuck-deployment', 'missing.txt'], c.io)).toBe(1);
    expect(c.err[0]).toContain('cannot read the answer file missing.txt');
    c = capture();
    expect(await runGrade(['stuck-deployment', 'x.txt', '--fact', 'logs=x'], c.io)).toBe(2);
    expect(c.err[0]).toContain('--fact needs KIND=VALUE');
  });
});
