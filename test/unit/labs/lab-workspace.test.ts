/** What each lab page shows beside the terminal (src/lib/lab-workspace.ts), worked out from the real labs. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseLab } from '../../../src/labs/index.ts';
import { labWorkspace } from '../../../src/lib/lab-workspace.ts';

const ROOT = new URL('../../../labs/', import.meta.url);

function workspaceOf(id: string) {
  const dir = new URL(`${id}/`, ROOT);
  const files = Object.fromEntries(readdirSync(dir).filter((f) => f !== 'index.mdx').map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
  const parsed = parseLab(readFileSync(new URL('index.mdx', dir), 'utf8'), files);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return labWorkspace(parsed.lab, files);
}

test('labs with a starting task definition get an editor for it; the others do not', () => {
  const editors = Object.fromEntries(readdirSync(ROOT).filter((d) => /^\d\d-/.test(d)).map((id) => [id, workspaceOf(id).editors.map((e) => e.file)]));

  expect(editors).toEqual({
    '01-first-task-definition': ['orders-api.json'],
    '02-first-service': [],
    '03-rolling-update': ['task-definition-v2.json'],
    '04-circuit-breaker': [],
    '05-target-tracking': [],
    '06-ecs-exec': [],
    '07-desired-three-running-two': [],
  });
});

test('deployment labs get the rolling-deploy view and the scaling lab the autoscaling view', () => {
  const views = (id: string) => {
    const w = workspaceOf(id);
    return { rolling: w.rolling, autoscaling: w.autoscaling };
  };

  expect(views('03-rolling-update')).toEqual({ rolling: true, autoscaling: false });
  expect(views('04-circuit-breaker')).toEqual({ rolling: true, autoscaling: false });
  expect(views('05-target-tracking')).toEqual({ rolling: false, autoscaling: true });
  expect(views('02-first-service')).toEqual({ rolling: false, autoscaling: false });
});
