/**
 * `ecs-course grade <challenge-id> <answer-file>`: grades an answer the way the course page does and
 * prints `{ score, met, missed, feedback, flags }` as JSON. Facts of a simulation run (for grounded
 * challenges) come from `--fact stoppedReason="…"` (repeatable).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FACT_KINDS, grade, type Facts, type FactKind } from '../../grading/index.ts';
import { loadChallenges, type CourseIo } from './check.ts';

const USAGE = `Usage: ecs-course grade <challenge-id> <answer-file> [--fact KIND=VALUE ...] [--root DIR]
  Prints {score, met, missed, feedback, flags} as JSON. Fact kinds: ${FACT_KINDS.join(', ')}.`;

const defaultIo = (): CourseIo => ({ cwd: process.cwd(), out: (l) => console.log(l), err: (l) => console.error(l) });

/** Runs `ecs-course grade`; returns 0 when graded, 1 when the challenge or file is unusable, 2 on usage errors. */
export async function runGrade(argv: string[], io: CourseIo = defaultIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { fact: { type: 'string', multiple: true }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`ecs-course grade: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [id, answerFile, ...extra] = parsed.positionals;
  if (!id || !answerFile || extra.length > 0) {
    io.err(`ecs-course grade: expected a challenge id and an answer file.\n${USAGE}`);
    return 2;
  }
  const facts: Facts = {};
  for (const pair of parsed.values.fact ?? []) {
    const at = pair.indexOf('=');
    const kind = pair.slice(0, at) as FactKind;
    if (at < 1 || !FACT_KINDS.includes(kind)) {
      io.err(`ecs-course grade: --fact needs KIND=VALUE with KIND one of ${FACT_KINDS.join(', ')} (got "${pair}").`);
      return 2;
    }
    facts[kind] = pair.slice(at + 1);
  }

  const root = resolve(io.cwd, parsed.values.root ?? '.');
  const all = loadChallenges(root);
  const found = all.find((c) => c.id === id);
  if (!found) {
    io.err(`ecs-course grade: no challenge "${id}". Known: ${all.map((c) => c.id).join(', ') || '(none under content/challenges)'}.`);
    return 1;
  }
  if (!found.ok) {
    io.err(`ecs-course grade: ${found.file} has problems; run ecs-course check ${id}:\n    ${found.problems.join('\n    ')}`);
    return 1;
  }
  const path = resolve(io.cwd, answerFile);
  if (!existsSync(path)) {
    io.err(`ecs-course grade: cannot read the answer file ${answerFile}.`);
    return 1;
  }
  const result = grade(found.value, readFileSync(path, 'utf8'), Object.keys(facts).length > 0 ? { facts } : {});
  const { score, met, missed, feedback, flags } = result;
  io.out(JSON.stringify({ score, met, missed, feedback, flags }, null, 2));
  return 0;
}
