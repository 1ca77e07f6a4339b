import { describe, expect, test } from 'vitest';
import { buildCourse, CourseAuthoringError, type LessonEntryLike, type ModuleEntryLike } from '../../../src/lib/course.ts';
import type { LessonFrontmatter } from '../../../src/lib/schemas/lesson.ts';

const mod = (id: string, order: number): ModuleEntryLike => ({
  id,
  filePath: `content/${id}/module.json`,
  data: { title: `Module ${id}`, summary: 'Summary.', order, objectives: ['Learn'] },
});
const lesson = (id: string, over: Partial<LessonFrontmatter> = {}): LessonEntryLike => {
  const order = Number(/\/(\d\d)-/.exec(id)?.[1] ?? 0);
  return {
    id,
    filePath: `content/${id}.mdx`,
    data: { title: `Lesson ${id}`, description: 'D.', objectives: ['O'], estimatedMinutes: 5, order, draft: false, ...over },
  };
};

function problemsOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CourseAuthoringError) return e.message;
    throw e;
  }
  throw new Error('expected a CourseAuthoringError');
}

describe('buildCourse', () => {
  test('orders modules and lessons and links previous/next across modules', () => {
    const course = buildCourse(
      [mod('second', 2), mod('first', 1)],
      [lesson('second/01-alpha'), lesson('first/02-beta'), lesson('first/01-intro')],
      { includeDrafts: false },
    );

    expect(course.modules.map((m) => m.url)).toEqual(['/first/', '/second/']);
    expect(course.lessons.map((l) => l.url)).toEqual(['/first/intro/', '/first/beta/', '/second/alpha/']);
    expect(course.lessons[1]!.prev?.url).toBe('/first/intro/');
    expect(course.lessons[1]!.next?.url).toBe('/second/alpha/');
    expect(course.lessons[0]!.prev).toBeUndefined();
    expect(course.lessons[2]!.next).toBeUndefined();
    expect(course.modules[0]!.minutes).toBe(10);
    expect(course.lessons[1]!.key).toBe('first/beta');
  });

  test('drafts are left out of production builds and kept in dev', () => {
    const entries = [lesson('m/01-a'), lesson('m/02-b', { draft: true })];

    expect(buildCourse([mod('m', 1)], entries, { includeDrafts: false }).lessons).toHaveLength(1);
    expect(buildCourse([mod('m', 1)], entries, { includeDrafts: true }).lessons).toHaveLength(2);
  });

  test('resolves prerequisites to links', () => {
    const course = buildCourse([mod('m', 1)], [lesson('m/01-a'), lesson('m/02-b', { prerequisites: ['a'] })], { includeDrafts: false });

    expect(course.lessons[1]!.prerequisites).toEqual([{ module: 'm', slug: 'a', title: 'Lesson m/01-a', url: '/m/a/' }]);
  });

  test('order that does not match the file prefix is an author error', () => {
    expect(problemsOf(() => buildCourse([mod('m', 1)], [lesson('m/03-sizing', { order: 4 })], { includeDrafts: false }))).toMatchInlineSnapshot(`
      "The course content has 1 problem:
        - content/m/03-sizing.mdx: "order" is 4 but the file name starts with 03. Change order to 3 or rename the file.
      See /authoring/errors/ in the course site for what each rule means."
    `);
  });

  test('a badly named lesson file is an author error', () => {
    expect(problemsOf(() => buildCourse([mod('m', 1)], [lesson('m/Sizing Tasks')], { includeDrafts: false }))).toMatchInlineSnapshot(`
      "The course content has 1 problem:
        - content/m/Sizing Tasks.mdx: the file name "Sizing Tasks.mdx" must be NN-<slug>.mdx: two digits, a hyphen, then lower-case words joined by hyphens, e.g. 03-fargate-cpu-memory.mdx.
      See /authoring/errors/ in the course site for what each rule means."
    `);
  });

  test('an unknown prerequisite suggests the closest lesson', () => {
    const entries = [lesson('m/01-ecs-hierarchy'), lesson('m/02-sizing', { prerequisites: ['ecs-hierachy'] })];

    expect(problemsOf(() => buildCourse([mod('m', 1)], entries, { includeDrafts: false }))).toMatchInlineSnapshot(`
      "The course content has 1 problem:
        - content/m/02-sizing.mdx: "prerequisites" names "ecs-hierachy", which is not a lesson in module "m". Did you mean "ecs-hierarchy"? Lessons in this module: ecs-hierarchy, sizing.
      See /authoring/errors/ in the course site for what each rule means."
    `);
  });

  test('a prerequisite on a draft is reported in production', () => {
    const entries = [lesson('m/01-a', { draft: true }), lesson('m/02-b', { prerequisites: ['a'] })];

    expect(problemsOf(() => buildCourse([mod('m', 1)], entries, { includeDrafts: false }))).toMatchInlineSnapshot(`
      "The course content has 1 problem:
        - content/m/02-b.mdx: "prerequisites" names "a", which is a draft and is not built in production. Remove it or publish that lesson.
      See /authoring/errors/ in the course site for what each rule means."
    `);
  });

  test('a lesson folder without module.json, duplicate numbers and reserved names are reported together', () => {
    const entries = [lesson('orphan/01-a'), lesson('m/01-a'), lesson('m/01-b')];

    expect(problemsOf(() => buildCourse([mod('m', 1), mod('authoring', 2)], entries, { includeDrafts: false }))).toMatchInlineSnapshot(`
      "The course content has 3 problems:
        - content/authoring/module.json: the folder name "authoring" is reserved by the site (authoring, pagefind, _astro, progress, search, 404, challenges, simulator, sandbox). Rename the folder.
        - content/m/01-b.mdx: "order" 1 is also used by content/m/01-a.mdx. Each lesson in a module needs its own number.
        - content/orphan/01-a.mdx: the folder content/orphan/ has no module.json. Add one with title, summary, order and objectives (or run: npx ecs-course new module orphan "Title").
      See /authoring/errors/ in the course site for what each rule means."
    `);
  });
});
