import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  extractChapterJson,
  extractCodeBlocks,
  extractCommands,
  extractHeadings,
  parseFrontmatter,
  stripCodeBlocks,
} from './chapter-extract';

const chapterUrl = new URL('../../../../shared/seeds/000_e96d253955b1558e.txt', import.meta.url);
const repoRoot = new URL('../../../', import.meta.url);
const moduleDir = new URL('content/ecs-fargate/', repoRoot);

const chapter = readFileSync(chapterUrl, 'utf8');

const EXPECTED_SLUGS = [
  '01-what-is-ecs',
  '02-ecs-hierarchy',
  '03-task-definition-anatomy',
  '04-fargate-cpu-memory',
  '05-registering-revisions',
  '06-fargate-vs-ec2',
  '07-creating-a-service',
  '08-service-auto-scaling',
  '09-rolling-deployments',
  '10-ecs-exec',
  '11-microservice-task-definitions',
  '12-key-takeaways',
];

interface Lesson {
  file: string;
  order: number;
  slug: string;
  source: string;
}

const lessons: Lesson[] = readdirSync(moduleDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const m = /^(\d{2})-(.+)\.mdx$/.exec(file);
    if (!m) throw new Error(`Lesson file name must be NN-slug.mdx: ${file}`);
    return {
      file,
      order: Number(m[1]),
      slug: m[2],
      source: readFileSync(new URL(file, moduleDir), 'utf8'),
    };
  });

const lessonBlocks = lessons.flatMap((l) => extractCodeBlocks(l.source).map((b) => ({ ...b, lesson: l.file })));
const lessonCommands = new Set(
  lessonBlocks.filter((b) => b.lang === 'bash').flatMap((b) => extractCommands(b.code)),
);
const lessonJson = lessonBlocks
  .filter((b) => b.lang === 'json')
  .map((b) => ({ lesson: b.lesson, value: JSON.parse(b.code) as unknown }));

describe('chapter extraction sanity', () => {
  it('finds every CLI command and JSON document of the chapter', () => {
    // 15 commands (create-cluster ×2, register ×2, list, create-service, register-scalable-target,
    // put-scaling-policy ×2, update-service ×3, describe-services, list-tasks, execute-command).
    expect(extractCommands(chapter)).toHaveLength(15);
    expect(extractChapterJson(chapter)).toHaveLength(3);
  });
});

describe('every chapter command appears in a lesson', () => {
  for (const cmd of extractCommands(chapter)) {
    it(cmd.slice(0, 90), () => {
      expect(lessonCommands.has(cmd), `missing from all lessons' bash blocks:\n${cmd}`).toBe(true);
    });
  }
});

describe('every chapter JSON document appears in a lesson', () => {
  for (const doc of extractChapterJson(chapter)) {
    const family = (doc as { family?: string }).family ?? JSON.stringify(doc).slice(0, 40);
    it(String(family), () => {
      expect(lessonJson.some((j) => isDeepStrictEqual(j.value, doc))).toBe(true);
    });
  }
});

describe('module', () => {
  it('has exactly the twelve lessons', () => {
    expect(lessons.map((l) => l.file.replace(/\.mdx$/, ''))).toEqual(EXPECTED_SLUGS);
  });

  it('module.json has title, summary, order and objectives', () => {
    const mod = JSON.parse(readFileSync(new URL('module.json', moduleDir), 'utf8'));
    expect(Object.keys(mod).sort()).toEqual(['objectives', 'order', 'summary', 'title']);
    expect(mod.title).toBe('Amazon ECS and AWS Fargate');
    expect(mod.order).toBe(1);
    expect(typeof mod.summary).toBe('string');
    expect(mod.summary.length).toBeGreaterThan(20);
    expect(Array.isArray(mod.objectives) && mod.objectives.length).toBeGreaterThan(0);
  });
});

const ALLOWED_KEYS = ['title', 'description', 'objectives', 'estimatedMinutes', 'order', 'keywords', 'prerequisites'];
const REQUIRED_KEYS = ['title', 'description', 'objectives', 'estimatedMinutes', 'order'];

describe.each(lessons)('lesson $file', (lesson) => {
  const fm = parseFrontmatter(lesson.source);
  const body = lesson.source.slice(fm?.raw.length ?? 0);
  const prose = stripCodeBlocks(body);

  it('has valid frontmatter', () => {
    expect(fm).not.toBeNull();
    const data = fm!.data;
    for (const key of REQUIRED_KEYS) expect(data, `missing ${key}`).toHaveProperty(key);
    for (const key of Object.keys(data)) expect(ALLOWED_KEYS, `unexpected key ${key}`).toContain(key);
    expect(typeof data.title).toBe('string');
    expect(typeof data.description).toBe('string');
    const objectives = data.objectives as unknown[];
    expect(Array.isArray(objectives)).toBe(true);
    expect(objectives.length).toBeGreaterThanOrEqual(2);
    expect(objectives.length).toBeLessThanOrEqual(5);
    for (const o of objectives) expect(typeof o).toBe('string');
    expect(Number.isInteger(data.estimatedMinutes)).toBe(true);
    expect(data.order).toBe(lesson.order);
    if ('keywords' in data) expect(Array.isArray(data.keywords)).toBe(true);
    if ('prerequisites' in data) {
      const earlier = lessons.filter((l) => l.order < lesson.order).map((l) => l.slug);
      for (const p of data.prerequisites as string[]) expect(earlier).toContain(p);
    }
  });

  it('ends with a Recap containing a list', () => {
    const trimmed = body.trimEnd();
    expect(trimmed.endsWith('</Recap>')).toBe(true);
    const recap = trimmed.slice(trimmed.lastIndexOf('<Recap>'));
    expect(recap).toMatch(/^\s*[-*] \S/m);
  });

  it('uses only h2 and h3 headings', () => {
    for (const [level, text] of extractHeadings(lesson.source)) {
      expect([2, 3], `heading "${text}"`).toContain(level);
    }
  });

  it('does not repeat the objectives in the body', () => {
    for (const o of fm!.data.objectives as string[]) expect(prose).not.toContain(o);
  });

  it('puts every AWS CLI command in a bash block', () => {
    for (const b of extractCodeBlocks(body)) {
      if (b.lang !== 'bash') expect(extractCommands(b.code), `${b.lang} block`).toEqual([]);
    }
  });

  it('has only parseable JSON blocks', () => {
    for (const b of extractCodeBlocks(body).filter((x) => x.lang === 'json')) {
      expect(() => JSON.parse(b.code)).not.toThrow();
    }
  });
});

function headingsOf(file: string): string[] {
  const lesson = lessons.find((l) => l.file === file);
  if (!lesson) throw new Error(`no lesson ${file}`);
  return extractHeadings(lesson.source).map(([, text]) => text);
}

function sourceOf(file: string): string {
  return lessons.find((l) => l.file === file)!.source;
}

describe('required headings', () => {
  const required: Record<string, string[]> = {
    '03-task-definition-anatomy.mdx': [
      'Network mode',
      'Execution role and task role',
      'Port mappings',
      'Essential containers',
      'Environment and secrets',
      'Logging',
      'Health checks',
      'Images and tags',
      'Ephemeral storage',
    ],
    '04-fargate-cpu-memory.mdx': ['Valid combinations'],
    '05-registering-revisions.mdx': ['Revisions'],
    '09-rolling-deployments.mdx': ['Circuit breaker'],
    '10-ecs-exec.mdx': ['Prerequisites'],
  };
  for (const [file, headings] of Object.entries(required)) {
    for (const h of headings) {
      it(`${file}: "${h}"`, () => {
        expect(headingsOf(file)).toContain(h);
      });
    }
  }
});

describe('lesson-specific content', () => {
  it('lesson 3 has the task definition titled task-definition.json', () => {
    const block = extractCodeBlocks(sourceOf('03-task-definition-anatomy.mdx')).find(
      (b) => b.lang === 'json' && b.meta.includes('title="task-definition.json"'),
    );
    expect(block).toBeDefined();
    expect((JSON.parse(block!.code) as { family: string }).family).toBe('user-service');
  });

  it('lesson 4 lists the 8 and 16 vCPU sizes, the rejection message and prices', () => {
    const src = sourceOf('04-fargate-cpu-memory.mdx');
    expect(src).toContain('16384 through 61440 (in 4096 increments)');
    expect(src).toContain('32768 through 122880 (in 8192 increments)');
    expect(src).toContain(
      'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
    );
    expect(src).toContain('$0.04048 per vCPU-hour');
    expect(src).toContain('$0.004445 per GB-hour');
  });

  it('lesson 9 states both rounding rules', () => {
    const src = sourceOf('09-rolling-deployments.mdx');
    expect(src).toMatch(/⌈desired × minimumHealthyPercent \/ 100⌉/);
    expect(src).toMatch(/⌊desired × maximumPercent \/ 100⌋/);
  });

  it('lesson 12 has the three ExplainIt challenges', () => {
    const src = sourceOf('12-key-takeaways.mdx');
    for (const id of ['desired-vs-running', 'execution-vs-task-role', 'stuck-deployment']) {
      // The prompt itself lives in content/challenges/<id>.mdx, so the tag may be self-closing.
      expect(src).toMatch(new RegExp(`<ExplainIt\\s+id="${id}"\\s+title="[^"]+"\\s*/?>`));
    }
  });

  it('figures are imported by their lessons and exist', () => {
    const figures: Record<string, string> = {
      '02-ecs-hierarchy.mdx': 'EcsHierarchy',
      '06-fargate-vs-ec2.mdx': 'LaunchTypes',
      '09-rolling-deployments.mdx': 'RollingTimeline',
    };
    for (const [file, name] of Object.entries(figures)) {
      const src = sourceOf(file);
      expect(src).toContain(`import ${name} from '../../src/components/figures/${name}.astro';`);
      expect(src).toMatch(new RegExp(`<${name}\\b[^>]*/>`));
      expect(existsSync(new URL(`src/components/figures/${name}.astro`, repoRoot))).toBe(true);
    }
  });
});
