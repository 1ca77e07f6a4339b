#!/usr/bin/env node
/**
 * `node test/bench/views.bench.mjs` — a report, not a test: the simulator widgets in headless Chromium.
 *   1. JS loaded by /simulator/ before the widgets start (page at the top, widgets far below) and after they start,
 *      next to a lesson page without widgets (bytes as served and gzip -9).
 *   2. A 200-task rolling deployment (desired 200, min 100 %, max 200 %) played at 60× with every view on the page:
 *      frame intervals (median, p95, max), long tasks, and the wall time to deployment complete.
 *   3. Lighthouse performance of two widget pages (BENCH_LIGHTHOUSE=0 skips it).
 * Needs a built site: dist/ (npm run build), or BENCH_DIST=/path/to/outDir. Serves it on port 4393 (BENCH_PORT).
 *      Also the JS loaded once the deployment's commands ran (parts of the CLI load on first use; a `--query` and an
 *      `--output table` command are added so that code counts too), and with BENCH_FILES=1 the files one by one.
 * Options: BENCH_TASKS (200), BENCH_SPEED (60), BENCH_TRACE=1 (thread CPU time per task, time per trace event),
 * BENCH_PROFILE=1 (functions with the most self time; BENCH_PROFILE_OUT=file keeps the .cpuprofile).
 * Frame intervals are wall time: report the load average with them (other processes stretch them).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const DIST = process.env.BENCH_DIST ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TASKS = Number(process.env.BENCH_TASKS ?? 200);
const PROFILE = process.env.BENCH_PROFILE === '1';
const TRACE = process.env.BENCH_TRACE === '1';
const SPEED = process.env.BENCH_SPEED ?? '60';
/** Widget pages for Lighthouse (BENCH_LIGHTHOUSE=0 skips it). */
const LIGHTHOUSE_PAGES = process.env.BENCH_LIGHTHOUSE === '0' ? [] : ['/ecs-fargate/rolling-deployments/', '/simulator/'];

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', DIST], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true, // its own process group, so we can stop npx and astro together
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro preview did not answer on ${BASE} within 60 s (is ${DIST}/ built?)`);
}

/** Records every script response's size. */
function trackScripts(page) {
  const scripts = new Map();
  const pending = new Set();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const read = response.body().then(
      (body) => scripts.set(response.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
      () => {}, // a redirect or an aborted request: no body
    );
    pending.add(read);
    void read.finally(() => pending.delete(read));
  });
  /** The totals so far, and a copy of the per-file sizes (by file name). */
  return async () => {
    await Promise.all([...pending]);
    let raw = 0;
    let gzip = 0;
    for (const s of scripts.values()) {
      raw += s.raw;
      gzip += s.gzip;
    }
    const list = [...scripts].map(([url, s]) => ({ name: url.split('/').pop(), ...s }));
    return { files: scripts.size, raw, gzip, list };
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Prints the functions with the most self time in a CDP CPU profile (node → samples × interval). */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const self = new Map();
  const total = profile.samples.length;
  for (const [id, n] of counts) {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + n);
  }
  console.log('');
  console.log('CPU profile of the playback: self time, top 25');
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}

/** Lighthouse performance (mobile defaults, simulated throttling) of the widget pages, in a Chromium of its own. */
async function runLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    console.log('');
    console.log('Lighthouse (performance category, target at least 0.98)');
    for (const path of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(BASE + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result?.lhr;
      const audit = (id) => lhr?.audits[id]?.displayValue ?? '-';
      console.log(`  ${path.padEnd(36)} ${(lhr?.categories.performance?.score ?? 0).toFixed(2)}  (LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')})`);
    }
  } finally {
    await chrome.kill();
  }
}

/** True when `e` runs inside another event of `sorted` (sorted by start time). */
function stackParent(sorted, e) {
  for (let i = sorted.indexOf(e) - 1; i >= 0 && i > sorted.indexOf(e) - 50; i--) {
    const p = sorted[i];
    if (p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p !== e) return true;
  }
  return false;
}

/** Prints the main thread's self time per trace event name (complete events nested on CrRendererMain). */
function printTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  // Thread CPU time of each top-level task (tdur): unlike wall time it does not grow when other processes
  // compete for the CPU, so it tells whether a frame's work fits 16.7 ms on an idle machine.
  const tasks = mine.filter((e) => e.name === 'RunTask' && typeof e.tdur === 'number' && !stackParent(mine, e)).map((e) => e.tdur / 1000);
  if (tasks.length) {
    const busy = tasks.filter((ms) => ms >= 1);
    console.log('');
    console.log(`Main-thread tasks during playback, thread CPU time: ${tasks.length} tasks, ${busy.length} of at least 1 ms; ` +
      `of those median ${pct(busy, 50).toFixed(1)} ms, p95 ${pct(busy, 95).toFixed(1)} ms, max ${Math.max(...busy).toFixed(1)} ms; total ${tasks.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  }
  console.log('');
  console.log('Trace of the playback: main-thread self time by event, top 20');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });

  // A lesson page without widgets, for comparison.
  const lesson = await context.newPage();
  const lessonJs = trackScripts(lesson);
  await lesson.goto(`${BASE}/ecs-fargate/what-is-ecs/`);
  await lesson.waitForLoadState('networkidle');
  const plain = await lessonJs();
  await lesson.close();

  const page = await context.newPage();
  // Count localStorage writes and their time by key prefix (the page's autosave vs the widgets' own keys).
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__writes = {};
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      const t = performance.now();
      original.call(this, key, value);
      const k = String(key).split(':').slice(0, 2).join(':');
      const e = (w.__writes[k] ??= { count: 0, ms: 0, bytes: 0 });
      e.count++;
      e.ms += performance.now() - t;
      e.bytes = String(value).length;
    };
  });
  const js = trackScripts(page);
  await page.goto(`${BASE}/simulator/`);
  await page.waitForLoadState('networkidle');
  const before = await js();
  const started = performance.now();
  const terminal = page.locator('ecs-terminal');
  await terminal.scrollIntoViewIfNeeded();
  await page.locator('ecs-terminal[data-ready="true"]').waitFor({ timeout: 30_000 });
  for (const tag of ['ecs-time-controls', 'ecs-cluster-view', 'ecs-rolling-view', 'ecs-autoscaling-view', 'ecs-fault-panel', 'ecs-lifecycle-view']) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.locator(`${tag}[data-ready="true"]`).waitFor({ timeout: 30_000 });
  }
  const startMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const after = await js();

  // The 200-task service, then a rolling deployment played at 60×.
  const input = page.getByRole('textbox', { name: 'Command' });
  const type = async (line) => {
    await input.fill(line);
    await input.press('Enter');
  };
  await type('aws ecs create-cluster --cluster-name production');
  await type('aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await type(
    `aws ecs create-service --cluster production --service-name user-service --task-definition user-service:3 --desired-count ${TASKS} --launch-type FARGATE ` +
      `--network-configuration 'awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f,subnet-1a2b3c4d5e6f],securityGroups=[sg-0a1b2c3d4e5f6g7h],assignPublicIp=DISABLED}' ` +
      `--deployment-configuration 'minimumHealthyPercent=100,maximumPercent=200'`,
  );
  await page.getByRole('button', { name: 'Skip to steady state' }).click();
  await page.locator('ecs-time-controls [data-status]').filter({ hasText: 'steady' }).waitFor({ timeout: 60_000 });
  await type('aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await type('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');
  // Commands a learner types during a deployment: the CLI parts they need load on first use, and count here.
  await type('aws ecs describe-services --cluster production --services user-service --query "services[0].deployments[*].[status,runningCount]"');
  await type('aws ecs list-services --cluster production --output table');
  await page.locator('ecs-terminal .ecs-term__entry').nth(-1).filter({ hasText: 'ListServices' }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const commands = await js();
  await page.getByLabel('Speed').selectOption(SPEED);
  await page.locator('ecs-rolling-view').scrollIntoViewIfNeeded();

  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__frames = [];
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
    // The end of the deployment is noticed here, by reading one attribute per frame: Playwright's own waitFor
    // polls visibility on every animation frame, forcing a layout that would be charged to the views.
    const view = document.querySelector('ecs-rolling-view');
    w.__done = new Promise((resolve) => (w.__resolve = resolve));
    let last = performance.now();
    const tick = (t) => {
      if (w.__recording) w.__frames.push(t - last);
      last = t;
      if (view?.getAttribute('data-deployment') === 'complete') w.__resolve(true);
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Where the main thread's time goes (Chrome's own counters): script, style, layout, and the rest (paint…).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  // BENCH_PROFILE=1: a CPU profile of the playback, summarised as the functions with the most self time.
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // BENCH_TRACE=1: a DevTools timeline trace of the playback, summarised as main-thread time per event name.
  if (TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
  const t0 = performance.now();
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__recording = true; // frames count from the press of Play
    document.querySelector('ecs-time-controls [data-action="play"]').click();
  });
  const complete = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return Promise.race([w.__done, new Promise((resolve) => setTimeout(() => resolve(false), 180_000))]);
  });
  const wall = performance.now() - t0;
  const { frames, long, rows, writes } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__stop = true;
    return { frames: w.__frames, long: w.__long, rows: document.querySelector('ecs-rolling-view')?.getAttribute('data-timeline-rows'), writes: w.__writes };
  });
  await page.evaluate(() => document.querySelector('ecs-time-controls [data-action="play"]').click()); // it pauses now
  const m1 = await metrics();
  const trace = TRACE ? JSON.parse((await browser.stopTracing()).toString()) : undefined;
  const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined;
  const spent = (k) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;

  console.log('Simulator widgets in headless Chromium');
  console.log('');
  console.log('JS loaded (as served / gzip -9)');
  console.log(`  lesson page without widgets       ${kb(plain.raw).padStart(10)} / ${kb(plain.gzip).padStart(9)}  (${plain.files} files)`);
  console.log(`  /simulator/ before widgets start  ${kb(before.raw).padStart(10)} / ${kb(before.gzip).padStart(9)}  (${before.files} files)`);
  console.log(`  /simulator/ after widgets start   ${kb(after.raw).padStart(10)} / ${kb(after.gzip).padStart(9)}  (${after.files} files; all widgets ready in ${startMs.toFixed(0)} ms)`);
  console.log(`    of which the widgets (simulator, terminal, views) add ${kb(after.gzip - before.gzip)} gzip; target 100 KB`);
  console.log(`  /simulator/ after the commands    ${kb(commands.raw).padStart(10)} / ${kb(commands.gzip).padStart(9)}  (${commands.files} files; the deployment's commands, a --query and an --output table)`);
  if (process.env.BENCH_FILES === '1') {
    const started = new Set(after.list.map((f) => f.name));
    console.log('');
    console.log('  files (gzip -9 bytes; + = loaded by the commands, not at start)');
    for (const f of commands.list.sort((a, b) => b.gzip - a.gzip)) console.log(`    ${String(f.gzip).padStart(7)} ${started.has(f.name) ? ' ' : '+'} ${f.name}`);
  }
  console.log('');
  console.log(`${TASKS}-task rolling deployment at ${SPEED}× (min 100 %, max 200 %), every view on the page`);
  console.log(`  deployment ${complete ? 'complete' : 'NOT complete'} after ${(wall / 1000).toFixed(1)} s wall; timeline table rows: ${rows}`);
  console.log(`  frames: ${frames.length}; interval median ${pct(frames, 50).toFixed(1)} ms, p95 ${pct(frames, 95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`);
  // At 60 Hz an interval is one display frame (16.7 ms, a little more or less with timer jitter); a longer one
  // means a frame was dropped.
  const dropped = frames.filter((f) => f > 20).length;
  console.log(`  frames longer than one display frame (> 20 ms): ${dropped} of ${frames.length} (${((100 * dropped) / Math.max(1, frames.length)).toFixed(1)} %)`);
  console.log(`  long tasks (> 50 ms): ${long.length}${long.length ? `, longest ${Math.max(...long).toFixed(0)} ms` : ''}`);
  for (const [key, e] of Object.entries(writes)) {
    console.log(`  localStorage.setItem("${key}:…"): ${e.count} writes since load, ${e.ms.toFixed(0)} ms, last ${kb(e.bytes)}`);
  }
  const task = spent('TaskDuration');
  const script = spent('ScriptDuration');
  const style = spent('RecalcStyleDuration');
  const layout = spent('LayoutDuration');
  console.log(`  main thread busy ${task.toFixed(0)} ms: script ${script.toFixed(0)}, style ${style.toFixed(0)}, layout ${layout.toFixed(0)}, other (paint, GC…) ${(task - script - style - layout).toFixed(0)}`);
  if (profile) printProfile(profile);
  if (trace) printTrace(trace);
  if (LIGHTHOUSE_PAGES.length) await runLighthouse();
  if (profile && process.env.BENCH_PROFILE_OUT) writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));
} finally {
  await browser.close();
  stopServer();
}
