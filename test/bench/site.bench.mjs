#!/usr/bin/env node
// Site benchmark (a report, not a test): `npm run bench:site [-- --no-lighthouse] [-- --skip-build]`.
// Prints a table: build time; for the home page and every lesson, the JS and CSS a visitor loads
// (raw and gzip -9 bytes), the request count, and Lighthouse performance and accessibility scores.
// Uses Debian's Chromium (CHROME_PATH / CHROMIUM_PATH, default /usr/bin/chromium) and port 4395.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4395;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const args = new Set(process.argv.slice(2));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${ROOT}node_modules/.bin:${process.env.PATH}` };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

/** Runs the production build and returns its wall time in seconds. */
function build() {
  const t = performance.now();
  for (const [cmd, a] of [['astro', ['build']], ['pagefind', ['--site', 'dist']]]) {
    const r = spawnSync(cmd, a, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')} failed (exit ${r.status})`);
  }
  return (performance.now() - t) / 1000;
}

/** Starts `astro preview` in its own process group and waits until it answers. */
async function startPreview() {
  const child = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-child.pid);
  throw new Error(`astro preview did not answer on ${BASE}`);
}

/** Pages to measure: the home page, then every lesson linked from it, in order. */
async function pages() {
  const html = await (await fetch(`${BASE}/`)).text();
  const lessons = [...new Set([...html.matchAll(/class="lesson-list compact"[\s\S]*?<\/ol>/g)].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((x) => x[1])))];
  return ['/', ...lessons];
}

/** What a first visit to `url` loads, measured in a real browser. */
async function weigh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(BASE + url, { waitUntil: 'networkidle' });
  const totals = { requests: responses.length, jsRaw: 0, jsGz: 0, cssRaw: 0, cssGz: 0 };
  for (const r of responses) {
    const type = r.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') continue;
    const body = await r.body().catch(() => Buffer.alloc(0));
    const k = type === 'script' ? 'js' : 'css';
    totals[`${k}Raw`] += body.length;
    totals[`${k}Gz`] += gz(body);
  }
  // Inline scripts count too (the theme script in <head>).
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'));
  if (inline.trim()) {
    totals.jsRaw += Buffer.byteLength(inline);
    totals.jsGz += gz(Buffer.from(inline));
  }
  await context.close();
  return totals;
}

async function main() {
  const buildSeconds = args.has('--skip-build') ? undefined : build();
  const server = await startPreview();
  try {
    const urls = await pages();
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
    const rows = [];
    for (const url of urls) rows.push({ url, ...(await weigh(browser, url)) });
    await browser.close();

    if (!args.has('--no-lighthouse')) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
      try {
        for (const row of rows) {
          const result = await lighthouse(BASE + row.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
          row.perf = Math.round((result?.lhr.categories.performance?.score ?? 0) * 100);
          row.a11y = Math.round((result?.lhr.categories.accessibility?.score ?? 0) * 100);
        }
      } finally {
        await chrome.kill();
      }
    }

    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    console.log(`\nSite benchmark (${pkg.name}) — ${new Date().toISOString()}`);
    console.log(buildSeconds === undefined ? 'Build: skipped (--skip-build)' : `Build (astro build + pagefind): ${buildSeconds.toFixed(1)} s`);
    const head = ['page', 'JS raw KB', 'JS gz KB', 'CSS raw KB', 'CSS gz KB', 'requests', 'LH perf', 'LH a11y'];
    const table = rows.map((r) => [r.url, kb(r.jsRaw), kb(r.jsGz), kb(r.cssRaw), kb(r.cssGz), String(r.requests), String(r.perf ?? '-'), String(r.a11y ?? '-')]);
    const width = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
    console.log(line(head));
    console.log(width.map((w) => '-'.repeat(w)).join('  '));
    table.forEach((t) => console.log(line(t)));
  } finally {
    process.kill(-server.pid);
  }
}

await main();
