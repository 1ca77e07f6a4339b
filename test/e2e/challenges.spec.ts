import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { grade, parseChallenge, parseFrontmatter, type Challenge } from '../../src/grading/index.ts';
import { siteReady } from './site.ts';
import { chapterSimulation } from '../unit/sim/chapterCommands.ts';
import { runFacts } from '../../src/ui/challenges/facts.ts';

// Explain-it challenges in the browser, on the chapter's key-takeaways lesson. Expected scores come
// from the same grader run here in Node on the challenge file's own sample answers, so the test checks
// that the page grades exactly like `ecs-course grade`, without hard-coding numbers.
const LESSON = '/ecs-fargate/key-takeaways/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function challenge(id: string): Challenge {
  const fm = parseFrontmatter(readFileSync(new URL(`../../content/challenges/${id}.mdx`, import.meta.url), 'utf8'));
  const parsed = fm.ok ? parseChallenge(fm.data) : undefined;
  if (!parsed?.ok) throw new Error(`content/challenges/${id}.mdx is not a valid challenge`);
  return parsed.challenge;
}
const desired = challenge('desired-vs-running');
const sample = (label: string) => desired.samples.find((s) => s.label.startsWith(label))!.answer;
const keywordList = sample('keyword list');
const strong = sample('strong');

async function open(page: Page) {
  await page.goto(LESSON);
  await siteReady(page);
  const box = page.locator('#explain-desired-vs-running');
  // The challenges' code loads as a challenge nears the viewport, as it does for a reader scrolling down.
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByRole('button', { name: 'Check my answer' })).toBeVisible();
  return {
    box,
    answer: box.getByRole('textbox', { name: 'Your explanation' }),
    check: box.getByRole('button', { name: 'Check my answer' }),
    feedback: box.getByRole('region', { name: /Feedback on your answer/ }),
    status: box.locator('[data-explain-status]'),
  };
}

const savedChallenge = (page: Page, id: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem('ecs-course:progress') ?? '{}').challenges?.[key] ?? null, id);

test('an empty answer gets a clear message and is not counted as an attempt', async ({ page }) => {
  const { answer, check, status, feedback } = await open(page);

  await answer.fill('   ');
  await check.click();

  await expect(status).toHaveText(/answer box is empty\. Nothing was counted as an attempt/);
  await expect(feedback).toBeHidden();
  await expect(answer).toBeFocused();
  expect(await savedChallenge(page, 'desired-vs-running')).toBeNull();
});

test('a keyword list scores low and says why; a real answer scores high; rating, reload and export keep it all', async ({ page }, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const { box, answer, check, feedback } = await open(page);
  const modelStart = desired.modelAnswer.slice(0, 60);
  await expect(box.getByText(modelStart)).toHaveCount(0); // not visible before the first attempt

  // 1. Badly: a bare list of terms.
  const low = grade(desired, keywordList);
  expect(low.score).toBeLessThanOrEqual(10);
  await answer.fill(keywordList);
  await check.click();
  await expect(feedback).toContainText(`${low.score} / 100`);
  await expect(feedback).toContainText('Needs work');
  await expect(feedback.getByRole('list', { name: 'Why some points were not counted' })).toContainText('bare terms');
  const toAdd = feedback.getByRole('list', { name: 'What to add' });
  await expect(toAdd).toContainText(low.missed[0]!.hint);
  await expect(feedback.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await expect(feedback.getByText(modelStart)).toBeVisible();

  // 2. Well, with the keyboard shortcut.
  const high = grade(desired, strong);
  expect(high.score).toBeGreaterThanOrEqual(85);
  await answer.fill(strong);
  await answer.press('Control+Enter');
  await expect(feedback).toContainText(`${high.score} / 100`);
  await expect(feedback).toContainText('(attempt 2)');
  const covered = feedback.getByRole('list', { name: 'What you covered' });
  for (const met of high.met.slice(0, 3)) await expect(covered).toContainText(met.label);

  // 3. Self-rating against the model answer.
  await feedback.getByRole('radio', { name: 'about the same' }).check();
  await expect(feedback).toContainText('Rating saved: about the same.');

  // 4. Reload: answer, score, feedback and rating are all still there.
  await page.reload();
  await siteReady(page);
  const again = await open(page);
  await expect(again.answer).toHaveValue(strong);
  await expect(again.feedback).toContainText(`${high.score} / 100`);
  await expect(again.feedback.getByRole('list', { name: 'What you covered' })).toContainText(high.met[0]!.label);
  await expect(again.feedback.getByRole('radio', { name: 'about the same' })).toBeChecked();

  // 5. The progress export carries the challenge.
  await page.goto('/');
  await siteReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = info.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.challenges['desired-vs-running']).toMatchObject({ answer: strong, score: high.score, bestScore: high.score, attempts: 2, selfRating: 'same' });
  expect(errors).toEqual([]);
});

test('keyboard only: reach the box, answer, check, and rate', async ({ page }) => {
  const { answer, feedback } = await open(page);
  await answer.focus();
  await page.keyboard.type('The service events from describe-services show why a task stopped, and describe-tasks shows the stoppedReason of the stopped task.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check my answer' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('/ 100');

  // Tab into the rating group and choose with the arrow keys, as radio groups work.
  await feedback.getByRole('radio', { name: 'weaker than the model' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(feedback.getByRole('radio', { name: 'about the same' })).toBeChecked();
  await expect(feedback).toContainText('Rating saved: about the same.');
});

test('axe finds nothing with feedback open, in light and dark themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const { answer, check, feedback } = await open(page);
  await answer.fill(keywordList);
  await check.click();
  await expect(feedback).toContainText('/ 100');
  await feedback.getByRole('radio', { name: 'stronger than the model' }).check();

  const light = await new AxeBuilder({ page }).withTags(TAGS).include('#explain-desired-vs-running').analyze();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await new AxeBuilder({ page }).withTags(TAGS).include('#explain-desired-vs-running').withRules(['color-contrast']).analyze();

  const ids = (r: { violations: { id: string }[] }) => r.violations.map((v) => v.id);
  expect({ light: ids(light), dark: ids(dark) }).toEqual({ light: [], dark: [] });
});

test('the grounded challenge says plainly when no task has stopped yet, instead of grading against nothing', async ({ page }) => {
  await page.goto('/ecs-fargate/creating-a-service/');
  await siteReady(page);
  const box = page.locator('#explain-why-did-this-task-stop');
  await box.getByRole('textbox', { name: 'Your explanation' }).fill(challenge('why-did-this-task-stop').samples[0]!.answer);
  await box.getByRole('button', { name: 'Check my answer' }).click();

  const feedback = box.getByRole('region', { name: /Feedback on your answer/ });
  await expect(feedback).toContainText('No task has stopped in your simulation on this page yet', { timeout: 30_000 });
  await expect(feedback).toContainText('/ 100');
});

test('the grounded challenge grades against the learner’s own stopped task', async ({ page }) => {
  // A run in which user-service's new tasks cannot pull their image, saved where the page's simulation
  // restores from (src/ui/sim-store.ts), as if the learner had done it in the terminal before.
  const sim = chapterSimulation({ seed: 'ecs-course' });
  sim.injectFault('image-not-found', {});
  sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', forceNewDeployment: true });
  sim.advance(5 * 60_000);
  const reason = runFacts(sim).facts.stoppedReason!;
  expect(reason).toMatch(/^CannotPullContainerError/);
  const url = '/ecs-fargate/creating-a-service/';
  await page.addInitScript(([key, snapshot]) => localStorage.setItem(key!, snapshot!), [`ecs-course:sim:${url}`, JSON.stringify(sim.snapshot())]);
  await page.goto(url);
  await siteReady(page);
  const box = page.locator('#explain-why-did-this-task-stop');
  const answer = box.getByRole('textbox', { name: 'Your explanation' });
  const feedback = box.getByRole('region', { name: /Feedback on your answer/ });
  const why = challenge('why-did-this-task-stop');
  const quoting = why.samples[0]!.answer;

  await answer.fill(quoting);
  await box.getByRole('button', { name: 'Check my answer' }).click();
  await expect(feedback.getByRole('list', { name: 'What you covered' })).toContainText(why.rubric.grounded!.label, { timeout: 30_000 });
  await expect(feedback).toContainText(`${grade(why, quoting, { facts: { stoppedReason: reason } }).score} / 100`);

  // Another run's reason does not earn the grounded part.
  await answer.fill(quoting.replace('CannotPullContainerError', 'OutOfMemoryError'));
  await box.getByRole('button', { name: 'Check my answer' }).click();
  await expect(feedback.getByRole('list', { name: 'What to add' })).toContainText(why.rubric.grounded!.label);
});
