/**
 * Expectations: how a check's actual value is compared. Exactly one operator per check, so a lab file
 * reads as a sentence ("expect atLeast 3").
 */
import { z } from 'zod';

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

function regexOrUndefined(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when the actual value meets the expectation. Non-numbers never meet atLeast/atMost. */
export function meets(expectation: Expectation, actual: unknown): boolean {
  if ('equals' in expectation) return deepEqual(actual, expectation.equals);
  if (expectation.atLeast !== undefined) return typeof actual === 'number' && actual >= expectation.atLeast;
  if (expectation.atMost !== undefined) return typeof actual === 'number' && actual <= expectation.atMost;
  if (expectation.contains !== undefined) {
    if (typeof actual === 'string') return typeof expectation.contains === 'string' && actual.includes(expectation.contains);
    if (Array.isArray(actual)) return actual.some((item) => deepEqual(item, expectation.contains));
    return false;
  }
  if (expectation.matches !== undefined) {
    const text = typeof actual === 'string' ? actual : JSON.stringify(actual);
    return regexOrUndefined(expectation.matches)!.test(text ?? '');
  }
  return false;
}

/** "3", "at least 3", "a list containing \"x\"", for messages. */
export function describeExpectation(expectation: Expectation): string {
  if ('equals' in expectation) return JSON.stringify(expectation.equals);
  if (expectation.atLeast !== undefined) return `at least ${expectation.atLeast}`;
  if (expectation.atMost !== undefined) return `at most ${expectation.atMost}`;
  if (expectation.contains !== undefined) return `something containing ${JSON.stringify(expectation.contains)}`;
  return `text matching /${expectation.matches}/`;
}

/** Renders an actual value for a message: strings bare, `null` as "nothing", others as JSON. */
export function describeActual(actual: unknown): string {
  if (actual === null || actual === undefined) return 'nothing';
  if (typeof actual === 'string') return actual;
  const text = JSON.stringify(actual);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
