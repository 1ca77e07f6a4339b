/**
 * Comparing a check's actual value with its expectation, and describing both for messages. No zod here: this
 * runs in the browser behind the lab panel, where the schema (build-time) is not needed.
 */
import type { Expectation } from './expectation.ts';

/** The RegExp of a `matches` source, or undefined when it is not valid. */
export function regexOrUndefined(source: string): RegExp | undefined {
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
