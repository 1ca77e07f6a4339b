import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { lessonUrls, siteReady, lessonWith, CODE_BLOCK } from './site.ts';

const [first, second] = lessonUrls() as [string, string];
const ready = siteReady;

test('visiting starts a lesson; complete persists across reload and can be undone', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(first);
  await ready(page);

  const button = page.getByRole('button', { name: 'Mark lesson complete' });
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson marked complete.' })).toBeVisible();
  const sidebarLink = page.getByRole('navigation', { name: 'Course' }).locator(`a[href="${first}"]`);
  await expect(sidebarLink).toHaveAttribute('data-status', 'complete');
  await expect(sidebarLink).toContainText('(completed)');

  await page.reload();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();

  await page.goto('/');
  await expect(page.locator(`[data-status-key]`).first()).toHaveText('Completed');
  await page.goto(second);
  await page.goto('/');
  await expect(page.locator(`[data-status-key]`).nth(1)).toHaveText('Started');
  await expect(page.locator('[data-module-progress-label]').first()).toContainText('1 of');

  await page.goto(first);
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('progress survives an export/import round trip into a fresh browser', async ({ page, browser }, info) => {
  await page.goto(first);
  await ready(page);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.goto(second);
  await page.goto('/');
  await ready(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = info.outputPath('progress.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^ecs-course-progress-\d{4}-\d\d-\d\d\.json$/);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'ecs-course-progress', version: 3 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await ready(other);
  await expect(other.locator('[data-status-key]').first()).toHaveText('Not started');
  await other.getByLabel('Import progress').setInputFiles(file);

  await expect(other.getByRole('status').filter({ hasText: 'Imported progress for 2 lessons (1 complete).' })).toBeVisible();
  await expect(other.locator('[data-status-key]').first()).toHaveText('Completed');
  await expect(other.locator('[data-status-key]').nth(1)).toHaveText('Started');
  await fresh.close();
});

test('a bad progress file is refused with a clear message', async ({ page }) => {
  await page.goto('/');
  await ready(page);

  await page.getByLabel('Import progress').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });

  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toHaveText(
    'Nothing was imported: that file is not a course progress export (it has no "format": "ecs-course-progress").',
  );
});

test('corrupt saved progress shows a notice and the page keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ecs-course:progress', '{"version": 2, "lessons": [oops');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(first);
  await ready(page);

  await expect(page.locator('.notice')).toContainText('could not be read');
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.reload();
  await ready(page);
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an ExplainIt draft is saved while typing and restored', async ({ page }) => {
  // The authoring guide shows a live <ExplainIt>, so this does not depend on lesson content.
  await page.goto('/authoring/components/');
  await ready(page);
  const box = page.getByRole('textbox', { name: 'Your explanation' }).first();

  await box.fill('ECS compares desired and running counts.');
  await expect(page.getByText('Draft saved.').first()).toBeVisible();
  await page.reload();
  // The challenges' code loads as a challenge nears the viewport, as it does for a reader scrolling down.
  await page.getByRole('textbox', { name: 'Your explanation' }).first().scrollIntoViewIfNeeded();

  await expect(page.getByRole('textbox', { name: 'Your explanation' }).first()).toHaveValue('ECS compares desired and running counts.');
  await expect(page.getByRole('button', { name: 'Check my answer' }).first()).toBeVisible();
});

test('code blocks have a working copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(lessonWith(CODE_BLOCK));
  await ready(page);
  const figure = page.locator('figure.code').first();
  const button = figure.getByRole('button', { name: /^Copy/ });

  await button.click();

  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(10);
  expect(copied).toBe((await figure.locator('pre').innerText()).replace(/\n$/, ''));
});
