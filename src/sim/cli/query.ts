/**
 * `--query`: JMESPath expressions (the @jmespath-community library), parsed once per expression text. Optional
 * in the browser (src/sim/optional/ loads it on the first `--query` or waiter).
 */
import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';

type Expression = ReturnType<typeof compile>;

/** Parsed `--query` expressions by their text: scripts and views repeat the same few queries. */
const compiled = new Map<string, Expression>();
const COMPILED_CACHE_SIZE = 500;

/** The parsed expression (cached). Throws the parser's error for an invalid one. */
export function compileQuery(query: string): Expression {
  let ast = compiled.get(query);
  if (ast === undefined) {
    ast = compile(query);
    if (compiled.size >= COMPILED_CACHE_SIZE) compiled.clear();
    compiled.set(query, ast);
  }
  return ast;
}

/** `search(data, query)` of the JMESPath library, with the parse cached. */
export function runQuery(data: unknown, query: string): unknown {
  return TreeInterpreter.search(compileQuery(query), data as JSONValue);
}
