/**
 * The labs in the browser: lab 2 completed with the terminal (steps tick live), Check with the failing step's
 * message, hints, the solution shown without losing work and applied one step, reload keeps everything,
 * Reset lab, the /labs/ index status, every lab's first check, 360 px, and axe on a lab page in use.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { htmlPages } from './site.ts';

const LAB = '/labs/02-first-service/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CREATE_SERVICE = [
  'aws ecs create-service --cluster production --service-name user-service --task-definition user-service:3 --desired-count 3 --launch-type FARGATE',
  `--network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f","subnet-1a2b3c4d5e6f"],"securityGroups":["sg-0a1b2c3d4e5f6g7h"],"assignPublicIp":"DISABLED"}}'`,
  `--load-balancers '[{"targetGroupArn":"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/user-svc-tg/abc123","containerName":"user-service","containerPort":3000}]'`,
].join(' ');

async function ready(widget: Locator): Promise<void> {
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

async function open(page: Page, url = LAB): Promise<{ panel: Locator; terminal: Locator; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const panel = page.locator('ecs-lab-panel');
  const terminal = page.locator('ecs-terminal');
  await ready(panel);
  await ready(terminal);
  return { panel, terminal, errors };
}

async function type(page: Page, command: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
}

const step = (panel: Locator, id: string) => panel.locator(`[data-step="${id}"]`);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('lab 2 in the browser: Check explains, steps tick live, solution keeps work, reload keeps state, reset starts over', async ({ page }) => {
  const { panel, terminal, errors } = await open(page);
  const live = panel.locator('[data-live]');

  // Check before doing anything: the first step fails and says what is wrong.
  await panel.getByRole('button', { name: 'Check' }).click();
  const message = step(panel, 'create-cluster').locator('[data-step-message]');
  await expect(message).toBeVisible();
  await expect(message).toHaveText('There is no ACTIVE cluster named production yet (describe-clusters found nothing).');
  await expect(live).toContainText('Step 1 of 5, “Create the production cluster”, is not done yet: There is no ACTIVE cluster');
  await expect(step(panel, 'create-cluster')).toHaveAttribute('data-state', 'current');

  // Doing it ticks the step without pressing Check, and the message goes away.
  await type(page, 'aws ecs create-cluster --cluster-name production');
  await expect(step(panel, 'create-cluster')).toHaveAttribute('data-state', 'done');
  await expect(message).toBeHidden();
  await expect(live).toContainText('Step 1 of 5, “Create the production cluster”, passed.');
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await expect(step(panel, 'register')).toHaveAttribute('data-state', 'done');
  await expect(panel.locator('[data-count]')).toHaveText('2 of 5 steps done');

  // Hints come one at a time.
  const hintButton = step(panel, 'create-service').getByRole('button', { name: 'Show a hint (1 of 2)' });
  await hintButton.click();
  const hints = step(panel, 'create-service').locator('[data-hint]');
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(1)).toBeHidden();
  await expect(step(panel, 'create-service').getByRole('button', { name: 'Show the next hint (2 of 2)' })).toBeVisible();

  // Showing the solution keeps the learner's work: the terminal log and a half-typed command.
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill('aws ecs describe-clusters --clusters production');
  await panel.getByRole('button', { name: 'Show solution' }).click();
  const solution = panel.locator('[data-solution]');
  await expect(solution).toBeVisible();
  await expect(input).toHaveValue('aws ecs describe-clusters --clusters production');
  await expect(terminal.locator('[data-log]')).toContainText('"clusterName": "production"');
  const solutionSteps = solution.locator('.lab-solution__step');
  await expect(solutionSteps.nth(0)).toContainText('Done by you.');
  await expect(solutionSteps.nth(0)).toContainText('You ran exactly this.');
  await expect(solutionSteps.nth(2)).toContainText('Not done yet.');
  await expect(solutionSteps.nth(2)).toContainText('You have not run this.');
  await expect(solution.getByRole('button', { name: /^Apply step/ })).toHaveCount(1);

  // Apply ONE step: it runs in the terminal, visibly, and the step ticks.
  await solution.getByRole('button', { name: 'Apply step 3 in the terminal' }).click();
  await expect(terminal.locator('.ecs-term__note', { hasText: 'solution, step 3' })).toHaveCount(1);
  await expect(step(panel, 'create-service')).toHaveAttribute('data-state', 'done');
  await expect(solutionSteps.nth(2)).toContainText('Done by applying the solution.');
  await expect(solution.getByRole('button', { name: 'Apply step 4 in the terminal' })).toBeVisible();
  await expect(input).toHaveValue('aws ecs describe-clusters --clusters production');

  // A reload keeps the ticks, the hint and the applied step.
  await page.waitForTimeout(1200); // the simulation snapshot is saved at most once a second
  await page.reload();
  await ready(panel);
  await expect(panel.locator('[data-count]')).toHaveText('3 of 5 steps done');
  await expect(step(panel, 'create-service').locator('[data-hint]').nth(0)).toBeVisible();
  await panel.getByRole('button', { name: 'Show solution' }).click();
  await expect(panel.locator('.lab-solution__step').nth(2)).toContainText('Done by applying the solution.');

  // Finish with simulated time: the steps tick as the service gets there.
  await ready(terminal);
  await type(page, 'sim advance 3m');
  await expect(step(panel, 'three-running')).toHaveAttribute('data-state', 'done');
  await type(page, 'sim wait steady --cluster production --service user-service');
  await expect(step(panel, 'steady')).toHaveAttribute('data-state', 'done');
  await expect(panel.locator('[data-complete]')).toBeVisible();
  await expect(live).toContainText('Lab complete: all 5 steps pass.');

  // The index shows it, and the course progress export carries it.
  await page.goto('/labs/');
  await expect(page.locator('[data-lab-progress="02-first-service"] [data-lab-status]')).toHaveText('Completed');
  await expect(page.locator('[data-lab-progress="01-first-task-definition"] [data-lab-status]')).toHaveText('Not started');
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { labs: Record<string, unknown> };
  expect(exported.labs['02-first-service']).toMatchObject({ completed: true, passedSteps: ['create-cluster', 'register', 'create-service', 'three-running', 'steady'] });

  // Reset lab (confirmed) starts over: no cluster, no ticks.
  await open(page);
  await panel.getByRole('button', { name: 'Reset lab' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset this lab?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.locator('[data-count]')).toHaveText('5 of 5 steps done');
  await panel.getByRole('button', { name: 'Reset lab' }).click();
  await dialog.getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel.locator('[data-count]')).toHaveText('0 of 5 steps done');
  await expect(panel.locator('[data-complete]')).toBeHidden();
  await expect(live).toContainText('The lab was reset');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(step(panel, 'create-cluster').locator('[data-step-message]')).toContainText('There is no ACTIVE cluster named production yet');
  expect(errors).toEqual([]);
});

test('playing the clock ticks a step without any command', async ({ page }) => {
  const { panel } = await open(page);
  await type(page, 'aws ecs create-cluster --cluster-name production');
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await type(page, CREATE_SERVICE);
  await expect(step(panel, 'create-service')).toHaveAttribute('data-state', 'done');

  const time = page.locator('ecs-time-controls');
  await ready(time);
  await time.getByLabel('Speed').selectOption('60');
  await time.getByRole('button', { name: 'Play' }).click();

  await expect(step(panel, 'three-running')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await time.getByRole('button', { name: 'Pause' }).click();
});

test('the time controls’ Reset on a lab page starts over from the lab’s scenario, not the chapter’s empty account', async ({ page }) => {
  const { panel, terminal } = await open(page, '/labs/03-rolling-update/');
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition-v2.json');
  await expect(step(panel, 'register-v2')).toHaveAttribute('data-state', 'done');

  const time = page.locator('ecs-time-controls');
  await ready(time);
  page.once('dialog', (d) => void d.accept());
  await time.getByRole('button', { name: 'Reset' }).click();

  await expect(step(panel, 'register-v2')).toHaveAttribute('data-state', 'current'); // revision 4 is gone again
  await type(page, "aws ecs describe-services --cluster production --services user-service --query 'services[0].taskDefinition'");
  await expect(terminal.locator('.ecs-term__out').last()).toContainText('user-service:3'); // the lab's pre-created service
});

test('Reset lab keeps the editor draft unless the learner chooses to discard it', async ({ page }) => {
  const key = 'ecs-course:taskdef-editor:lab-01-first-task-definition-orders-api';
  const { panel } = await open(page, '/labs/01-first-task-definition/');
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ text: '{"family":"mine"}', base: 'x' })), key);
  const dialog = page.getByRole('dialog', { name: 'Reset this lab?' });
  const draft = () => page.evaluate((k) => localStorage.getItem(k), key);

  await panel.getByRole('button', { name: 'Reset lab' }).click();
  await dialog.getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel.locator('[data-live]')).toContainText('Your editor edits and the terminal log were kept.');
  expect(await draft()).toContain('mine');

  await panel.getByRole('button', { name: 'Reset lab' }).click();
  await dialog.getByLabel('Also discard my edits in the task definition editor').check();
  await dialog.getByRole('button', { name: 'Reset lab' }).click();
  await expect(panel.locator('[data-live]')).toContainText('Your editor edits were discarded.');
  expect(await draft()).toBeNull();
});

test('lab 1: a fix made in the editor is what file:// in the terminal registers', async ({ page }) => {
  const { panel, terminal } = await open(page, '/labs/01-first-task-definition/');
  const editor = page.locator('ecs-taskdef-editor');
  await editor.getByRole('button', { name: 'Edit this task definition' }).click();
  await expect(editor.locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  await editor.locator('.monaco-editor .view-lines').click();
  // Replace the invalid memory ("4096" with 256 CPU) by a size Fargate offers.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('4096');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.type('2048');

  // The editor saves its draft and writes the simulation file in the same pause after typing.
  const draftKey = 'ecs-course:taskdef-editor:lab-01-first-task-definition-orders-api';
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', draftKey)).toContain('2048');

  // The starter file says 4096 and would be refused; the terminal now reads the learner's version.
  await type(page, 'aws ecs register-task-definition --cli-input-json file://orders-api.json --query taskDefinition.revision');
  const last = terminal.locator('.ecs-term__entry').last();
  await expect(last.locator('.ecs-term__err')).toHaveCount(0);
  await expect(last.locator('.ecs-term__out .ecs-term__text')).toHaveText('1');
  await expect(step(panel, 'valid-size')).toHaveAttribute('data-state', 'done');
});

test('every lab opens on its own scenario and its first check explains what is missing', async ({ page }) => {
  const labs = htmlPages().filter((u) => /^\/labs\/[^/]+\/$/.test(u));
  expect(labs).toHaveLength(7);
  for (const url of labs) {
    const { panel, errors } = await open(page, url);
    await panel.getByRole('button', { name: 'Check' }).click();
    const first = panel.locator('.lab-step').first();
    const message = first.locator('[data-step-message]');
    await expect(message, url).toBeVisible();
    const text = (await message.textContent()) ?? '';
    expect(text, url).not.toMatch(/undefined|\[object|\{actual\}|\{expected\}/);
    expect(text.length, url).toBeGreaterThan(20);
    await expect(panel.locator('[data-count]'), url).toHaveText(/^0 of \d+ steps done$/);
    expect(errors, url).toEqual([]);
  }
});

test('a lab page works at 360 px: instructions above the terminal, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { panel, terminal } = await open(page);

  const panelBox = (await panel.boundingBox())!;
  const terminalBox = (await terminal.boundingBox())!;
  expect(panelBox.y).toBeLessThan(terminalBox.y);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.evaluate(() => window.scrollTo(0, 0)); // nothing under the sticky header
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(", ")}`)).toEqual([]);
});

test('axe finds nothing on a lab page in use (message, hints, solution) in light and dark themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const { panel } = await open(page, '/labs/01-first-task-definition/');
  await panel.getByRole('button', { name: 'Check' }).click();
  await panel.locator('.lab-step').first().getByRole('button', { name: /Show a hint/ }).click();
  await panel.getByRole('button', { name: 'Show solution' }).click();

  const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await new AxeBuilder({ page }).withTags(TAGS).withRules(['color-contrast']).analyze();

  const summary = (v: { id: string; nodes: { target: unknown }[] }[]) => v.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect({ light: summary(light.violations), dark: summary(dark.violations) }).toEqual({ light: [], dark: [] });
});
