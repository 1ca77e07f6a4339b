/**
 * `ecs-sim validate FILE.json`: task-definition diagnostics as `FILE:LINE:COL severity code message`,
 * located in the file with the pure core's JSON locator (the editor uses the same mapping).
 */
import { existsSync, readFileSync } from 'node:fs';

import { blocksRegistration, JsonLocator, PythonJsonError, sortByDocumentOrder, validateTaskDefinition } from '../../sim/index.ts';
import { ToolUsageError } from './main.ts';

/** Validates the file; returns 1 when AWS would reject it, else 0. */
export async function validateFile(file: string): Promise<number> {
  if (!existsSync(file)) throw new ToolUsageError(`cannot read '${file}': no such file`);
  const text = readFileSync(file, 'utf8');
  let locator: JsonLocator;
  try {
    locator = new JsonLocator(text);
  } catch (error) {
    if (!(error instanceof PythonJsonError)) throw error;
    const { line, column } = lineColumn(text, error.position);
    process.stdout.write(`${file}:${line}:${column} error invalid-json ${error.message}\n`);
    return 1;
  }
  const doc = JSON.parse(text) as unknown;
  const diagnostics = sortByDocumentOrder(doc, validateTaskDefinition(doc));
  for (const d of diagnostics) {
    const at = locator.locate(d.path);
    process.stdout.write(`${file}:${at.line}:${at.column} ${d.severity} ${d.code} ${d.message}\n`);
  }
  const rejected = diagnostics.filter(blocksRegistration).length;
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${diagnostics.filter((d) => d.severity === s).length} ${s}(s)`);
  process.stderr.write(`${counts.join(', ')}; ${rejected ? 'AWS would reject this task definition' : 'AWS would accept this task definition'}\n`);
  return rejected ? 1 : 0;
}

function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}
