/**
 * Builds the course structure (modules → lessons, URLs, previous/next) from content entries and
 * checks the rules a single-file schema cannot see. Pure: it takes plain entries, so the unit
 * tests feed it fixtures and the site feeds it `getCollection()` results (see ./course-data.ts).
 */
import type { LessonFrontmatter } from './schemas/lesson.ts';
import { SLUG_PATTERN } from './schemas/lesson.ts';
import type { ModuleMeta } from './schemas/module.ts';
import { suggest } from './schemas/friendly.ts';

/** Top-level URL segments and content folders the site uses itself; a module may not take them. */
export const RESERVED_SLUGS = ['authoring', 'pagefind', '_astro', 'progress', 'search', '404', 'challenges', 'simulator', 'sandbox'] as const;

/** A lesson file name: two digits, a hyphen, a slug. */
export const LESSON_FILE_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A module entry as the content layer provides it (id = folder name). */
export interface ModuleEntryLike {
  id: string;
  data: ModuleMeta;
  filePath?: string | undefined;
}

/** A lesson entry as the content layer provides it (id = `<module>/<NN-slug>`). */
export interface LessonEntryLike {
  id: string;
  data: LessonFrontmatter;
  filePath?: string | undefined;
}

/** Where a lesson sits, enough to link to it. */
export interface LessonRef {
  module: string;
  slug: string;
  title: string;
  url: string;
}

/** A lesson placed in the course. */
export interface CourseLesson<E extends LessonEntryLike = LessonEntryLike> extends LessonRef {
  /** Progress key, `<module>/<slug>`: stable across renumbering of files. */
  key: string;
  /** The file, relative to the project, for error messages and "edit this page". */
  file: string;
  data: LessonFrontmatter;
  entry: E;
  /** 1-based position within the module's built lessons. */
  position: number;
  prev: LessonRef | undefined;
  next: LessonRef | undefined;
  /** Prerequisites resolved to links. */
  prerequisites: LessonRef[];
}

/** A module placed in the course. */
export interface CourseModule<E extends LessonEntryLike = LessonEntryLike> {
  slug: string;
  url: string;
  file: string;
  data: ModuleMeta;
  lessons: CourseLesson<E>[];
  /** Sum of the lessons' estimatedMinutes. */
  minutes: number;
}

/** The whole course, modules in order, and all lessons flattened in reading order. */
export interface Course<E extends LessonEntryLike = LessonEntryLike> {
  modules: CourseModule<E>[];
  lessons: CourseLesson<E>[];
}

/** Thrown when content breaks a cross-file rule. Lists every problem, one per line, each naming its file. */
export class CourseAuthoringError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The course content has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSee /authoring/errors/ in the course site for what each rule means.',
    );
    this.name = 'CourseAuthoringError';
  }
}

/** Options for {@link buildCourse}. */
export interface BuildCourseOptions {
  /** Keep lessons with `draft: true` (true in `astro dev`). */
  includeDrafts: boolean;
}

const fileOf = (entry: { id: string; filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;

/**
 * Orders modules and lessons, computes URLs and previous/next links, and validates:
 * lesson file names (`NN-slug.mdx`), `order` equal to NN, unique numbers and slugs, a module.json
 * for every folder with lessons, module slugs (valid, not reserved) and prerequisites.
 * @throws CourseAuthoringError listing every problem found
 */
export function buildCourse<E extends LessonEntryLike>(
  moduleEntries: readonly ModuleEntryLike[],
  lessonEntries: readonly E[],
  options: BuildCourseOptions,
): Course<E> {
  const problems: string[] = [];
  const modules = new Map<string, CourseModule<E>>();

  for (const m of [...moduleEntries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))) {
    const file = fileOf(m, `content/${m.id}/module.json`);
    if (!SLUG_PATTERN.test(m.id)) {
      problems.push(`${file}: the folder name "${m.id}" is not a valid module slug. Use lower-case letters, digits and single hyphens, e.g. "ecs-fargate".`);
      continue;
    }
    if ((RESERVED_SLUGS as readonly string[]).includes(m.id)) {
      problems.push(`${file}: the folder name "${m.id}" is reserved by the site (${RESERVED_SLUGS.join(', ')}). Rename the folder.`);
      continue;
    }
    const clash = [...modules.values()].find((o) => o.data.order === m.data.order);
    if (clash) problems.push(`${file}: "order" is ${m.data.order}, the same as ${clash.file}. Give each module its own order.`);
    modules.set(m.id, { slug: m.id, url: `/${m.id}/`, file, data: m.data, lessons: [], minutes: 0 });
  }

  const visible = lessonEntries.filter((l) => options.includeDrafts || !l.data.draft);
  const drafts = new Set(lessonEntries.filter((l) => l.data.draft && !options.includeDrafts).map((l) => l.id));

  for (const entry of [...visible].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = fileOf(entry, `content/${entry.id}.mdx`);
    const parts = entry.id.split('/');
    if (parts.length !== 2) {
      problems.push(`${file}: lessons must sit directly in a module folder, as content/<module>/NN-<slug>.mdx.`);
      continue;
    }
    const [moduleSlug, base] = parts as [string, string];
    const match = LESSON_FILE_PATTERN.exec(base);
    if (!match) {
      problems.push(`${file}: the file name "${base}.mdx" must be NN-<slug>.mdx: two digits, a hyphen, then lower-case words joined by hyphens, e.g. 03-fargate-cpu-memory.mdx.`);
      continue;
    }
    const number = Number(match[1]);
    const slug = match[2]!;
    const mod = modules.get(moduleSlug);
    if (!mod) {
      problems.push(`${file}: the folder content/${moduleSlug}/ has no module.json. Add one with title, summary, order and objectives (or run: npx ecs-course new module ${moduleSlug} "Title").`);
      continue;
    }
    if (entry.data.order !== number) {
      problems.push(`${file}: "order" is ${entry.data.order} but the file name starts with ${match[1]}. Change order to ${number} or rename the file.`);
    }
    const sameNumber = mod.lessons.find((l) => l.data.order === entry.data.order);
    if (sameNumber) problems.push(`${file}: "order" ${entry.data.order} is also used by ${sameNumber.file}. Each lesson in a module needs its own number.`);
    const sameSlug = mod.lessons.find((l) => l.slug === slug);
    if (sameSlug) problems.push(`${file}: the slug "${slug}" is also used by ${sameSlug.file}; both would have the URL /${moduleSlug}/${slug}/.`);
    mod.lessons.push({
      module: moduleSlug,
      slug,
      key: `${moduleSlug}/${slug}`,
      title: entry.data.title,
      url: `/${moduleSlug}/${slug}/`,
      file,
      data: entry.data,
      entry,
      position: 0,
      prev: undefined,
      next: undefined,
      prerequisites: [],
    });
  }

  const ordered = [...modules.values()];
  for (const mod of ordered) {
    mod.lessons.sort((a, b) => a.data.order - b.data.order);
    mod.lessons.forEach((l, i) => (l.position = i + 1));
    mod.minutes = mod.lessons.reduce((sum, l) => sum + l.data.estimatedMinutes, 0);
    const bySlug = new Map(mod.lessons.map((l) => [l.slug, l]));
    for (const lesson of mod.lessons) {
      for (const pre of lesson.data.prerequisites ?? []) {
        const target = bySlug.get(pre);
        if (target === lesson) {
          problems.push(`${lesson.file}: "prerequisites" lists the lesson itself ("${pre}").`);
        } else if (target) {
          lesson.prerequisites.push(ref(target));
        } else if ([...drafts].some((id) => id.startsWith(`${mod.slug}/`) && id.endsWith(`-${pre}`))) {
          problems.push(`${lesson.file}: "prerequisites" names "${pre}", which is a draft and is not built in production. Remove it or publish that lesson.`);
        } else {
          const near = suggest(pre, [...bySlug.keys()]);
          problems.push(
            `${lesson.file}: "prerequisites" names "${pre}", which is not a lesson in module "${mod.slug}".` +
              (near ? ` Did you mean "${near}"?` : '') +
              ` Lessons in this module: ${[...bySlug.keys()].join(', ') || '(none)'}.`,
          );
        }
      }
    }
  }

  if (problems.length) throw new CourseAuthoringError(problems);

  const lessons = ordered.flatMap((m) => m.lessons);
  lessons.forEach((l, i) => {
    l.prev = i > 0 ? ref(lessons[i - 1]!) : undefined;
    l.next = i < lessons.length - 1 ? ref(lessons[i + 1]!) : undefined;
  });
  return { modules: ordered, lessons };
}

function ref(l: LessonRef): LessonRef {
  return { module: l.module, slug: l.slug, title: l.title, url: l.url };
}
