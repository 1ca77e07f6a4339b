/**
 * Helpers for the e2e suite: what the built site (dist/) contains. Tests read the pages from
 * dist/ so they cover every lesson the content writers add, with no list to keep in sync.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The site serves 404.html for any unknown URL; this is the URL tests visit to see it. */
export const NOT_FOUND_URL = '/this-page-does-not-exist/';

/** Every HTML page in dist/ (outside pagefind/), as URL paths like "/ecs-fargate/what-is-ecs/". */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(DIST, p).split(sep).join('/');
        out.push(rel === '404.html' ? NOT_FOUND_URL : '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, ''));
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The HTML of a built page. */
export function pageHtml(url: string): string {
  const file = url === NOT_FOUND_URL ? '404.html' : url.endsWith('/') ? `${url}index.html` : `${url}.html`;
  return readFileSync(join(DIST, file), 'utf8');
}

/** Lesson URLs in reading order (lesson pages carry data-lesson; order from the home page links). */
export function lessonUrls(): string[] {
  const lessons = new Set(htmlPages().filter((u) => pageHtml(u).includes('data-lesson=')));
  const home = pageHtml('/');
  const ordered = [...home.matchAll(/href="(\/[^"]+\/[^"]+\/)"/g)].map((m) => m[1]!).filter((u) => lessons.has(u));
  return [...new Set(ordered)];
}

/** Waits until the shared site script has run (it sets data-ready on <html>). */
export async function siteReady(page: import('@playwright/test').Page): Promise<void> {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** The first lesson whose HTML contains `marker` (e.g. a code block), so tests do not hard-code lesson names. */
export function lessonWith(marker: string): string {
  const url = lessonUrls().find((u) => pageHtml(u).includes(marker));
  if (!url) throw new Error(`No built lesson contains ${marker}`);
  return url;
}

/** A lesson with at least one code block. */
export const CODE_BLOCK = '<figure class="code"';
