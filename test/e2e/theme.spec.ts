import { expect, test } from '@playwright/test';
import { lessonUrls, lessonWith, CODE_BLOCK } from './site.ts';

const [first, second] = lessonUrls();

test('without a stored choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the toggle persists across pages and is applied before any external script runs (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(first!);
  const toggle = page.getByRole('button', { name: /theme/i });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Block the site's bundled scripts: only the tiny inline head script can set the theme now. If the
  // page is dark anyway, the theme was set before the body was parsed, so there was no light flash.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(second ?? first!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
  await page.unroute('**/_astro/*.js');

  await page.reload();
  await page.getByRole('button', { name: /theme/i }).click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the theme script sits in the head before the stylesheet and the body', async ({ request }) => {
  const html = await (await request.get(first!)).text();
  const inline = html.indexOf("localStorage.getItem('ecs-course:theme')");

  expect(inline).toBeGreaterThan(0);
  expect(inline).toBeLessThan(html.indexOf('</head>'));
  expect(inline).toBeLessThan(html.indexOf('<body'));
});

test('code blocks switch to the dark Shiki theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(lessonWith(CODE_BLOCK));
  const pre = page.locator('pre.astro-code').first();

  await expect(pre).toHaveCSS('background-color', 'rgb(13, 17, 23)');
});
