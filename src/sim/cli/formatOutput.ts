/**
 * Applies `--query` and the `--output` format to a response, as awscli/formatter.py does. The query runs
 * once on the whole response for every format. (The real text formatter applies it per page of a
 * paginated response; the simulator's list operations answer in one page, so the results agree.)
 */
import type { GlobalOptions } from './awsArguments.ts';
import { CliError, EXIT_OTHER } from './cliErrors.ts';
import { optional } from '../optional/parts.ts';
import { formatJson } from './outputJson.ts';
import { markDoubles, mergeMarkers } from './pythonFloats.ts';

/** `search(data, query)` of the JMESPath library (./query.ts, optional in the browser: src/sim/optional/). */
function runQuery(data: unknown, query: string): unknown {
  return optional.get('query').runQuery(data, query);
}

/** True when a number occurs anywhere in the value (only numbers can carry Python float markers). */
function containsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (containsNumber(item)) return true;
    return false;
  }
  for (const key in value) if (containsNumber((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** Checks a `--query` expression before the command runs, as the CLI does when it parses its options. */
export function checkQuery(query: string): void {
  const { compileQuery } = optional.get('query'); // outside the try: "not loaded" is not a query error
  try {
    compileQuery(query);
  } catch (error) {
    throw new CliError(`Bad value for --query ${query}: Invalid jmespath expression: ${(error as Error).message}`);
  }
}

/** Throws OptionalNotLoadedError when the chosen format is not loaded (checked before a command changes anything). */
export function checkOutputFormat(output: GlobalOptions['output']): void {
  if (output !== 'json' && output !== 'off') optional.get('formatters');
}

/** Runs the query (if any) and renders the result in the chosen format. Throws CliError for query errors. */
export function formatResponse(
  operationName: string,
  response: unknown,
  globals: Pick<GlobalOptions, 'output' | 'query'>,
  terminalWidth = 80,
  outputDoubles: readonly string[] = [],
): string {
  let data = response;
  if (globals.query !== undefined) {
    try {
      data = runQuery(response, globals.query);
    } catch (error) {
      throw new CliError((error as Error).message, EXIT_OTHER);
    }
  }
  // Markers only ever replace numbers: a result without any needs no marking.
  if (outputDoubles.length && containsNumber(data)) {
    const marked = markDoubles(response, outputDoubles);
    try {
      data = mergeMarkers(data, globals.query === undefined ? marked : runQuery(marked, globals.query));
    } catch {
      // The query failed on the marked copy (e.g. arithmetic on a marker): print plain numbers.
    }
  }
  switch (globals.output) {
    case 'text':
      return optional.get('formatters').formatText(data);
    case 'table':
      return optional.get('formatters').formatTable(operationName, data, terminalWidth);
    case 'yaml':
    case 'yaml-stream':
      return optional.get('formatters').formatYaml(data);
    case 'off':
      return '';
    default:
      return formatJson(data);
  }
}
