import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DIST, lessonUrls, lessonWith, pageHtml } from './site.ts';

// The task-definition editor on /sandbox/ (src/pages/sandbox, with a terminal on the same simulation) and in the
// lessons: lazy Monaco, live ECS diagnostics with AWS's messages, quick fixes, snippets, Register into the page's
// simulation, drafts across reloads, the diff view, keyboard use, bad input and accessibility. Works with
// test/playwright.config.ts (built dist/, astro preview).

const PAGE = '/sandbox/';
const EDITOR = 'ecs-taskdef-editor';
const AWS_MESSAGE = 'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.';

/** Opens the page with clean storage and activates the editor with the button. */
async function openEditor(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Edit this task definition' }).click();
  await expect(page.locator(`${EDITOR}[data-ready="true"] .monaco-editor`).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`${EDITOR}[data-checked]`)).toHaveCount(1, { timeout: 15_000 });
}

/** The editor's text as Monaco renders it (visible lines). */
const editorText = async (page: Page) => (await page.locator(`${EDITOR} [data-host] .view-lines`).innerText()).replace(/\u00a0/g, ' ');

/** True when keyboard focus is inside the Monaco editor (0.57 focuses an EditContext element, not a textarea). */
const editorFocused = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('ecs-taskdef-editor [data-host] .monaco-editor')));

/**
 * Double-clicks the string token `"token"` on the line containing `lineText`, selecting the word, as a learner
 * would. Matching the token's exact text waits until Monaco has tokenized the line (before that a line is one span).
 */
async function selectToken(page: Page, lineText: string, token: string): Promise<void> {
  const line = page.locator(`${EDITOR} [data-host] .view-line`, { hasText: lineText });
  await line.locator('span > span', { hasText: new RegExp(`^"${token}"$`) }).dblclick();
}

const problems = (page: Page) => page.locator(`${EDITOR} [data-problems]`);

test('before activation a lesson loads only the small editor bootstrap; Monaco arrives on activation', async ({ page }) => {
  // URL recorded at once, size when the body arrives (awaited before use), so no response can slip past a phase.
  const scripts: { url: string; gzip: Promise<number> }[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    scripts.push({ url: r.url(), gzip: r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0) });
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const baseline = scripts.map((s) => s.url);
  scripts.length = 0;

  await page.goto(lessonWith('<ecs-taskdef-editor'));
  await page.waitForLoadState('networkidle');
  await expect(page.locator(`${EDITOR}[data-ready="preview"]`)).toHaveCount(1);
  const before = scripts.filter((s) => !baseline.includes(s.url));
  const editorBytes = (await Promise.all(before.map((s) => s.gzip))).reduce((n, b) => n + b, 0);

  expect(before.map((s) => s.url).join('\n')).not.toMatch(/editorSession|jsonMode|monaco/i);
  // What an editor adds to the site's shared script (budgeted on its own): the bootstrap, under 1 KB gzip.
  expect(editorBytes, `editor JS before activation: ${editorBytes} B gzip`).toBeLessThanOrEqual(1024);
  await expect(page.locator('style[data-monaco]')).toHaveCount(0);
  // Without JavaScript the document is readable: the highlighted preview holds the whole starting document.
  await expect(page.locator(`${EDITOR} [data-preview] pre`)).toContainText('"family": "user-service"');

  await page.locator(EDITOR).getByRole('button', { name: 'Edit this task definition' }).click();
  await expect(page.locator(`${EDITOR}[data-ready="true"] .monaco-editor`).first()).toBeVisible({ timeout: 30_000 });

  expect(scripts.some((s) => /editorSession/.test(s.url))).toBe(true);
  await expect(page.locator('style[data-monaco]').first()).toBeAttached();

  // Everything after opening, the JSON worker included: at most 1.1 MB gzip (sizes of the built files, because a
  // worker's response body is not always readable here). Monaco's JSON mode once pulled in the whole editor.
  await expect.poll(() => scripts.some((s) => /json\.worker/.test(s.url)), { timeout: 15_000 }).toBe(true);
  const total = [...new Set(scripts.map((s) => new URL(s.url).pathname))].reduce((n, path) => n + gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length, 0);
  test.info().annotations.push({ type: 'JS gzip after opening (B)', description: String(total) });
  expect(total, `JS after opening the editor: ${total} B gzip`).toBeLessThanOrEqual(1.1 * 1024 * 1024);
});

test('cpu 256 + memory 4096: AWS\'s message on the memory value; the quick fix removes it', async ({ page }) => {
  await openEditor(page);
  await expect(problems(page).locator('[data-counts]')).toContainText(/No problems found|no errors/);

  await selectToken(page, '"memory": "512"', '512');
  await page.keyboard.type('4096');

  // In the chapter's document (lesson 3) "memory" is on line 6.
  const entry = problems(page).getByRole('button', { name: new RegExp(`^Error, line 6: ${AWS_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(entry).toBeVisible({ timeout: 10_000 });
  await expect(problems(page).locator('[data-counts]')).toContainText('1 error');
  // The squiggle sits on the value "4096" (same line, overlapping it).
  const squiggle = page.locator(`${EDITOR} [data-host] .squiggly-error`).first();
  const value = page.locator(`${EDITOR} [data-host] .view-line`, { hasText: '"memory": "4096"' }).locator('span > span', { hasText: /^"4096"$/ });
  const [s, v] = [await squiggle.boundingBox(), await value.boundingBox()];
  expect(s && v && Math.abs(s.y - v.y) < v.height && s.x < v.x + v.width && s.x + s.width > v.x).toBe(true);

  // The problem's button jumps to the range; Ctrl+. offers the fix; Enter applies the preferred one.
  await entry.click();
  await page.keyboard.press('Control+.');
  const fix = page.getByText('Set memory to "2048" (the nearest size Fargate offers with 256 CPU)');
  await expect(fix).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(entry).toHaveCount(0, { timeout: 10_000 });
  await expect(problems(page).locator('[data-counts]')).toContainText(/No problems found|no errors/);
  expect(await editorText(page)).toContain('"memory": "2048"');
});

test('completion offers the API enum values, and hovering a field shows the course text with its lesson link', async ({ page }) => {
  await openEditor(page);

  await selectToken(page, '"networkMode": "awsvpc"', 'awsvpc');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  for (const mode of ['awsvpc', 'bridge', 'host', 'none']) await expect(suggest.getByText(`"${mode}"`, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');

  await page.locator(`${EDITOR} [data-host] .view-line`, { hasText: '"networkMode"' }).locator('span > span', { hasText: /^"networkMode"$/ }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Fargate accepts nothing else' });
  await expect(hover).toBeVisible({ timeout: 10_000 });
  await expect(hover.getByRole('link', { name: 'Course: Network mode' })).toHaveAttribute('href', /\/ecs-fargate\/task-definition-anatomy\/#network-mode$/);
});

/** Opens the editor and presses Register twice; the status line must say :N, then :N+1. Returns N. */
async function registerTwice(page: Page): Promise<{ status: Locator; first: number }> {
  await openEditor(page);
  const status = page.locator(`${EDITOR} [data-status]`);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(status).toContainText(/Registered user-service:\d+/);
  const first = Number(/user-service:(\d+)/.exec((await status.textContent()) ?? '')![1]);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(status).toContainText(`Registered user-service:${first + 1}`);
  return { status, first };
}

test('Register twice shows :N then :N+1; a rejected document is refused with the reason', async ({ page }) => {
  const { status, first } = await registerTwice(page);
  await expect(status).toContainText(`arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:${first + 1}`);

  await selectToken(page, '"networkMode": "awsvpc"', 'awsvpc');
  await page.keyboard.type('bridge');
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(status).toContainText('Not registered: ECS would reject this document');
  await expect(status).toContainText('An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate only supports network mode ‘awsvpc’.');
});

test('edits survive a reload until Reset; Compare opens the diff view', async ({ page }) => {
  await openEditor(page);
  await selectToken(page, '"memory": "512"', '512');
  await page.keyboard.type('1024');
  await page.waitForTimeout(600); // the draft is saved 300 ms after the last change

  await page.reload();
  await expect(page.getByText('You have saved edits of this document in this browser')).toBeVisible();
  await page.getByRole('button', { name: 'Edit this task definition' }).click();
  await expect(page.locator(`${EDITOR}[data-ready="true"] .monaco-editor`).first()).toBeVisible({ timeout: 30_000 });
  expect(await editorText(page)).toContain('"memory": "1024"');

  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator(`${EDITOR} [data-status]`)).toContainText(/Registered user-service:(\d+)/);
  await selectToken(page, '"cpu": "256"', '256');
  await page.keyboard.type('512');
  await page.getByRole('button', { name: 'Compare with previous revision' }).click();
  await expect(page.locator(`${EDITOR} .monaco-diff-editor`)).toBeVisible();
  await expect(page.locator(`${EDITOR} [data-diff-title]`)).toContainText(/Comparing user-service:\d+ \(left\) with your document/);
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page.locator(`${EDITOR} .monaco-diff-editor`)).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset' }).click();
  expect(await editorText(page)).toContain('"memory": "512"');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByText('You have saved edits of this document in this browser')).toBeHidden();
});

test('the whole editor works from the keyboard, and every control is reachable and labelled', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const editor = page.locator(EDITOR);
  const button = (name: string) => editor.getByRole('button', { name, exact: true });
  const tabTo = async (target: ReturnType<Page['locator']>, key = 'Tab') => {
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
    await expect(target).toBeFocused();
  };

  // Reach the editor. The preview after the button is a tab stop because it scrolls: arrows scroll it, Enter opens.
  await tabTo(button('Edit this task definition'));
  await page.keyboard.press('Tab');
  const pre = editor.locator('[data-preview] pre');
  await expect(pre).toBeFocused();
  expect(await pre.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => pre.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${EDITOR}[data-ready="true"] .monaco-editor`).first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => editorFocused(page)).toBe(true);

  // Edit: find "512" (the memory value), type over it.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('512');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.type('4096');

  // Leave the editor with Escape (focus: the toolbar), Tab on to the problems list; its entry jumps to the problem.
  await page.keyboard.press('Escape');
  await expect(button('Format')).toBeFocused();
  const problem = problems(page).getByRole('button', { name: new RegExp(`^Error, line \\d+: No Fargate configuration exists for given values: 256 CPU, 4096 memory`) });
  await tabTo(problem);
  await page.keyboard.press('Enter');
  await expect.poll(() => editorFocused(page)).toBe(true);
  // The quick fix from the keyboard: Ctrl+. opens the fixes, Enter applies the preferred one.
  await page.keyboard.press('Control+.');
  await expect(page.getByText('Set memory to "2048" (the nearest size Fargate offers with 256 CPU)')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(problem).toHaveCount(0, { timeout: 10_000 });
  expect(await editorText(page)).toContain('"memory": "2048"');

  // Indent the line wrongly, then Format puts it back.
  await page.keyboard.press('Home');
  await page.keyboard.type('   ');
  // Polled: Monaco applies typed keys to its model asynchronously.
  await expect.poll(() => editorText(page)).toMatch(/\n {5,}"memory": "2048"/);
  // The first Escape may close a widget (a suggestion or the fix's lightbulb hint); then it leaves the editor.
  await tabTo(button('Format'), 'Escape');
  await page.keyboard.press('Enter');
  await expect.poll(async () => /\n  "memory": "2048"/.test(await editorText(page))).toBe(true);

  // Register, Compare (and close it), Download, Reset: one Tab apart, each with its name.
  const status = editor.locator('[data-status]');
  await tabTo(button('Register'));
  await page.keyboard.press('Enter');
  await expect(status).toContainText(/Registered user-service:\d+/);
  await tabTo(button('Compare with previous revision'));
  await page.keyboard.press('Enter');
  await expect(editor.locator('.monaco-diff-editor')).toBeVisible();
  await expect(button('Close comparison')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.locator('.monaco-diff-editor')).toHaveCount(0);
  await expect(button('Compare with previous revision')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button('Download JSON')).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('user-service.json');
  await tabTo(button('Reset'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Reset to the starting document');
  expect(await editorText(page)).toContain('"memory": "512"');

  // Back into the editor with Shift+Tab; Ctrl+M makes Tab move focus out again. The help text says how.
  for (let i = 0; i < 4 && !(await editorFocused(page)); i++) await page.keyboard.press('Shift+Tab');
  await expect.poll(() => editorFocused(page)).toBe(true);
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Tab');
  await expect.poll(() => editorFocused(page)).toBe(false);
  await expect(editor.locator('.ecs-te__help')).toContainText('Press Esc to leave the editor');
});

test('a 1 MB paste is checked without freezing typing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  // 1,300 containers, each with a hostPort that awsvpc rejects: one error per container.
  const big = await page.evaluate(async () => {
    const c = (i: number) => ({ name: `c${i}`, image: `nginx:1.${i}`, essential: true, portMappings: [{ containerPort: 3000 + i, hostPort: 1 }], healthCheck: { command: ['CMD-SHELL', 'true'] }, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/x', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs', padding: 'x'.repeat(600) } } });
    const doc = { family: 'big', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole', containerDefinitions: Array.from({ length: 1300 }, (_, i) => c(i)) };
    const text = JSON.stringify(doc, null, 1);
    await navigator.clipboard.writeText(text);
    return text.length;
  });
  expect(big).toBeGreaterThan(1_000_000);
  await page.locator(`${EDITOR} [data-host] .view-lines`).click();

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Control+Home');
  await expect(page.locator(`${EDITOR} [data-host] .view-line`, { hasText: '"family": "big"' })).toBeVisible({ timeout: 20_000 });
  // While the worker checks, the page keeps answering: a keystroke shows up at once.
  const t0 = Date.now();
  await page.keyboard.type('Z');
  await expect(page.locator(`${EDITOR} [data-host] .view-line`, { hasText: /^Z\{/ })).toHaveCount(1);
  const echoMs = Date.now() - t0;
  await page.keyboard.press('Backspace');

  await expect(problems(page).locator('[data-counts]')).toContainText(/\d+ errors/, { timeout: 45_000 });
  const counts = (await problems(page).locator('[data-counts]').textContent()) ?? '';
  expect(echoMs, 'keystroke echo during the check').toBeLessThan(2000);
  expect(counts).toMatch(/^500 errors, .* Showing the first 500 of \d{4} problems\.$/);
  await expect(page.locator(`${EDITOR} [data-status]`)).toContainText('This document is very large');
  test.info().annotations.push({ type: 'keystroke echo (ms)', description: String(echoMs) });
});

test('axe finds no violations with the editor open', async ({ page }) => {
  await openEditor(page);
  await selectToken(page, '"memory": "512"', '512');
  await page.keyboard.type('4096');
  await expect(problems(page).locator('[data-counts]')).toContainText('1 error', { timeout: 10_000 });

  const results = await new AxeBuilder({ page }).include(EDITOR).analyze();

  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

/** Replaces the editor's whole text the way a learner pastes (clipboard + Ctrl+V): typing JSON would auto-close brackets. */
async function pasteDocument(page: Page, context: BrowserContext, text: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(`${EDITOR} [data-host] .view-lines`).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
}

/** The counts line of a document without errors or warnings (notes are advice). */
const CLEAN = /^(No problems found|no errors, no warnings)/;
const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
/** A valid Fargate document whose first container's body is `container` (JSON text without braces). */
const fargateDoc = (container: string) => `{
  "family": "snippets",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "${ROLE}",
  "containerDefinitions": [
    {
${container}
    }
  ]
}`;
const APP = `      "name": "app",
      "image": "nginx:1.27",
      "essential": true,
      "portMappings": [{ "containerPort": 80 }]`;

/**
 * Puts the cursor on the placeholder value `0` on the line holding `lineText`, deletes it, asks for completion and
 * accepts the snippet `label`, then leaves snippet mode.
 */
async function insertSnippet(page: Page, lineText: string, label: string): Promise<void> {
  const line = page.locator(`${EDITOR} [data-host] .view-line`, { hasText: lineText });
  await line.locator('span > span', { hasText: /^0$/ }).dblclick();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+Space');
  const item = page.locator('.suggest-widget .monaco-list-row', { hasText: label });
  await expect(item).toBeVisible({ timeout: 10_000 });
  await item.click();
  await page.keyboard.press('Escape'); // leave the snippet's tab stops
}

test('snippets for a container, a health check, a secret and a log configuration insert working JSON', async ({ page, context }) => {
  await openEditor(page);
  const counts = problems(page).locator('[data-counts]');

  // A container definition inside the array: registrable at once; only the course's advice to add a health check.
  await pasteDocument(page, context, fargateDoc(APP).replace(/\[\n    \{\n[\s\S]*?\n    \}\n  \]/, '[\n    0\n  ]'));
  await expect(counts).toContainText('error', { timeout: 10_000 });
  await insertSnippet(page, '    0', 'Container definition');
  await expect(counts).toHaveText(/^no errors, 1 warning/, { timeout: 10_000 });
  await expect(problems(page).getByRole('button', { name: /has no healthCheck/ })).toBeVisible();
  expect(await editorText(page)).toContain('"logDriver": "awslogs"');

  // A health check: the best-practice warning about the missing health check goes away.
  await pasteDocument(page, context, fargateDoc(`${APP},\n      "healthCheck": 0`));
  await insertSnippet(page, '"healthCheck": 0', 'Health check (CMD-SHELL)');
  await expect(counts).toHaveText(CLEAN, { timeout: 10_000 });
  expect(await editorText(page)).toContain('"CMD-SHELL"');

  // A secret and a log configuration: both need the execution role, which the document has.
  await pasteDocument(page, context, fargateDoc(`${APP},\n      "secrets": [0],\n      "logConfiguration": 0`));
  await insertSnippet(page, '"secrets": [0]', 'Secret from Secrets Manager');
  await insertSnippet(page, '"logConfiguration": 0', 'awslogs log configuration');
  await expect(page.locator(`${EDITOR} [data-host] .view-lines`)).toContainText('arn:aws:secretsmanager:us-east-1:123456789012:secret:');
  await expect(page.locator(`${EDITOR} [data-host] .view-lines`)).toContainText('"awslogs-stream-prefix": "ecs"');
  // No errors (the secret ARN and the awslogs options are valid); this container still has no health check.
  await expect(counts).toHaveText(/^no errors, 1 warning/, { timeout: 10_000 });
});

test('revisions registered in the editor are listed by the terminal on the same page', async ({ page }) => {
  const { first } = await registerTwice(page);

  // The page's "Run in terminal" button under the command sends it to the terminal, which shares the simulation.
  const terminal = page.locator('ecs-terminal');
  await terminal.scrollIntoViewIfNeeded();
  await expect(terminal).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: /^Run in terminal: aws ecs list-task-definitions --family-prefix user-service/ }).click();
  const log = terminal.locator('[data-log]');
  for (const revision of [first, first + 1]) {
    await expect(log).toContainText(`arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:${revision}`);
  }
});

test('the chapter documents load clean; each broken variant in the lessons lights up and its quick fixes repair it', async ({ page }) => {
  const lessons = lessonUrls().filter((u) => pageHtml(u).includes('<ecs-taskdef-editor'));
  expect(lessons.length).toBeGreaterThanOrEqual(3);
  let broken = 0;
  for (const url of lessons) {
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator(EDITOR).first().getByRole('button', { name: 'Edit this task definition' }).click();
    await expect(page.locator(`${EDITOR}[data-checked]`)).toHaveCount(1, { timeout: 30_000 });
    const counts = problems(page).locator('[data-counts]');
    const errors = problems(page).getByRole('button', { name: /^Error, line \d+: / });
    if ((await errors.count()) === 0) {
      await expect(counts, `${url}: the document is clean`).toHaveText(CLEAN);
      continue;
    }
    broken++;
    if (url.includes('fargate-cpu-memory')) {
      // Lesson 4 starts from cpu 256 with memory 4096: AWS's own message.
      await expect(errors.first()).toHaveAccessibleName(new RegExp(AWS_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    // Every error: jump to it from the list, Ctrl+. offers a fix, Enter applies the preferred one.
    for (let left = await errors.count(); left > 0; left--) {
      await errors.first().click();
      await page.keyboard.press('Control+.');
      await expect(page.locator('.action-widget').first(), `${url}: a quick fix for ${await errors.first().textContent()}`).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(errors).toHaveCount(left - 1, { timeout: 10_000 });
    }
    await expect(counts, `${url}: clean after the quick fixes`).toHaveText(CLEAN, { timeout: 10_000 });
  }
  expect(broken, 'lessons with a broken variant').toBeGreaterThan(0);
});

test('invalid JSON: a clear message in the problems list, and Register refuses with the CLI\'s own error', async ({ page }) => {
  await openEditor(page);
  await page.locator(`${EDITOR} [data-host] .view-lines`).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('oops');
  await expect(problems(page).locator('[data-counts]')).toContainText('error', { timeout: 10_000 });
  await expect(problems(page).locator('li').first()).toContainText(/line 1/);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator(`${EDITOR} [data-status]`)).toContainText("Error parsing parameter '--cli-input-json': Invalid JSON");
  // Nothing was registered.
  await expect(page.locator(`${EDITOR} [data-status]`)).not.toContainText('Registered');
});

/** Ms until a typed character shows up in the editor (the page must keep answering while it checks). */
async function keystrokeEcho(page: Page): Promise<number> {
  await page.keyboard.press('Control+Home');
  const t0 = Date.now();
  await page.keyboard.type('Z');
  await expect(page.locator(`${EDITOR} [data-host] .view-line`, { hasText: /^Z/ })).toHaveCount(1);
  const ms = Date.now() - t0;
  await page.keyboard.press('Backspace');
  return ms;
}

test('deep nesting: the checks pause with a message, typing stays quick, Register says why it refuses', async ({ page, context }) => {
  await openEditor(page);
  const deep = `{\n  "family": "deep",\n  "tags": ${'['.repeat(5000)}${']'.repeat(5000)}\n}`;
  await pasteDocument(page, context, deep);
  await expect(problems(page).locator('[data-counts]')).toContainText('too deep to check', { timeout: 20_000 });
  const echo = await keystrokeEcho(page);
  expect(echo, 'keystroke echo with a 5,000-level document').toBeLessThan(2000);
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.locator(`${EDITOR} [data-status]`)).toContainText(/Not registered|could not be read|Invalid/);
  await expect(page.locator(`${EDITOR} [data-status]`)).not.toContainText('Registered deep');
});

test('2,000 containers: every problem is counted, the list stays short, typing stays quick, Register refuses', async ({ page, context }) => {
  await openEditor(page);
  const containers = Array.from({ length: 2000 }, (_, i) => `{"name":"c${i}","image":"nginx:1.27","essential":true,"portMappings":[{"containerPort":${3000 + i},"hostPort":1}]}`);
  const doc = `{"family":"many","networkMode":"awsvpc","requiresCompatibilities":["FARGATE"],"cpu":"256","memory":"512",\n"containerDefinitions":[\n${containers.join(',\n')}\n]}`;
  await pasteDocument(page, context, doc);
  const counts = problems(page).locator('[data-counts]');
  await expect(counts).toContainText(/Showing the first 500 of \d{4} problems/, { timeout: 30_000 });
  expect(await problems(page).locator('li').count()).toBeLessThanOrEqual(500);
  const echo = await keystrokeEcho(page);
  expect(echo, 'keystroke echo with 2,000 containers').toBeLessThan(2000);
  test.info().annotations.push({ type: 'keystroke echo, 2,000 containers (ms)', description: String(echo) });

  // hostPort 1 with containerPort 3000 under awsvpc: AWS's message, and no revision.
  await page.getByRole('button', { name: 'Register' }).click();
  const status = page.locator(`${EDITOR} [data-status]`);
  await expect(status).toContainText('Not registered: ECS would reject this document');
  await expect(status).toContainText('An error occurred (ClientException) when calling the RegisterTaskDefinition operation:');
});
