/**
 * For grounded challenges: the facts of the learner's own simulation run, or a plain sentence saying why
 * there are none (no simulator on this page, no stopped task yet), so the grader never grades the
 * grounded part against nothing without saying so.
 */
import type { Challenge } from '../../grading/rubricSchema.ts';
import type { Facts } from '../../grading/grounding.ts';

/** Facts to grade with, and a note for the learner when the grounded part could not be graded. */
export interface Grounding {
  facts?: Facts;
  note?: string;
}

/** True when the page has a simulator widget (the terminal or a view). */
export function pageHasSimulation(): boolean {
  return document.querySelector('.ecs-sim') !== null;
}

/** Reads the facts from the page's simulation (loaded lazily) for a grounded challenge. Never throws. */
export async function groundingFacts(challenge: Challenge): Promise<Grounding> {
  const grounded = challenge.rubric.grounded;
  if (!grounded) return {};
  const part = `the part about your own run (${grounded.label})`;
  if (!pageHasSimulation()) {
    return { note: `This page has no simulator, so ${part} was not graded; the rest of your answer was. Answer it on the lesson with the simulator to get that part checked.` };
  }
  try {
    const [{ getSimulation }, { runFacts }] = await Promise.all([import('../sim-store.ts'), import('./facts.ts')]);
    const { facts, stoppedTasks } = runFacts((await getSimulation()).handle);
    if (stoppedTasks === 0 || !facts[grounded.fact]) {
      return { note: `No task has stopped in your simulation on this page yet, so ${part} was not graded; the rest of your answer was. Make a task stop (for example inject a fault and roll out), find it with list-tasks --desired-status STOPPED, then check again.` };
    }
    return { facts };
  } catch {
    return { note: `The simulator could not be started, so ${part} was not graded; the rest of your answer was.` };
  }
}
