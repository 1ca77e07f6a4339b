import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main, EXIT } from '../../../src/cli/course/main.ts';
import { slugify } from '../../../src/cli/course/slug.ts';
import { lessonFrontmatterSchema } from '../../../src/lib/schemas/lesson.ts';
import { moduleSchema } from '../../../src/lib/schemas/module.ts';
import { buildCourse } from '../../../src/lib/course.ts';

let cwd: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => main(argv, { cwd, out: (l) => out.push(l), err: (l) => err.push(l) });

/** The scaffold writes each frontmatter value as JSON (valid YAML), so a line-by-line read is enough here. */
function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
  const data: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  for (const line of block.split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item && list) list.push(JSON.parse(item[1]!));
    else {
      const [, key, value] = /^(\w+):\s*(.*)$/.exec(line)!;
      if (value === '') data[key!] = list = [];
      else data[key!] = JSON.parse(value!);
    }
  }
  return data;
}

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ecs-course-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('slugify', () => {
  test('makes URL slugs from titles', () => {
    expect(slugify('Sizing Fargate tasks: CPU & memory')).toBe('sizing-fargate-tasks-cpu-and-memory');
    expect(slugify("  Fargate's über-fast   start!  ")).toBe('fargates-uber-fast-start');
    expect(slugify('ECS → ECR')).toBe('ecs-ecr');
    expect(slugify('日本語')).toBe('');
    expect(slugify('a'.repeat(20) + ' ' + 'b'.repeat(50)).length).toBeLessThanOrEqual(60);
  });
});

describe('ecs-course new module', () => {
  test('writes a module.json that passes the schema, with the next order', async () => {
    expect(await run('new', 'module', 'ecs-basics', 'ECS basics')).toBe(EXIT.ok);
    expect(await run('new', 'module', 'ecs-networking', 'Networking: "awsvpc" explained')).toBe(EXIT.ok);

    const json = JSON.parse(readFileSync(join(cwd, 'content/ecs-networking/module.json'), 'utf8'));
    expect(moduleSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ title: 'Networking: "awsvpc" explained', order: 2 });
    expect(out).toContain('Created content/ecs-networking/module.json (order 2)');
  });

  test('refuses to overwrite an existing module (exit 1) and leaves it unchanged', async () => {
    await run('new', 'module', 'ecs-basics', 'ECS basics');
    const before = readFileSync(join(cwd, 'content/ecs-basics/module.json'), 'utf8');

    expect(await run('new', 'module', 'ecs-basics', 'Other')).toBe(EXIT.refused);
    expect(readFileSync(join(cwd, 'content/ecs-basics/module.json'), 'utf8')).toBe(before);
    expect(err).toEqual(['ecs-course: content/ecs-basics/module.json already exists; nothing was written.']);
  });

  test('rejects invalid and reserved slugs (exit 2)', async () => {
    expect(await run('new', 'module', 'ECS Basics', 'x')).toBe(EXIT.usage);
    expect(await run('new', 'module', 'authoring', 'x')).toBe(EXIT.usage);

    expect(err.join('\n')).toMatchInlineSnapshot(`
      "ecs-course: "ECS Basics" is not a valid module slug: use lower-case letters and digits in words joined by single hyphens, at most 60 characters, e.g. "ecs-networking".
      Run npx ecs-course --help for usage.
      ecs-course: "authoring" is reserved by the site (authoring, pagefind, _astro, progress, search, 404, challenges, simulator, sandbox). Choose another slug.
      Run npx ecs-course --help for usage."
    `);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('ecs-course new lesson', () => {
  beforeEach(async () => {
    await run('new', 'module', 'ecs-fargate', 'ECS and Fargate');
    out = [];
  });

  test('writes the next numbered draft lesson whose frontmatter passes the schema and the course rules', async () => {
    mkdirSync(join(cwd, 'content/ecs-fargate'), { recursive: true });
    writeFileSync(join(cwd, 'content/ecs-fargate/07-existing.mdx'), '---\n---\n');

    expect(await run('new', 'lesson', 'ecs-fargate', 'Service discovery: Cloud Map')).toBe(EXIT.ok);

    const file = join(cwd, 'content/ecs-fargate/08-service-discovery-cloud-map.mdx');
    const data = lessonFrontmatterSchema.parse(frontmatter(file));
    expect(data).toMatchObject({ title: 'Service discovery: Cloud Map', order: 8, draft: true });
    const mod = JSON.parse(readFileSync(join(cwd, 'content/ecs-fargate/module.json'), 'utf8'));
    const course = buildCourse([{ id: 'ecs-fargate', data: moduleSchema.parse(mod) }], [{ id: 'ecs-fargate/08-service-discovery-cloud-map', data }], { includeDrafts: true });
    expect(course.lessons[0]!.url).toBe('/ecs-fargate/service-discovery-cloud-map/');
    expect(readFileSync(file, 'utf8')).toContain('<Recap>');
    expect(out).toMatchInlineSnapshot(`
      [
        "Created content/ecs-fargate/08-service-discovery-cloud-map.mdx",
        "  URL:  /ecs-fargate/service-discovery-cloud-map/ (draft: shown by npm run dev only)",
        "Next: write the lesson, set draft: false, then run npm run build.",
      ]
    `);
  });

  test('--slug chooses the slug; a slug already used is refused (exit 1)', async () => {
    expect(await run('new', 'lesson', 'ecs-fargate', 'Service discovery with AWS Cloud Map', '--slug', 'service-discovery')).toBe(EXIT.ok);
    expect(await run('new', 'lesson', 'ecs-fargate', 'Another', '--slug', 'service-discovery')).toBe(EXIT.refused);

    expect(readdirSync(join(cwd, 'content/ecs-fargate')).sort()).toEqual(['01-service-discovery.mdx', 'module.json']);
    expect(err).toMatchInlineSnapshot(`
      [
        "ecs-course: content/ecs-fargate/01-service-discovery.mdx already uses the slug "service-discovery"; nothing was written. Choose another with --slug.",
      ]
    `);
  });

  test('an unknown module is refused with a suggestion (exit 1)', async () => {
    expect(await run('new', 'lesson', 'ecs-fargat', 'Scaling')).toBe(EXIT.refused);

    expect(err).toMatchInlineSnapshot(`
      [
        "ecs-course: There is no module "ecs-fargat" (no content/ecs-fargat/module.json). Did you mean "ecs-fargate"? Modules: ecs-fargate. To create it: npx ecs-course new module ecs-fargat "Title"",
      ]
    `);
  });

  test('usage errors exit 2 and say how to get help', async () => {
    expect(await run()).toBe(EXIT.usage);
    expect(await run('new', 'lesson', 'ecs-fargate')).toBe(EXIT.usage);
    expect(await run('new', 'page', 'x', 'y')).toBe(EXIT.usage);
    expect(await run('new', 'lesson', 'ecs-fargate', '日本語')).toBe(EXIT.usage);
    expect(await run('publish')).toBe(EXIT.usage);
    expect(await run('new', 'lesson', 'ecs-fargate', 'x', '--frob')).toBe(EXIT.usage);

    expect(err).toMatchInlineSnapshot(`
      [
        "ecs-course: no command given.
      Run npx ecs-course --help for usage.",
        "ecs-course: expected: new lesson <module> "<title>" (put a title with spaces in quotes).
      Run npx ecs-course --help for usage.",
        "ecs-course: unknown kind "page". Use "new module" or "new lesson".
      Run npx ecs-course --help for usage.",
        "ecs-course: Could not make a slug from "日本語". Pass one with --slug, e.g. --slug service-discovery.
      Run npx ecs-course --help for usage.",
        "ecs-course: unknown command "publish". Commands: new, check, grade.
      Run npx ecs-course --help for usage.",
        "ecs-course: Unknown option '--frob'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--frob"
      Run npx ecs-course --help for usage.",
      ]
    `);
  });
});

test('check and grade are dispatched to their own commands with their own arguments', async () => {
  expect(await run('check', '--help')).toBe(EXIT.ok);
  expect(await run('grade', '--help')).toBe(EXIT.ok);
  expect(await run('grade')).toBe(EXIT.usage);

  expect(out.join('\n')).toContain('Usage: ecs-course check');
  expect(out.join('\n')).toContain('Usage: ecs-course grade');
});

test('--help prints usage and exits 0', async () => {
  expect(await run('--help')).toBe(EXIT.ok);

  expect(out.join('\n')).toContain('npx ecs-course new lesson <module> "<title>"');
});

test('the bin runs under Node with tsx and sets the exit code', () => {
  const bin = fileURLToPath(new URL('../../../src/cli/bin/ecs-course.mjs', import.meta.url));

  const ok = spawnSync(process.execPath, [bin, 'new', 'module', 'ecs-x', 'X'], { cwd, encoding: 'utf8' });
  const refused = spawnSync(process.execPath, [bin, 'new', 'module', 'ecs-x', 'X'], { cwd, encoding: 'utf8' });

  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain('Created content/ecs-x/module.json');
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('already exists');
}, 30_000);
