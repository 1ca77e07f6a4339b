/**
 * Applies `--query` and the `--output` format to a response, as awscli/formatter.py does. The query runs
 * once on the whole response for every format. (The real text formatter applies it per page of a
 * paginated response; the simulator's list operations answer in one page, so the results agree.)
 */
import { compile, search, type JSONValue } from '@jmespath-community/jmespath';

import type { GlobalOptions } from './awsArguments.ts';
import { CliError, EXIT_OTHER } from './cliErrors.ts';
import { formatJson } from './outputJson.ts';
import { formatTable } from './outputTable.ts';
import { formatText } from './outputText.ts';
import { formatYaml } from './outputYaml.ts';
import { markDoubles, mergeMarkers } from './pythonFloats.ts';

/** Checks a `--query` expression before the command runs, as the CLI does when it parses its options. */
export function checkQuery(query: string): void {
  try {
    compile(query);
  } catch (error) {
    throw new CliError(`Bad value for --query ${query}: Invalid jmespath expression: ${(error as Error).message}`);
  }
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
      data = search(response as JSONValue, globals.query);
    } catch (error) {
      throw new CliError((error as Error).message, EXIT_OTHER);
    }
  }
  if (outputDoubles.length) {
    const marked = markDoubles(response, outputDoubles);
    try {
      data = mergeMarkers(data, globals.query === undefined ? marked : search(marked as JSONValue, globals.query));
    } catch {
      // The query failed on the marked copy (e.g. arithmetic on a marker): print plain numbers.
    }
  }
  switch (globals.output) {
    case 'text':
      return formatText(data);
    case 'table':
      return formatTable(operationName, data, terminalWidth);
    case 'yaml':
    case 'yaml-stream':
      return formatYaml(data);
    case 'off':
      return '';
    default:
      return formatJson(data);
  }
}
