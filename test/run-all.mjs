#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to see, then ONE closing line
// `N passed, N failed, N skipped` that CI reads. Vitest and Playwright report their counts through JSON files in
// .results/; a step that is not a test runner (type checks, the build) counts as one test that passed or failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

/** Runs one step; returns true when it exited 0. */
function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = r.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** A step that is a single check. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** Reads a runner's JSON report; a missing report means the runner itself broke, which counts as a failure. */
function readReport(file, label, count) {
  if (!existsSync(file)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const c = count(JSON.parse(readFileSync(file, 'utf8')));
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
  if (c.failed) failures.push(`${label} (${c.failed} failed)`);
}

check('type-check site', 'astro', ['check']);
check('type-check simulator core (no DOM, no Node)', 'tsc', ['-p', 'src/sim/tsconfig.json']);
check('type-check grading and labs (no DOM, no Node)', 'tsc', ['-p', 'src/grading/tsconfig.json']);
check('every lab solution passes its checks, every sample answer lands in its band', 'node', ['src/cli/bin/ecs-course.mjs', 'check']);

run('unit tests', 'vitest', ['run', '--config', 'test/vitest.config.ts']);
readReport(`${results}/vitest.json`, 'unit tests', (v) => ({
  passed: v.numPassedTests,
  failed: v.numFailedTests + (v.numFailedTestSuites ?? 0),
  skipped: v.numPendingTests + v.numTodoTests,
}));

const built = run('build', 'npm', ['run', 'build']);
if (built) {
  passed += 1;
  run('browser tests', 'playwright', ['test', '--config', 'test/playwright.config.ts']);
  readReport(`${results}/playwright.json`, 'browser tests', (p) => ({
    passed: p.stats.expected + p.stats.flaky,
    failed: p.stats.unexpected,
    skipped: p.stats.skipped,
  }));
} else {
  failed += 1;
  failures.push('build (browser tests not run)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
