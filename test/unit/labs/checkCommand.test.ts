/** `ecs-course check`, called directly (runCheck), on the real tree and on broken copies. */
import { afterEach, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/course/check.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A scratch root with one lab and one challenge copied from the real tree. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-course-check-'));
  temps.push(dir);
  mkdirSync(join(dir, 'labs'));
  cpSync(join(ROOT, 'labs', '02-first-service'), join(dir, 'labs', '02-first-service'), { recursive: true });
  mkdirSync(join(dir, 'content', 'challenges'), { recursive: true });
  cpSync(join(ROOT, 'content', 'challenges', 'fargate-sizing.mdx'), join(dir, 'content', 'challenges', 'fargate-sizing.mdx'));
  return dir;
}

describe('ecs-course check', () => {
  test('passes on the shipped labs and challenges', async () => {
    const c = capture(ROOT);
    expect(await runCheck([], c.io)).toBe(0);
    expect(c.out.at(-1)).toBe('7 lab(s), 8 challenge(s) checked: no problems.');
    expect(c.out).toContain('✓ labs/02-first-service/index.mdx: solution passes all 5 steps; the start does not pass "create-cluster"');
  });

  test('checks only the ids given', async () => {
    const c = capture(ROOT);
    expect(await runCheck(['stuck-deployment'], c.io)).toBe(0);
    expect(c.out.at(-1)).toBe('0 lab(s), 1 challenge(s) checked: no problems.');
  });

  test('fails, naming the file and the step, when a solution no longer reaches its check', async () => {
    const dir = scratch();
    const file = join(dir, 'labs', '02-first-service', 'index.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('script: sim advance 3m', 'script: sim time'));
    const c = capture(dir);
    expect(await runCheck([], c.io)).toBe(1);
    expect(c.out).toContain('✗ labs/02-first-service/index.mdx');
    expect(c.out.join('\n')).toContain('step "three-running": its check still fails after its solution: Your service has 0 of 3 tasks running.');
    expect(c.err.at(-1)).toMatch(/^1 lab\(s\), 1 challenge\(s\) checked: \d+ problem\(s\)\.$/);
  });

  test('fails when the start already passes the first check', async () => {
    const dir = scratch();
    const file = join(dir, 'labs', '02-first-service', 'index.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  base: default\n', '  base: default\n  patch:\n    clusters: [production]\n'));
    const c = capture(dir);
    expect(await runCheck([], c.io)).toBe(1);
    expect(c.out.join('\n')).toContain('step "create-cluster" already passes before the learner does anything');
  });

  test('fails when a sample leaves its band, and on schema errors, naming the field', async () => {
    const dir = scratch();
    const file = join(dir, 'content', 'challenges', 'fargate-sizing.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - label: off-topic\n    band: [0, 10]', '  - label: off-topic\n    band: [50, 100]'));
    writeFileSync(join(dir, 'content', 'challenges', 'broken.mdx'), '---\nid: broken\ntitle: x\n---\n');
    const c = capture(dir);
    expect(await runCheck([], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain('✗ content/challenges/fargate-sizing.mdx\n    sample "off-topic" scored 0, outside its band [50, 100]');
    expect(text).toContain('✗ content/challenges/broken.mdx');
    expect(text).toContain('module: module must be text');
  });

  test('rejects an unknown id as a usage error', async () => {
    const c = capture(ROOT);
    expect(await runCheck(['no-such-thing'], c.io)).toBe(2);
    expect(c.err[0]).toContain('no lab or challenge "no-such-thing"');
  });
});
