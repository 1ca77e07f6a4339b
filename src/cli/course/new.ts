/**
 * `ecs-course new module|lesson`: writes starter files that pass the build. Never overwrites.
 * Returns an outcome instead of printing, so main.ts owns output and exit codes and tests can
 * call it directly.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RESERVED_SLUGS } from '../../lib/course.ts';
import { suggest } from '../../lib/schemas/friendly.ts';
import { listLessons, listModules } from './content-dir.ts';
import { isSlug, slugify } from './slug.ts';
import { lessonMdx, moduleJson } from './templates.ts';

/** What a command did: `ok` with lines to print, `refused` (exit 1) or `usage` (exit 2) with a message. */
export type Outcome = { kind: 'ok'; lines: string[] } | { kind: 'refused' | 'usage'; message: string };

/** Where to write and how to show paths. */
export interface Where {
  /** The project root; paths are printed relative to it. */
  cwd: string;
  /** The content folder, relative to cwd. */
  contentDir: string;
}

const slugRule = 'lower-case letters and digits in words joined by single hyphens, at most 60 characters, e.g. "ecs-networking"';

/** Writes `text` to `file` only if it does not exist yet. */
function create(file: string, text: string): boolean {
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** `new module <slug> "<title>"` */
export function newModule(slug: string, title: string, where: Where): Outcome {
  if (!isSlug(slug)) return { kind: 'usage', message: `"${slug}" is not a valid module slug: use ${slugRule}.` };
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return { kind: 'usage', message: `"${slug}" is reserved by the site (${RESERVED_SLUGS.join(', ')}). Choose another slug.` };
  if (!title.trim()) return { kind: 'usage', message: 'The module title is empty. Example: npx ecs-course new module ecs-networking "Networking for ECS tasks"' };
  const content = join(where.cwd, where.contentDir);
  const dir = join(content, slug);
  const file = join(dir, 'module.json');
  const shown = relative(where.cwd, file);
  if (existsSync(file)) return { kind: 'refused', message: `${shown} already exists; nothing was written.` };
  const order = Math.max(0, ...listModules(content).map((m) => m.order ?? 0)) + 1;
  mkdirSync(dir, { recursive: true });
  if (!create(file, moduleJson(title.trim(), order))) return { kind: 'refused', message: `${shown} already exists; nothing was written.` };
  return {
    kind: 'ok',
    lines: [
      `Created ${shown} (order ${order})`,
      `  URL:  /${slug}/`,
      `Next: fill in the summary and objectives, then add a lesson: npx ecs-course new lesson ${slug} "Lesson title"`,
    ],
  };
}

/** `new lesson <module> "<title>" [--slug <slug>]` */
export function newLesson(moduleSlug: string, title: string, slugOption: string | undefined, where: Where): Outcome {
  if (!title.trim()) return { kind: 'usage', message: `The lesson title is empty. Example: npx ecs-course new lesson ${moduleSlug} "Service discovery"` };
  const content = join(where.cwd, where.contentDir);
  const modules = listModules(content).filter((m) => m.hasModuleJson);
  if (!modules.some((m) => m.slug === moduleSlug)) {
    const near = suggest(moduleSlug, modules.map((m) => m.slug));
    return {
      kind: 'refused',
      message:
        `There is no module "${moduleSlug}" (no ${join(where.contentDir, moduleSlug, 'module.json')}).` +
        (near ? ` Did you mean "${near}"?` : '') +
        ` Modules: ${modules.map((m) => m.slug).join(', ') || '(none yet)'}. To create it: npx ecs-course new module ${moduleSlug} "Title"`,
    };
  }
  const slug = slugOption ?? slugify(title);
  if (!slug) return { kind: 'usage', message: `Could not make a slug from "${title}". Pass one with --slug, e.g. --slug service-discovery.` };
  if (!isSlug(slug)) return { kind: 'usage', message: `"${slug}" is not a valid lesson slug: use ${slugRule}.` };
  const dir = join(content, moduleSlug);
  const lessons = listLessons(dir);
  const clash = lessons.find((l) => l.slug === slug);
  if (clash) return { kind: 'refused', message: `${join(where.contentDir, moduleSlug, clash.file)} already uses the slug "${slug}"; nothing was written. Choose another with --slug.` };
  const number = Math.max(0, ...lessons.map((l) => l.number)) + 1;
  if (number > 99) return { kind: 'refused', message: `Module "${moduleSlug}" already has a lesson numbered 99; lesson numbers have two digits. Split the module.` };
  const name = `${String(number).padStart(2, '0')}-${slug}.mdx`;
  const file = join(dir, name);
  const shown = relative(where.cwd, file);
  if (!create(file, lessonMdx(title.trim(), number))) return { kind: 'refused', message: `${shown} already exists; nothing was written.` };
  return {
    kind: 'ok',
    lines: [
      `Created ${shown}`,
      `  URL:  /${moduleSlug}/${slug}/ (draft: shown by npm run dev only)`,
      'Next: write the lesson, set draft: false, then run npm run build.',
    ],
  };
}
