/**
 * The `ecs-course` command line: argument parsing, help, output and exit codes
 * (0 done, 1 refused or problems found, 2 usage error). Each subcommand lives in its own file:
 * `new` (./new.ts), and `check` (./check.ts) and `grade` (./grade.ts), which parse their own
 * arguments and are imported only when used.
 */
import { parseArgs } from 'node:util';
import { newLesson, newModule, type Outcome } from './new.ts';

/** Where output goes (injected by tests). */
export interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Exit codes. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** The help text. */
export const HELP = `ecs-course: tools for course authors

Usage:
  npx ecs-course new module <slug> "<title>"            create content/<slug>/module.json
  npx ecs-course new lesson <module> "<title>" [--slug <slug>]
                                                        create content/<module>/NN-<slug>.mdx (a draft)
  npx ecs-course check [ID ...]                         check labs and explain-it challenges
  npx ecs-course grade <challenge-id> <answer-file>     grade an answer as the course page does
  npx ecs-course --help                                 show this help

Options:
  --slug <slug>      lesson slug (default: made from the title)
  --content <dir>    content folder (default: content)
  -h, --help         show this help

Run npx ecs-course check --help or grade --help for their options.
"new" never overwrites a file.
Exit codes: 0 done, 1 refused (already exists, unknown module) or problems found, 2 usage error.
Guide: /authoring/scaffold/ on the course site.`;

/** Runs the command line and returns the exit code. */
export async function main(argv: string[], io: Io = { cwd: process.cwd(), out: console.log, err: console.error }): Promise<number> {
  // check and grade have options of their own, so they get their arguments unparsed.
  if (argv[0] === 'check') return (await import('./check.ts')).runCheck(argv.slice(1), io);
  if (argv[0] === 'grade') return (await import('./grade.ts')).runGrade(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, slug: { type: 'string' }, content: { type: 'string' } },
    });
  } catch (e) {
    io.err(`ecs-course: ${(e as Error).message}\nRun npx ecs-course --help for usage.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, kind, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const usage = (message: string) => {
    io.err(`ecs-course: ${message}\nRun npx ecs-course --help for usage.`);
    return EXIT.usage;
  };
  if (!command) return usage('no command given.');
  if (command !== 'new') return usage(`unknown command "${command}". Commands: new, check, grade.`);

  const where = { cwd: io.cwd, contentDir: values.content ?? 'content' };
  let outcome: Outcome;
  if (kind === 'module') {
    if (rest.length !== 2) return usage('expected: new module <slug> "<title>" (put a title with spaces in quotes).');
    if (values.slug !== undefined) return usage('--slug is for lessons; a module\'s slug is its first argument.');
    outcome = newModule(rest[0]!, rest[1]!, where);
  } else if (kind === 'lesson') {
    if (rest.length !== 2) return usage('expected: new lesson <module> "<title>" (put a title with spaces in quotes).');
    outcome = newLesson(rest[0]!, rest[1]!, values.slug, where);
  } else {
    return usage(kind ? `unknown kind "${kind}". Use "new module" or "new lesson".` : 'expected "new module" or "new lesson".');
  }
  if (outcome.kind === 'ok') {
    outcome.lines.forEach((l) => io.out(l));
    return EXIT.ok;
  }
  if (outcome.kind === 'usage') return usage(outcome.message);
  io.err(`ecs-course: ${outcome.message}`);
  return EXIT.refused;
}
