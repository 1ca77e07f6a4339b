/**
 * `ecs-course check`: proves the course's interactive content sound before it ships.
 * - every lab in labs/<NN-slug>/index.mdx parses, its starting state does not already pass the first
 *   check, and its reference solution, replayed step by step, passes each step's check;
 * - every challenge in content/challenges/<id>.mdx parses, its id matches its file name, and each of its
 *   sample answers lands in its score band.
 * Prints one line per file and every problem with the file it is in; exit code 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSamples, parseChallenge, parseFrontmatter, type Challenge } from '../../grading/index.ts';
import { parseLab, verifyLab, type Lab } from '../../labs/index.ts';

/** Where output goes (tests pass their own). */
export interface CourseIo {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo = (): CourseIo => ({ cwd: process.cwd(), out: (l) => console.log(l), err: (l) => console.error(l) });

/** A loaded file: its path relative to the root, and the parsed value or problems. */
export type Loaded<T> = { file: string; id: string } & ({ ok: true; value: T } | { ok: false; problems: string[] });

const LAB_FOLDER = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHALLENGE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Reads every challenge file under `<root>/content/challenges`. */
export function loadChallenges(root: string): Loaded<Challenge>[] {
  const dir = join(root, 'content', 'challenges');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = relative(root, join(dir, name));
      const id = name.replace(/\.mdx$/, '');
      if (!CHALLENGE_FILE.test(name)) return { file, id, ok: false, problems: [`the file name must be <id>.mdx with a kebab-case id, e.g. stuck-deployment.mdx`] };
      const fm = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      if (!fm.ok) return { file, id, ok: false, problems: [fm.problem] };
      const parsed = parseChallenge(fm.data);
      if (!parsed.ok) return { file, id, ok: false, problems: parsed.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)) };
      if (parsed.challenge.id !== id) return { file, id, ok: false, problems: [`id: the id is "${parsed.challenge.id}" but the file is ${name}; rename one so they match`] };
      return { file, id, ok: true, value: parsed.challenge };
    });
}

/** Reads every lab folder under `<root>/labs`. */
export function loadLabs(root: string): Loaded<Lab>[] {
  const dir = join(root, 'labs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const path = join(dir, name, 'index.mdx');
      const file = relative(root, path);
      if (!LAB_FOLDER.test(name)) return { file, id: name, ok: false, problems: ['the folder name must be NN-slug, e.g. 02-first-service'] };
      if (!existsSync(path)) return { file, id: name, ok: false, problems: ['the lab folder has no index.mdx'] };
      const folder = join(dir, name);
      const starters = Object.fromEntries(
        readdirSync(folder)
          .filter((f) => f.startsWith('starter.'))
          .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
      );
      const parsed = parseLab(readFileSync(path, 'utf8'), starters);
      if (!parsed.ok) return { file, id: name, ok: false, problems: parsed.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)) };
      return { file, id: name, ok: true, value: parsed.lab };
    });
}

const USAGE = `Usage: ecs-course check [--root DIR] [ID ...]
  Checks every lab (labs/NN-slug/index.mdx) and challenge (content/challenges/ID.mdx), or only the given ids.`;

/** Runs `ecs-course check`; returns the exit code (0 sound, 1 problems found, 2 usage error). */
export async function runCheck(argv: string[], io: CourseIo = defaultIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`ecs-course check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const root = resolve(io.cwd, parsed.values.root ?? '.');
  const only = new Set(parsed.positionals);
  const wanted = (id: string) => only.size === 0 || only.has(id);

  const labs = loadLabs(root).filter((l) => wanted(l.id));
  const challenges = loadChallenges(root).filter((c) => wanted(c.id));
  for (const id of only) {
    if (!labs.some((l) => l.id === id) && !challenges.some((c) => c.id === id)) {
      io.err(`ecs-course check: no lab or challenge "${id}" under ${root}`);
      return 2;
    }
  }
  let failures = 0;
  const fail = (file: string, problems: string[]) => {
    failures += problems.length;
    io.out(`✗ ${file}`);
    for (const p of problems) io.out(`    ${p}`);
  };

  for (const lab of labs) {
    if (!lab.ok) {
      fail(lab.file, lab.problems);
      continue;
    }
    const result = verifyLab(lab.value, lab.id);
    if (result.problems.length > 0) fail(lab.file, result.problems);
    else io.out(`✓ ${lab.file}: solution passes all ${result.steps.length} steps; the start does not pass "${lab.value.steps[0]!.id}"`);
  }
  for (const challenge of challenges) {
    if (!challenge.ok) {
      fail(challenge.file, challenge.problems);
      continue;
    }
    const outcomes = checkSamples(challenge.value);
    const bad = outcomes.filter((o) => !o.ok).map((o) => `sample "${o.label}" scored ${o.score}, outside its band [${o.band.join(', ')}]`);
    const scores = outcomes.map((o) => `${o.label} ${o.score}`).join(', ');
    if (bad.length > 0) fail(challenge.file, bad);
    else io.out(`✓ ${challenge.file}: ${outcomes.length} samples in their bands (${scores})`);
  }
  const summary = `${labs.length} lab(s), ${challenges.length} challenge(s) checked: ${failures === 0 ? 'no problems' : `${failures} problem(s)`}.`;
  if (failures > 0) {
    io.err(summary);
    return 1;
  }
  io.out(summary);
  return 0;
}
