/**
 * Runs a shell-like script (a lab solution, a lesson's command block, `ecs-sim run FILE`) line by line
 * through one Shell, joining `\` continuations and multi-line quotes into one command, and records every
 * command as a step.
 */
import type { SimulationHandle } from '../contract.ts';
import { Shell, type ShellOptions } from './shell.ts';
import { isIncomplete } from './shellWords.ts';

/** One command of a script and what it printed. */
export interface ScriptStep {
  /** 1-based line where the command starts. */
  line: number;
  /** The command as written (continuation lines included). */
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Virtual time when the command started, ISO 8601 UTC. */
  at: string;
}

/** Options of a script run. */
export interface RunScriptOptions extends ShellOptions {
  /** Called after each step, so a caller can print as the script runs. */
  onStep?: (step: ScriptStep) => void;
  /** The shell to run in (a terminal's, to keep its variables); a fresh one by default. */
  shell?: Shell;
}

/** Splits a script into commands: `{ line, text }`, skipping blank and comment-only lines. */
export function splitScript(text: string): { line: number; text: string }[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const commands: { line: number; text: string }[] = [];
  let pending: string | undefined;
  let start = 0;
  lines.forEach((physical, index) => {
    if (pending === undefined) {
      if (physical.trim() === '' || physical.trim().startsWith('#')) return;
      pending = physical;
      start = index + 1;
    } else {
      pending += `\n${physical}`;
    }
    if (!isIncomplete(pending)) {
      commands.push({ line: start, text: pending });
      pending = undefined;
    }
  });
  if (pending !== undefined) commands.push({ line: start, text: pending });
  return commands;
}

/** Runs the script; stops early only at `exit`. Never throws. */
export function runScript(sim: SimulationHandle, text: string, options: RunScriptOptions = {}): ScriptStep[] {
  const shell = options.shell ?? new Shell(sim, options);
  const steps: ScriptStep[] = [];
  for (const command of splitScript(text)) {
    const at = new Date(sim.now()).toISOString();
    const result = shell.run(command.text);
    const step: ScriptStep = {
      line: command.line,
      command: command.text,
      exitCode: result.exitCode,
      stdout: result.stdout,
      stderr: result.stderr,
      at,
    };
    steps.push(step);
    options.onStep?.(step);
    if (result.exit) break;
  }
  return steps;
}
