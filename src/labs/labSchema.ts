/**
 * The lab file format: the frontmatter of `labs/<NN-slug>/index.mdx`. A lab is data: a starting scenario,
 * steps whose checks are CLI queries or named state predicates, hints, and a reference solution with
 * one script per step, so `ecs-course check` can prove every lab solvable. Strict, with author-facing
 * messages; cross-field rules (solution order, predicate arguments) are checked here too.
 */
import { z } from 'zod';
import { expectationSchema } from './expectation.ts';
import { predicateProblems } from './predicates.ts';
import { patchProblems, scenarioSpecSchema } from './scenarioPatch.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` });

/** A check that runs an AWS CLI command (JSON output) and compares the result. */
export const cliCheckSchema = z.strictObject({
  kind: z.literal('cli'),
  command: text('command').refine((c) => /^aws\s/.test(c.trim()), { error: 'a cli check runs one AWS CLI command starting with "aws "' }),
  expect: expectationSchema,
});

/** A check that asks a named predicate about the simulation state. */
export const stateCheckSchema = z.strictObject({
  kind: z.literal('state'),
  predicate: text('predicate'),
  args: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}),
  expect: expectationSchema.default({ equals: true }),
});

/** Either kind of check. */
export const checkSchema = z.discriminatedUnion('kind', [cliCheckSchema, stateCheckSchema], {
  error: 'check.kind must be "cli" (an AWS CLI command with --query) or "state" (a named predicate)',
});

/** One step of a lab. */
export const stepSchema = z.strictObject({
  id: z.string().regex(ID, { error: 'step id must be kebab-case, e.g. "create-service"' }),
  title: text('step title'),
  check: checkSchema,
  /** Shown when the check fails; `{actual}` and `{expected}` are filled in. */
  failMessage: text('failMessage').refine((m) => [...m.matchAll(/\{(\w+)\}/g)].every((x) => x[1] === 'actual' || x[1] === 'expected'), {
    error: 'failMessage may only use the placeholders {actual} and {expected}',
  }),
  hints: z.array(text('hint')).min(1, { error: 'give at least one hint per step' }),
});

/** The lab frontmatter. */
export const labSchema = z
  .strictObject({
    title: text('title'),
    module: text('module'),
    lesson: text('lesson').optional(),
    estimatedMinutes: z.number({ error: 'estimatedMinutes must be a number' }).int().positive().max(180),
    scenario: scenarioSpecSchema,
    /** Files of the virtual file system (merged over the scenario's), e.g. a starting task-definition.json. */
    files: z.record(z.string(), z.string()).default({}),
    steps: z.array(stepSchema).min(1, { error: 'a lab needs at least one step' }),
    solution: z.array(z.strictObject({ step: text('solution step'), script: text('solution script') })),
  })
  .superRefine((lab, ctx) => {
    const ids = lab.steps.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `step id "${id}" is used twice` });
    });
    lab.steps.forEach((step, i) => {
      if (step.check.kind === 'state') {
        for (const problem of predicateProblems(step.check.predicate, step.check.args)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'check'], message: problem });
      }
    });
    const order = lab.solution.map((s) => s.step);
    if (order.join() !== ids.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['solution'],
        message: `solution needs one entry per step, in step order: expected [${ids.join(', ')}], found [${order.join(', ')}]`,
      });
    }
    for (const problem of patchProblems(lab.scenario)) ctx.addIssue({ code: 'custom', path: ['scenario', 'patch'], message: problem });
  });

/** A parsed lab. */
export type Lab = z.output<typeof labSchema>;
export type LabStep = z.output<typeof stepSchema>;
export type Check = z.output<typeof checkSchema>;
