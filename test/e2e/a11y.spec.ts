import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlPages, siteReady, lessonWith, CODE_BLOCK } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const summary = (v: { id: string; nodes: { target: unknown }[] }[]) => v.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

// axe with the WCAG 2.2 AA tags over every HTML page in dist/. The light theme runs every rule; the
// dark theme changes only colours, so on the same page load only colour contrast runs again
// (switching the system preference re-themes the page: src/ui/theme.ts follows it).
for (const url of htmlPages()) {
  test(`axe finds nothing on ${url} (light and dark themes)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(url);
    await siteReady(page);
    // Widgets near the top start loading at once and enable their controls when ready; axe must not catch a
    // control half-way (it failed once on a lab page that way). Their code arrives over the network.
    await page.waitForLoadState('networkidle');

    const light = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await new AxeBuilder({ page }).withTags(TAGS).withRules(['color-contrast']).analyze();

    expect({ light: summary(light.violations), dark: summary(dark.violations) }).toEqual({ light: [], dark: [] });
  });
}

test('axe finds nothing in the open search dialog with results', async ({ page }) => {
  await page.goto('/');
  await siteReady(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox').fill('service');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible({ timeout: 15_000 });

  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();

  expect(summary(violations)).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const url of ['/', lessonWith(CODE_BLOCK)]) {
    test(`axe finds nothing on ${url}`, async ({ page }) => {
      await page.goto(url);
      await siteReady(page);

      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();

      expect(summary(violations)).toEqual([]);
    });
  }
});
