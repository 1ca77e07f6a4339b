/**
 * The challenge file format: the frontmatter of `content/challenges/<id>.mdx`. Strict (an unknown or
 * misspelt field is an error, not silently ignored), with messages written for course authors, and
 * cross-checks zod cannot express field by field (relation concepts exist, ids are unique, phrasings
 * are valid patterns, bands and length windows are ordered).
 */
import { z } from 'zod';
import { phrasingProblem } from './phrasing.ts';
import { FACT_KINDS } from './grounding.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idField = (what: string) =>
  z.string({ error: `${what} must be text` }).regex(ID, { error: `${what} must be kebab-case (lowercase words joined by "-"), e.g. "exec-role-pulls"` });

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` });

const weight = z
  .number({ error: 'weight must be a number' })
  .positive({ error: 'weight must be more than 0' })
  .max(100, { error: 'weight must be at most 100' });

const phrasing = z.string({ error: 'each phrasing must be text' }).superRefine((value, ctx) => {
  const problem = phrasingProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** One idea the answer should state. */
export const conceptSchema = z.strictObject({
  id: idField('concept id'),
  label: text('label'),
  weight,
  phrasings: z.array(phrasing, { error: 'phrasings must be a list of patterns' }).min(1, { error: 'give at least one phrasing' }),
  hint: text('hint'),
  /**
   * Count negated matches too. For ideas that are failures ("the image cannot be pulled", "no free IP
   * addresses"), the "not" is part of the idea, not its opposite.
   */
  acceptNegated: z.boolean({ error: 'acceptNegated must be true or false' }).default(false),
});

/** Two ideas the answer must connect in one sentence (e.g. "the execution role" + "pulls the image"). */
export const relationSchema = z.strictObject({
  id: idField('relation id'),
  label: text('label'),
  weight,
  concepts: z.tuple([idField('concept id'), idField('concept id')], { error: 'concepts must be a list of exactly two concept ids' }),
  sameSentence: z.literal(true, { error: 'sameSentence must be true (relations are checked within one sentence)' }).default(true),
  hint: text('hint'),
});

/**
 * A known wrong idea: two concepts stated together in one clause (e.g. "task role" + "pulls the image").
 * Costs `penalty` points and shows `feedback`, which should say what is true instead.
 */
export const misconceptionSchema = z.strictObject({
  id: idField('misconception id'),
  label: text('label'),
  concepts: z.tuple([idField('concept id'), idField('concept id')], { error: 'concepts must be a list of exactly two concept ids' }),
  penalty: weight,
  feedback: text('feedback'),
});

/** The fact of the learner's own simulation run the answer must quote. */
export const groundedSchema = z.strictObject({
  fact: z.enum(FACT_KINDS, { error: `fact must be one of ${FACT_KINDS.join(', ')}` }),
  label: text('label'),
  weight: weight.default(20),
  hint: text('hint').default('Quote what your simulation showed (copy it from describe-tasks).'),
});

const score = z.number({ error: 'scores must be numbers' }).min(0, { error: 'scores are 0–100' }).max(100, { error: 'scores are 0–100' });

/** A sample answer with the score band it must land in (checked by `ecs-course check` and the tests). */
export const sampleSchema = z.strictObject({
  label: text('sample label'),
  answer: text('sample answer'),
  band: z.tuple([score, score], { error: 'band must be [minScore, maxScore], e.g. [70, 100]' }),
  facts: z.partialRecord(z.enum(FACT_KINDS), z.string()).optional(),
});

/** The grading rubric. */
export const rubricSchema = z.strictObject({
  concepts: z.array(conceptSchema).min(1, { error: 'a rubric needs at least one concept' }),
  relations: z.array(relationSchema).default([]),
  misconceptions: z.array(misconceptionSchema).default([]),
  length: z.strictObject({
    min: z.number().int({ error: 'length.min must be a whole number of words' }).min(1),
    max: z.number().int({ error: 'length.max must be a whole number of words' }).max(1000, { error: 'length.max is at most 1000 words' }),
  }),
  grounded: groundedSchema.optional(),
});

/** The whole frontmatter of a challenge file. */
export const challengeSchema = z
  .strictObject({
    id: idField('id'),
    title: text('title'),
    module: text('module'),
    lesson: text('lesson'),
    prompt: text('prompt'),
    modelAnswer: text('modelAnswer'),
    rubric: rubricSchema,
    samples: z.array(sampleSchema).min(4, { error: 'give at least 4 samples (strong, partial, keyword list, off-topic)' }),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.rubric.concepts.forEach((concept, i) => {
      if (ids.has(concept.id)) ctx.addIssue({ code: 'custom', path: ['rubric', 'concepts', i, 'id'], message: `concept id "${concept.id}" is used twice` });
      ids.add(concept.id);
    });
    c.rubric.relations.forEach((relation, i) => {
      if (ids.has(relation.id)) ctx.addIssue({ code: 'custom', path: ['rubric', 'relations', i, 'id'], message: `id "${relation.id}" is already used by a concept or relation` });
      ids.add(relation.id);
      relation.concepts.forEach((ref, j) => {
        if (!c.rubric.concepts.some((concept) => concept.id === ref)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rubric', 'relations', i, 'concepts', j],
            message: `relation "${relation.id}" names concept "${ref}", which is not in rubric.concepts (known: ${[...new Set(c.rubric.concepts.map((x) => x.id))].join(', ')})`,
          });
        }
      });
      if (relation.concepts[0] === relation.concepts[1]) {
        ctx.addIssue({ code: 'custom', path: ['rubric', 'relations', i, 'concepts'], message: `relation "${relation.id}" must connect two different concepts` });
      }
    });
    c.rubric.misconceptions.forEach((m, i) => {
      m.concepts.forEach((ref, j) => {
        if (!c.rubric.concepts.some((concept) => concept.id === ref)) {
          ctx.addIssue({ code: 'custom', path: ['rubric', 'misconceptions', i, 'concepts', j], message: `misconception "${m.id}" names concept "${ref}", which is not in rubric.concepts` });
        }
      });
    });
    if (c.rubric.length.min >= c.rubric.length.max) {
      ctx.addIssue({ code: 'custom', path: ['rubric', 'length'], message: `length.min (${c.rubric.length.min}) must be less than length.max (${c.rubric.length.max})` });
    }
    c.samples.forEach((sample, i) => {
      if (sample.band[0] > sample.band[1]) {
        ctx.addIssue({ code: 'custom', path: ['samples', i, 'band'], message: `band [${sample.band.join(', ')}] is upside down; write [min, max]` });
      }
    });
  });

/** A challenge after defaults are applied. */
export type Challenge = z.output<typeof challengeSchema>;
/** A challenge as written in a file. */
export type ChallengeInput = z.input<typeof challengeSchema>;
export type Concept = z.output<typeof conceptSchema>;
export type Relation = z.output<typeof relationSchema>;
export type Misconception = z.output<typeof misconceptionSchema>;
export type Sample = z.output<typeof sampleSchema>;

/** One author-facing problem: dotted field path and a sentence. */
export interface SchemaProblem {
  field: string;
  message: string;
}

/** Turns zod issues into `field: message` problems (paths like `rubric.concepts[2].phrasings[0]`). */
export function schemaProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join(''),
    message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling` : issue.message,
  }));
}

/** Parses challenge frontmatter; returns the challenge or the list of problems. */
export function parseChallenge(data: unknown): { ok: true; challenge: Challenge } | { ok: false; problems: SchemaProblem[] } {
  const result = challengeSchema.safeParse(data);
  return result.success ? { ok: true, challenge: result.data } : { ok: false, problems: schemaProblems(result.error) };
}
