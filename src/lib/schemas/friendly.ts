/**
 * Author-facing error messages for zod schemas.
 *
 * Zod's default messages ("Invalid input: expected int, received number") are written for
 * programmers. Course authors see these messages when `astro build` fails, so every issue is
 * rewritten here into "expected <what the field needs>, found <what the file says>", and an
 * unknown field gets a "did you mean" hint. One place owns the wording, so the tests in
 * test/unit/site/ can pin it.
 */
import { z } from 'astro/zod';

/** One author-facing problem: the field it is about (dotted path, '' for the whole value) and a sentence. */
export interface FriendlyIssue {
  field: string;
  message: string;
}

/** How a field is described to authors, used for "expected …" when the type is wrong or the field is missing. */
export type FieldHints = Readonly<Record<string, string>>;

/** Describes a value found in a file in words, e.g. `the text "10"`, `a list of 7 items`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the decimal number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields (an object)';
  return `a value of type ${typeof value}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** Levenshtein distance, for "did you mean" on misspelt field names. Small inputs only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest allowed name to `name`, if it is close enough to be a likely typo. */
export function suggest(name: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const d = distance(name, candidate);
    if (d < bestScore) [best, bestScore] = [candidate, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Rewrites zod issues into author-facing issues.
 * @param issues what zod reported
 * @param input the value that was parsed (to say what was found)
 * @param hints per-field descriptions of what is expected (keyed by top-level field name)
 * @param allowed the allowed field names, listed when an unknown field is found
 * @param noun what authors call a field here: "field" (frontmatter, JSON) or "prop" (components)
 */
export function friendlyIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  hints: FieldHints,
  allowed: readonly string[],
  noun: 'field' | 'prop' = 'field',
): FriendlyIssue[] {
  const out: FriendlyIssue[] = [];
  // When a value has the wrong type, zod may add size checks for the same field; one message is enough.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => i.path.join('.')));
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code !== 'invalid_type' && wrongType.has(field)) continue;
    const found = getAt(input, issue.path);
    const hint = hints[String(issue.path[0] ?? '')];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const near = suggest(key, allowed);
          const prefix = field ? `${field}.` : '';
          out.push({
            field: prefix + key,
            message:
              `unknown ${noun} "${key}".` +
              (near ? ` Did you mean "${near}"?` : '') +
              ` Allowed ${noun}s: ${allowed.join(', ')}.`,
          });
        }
        break;
      case 'invalid_type': {
        const what = hint && issue.path.length === 1 ? hint : (TYPE_WORDS[issue.expected] ?? issue.expected);
        out.push({
          field,
          message: found === undefined ? `this required ${noun} is missing: expected ${what}.` : `expected ${what}, found ${describeFound(found)}.`,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const side = issue.code === 'too_small' ? 'at least' : 'at most';
        if (issue.origin === 'array') {
          out.push({ field, message: `expected ${side} ${plural(bound, 'item', 'items')}${hint ? ` (${hint})` : ''}, found ${describeFound(found)}.` });
        } else if (issue.origin === 'string') {
          const len = typeof found === 'string' ? found.length : 0;
          out.push({
            field,
            message: bound === 1 && issue.code === 'too_small'
              ? `expected ${hint ?? 'some text'}, found empty text.`
              : `expected ${side} ${plural(bound, 'character', 'characters')}, found ${plural(len, 'character', 'characters')}.`,
          });
        } else {
          out.push({ field, message: `expected a number ${side} ${bound}, found ${describeFound(found)}.` });
        }
        break;
      }
      case 'invalid_value':
        out.push({
          field,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeFound(found)}.`,
        });
        break;
      case 'invalid_format':
        out.push({ field, message: `${issue.message}, found ${describeFound(found)}.` });
        break;
      default:
        // custom refinements already carry an author-facing message
        out.push({ field, message: issue.message });
    }
  }
  return out;
}

/**
 * Wraps a strict zod object so that every issue it reports is author-facing (see {@link friendlyIssues}).
 * The result is still a zod schema, so Astro's content layer can use it directly; Astro prints each
 * issue as `**field**: message` under the name of the file.
 */
export function withFriendlyErrors<T extends z.ZodType>(inner: T, hints: FieldHints, allowed: readonly string[]) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const result = inner.safeParse(input);
    if (result.success) return result.data;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      ctx.addIssue({ code: 'custom', path: [], message: `expected a group of fields (${allowed.join(', ')}), found ${describeFound(input)}.` });
      return z.NEVER;
    }
    for (const issue of friendlyIssues(result.error.issues, input, hints, allowed)) {
      ctx.addIssue({ code: 'custom', path: issue.field ? issue.field.split('.') : [], message: issue.message });
    }
    return z.NEVER;
  });
}

/** Formats issues as one multi-line message, one "field: message" line each. */
export function formatIssues(issues: readonly FriendlyIssue[]): string {
  return issues.map((i) => `  - ${i.field || '(value)'}: ${i.message}`).join('\n');
}
