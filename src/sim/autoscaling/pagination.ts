/**
 * `MaxResults` / `NextToken` paging shared by the Describe operations. The token is an opaque string
 * (the offset, base-36) — good enough for a simulator whose lists are small and change slowly.
 */
import { optionalNumber, optionalString, validationError } from './input.ts';

/** Returns the page and, when more items remain, the token of the next page. */
export function paginate<T>(items: T[], input: Record<string, unknown>, defaultMax = 50, maxName = 'MaxResults'): { page: T[]; nextToken?: string } {
  const max = optionalNumber(input, maxName, true) ?? defaultMax;
  if (max < 1) throw validationError(`1 validation error detected: Value '${max}' at '${maxName.charAt(0).toLowerCase()}${maxName.slice(1)}' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  const token = optionalString(input, 'NextToken');
  let start = 0;
  if (token !== undefined) {
    start = Number.parseInt(token.replace(/^pg-/, ''), 36);
    if (!/^pg-[0-9a-z]+$/.test(token) || Number.isNaN(start)) throw validationError('Invalid NextToken');
  }
  const page = items.slice(start, start + max);
  return start + max < items.length ? { page, nextToken: `pg-${(start + max).toString(36)}` } : { page };
}
