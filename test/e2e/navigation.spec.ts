import { expect, test } from '@playwright/test';
import { lessonUrls } from './site.ts';

const lessons = lessonUrls();

test('the home page lists every lesson', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(lessons.length).toBeGreaterThan(0);
  for (const url of lessons) await expect(page.locator(`main .module-list a[href="${url}"]`)).toHaveCount(1);
});

test('"Next" walks through every lesson in order and "Previous" walks back', async ({ page }) => {
  await page.goto(lessons[0]!);
  for (const url of lessons.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(url);
  }
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);

  for (const url of lessons.slice(0, -1).reverse()) {
    await page.getByRole('link', { name: /^Previous/ }).click();
    await expect(page).toHaveURL(url);
  }
  await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
});

test('the sidebar reaches every lesson and marks the current one', async ({ page }) => {
  await page.goto(lessons[0]!);
  for (const url of lessons) {
    await page.getByRole('navigation', { name: 'Course' }).locator(`a[href="${url}"]`).click();
    await expect(page).toHaveURL(url);
    const current = page.getByRole('navigation', { name: 'Course' }).locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', url);
  }
});

test('a lesson shows breadcrumbs, objectives and an on-page table of contents', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(lessons[0]!);

  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(lessons[0]!);
  await page.keyboard.press('Tab');

  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the 404 page links home', async ({ page }) => {
  const res = await page.goto('/no-such-lesson/');

  expect(res?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toBeVisible();
});
