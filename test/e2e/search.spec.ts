import { expect, test } from '@playwright/test';
import { siteReady } from './site.ts';

test('nothing search-related loads until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');

  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});

test('"/" opens search; "memory" finds the Fargate sizing lesson; Escape closes', async ({ page }) => {
  await page.goto('/');
  await siteReady(page);

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search lessons' });
  await expect(input).toBeFocused();
  await input.fill('memory');

  await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “memory”/, { timeout: 15_000 });
  const hit = dialog.getByRole('link', { name: /CPU and memory/i });
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('href', /\/ecs-fargate\/fargate-cpu-memory\//);

  // As in any search field, the first Escape clears the query and the second closes the dialog.
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search button opens the dialog and the keyboard reaches the results', async ({ page }) => {
  await page.goto('/ecs-fargate/what-is-ecs/');
  await siteReady(page);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('task definition');
  // The first search also downloads Pagefind and its index: allow for a slow machine.
  await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Tab');

  await expect(dialog.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL('/ecs-fargate/what-is-ecs/');
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/');
  await siteReady(page);
  await page.getByRole('button', { name: 'Search' }).click();

  await page.getByRole('searchbox').fill('xylophonequartz');

  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No results for “xylophonequartz”', { timeout: 15_000 });
});
