import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages, pageHtml } from './site.ts';

// Size budget over dist/, like Starlight's size-limit. A page without widgets may load at most
// 4 KB gzip of JS (inline + external, with static imports) and 20 KB gzip of CSS.
const JS_BUDGET = 4 * 1024;
const CSS_BUDGET = 20 * 1024;

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const asset = (url: string) => readFileSync(join(DIST, url));

/** A script and the chunks it imports statically (what the browser fetches before running it). */
function jsClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = asset(url).toString('utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
    jsClosure(new URL(m[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

function pageWeight(url: string) {
  const html = pageHtml(url);
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  const files = new Set<string>();
  for (const s of scripts) for (const f of jsClosure(s)) files.add(f);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const styleTags = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  return {
    files,
    js: [...files].reduce((n, f) => n + gz(asset(f)), 0) + (inline ? gz(inline) : 0),
    css: css.reduce((n, f) => n + gz(asset(f)), 0) + (styleTags ? gz(styleTags) : 0),
  };
}

test('every page stays within the JS and CSS budgets', () => {
  const pages = htmlPages();
  const weights = pages.map((url) => ({ url, ...pageWeight(url) }));
  // The shared script is the one every page loads; pages with more are widget pages (own budget).
  const shared = weights.map((w) => w.files).reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
  const plain = weights.filter((w) => [...w.files].every((f) => shared.has(f)));

  expect(plain.length).toBeGreaterThan(0);
  const overJs = plain.filter((w) => w.js > JS_BUDGET).map((w) => `${w.url}: ${w.js} B gzip JS`);
  const overCss = plain.filter((w) => w.css > CSS_BUDGET).map((w) => `${w.url}: ${w.css} B gzip CSS`);
  // Widget pages (the simulator, editors) have their own budgets; their weight is reported here.
  for (const w of weights.filter((x) => !plain.includes(x))) {
    test.info().annotations.push({ type: 'widget page', description: `${w.url}: ${w.js} B gzip JS, ${w.css} B gzip CSS` });
  }
  expect(overJs, `JS budget is ${JS_BUDGET} B gzip per page without widgets`).toEqual([]);
  expect(overCss, `CSS budget is ${CSS_BUDGET} B gzip per page`).toEqual([]);
});

test('the budget check notices a page that is too heavy', () => {
  const heavy = gz(randomBytes(6000).toString('base64'));

  expect(heavy).toBeGreaterThan(JS_BUDGET);
});
