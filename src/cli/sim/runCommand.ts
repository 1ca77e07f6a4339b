/**
 * `ecs-sim run FILE`: runs a script against a fresh simulation and prints what the AWS CLI would print.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

import { runScript, type ScriptStep } from '../../sim/index.ts';
import { createEngine } from './loadEngine.ts';
import { ToolUsageError } from './main.ts';

/** Options of `run`. */
export interface RunFileOptions {
  seed: string | undefined;
  json: boolean;
  echo: boolean;
}

/** Reads `file://` paths relative to the script's directory, then from the simulation's virtual files. */
export function scriptFileReader(scriptDir: string, virtual: (path: string) => string | undefined) {
  return (path: string): string | undefined => {
    const real = isAbsolute(path) ? path : resolve(scriptDir, path);
    if (existsSync(real) && statSync(real).isFile()) return readFileSync(real, 'utf8');
    return virtual(path.replace(/^\.\//, ''));
  };
}

/** Runs the script file; returns the tool's exit code. */
export async function runScriptFile(file: string, options: RunFileOptions): Promise<number> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ToolUsageError(`cannot read script '${file}': no such file`);
  const text = readFileSync(file, 'utf8');
  const sim = await createEngine(options.seed);
  const readFile = scriptFileReader(dirname(resolve(file)), (p) => sim.files.read(p));
  const print = (step: ScriptStep): void => {
    if (options.echo) process.stdout.write(`$ ${step.command}\n`);
    process.stdout.write(step.stdout);
    process.stderr.write(step.stderr);
  };
  const steps = runScript(sim, text, { readFile, onStep: options.json ? undefined : print });
  if (options.json) process.stdout.write(`${JSON.stringify(steps, null, 2)}\n`);
  return 0;
}
