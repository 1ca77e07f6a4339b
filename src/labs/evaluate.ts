/**
 * Evaluates a lab check against a running simulation. Pure: the same function runs behind the lab panel
 * in the browser and in `ecs-course check`. A check never changes the simulation (CLI checks are
 * read-only describe/list calls; predicates read `sim.view()`).
 */
import { runCommandLine, type Simulation } from '../sim/index.ts';
import { describeActual, describeExpectation, meets } from './compare.ts';
import { PREDICATES } from './predicates.ts';
import type { Check, LabStep } from './labSchema.ts';

/** The result of one check. */
export interface CheckOutcome {
  passed: boolean;
  /** The value compared (null when the command failed or the thing does not exist). */
  actual: unknown;
  /** For the learner: "Step passed." or the step's failMessage with {actual}/{expected} filled in. */
  message: string;
  /** Why the value could not be read (CLI error text, "there is no service …"). */
  detail?: string;
}

/** Adds `--output json` unless the command chooses an output itself. */
export function asJsonCommand(command: string): string {
  return /\s--output[\s=]/.test(command) ? command : `${command.trim()} --output json`;
}

/** Reads a check's actual value. */
export function readActual(sim: Simulation, check: Check): { actual: unknown; detail?: string } {
  if (check.kind === 'cli') {
    const result = runCommandLine(sim, asJsonCommand(check.command));
    if (result.exitCode !== 0) {
      const line = result.stderr.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? `exit code ${result.exitCode}`;
      return { actual: null, detail: line };
    }
    const out = result.stdout.trim();
    try {
      return { actual: out === '' ? null : (JSON.parse(out) as unknown) };
    } catch {
      return { actual: out };
    }
  }
  const predicate = PREDICATES[check.predicate];
  if (!predicate) return { actual: null, detail: `unknown predicate "${check.predicate}"` };
  const answer = predicate.run(sim.view(), check.args);
  return 'missing' in answer ? { actual: null, detail: answer.missing } : { actual: answer.value };
}

/** Evaluates one check; `failMessage` is the step's message template. */
export function evaluateCheck(sim: Simulation, check: Check, failMessage: string): CheckOutcome {
  const { actual, detail } = readActual(sim, check);
  if (meets(check.expect, actual)) return { passed: true, actual, message: 'Step passed.' };
  const message = failMessage.replaceAll('{actual}', describeActual(actual)).replaceAll('{expected}', describeExpectation(check.expect));
  return detail === undefined ? { passed: false, actual, message } : { passed: false, actual, message: `${message} (${detail})`, detail };
}

/** Evaluates a step's check. */
export function evaluateStep(sim: Simulation, step: LabStep): CheckOutcome {
  return evaluateCheck(sim, step.check, step.failMessage);
}
