/**
 * Proves a lab solvable: from its starting scenario the first check fails (the lab is not already done),
 * and after step k's reference solution, step k's check passes. Used by `ecs-course check` and the tests.
 */
import { runScript } from '../sim/index.ts';
import { evaluateStep } from './evaluate.ts';
import { startLab } from './startLab.ts';
import type { Lab } from './labSchema.ts';

/** What happened at one step of the replay. */
export interface StepReplay {
  id: string;
  passed: boolean;
  message: string;
  actual: unknown;
}

/** The replay of a whole lab; `problems` is empty when the lab is sound. */
export interface LabVerification {
  problems: string[];
  steps: StepReplay[];
}

function firstLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}

/** Replays the lab's solution step by step and reports every problem. Never throws. */
export function verifyLab(lab: Lab, id: string): LabVerification {
  const problems: string[] = [];
  const steps: StepReplay[] = [];
  const { sim, shell, setupFailures } = startLab(lab, id);
  for (const f of setupFailures) problems.push(`scenario.setup line ${f.line} failed (exit ${f.exitCode}): ${firstLine(f.stderr || f.stdout)}`);

  const first = lab.steps[0]!;
  const before = evaluateStep(sim, first);
  if (before.passed) problems.push(`step "${first.id}" already passes before the learner does anything (actual ${JSON.stringify(before.actual)}); the lab would be done at the start`);

  for (const step of lab.steps) {
    const script = lab.solution.find((s) => s.step === step.id)?.script ?? '';
    for (const run of runScript(sim, script, { shell })) {
      if (run.exitCode !== 0) problems.push(`solution of step "${step.id}", line ${run.line} failed (exit ${run.exitCode}): ${firstLine(run.stderr || run.stdout)}`);
    }
    const outcome = evaluateStep(sim, step);
    steps.push({ id: step.id, passed: outcome.passed, message: outcome.message, actual: outcome.actual });
    if (!outcome.passed) problems.push(`step "${step.id}": its check still fails after its solution: ${outcome.message} [actual: ${JSON.stringify(outcome.actual)}]`);
  }
  return { problems, steps };
}
