/**
 * Expectations: how a check's actual value is compared. Exactly one operator per check, so a lab file
 * reads as a sentence ("expect atLeast 3").
 */
import { z } from 'zod';
import { regexOrUndefined } from './compare.ts';

/** Any JSON value (what a CLI query returns). */
const json: z.ZodType<unknown> = z.unknown();

/** `{ equals }`, `{ atLeast }`, `{ atMost }`, `{ contains }` or `{ matches }`. */
export const expectationSchema = z
  .strictObject({
    equals: json.optional(),
    atLeast: z.number({ error: 'atLeast must be a number' }).optional(),
    atMost: z.number({ error: 'atMost must be a number' }).optional(),
    contains: json.optional(),
    matches: z
      .string({ error: 'matches must be a regular expression written as text' })
      .refine((source) => regexOrUndefined(source) !== undefined, { error: 'matches is not a valid regular expression' })
      .optional(),
  })
  .refine((e) => Object.keys(e).length === 1, {
    error: 'expect needs exactly one of equals, atLeast, atMost, contains, matches',
  });

/** A parsed expectation. */
export type Expectation = z.output<typeof expectationSchema>;

export { meets, describeExpectation, describeActual } from './compare.ts';
