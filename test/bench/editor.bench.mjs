/**
 * Task-definition editor benchmark (a report, not a pass/fail test).
 *
 *   npx tsx test/bench/editor.bench.mjs            # needs a built site in dist/ (npm run build)
 *   EDITOR_BENCH_DIST=/tmp/editor-dist EDITOR_BENCH_CONFIG=../../tmp/editor-astro.config.mjs npx tsx test/bench/editor.bench.mjs
 *
 * Reports:
 * 1. Node: the editor's check pipeline (parse → validateTaskDefinition → marker ranges) on the chapter's task
 *    definitions, a 200-line one and a 1 MB one: median and p95 over many runs.
 * 2. Headless Chromium against `astro preview` (port 4392, EDITOR_BENCH_PORT): on a lesson with an editor
 *    (EDITOR_BENCH_PAGE), the JS bytes (gzip -9 of the built files fetched, the JSON worker included) before and
 *    after the editor opens, and the time from activation to a usable editor and to the first diagnostics, in
 *    three ways in: a cold click, the pointer arriving 300 ms before the click, and a fully warmed editor.
 *    Prints the load average: on a shared machine the times scale with it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { validateTaskDefinition } from '../../src/sim/index.ts';
import { checkDocument } from '../../src/ui/editor/markers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = process.env.EDITOR_BENCH_DIST ?? join(ROOT, 'dist');
const PORT = Number(process.env.EDITOR_BENCH_PORT ?? 4392);
const RUNS = Number(process.env.EDITOR_BENCH_RUNS ?? 12);
// A lesson with an editor and nothing else that loads on its own (the sandbox also has a terminal).
const PAGE = process.env.EDITOR_BENCH_PAGE ?? '/ecs-fargate/task-definition-anatomy/';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
};
const ms = (x) => `${x.toFixed(2)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// --- 1. the check pipeline in Node ---------------------------------------------------------------------------
const read = (f) => readFileSync(join(ROOT, 'test/fixtures/chapter', f), 'utf8');
const docs = {
  'user-service (lesson 3)': read('task-definition.json'),
  'api-gateway (lesson 11)': read('api-gateway.json'),
  'email-worker (lesson 11)': read('email-worker.json'),
};
{
  const base = JSON.parse(docs['user-service (lesson 3)']);
  const c = base.containerDefinitions[0];
  let text = '';
  for (let n = 1; text.split('\n').length < 200; n++) {
    base.containerDefinitions = Array.from({ length: n }, (_, i) => ({ ...c, name: `app-${i}`, portMappings: [{ containerPort: 3000 + i, protocol: 'tcp' }] }));
    text = JSON.stringify(base, null, 2);
  }
  docs[`${base.containerDefinitions.length} containers (${text.split('\n').length} lines)`] = text;
  base.containerDefinitions = Array.from({ length: 1300 }, (_, i) => ({ ...c, name: `c${i}`, portMappings: [{ containerPort: 3000 + i }] }));
  docs['1,300 containers (1 MB)'] = JSON.stringify(base);
}

console.log('Editor check pipeline (Node, this machine)\n');
console.log('| document | chars | validate only: median / p95 | full check (parse+validate+ranges): median / p95 | runs |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, text] of Object.entries(docs)) {
  const runs = text.length > 500_000 ? 5 : 200;
  const parsed = JSON.parse(text);
  const v = [];
  const c = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    validateTaskDefinition(parsed);
    v.push(performance.now() - t);
    t = performance.now();
    checkDocument(text, () => performance.now());
    c.push(performance.now() - t);
  }
  const [sv, sc] = [stats(v), stats(c)];
  console.log(`| ${name} | ${text.length} | ${ms(sv.median)} / ${ms(sv.p95)} | ${ms(sc.median)} / ${ms(sc.p95)} | ${runs} |`);
}

// --- 2. in the browser --------------------------------------------------------------------------------------
if (!existsSync(join(DIST, PAGE, 'index.html'))) {
  console.log(`\n(no built ${PAGE} in ${DIST}: run npm run build for the browser measurements)`);
  process.exit(0);
}
const args = ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)];
if (process.env.EDITOR_BENCH_CONFIG) args.push('--config', process.env.EDITOR_BENCH_CONFIG);
const server = spawn('npx', args, { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stop);
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}${PAGE}`)).ok) break;
  } catch {
    // not up yet
  }
  if (i > 120) throw new Error('astro preview did not start');
  await new Promise((r) => setTimeout(r, 250));
}

const gzipOf = (url) => {
  const file = join(DIST, new URL(url).pathname);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => {
    if (['script', 'other'].includes(r.resourceType()) && r.url().endsWith('.js')) scripts.push(r.url());
  });
  // Dedicated workers (Monaco's JSON worker) do not always show up as page requests: count them by their URL.
  page.on('worker', (w) => scripts.push(w.url()));
  await page.goto(`${base}${PAGE}`);
  await page.waitForLoadState('networkidle');
  const before = [...new Set(scripts)];
  // Three ways in, in turn: a cold click (nothing warmed); the pointer reaching the editor 300 ms before the
  // click (a quick learner: the element starts the import on pointerover); the pointer resting on it first.
  const warmed = ['cold click', 'pointer 300 ms before the click', 'pointer over the editor first (fully warmed)'][run % 3];
  await page.locator('ecs-taskdef-editor [data-activate]').scrollIntoViewIfNeeded();
  if (warmed !== 'cold click') {
    await page.locator('ecs-taskdef-editor').first().hover();
    if (warmed.startsWith('pointer 300')) await page.waitForTimeout(300);
    else {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
    }
  }
  const timing = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector('ecs-taskdef-editor');
        const t0 = performance.now();
        const out = {};
        new MutationObserver(() => {
          if (out.usable === undefined && el.dataset.ready === 'true') out.usable = performance.now() - t0;
          if (out.diagnostics === undefined && el.dataset.checked !== undefined) out.diagnostics = performance.now() - t0;
          if (out.usable !== undefined && out.diagnostics !== undefined) resolve(out);
        }).observe(el, { attributes: true });
        el.querySelector('[data-activate]').click();
      }),
  );
  // Monaco starts the JSON worker a moment after the model exists (it debounces its first validation).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /json\.worker/.test(e.name)), undefined, { timeout: 15_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  const after = [...new Set(scripts)];
  rows.push({
    beforeJs: before.reduce((n, u) => n + gzipOf(u), 0),
    afterJs: after.reduce((n, u) => n + gzipOf(u), 0),
    files: after.length - before.length,
    newFiles: after.filter((u) => !before.includes(u)),
    warmed,
    ...timing,
  });
  await context.close();
}
await browser.close();
stop();

const first = rows[0];
const { loadavg } = await import('node:os');
console.log(`\nBrowser (headless Chromium, ${PAGE}, ${RUNS} runs in fresh contexts, gzip -9 sizes of the JS files fetched; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})\n`);
console.log(`| measure | value |`);
console.log(`|---|---:|`);
console.log(`| JS before activation (whole page: site script + editor element) | ${kb(first.beforeJs)} |`);
console.log(`| JS after the editor opens (incl. Monaco, JSON mode and the JSON worker) | ${kb(first.afterJs)} (+${first.files} files) |`);
console.log(`| files loaded on activation | ${first.newFiles.map((f) => `${f.replace(/^.*\//, '')} ${kb(gzipOf(f))}`).join(', ')} |`);
for (const how of [...new Set(rows.map((r) => r.warmed))]) {
  const sel = rows.filter((r) => r.warmed === how);
  const u = stats(sel.map((r) => r.usable));
  const d = stats(sel.map((r) => r.diagnostics));
  console.log(`| activation → usable editor, ${how} (median / p95, n=${u.n}) | ${ms(u.median)} / ${ms(u.p95)} |`);
  console.log(`| activation → first diagnostics, ${how} (median / p95, n=${d.n}) | ${ms(d.median)} / ${ms(d.p95)} |`);
}
process.exit(0);
