/**
 * "Show solution" without overwriting anything: for each step, the reference commands next to what the learner
 * did. Commands are compared by what they do (`aws ecs create-service`, `sim advance`), not by their exact text:
 * the learner's create-service with other flags still "did that", and the comparison shows their own line.
 */
import { splitScript } from '../../sim/index.ts';
import type { RecordedCommand } from './session.ts';

/** One reference command and the learner's matching command, if they ran one. */
export interface ReferenceLine {
  command: string;
  /** What the command does, e.g. "aws ecs create-cluster"; undefined for lines such as `exit`. */
  action: string | undefined;
  /** The learner's own command that did the same, if any. */
  yours?: string;
}

/** How a step stands. */
export type StepStatus = 'done' | 'applied' | 'todo';

/** One step of the comparison. */
export interface StepComparison {
  id: string;
  title: string;
  status: StepStatus;
  lines: ReferenceLine[];
}

/** The whole comparison. */
export interface SolutionComparison {
  steps: StepComparison[];
  /** The learner's commands that match no reference command, by action, e.g. "aws ecs describe-services ×3". */
  others: string[];
}

/** What a command does: `aws <service> <operation>`, `sim <directive>`, or its first word. */
export function actionOf(command: string): string | undefined {
  const aws = /(?:^|[\s$(;|&])aws\s+([a-z0-9-]+)\s+([a-z0-9-]+)/.exec(command);
  if (aws) return `aws ${aws[1]} ${aws[2]}`;
  const sim = /^\s*sim\s+([a-z-]+)/.exec(command);
  if (sim) return `sim ${sim[1]}`;
  const word = /^\s*([A-Za-z_][\w.-]*)/.exec(command)?.[1];
  return word === undefined || word === 'exit' || word === 'clear' ? undefined : word;
}

/**
 * Compares the reference solution with the learner's commands. `reached` and `applied` come from the session.
 * Each learner command is matched at most once, so running create-cluster once does not satisfy two steps.
 */
export function compareSolution(
  steps: readonly { id: string; title: string }[],
  solution: readonly { step: string; script: string }[],
  reached: Readonly<Record<string, number>>,
  applied: readonly string[],
  commands: readonly RecordedCommand[],
): SolutionComparison {
  const mine = commands.filter((c) => c.note === undefined).map((c) => ({ text: c.text, action: actionOf(c.text), used: false }));
  const result = steps.map((step): StepComparison => {
    const script = solution.find((s) => s.step === step.id)?.script ?? '';
    const lines = splitScript(script).map((c): ReferenceLine => {
      const action = actionOf(c.text);
      const match = action === undefined ? undefined : mine.find((m) => !m.used && m.action === action);
      if (match) match.used = true;
      return match ? { command: c.text, action, yours: match.text } : { command: c.text, action };
    });
    const status: StepStatus = !(step.id in reached) ? 'todo' : applied.includes(step.id) ? 'applied' : 'done';
    return { id: step.id, title: step.title, status, lines };
  });
  const counts = new Map<string, number>();
  for (const m of mine) if (!m.used && m.action) counts.set(m.action, (counts.get(m.action) ?? 0) + 1);
  const others = [...counts].map(([action, n]) => (n > 1 ? `${action} ×${n}` : action));
  return { steps: result, others };
}
