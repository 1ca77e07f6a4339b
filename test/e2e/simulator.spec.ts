/**
 * The simulator widgets on /simulator/: terminal, time controls and the D3 views, driven the way a learner would
 * (Run buttons, typing, Play, the fault and load panel, the checkpoint slider, the keyboard).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DrawnBlock } from '../../src/ui/sim/render/canvasBlocks.ts';

const PAGE = '/simulator/';

/** Scrolls a widget into view (they load when near the viewport) and waits until it says it is usable. */
async function ready(widget: Locator): Promise<void> {
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

async function open(page: Page): Promise<{ terminal: Locator; time: Locator }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(PAGE);
  const terminal = page.locator('ecs-terminal');
  const time = page.locator('ecs-time-controls');
  await ready(terminal);
  await ready(time);
  expect(errors).toEqual([]);
  return { terminal, time };
}

/** Types one command into the terminal and presses Enter. */
async function type(page: Page, command: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill(command);
  await input.press('Enter');
}

/** Presses the Run button under the code block that contains `text`. */
async function runBlock(page: Page, text: string): Promise<void> {
  const pre = page.locator('pre[data-language="bash"]', { hasText: text });
  await pre.locator('xpath=following-sibling::div[1]').getByRole('button', { name: /^Run in terminal/ }).click();
}


/** The blocks a canvas view drew in its last frame. */
async function drawnBlocks(view: Locator): Promise<DrawnBlock[]> {
  return view.evaluate((el) => (el as HTMLElement & { drawnBlocks(): DrawnBlock[] }).drawnBlocks());
}

/** The RGBA of the canvas pixel at (x, y) CSS pixels. */
async function pixel(view: Locator, x: number, y: number): Promise<number[]> {
  return view.locator('canvas').evaluate((canvas: HTMLCanvasElement, [px, py]) => {
    const k = canvas.width / canvas.getBoundingClientRect().width;
    return [...canvas.getContext('2d')!.getImageData(Math.floor(px! * k), Math.floor(py! * k), 1, 1).data];
  }, [x, y]);
}

/** The RGBA of the CSS custom property `name` (a colour) as resolved on `view`. */
async function cssColor(view: Locator, name: string): Promise<number[]> {
  return view.evaluate((el, prop) => {
    const probe = el.appendChild(document.createElement('span'));
    probe.style.color = getComputedStyle(el).getPropertyValue(prop);
    const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
    probe.remove();
    return [rgb[0]!, rgb[1]!, rgb[2]!, 255];
  }, name);
}

/**
 * Runs `action` and returns the blocks drawn in the first frame with a different number of blocks (a mutation
 * observer on `data-blocks` fires right after that frame is drawn), and the blocks a second later.
 */
async function blocksAroundChange(page: Page, view: Locator, action: () => Promise<void>): Promise<{ first: DrawnBlock[]; later: DrawnBlock[] }> {
  await view.evaluate((el) => {
    const w = window as unknown as { __firstFrame: Promise<DrawnBlock[]> };
    w.__firstFrame = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve((el as HTMLElement & { drawnBlocks(): DrawnBlock[] }).drawnBlocks());
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-blocks'] });
    });
  });
  await action();
  const first = await page.evaluate(() => (window as unknown as { __firstFrame: Promise<DrawnBlock[]> }).__firstFrame);
  await page.waitForTimeout(1000);
  return { first, later: await drawnBlocks(view) };
}

async function createService(page: Page, terminal: Locator): Promise<void> {
  await runBlock(page, 'create-cluster');
  await expect(terminal.locator('[data-log]')).toContainText('"serviceName": "user-service"');
  await page.getByRole('button', { name: 'Skip to steady state' }).click();
  await expect(page.locator('ecs-time-controls [data-status]')).toContainText('1 of 1 service steady');
}

test('the chapter commands create a service whose tasks appear in the cluster view', async ({ page }) => {
  const { terminal } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);

  await createService(page, terminal);

  const rows = cluster.locator('[data-table] tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('user-service:3');
  await expect(rows.first()).toContainText('Running');
  await expect(cluster).toHaveAttribute('data-blocks', '3');
  await expect.poll(async () => (await drawnBlocks(cluster)).map((b) => `${b.revision} ${b.state}`)).toEqual(['3 RUNNING', '3 RUNNING', '3 RUNNING']);
  await expect(cluster.locator('canvas')).toHaveAttribute('role', 'img');
  await expect(cluster.locator('canvas')).toHaveAttribute('aria-label', /user-service rev 3: 3 RUNNING/);

  // The canvas really shows them: a block's pixels have the RUNNING fill, the service's frame around it does not.
  await expect.poll(async () => (await drawnBlocks(cluster)).every((b) => b.opacity === 1)).toBe(true);
  const [block] = await drawnBlocks(cluster);
  const running = await cssColor(cluster, '--sim-state-running');
  const inBlock = await pixel(cluster, block!.x + block!.w * 0.85, block!.y + block!.h / 2);
  const beside = await pixel(cluster, block!.x - 3, block!.y + block!.h / 2);
  expect(inBlock.every((v, i) => Math.abs(v - running[i]!) <= 2)).toBe(true);
  expect(beside).not.toEqual(inBlock);

  // Clicking a block selects its task and shows what describe-tasks returns for it.
  const canvas = cluster.locator('canvas');
  await canvas.hover({ position: { x: block!.x + block!.w / 2, y: block!.y + block!.h / 2 } });
  await expect(canvas).toHaveCSS('cursor', 'pointer');
  await canvas.click({ position: { x: block!.x + block!.w / 2, y: block!.y + block!.h / 2 } });
  await expect(cluster.locator('[data-details]')).toBeVisible();
  await expect(cluster.locator('[data-details-title]')).toContainText(block!.id);
  await expect(cluster.locator('[data-details] pre')).toContainText(`"taskArn": "arn:aws:ecs:us-east-1:123456789012:task/production/${block!.id}"`);
  await expect(cluster.locator('[data-table] tbody button[aria-pressed="true"]')).toHaveText(block!.id.slice(0, 12));
  // Between blocks nothing is picked.
  await canvas.click({ position: { x: 2, y: 2 } });
  await expect(cluster.locator('[data-details-title]')).toContainText(block!.id);
});

test('typing: a continued command, readable errors, history and Tab completion', async ({ page }) => {
  const { terminal } = await open(page);
  const input = page.getByRole('textbox', { name: 'Command' });

  await input.fill('aws ecs create-cluster \\');
  await input.press('Enter'); // a trailing backslash continues the command instead of running it
  await input.pressSequentially('--cluster-name staging');
  await input.press('Enter');
  await expect(terminal.locator('[data-log]')).toContainText('"clusterName": "staging"');

  await type(page, 'aws ecs describe-services --cluster nowhere --services x');
  const error = terminal.locator('.ecs-term__err').last();
  await expect(error).toContainText(/Error, exit code \d+/);
  await expect(error).toContainText('ClusterNotFoundException');

  await input.press('ArrowUp');
  await expect(input).toHaveValue('aws ecs describe-services --cluster nowhere --services x');
  await input.fill('aws ecs create-ser');
  await input.press('Tab');
  await expect(input).toHaveValue('aws ecs create-service ');
  await input.pressSequentially('--desired-c');
  await input.press('Tab');
  await expect(input).toHaveValue('aws ecs create-service --desired-count ');

  await input.fill('clear');
  await input.press('Enter');
  await expect(terminal.locator('.ecs-term__entry')).toHaveCount(0);
});

test('update-service rolls every task to the new revision and fills the timeline table', async ({ page }) => {
  const { terminal } = await open(page);
  const rolling = page.locator('ecs-rolling-view');
  await ready(rolling);
  await createService(page, terminal);

  await runBlock(page, 'update-service');
  await expect(terminal.locator('[data-log]')).toContainText('user-service:4');
  await page.getByLabel('Speed').selectOption('60');
  await page.getByRole('button', { name: 'Play' }).click();

  await expect(rolling).toHaveAttribute('data-deployment', 'complete', { timeout: 45_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(rolling).toHaveAttribute('data-blocks', '3');
  await expect.poll(async () => (await drawnBlocks(rolling)).map((b) => `${b.revision} ${b.state}`)).toEqual(['4 RUNNING', '4 RUNNING', '4 RUNNING']);
  await expect(rolling.locator('canvas')).toHaveAttribute('aria-label', /3 tasks: rev 4: 3 RUNNING/);
  const lanes = rolling.locator('.ecs-view__lane-label');
  await expect(lanes).toHaveCount(1);
  await expect(lanes).toBeVisible();
  await expect(lanes).toContainText('rev 4 · new (PRIMARY)');
  const rows = rolling.locator('[data-timeline] tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(rows.first()).toContainText('rev 3 healthy ×3');
  await expect(rows.last()).toContainText('rev 4 healthy ×3');
  await expect(rows.last()).toContainText('Deployment complete');
  await expect(rolling.locator('[data-events]')).toContainText('deployment completed');
});

test('at 90 % CPU the desired count rises only after the alarm has its datapoints', async ({ page }) => {
  const { terminal } = await open(page);
  const scaling = page.locator('ecs-autoscaling-view');
  const faults = page.locator('ecs-fault-panel');
  await ready(scaling);
  await createService(page, terminal);
  await runBlock(page, 'put-scaling-policy');
  await expect(terminal.locator('[data-log]')).toContainText('TargetTracking-service/production/user-service-AlarmHigh');

  await ready(faults);
  await faults.getByLabel('CPU load (%)').fill('90');
  await faults.getByRole('button', { name: 'Apply load' }).click();
  await expect(faults.locator('[data-status]')).toContainText('90 % CPU');

  // One simulated minute at a time: the desired count must stay at 3 until the high alarm has 3 breaching
  // datapoints out of 3, and rise in the same evaluation.
  const alarms = scaling.locator('[data-alarms] li', { hasText: 'High (scale-out) alarm' });
  let rose = false;
  for (let minute = 1; minute <= 8 && !rose; minute++) {
    const drawnAt = (await scaling.getAttribute('data-now')) ?? '';
    await type(page, 'sim advance 1m');
    await expect(scaling).not.toHaveAttribute('data-now', drawnAt);
    const desired = Number(await scaling.getAttribute('data-desired'));
    const text = (await alarms.textContent()) ?? '';
    const breaching = Number(/(\d+) of the last 3 datapoints/.exec(text)?.[1]);
    if (desired > 3) {
      rose = true;
      expect(text).toContain(': ALARM. 3 of the last 3 datapoints');
      await expect(scaling.locator('.window-high.breaching')).toHaveCount(3);
    } else {
      expect(breaching).toBeLessThan(3);
    }
  }
  expect(rose).toBe(true);
  await expect(scaling.locator('[data-activities]')).toContainText('Setting desired count to 4.');
});

test('pause and scrub back shows the earlier state, then play continues from there', async ({ page }) => {
  const { terminal, time } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);
  await createService(page, terminal);
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(3);
  const later = await time.locator('[data-clock]').textContent();

  const slider = page.getByRole('slider', { name: 'Checkpoint' });
  await slider.focus();
  await page.keyboard.press('Home');

  await expect(time.locator('[data-status]')).toContainText('Restored the checkpoint');
  await expect(time.locator('[data-clock]')).not.toHaveText(later ?? '');
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(3);
  await expect(time.locator('[data-clock]')).toHaveText(later ?? '');

  await time.getByRole('button', { name: 'Play' }).click();
  await expect(time.locator('[data-clock]')).not.toHaveText(later ?? '');
  await time.getByRole('button', { name: 'Pause' }).click();
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(3);
});

test('a reload keeps the run and the command history', async ({ page }) => {
  const { terminal } = await open(page);
  await createService(page, terminal);
  await type(page, 'aws ecs list-clusters');
  await expect(terminal.locator('[data-log]')).toContainText('cluster/production');
  const clock = await page.locator('ecs-time-controls [data-clock]').textContent();

  await page.reload();
  const cluster = page.locator('ecs-cluster-view');
  await ready(page.locator('ecs-terminal'));
  await ready(cluster);

  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(3);
  await expect(page.locator('ecs-time-controls [data-clock]')).toHaveText(clock ?? '');
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.press('ArrowUp');
  await expect(input).toHaveValue('aws ecs list-clusters');
  await input.press('ArrowUp');
  await expect(input).toHaveValue(/create-service/);
  await input.press('ArrowDown');
  await expect(input).toHaveValue('aws ecs list-clusters');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('');
});

test('after a reload the checkpoints are still there to scrub back to', async ({ page }) => {
  const { terminal, time } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await createService(page, terminal);
  const later = await time.locator('[data-clock]').textContent();

  await page.reload();
  await ready(page.locator('ecs-time-controls'));
  await ready(cluster);
  const slider = page.getByRole('slider', { name: 'Checkpoint' });
  await expect(slider).toBeEnabled();
  await slider.focus();
  await page.keyboard.press('Home');

  await expect(time.locator('[data-status]')).toContainText('Restored the checkpoint');
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(3);
  await expect(time.locator('[data-clock]')).toHaveText(later ?? '');
});

test('corrupt saved checkpoints are ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ecs-course:sim-checkpoints:/simulator/', '{"v":1,"items":[{"t":"soon","s":42}]'));
  const { time } = await open(page); // open() fails on any page error

  await expect(page.getByRole('slider', { name: 'Checkpoint' })).toBeDisabled();
  await expect(time.locator('[data-scrub-value]')).toContainText('1 of 1');
});

test('Reset starts over and forgets the checkpoints, also after a reload', async ({ page }) => {
  const { terminal, time } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);
  await createService(page, terminal);
  await expect(page.getByRole('slider', { name: 'Checkpoint' })).toBeEnabled();

  page.once('dialog', (dialog) => void dialog.accept());
  await time.getByRole('button', { name: 'Reset' }).click();

  await expect(time.locator('[data-status]')).toContainText('reset');
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Checkpoint' })).toBeDisabled();
  await page.reload();
  await ready(page.locator('ecs-time-controls'));
  await ready(cluster);
  await expect(cluster.locator('[data-table] tbody tr')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Checkpoint' })).toBeDisabled();
});

test('ECS Exec: an interactive shell in a task, a command inside it, and exit', async ({ page }) => {
  const { terminal, time } = await open(page);
  const prompt = terminal.locator('[data-prompt]');
  const lastOutput = terminal.locator('.ecs-term__entry').last();
  await createService(page, terminal);
  await type(page, 'aws ecs update-service --cluster production --service user-service --enable-execute-command --force-new-deployment');
  await time.getByRole('button', { name: 'Skip to steady state' }).click();
  await expect(time.locator('[data-status]')).toContainText('1 of 1 service steady');
  await type(page, "TASK_ID=$(aws ecs list-tasks --cluster production --service-name user-service --query 'taskArns[0]' --output text)");

  await type(page, 'aws ecs execute-command --cluster production --task "$TASK_ID" --container user-service --interactive --command "/bin/sh"');
  await expect(lastOutput).toContainText('Starting session with SessionId: ecs-execute-command-');
  await expect(prompt).toHaveText('#');
  await type(page, 'printenv NODE_ENV');
  await expect(lastOutput.locator('.ecs-term__out')).toHaveText(/^production/);
  await type(page, 'exit');
  await expect(lastOutput).toContainText('Exiting session with sessionId');
  await expect(prompt).toHaveText('$');
});

test('an unknown command and a wrong flag get the AWS CLI’s own messages', async ({ page }) => {
  const { terminal } = await open(page);
  const error = terminal.locator('.ecs-term__err').last();

  await type(page, 'aws ecs lst-clusters');
  await expect(error).toContainText('Error, exit code 252');
  await expect(error).toContainText('aws: [ERROR]: argument operation: Invalid choice, valid choices are:');
  await expect(error).toContainText('list-clusters');

  await type(page, 'aws ecs list-clusters --bogus');
  await expect(error).toContainText('Error, exit code 252');
  await expect(error).toContainText('aws: [ERROR]: Unknown options: --bogus');
});

test('Copy puts an output block on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { terminal } = await open(page);
  await type(page, 'aws ecs create-cluster --cluster-name staging');
  const out = terminal.locator('.ecs-term__entry').last().locator('.ecs-term__out');
  await expect(out).toContainText('"clusterName": "staging"');

  await out.getByRole('button', { name: /^Copy output of aws ecs create-cluster/ }).click();

  await expect(out.getByRole('button', { name: /^Copy output/ })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toMatchObject({ cluster: { clusterName: 'staging', status: 'ACTIVE' } });
});

test('a long task table is shown a page at a time, and every task stays reachable', async ({ page }) => {
  const { terminal, time } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);
  await createService(page, terminal);
  await type(page, 'aws ecs update-service --cluster production --service user-service --desired-count 30');
  await time.getByRole('button', { name: 'Skip to steady state' }).click();
  await expect(time.locator('[data-status]')).toContainText('1 of 1 service steady');

  const rows = cluster.locator('[data-table] tbody tr');
  const pager = cluster.locator('[data-page-status]');
  await expect(rows).toHaveCount(25);
  await expect(pager).toHaveText('Tasks 1–25 of 30 (page 1 of 2)');
  await expect(cluster.getByRole('button', { name: 'Previous tasks' })).toBeDisabled();
  const firstPage = await rows.locator('th').allTextContents();
  await cluster.getByRole('button', { name: 'Next tasks' }).click();
  await expect(rows).toHaveCount(5);
  await expect(pager).toHaveText('Tasks 26–30 of 30 (page 2 of 2)');
  const secondPage = await rows.locator('th').allTextContents();
  expect(new Set([...firstPage, ...secondPage]).size).toBe(30);
  await expect(cluster).toHaveAttribute('data-blocks', '30'); // the picture still shows every task
  expect(new Set((await drawnBlocks(cluster)).map((b) => b.id)).size).toBe(30);

  const [first] = await drawnBlocks(cluster);
  const frames: number[][] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    frames.push(await pixel(cluster, first!.x - 3, first!.y + first!.h / 2)); // the service frame, from --bg-soft
    const results = await new AxeBuilder({ page }).include('ecs-cluster-view').analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  expect(frames[0]).not.toEqual(frames[1]); // the canvas re-read its colours when the theme changed
});

test('the time controls work with the keyboard alone', async ({ page }) => {
  const { terminal, time } = await open(page);
  await runBlock(page, 'create-cluster');
  await expect(terminal.locator('[data-log]')).toContainText('"serviceName": "user-service"');
  const play = time.getByRole('button', { name: 'Play' });

  await play.focus();
  await page.keyboard.press('Enter');
  await expect(time.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(time.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Tab');
  await expect(time.getByRole('button', { name: 'Step to next event' })).toBeFocused();
  const before = await time.locator('[data-clock]').textContent();
  await page.keyboard.press('Enter');
  await expect(time.locator('[data-status]')).toContainText('to the next event');
  await expect(time.locator('[data-clock]')).not.toHaveText(before ?? '');
  await page.keyboard.press('Tab');
  await expect(time.getByLabel('Speed')).toBeFocused();
  await page.keyboard.press('End');
  await expect(time.getByLabel('Speed')).toHaveValue('60');
  await page.keyboard.press('Tab');
  await expect(time.getByRole('button', { name: 'Skip to steady state' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(time.locator('[data-status]')).toContainText('1 of 1 service steady');
});

/**
 * Scales the service from 3 to 6 tasks and returns the blocks around the moment they are drawn. The steps are
 * clicked from script so the page does not scroll: a canvas out of view does not animate.
 */
async function scaleToSix(page: Page, cluster: Locator): Promise<{ first: DrawnBlock[]; later: DrawnBlock[] }> {
  await type(page, 'aws ecs update-service --cluster production --service user-service --desired-count 6');
  await cluster.scrollIntoViewIfNeeded();
  const step = page.getByRole('button', { name: 'Step to next event' });
  return blocksAroundChange(page, cluster, async () => {
    for (let i = 0; i < 5 && (await cluster.getAttribute('data-blocks')) === '3'; i++) await step.evaluate((b: HTMLButtonElement) => b.click());
  });
}

test('new blocks fade in, in one short animation', async ({ page }) => {
  const { terminal } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);
  await createService(page, terminal);

  const { first, later } = await scaleToSix(page, cluster);

  expect(first.length).toBeGreaterThan(3);
  expect(first.filter((b) => b.opacity < 1).length).toBe(first.length - 3); // the new ones, in their first frame
  expect(later.every((b) => b.opacity === 1)).toBe(true);
});

test('reduced motion: blocks are drawn at their places at once, without tweening', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const { terminal } = await open(page);
  const cluster = page.locator('ecs-cluster-view');
  await ready(cluster);
  await createService(page, terminal);

  const { first, later } = await scaleToSix(page, cluster);

  expect(first.length).toBeGreaterThan(3);
  expect(first.every((b) => b.opacity === 1)).toBe(true);
  expect(later.map(({ id, x, y }) => ({ id, x, y }))).toEqual(first.map(({ id, x, y }) => ({ id, x, y })));
  await context.close();
});

test('axe finds no violations with every widget open', async ({ page }) => {
  const { terminal } = await open(page);
  for (const tag of ['ecs-cluster-view', 'ecs-rolling-view', 'ecs-autoscaling-view', 'ecs-fault-panel', 'ecs-lifecycle-view']) {
    await ready(page.locator(tag));
  }
  await createService(page, terminal);
  await type(page, 'aws ecs describe-services --cluster nowhere --services x'); // an error block too
  // The keyboard path to describe-tasks: the task table's buttons (the canvas is one image, not a tab stop per task).
  const firstTask = page.locator('ecs-cluster-view [data-table] tbody button').first();
  await firstTask.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('ecs-cluster-view canvas')).not.toHaveAttribute('tabindex');
  await expect(page.locator('ecs-cluster-view [data-details]')).toBeVisible();
  await expect(page.locator('ecs-cluster-view [data-details] pre')).toContainText('"lastStatus": "RUNNING"');

  const results = await new AxeBuilder({ page }).include('main').analyze();

  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a lesson page without a terminal loads neither D3 nor the simulator', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });

  await page.goto('/ecs-fargate/what-is-ecs/');
  await page.waitForLoadState('networkidle');

  expect(scripts.filter((u) => /sim|d3|terminal|controller|View/i.test(u))).toEqual([]);
});
