/**
 * Applies `--query` and the `--output` format to a response, as awscli/formatter.py does. The query runs
 * once on the whole response for every format. (The real text formatter applies it per page of a
 * paginated response; the simulator's list operations answer in one page, so the results agree.)
 */
import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';

import type { GlobalOptions } from './awsArguments.ts';
import { CliError, EXIT_OTHER } from './cliErrors.ts';
import { formatJson } from './outputJson.ts';
import { formatTable } from './outputTable.ts';
import { formatText } from './outputText.ts';
import { formatYaml } from './outputYaml.ts';
import { markDoubles, mergeMarkers } from './pythonFloats.ts';

type Expression = ReturnType<typeof compile>;

/** Parsed `--query` expressions by their text: scripts and views repeat the same few queries. */
const compiled = new Map<string, Expression>();
const COMPILED_CACHE_SIZE = 500;

/** The parsed expression (cached). Throws the parser's error for an invalid one. */
function compileQuery(query: string): Expression {
  let ast = compiled.get(query);
  if (ast === undefined) {
    ast = compile(query);
    if (compiled.size >= COMPILED_CACHE_SIZE) compiled.clear();
    compiled.set(query, ast);
  }
  return ast;
}

/** `search(data, query)` of the JMESPath library, with the parse cached. */
function runQuery(data: unknown, query: string): unknown {
  return TreeInterpreter.search(compileQuery(query), data as JSONValue);
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
  try {
    compileQuery(query);
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
