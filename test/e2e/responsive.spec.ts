import { expect, test } from '@playwright/test';
import { htmlPages, lessonWith, CODE_BLOCK } from './site.ts';

test.use({ viewport: { width: 360, height: 740 } });

test('no page scrolls sideways at 360 px', async ({ page }) => {
  const wide: string[] = [];
  for (const url of htmlPages()) {
    await page.goto(url);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`${url}: ${scroll}px wide`);
  }
  expect(wide).toEqual([]);
});

test('on a phone the course contents are collapsed behind a disclosure', async ({ page }) => {
  await page.goto('/ecs-fargate/what-is-ecs/');
  const toggle = page.getByText('Course contents');

  await expect(page.getByRole('navigation', { name: 'Course' }).getByRole('link').first()).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('navigation', { name: 'Course' }).getByRole('link').first()).toBeVisible();
});

test('print hides navigation and wraps code', async ({ page }) => {
  await page.goto(lessonWith(CODE_BLOCK));
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('pre.astro-code').first()).toHaveCSS('white-space', 'pre-wrap');
});
