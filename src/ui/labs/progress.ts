/**
 * Which steps of a lab the learner has reached. Pure: the panel passes the simulated time and a function that
 * evaluates step i's check on the live simulation.
 *
 * Rules (the same order `ecs-course check` proves the lab in):
 * - Steps are reached in order: step k is only evaluated once steps before it are reached, so a later check
 *   that happens to hold at the start (a service that is already steady) is not ticked early.
 * - A reached step stays reached (a spike that scaled out and later scaled in keeps "scaled out" ticked),
 *   remembered with the simulated time it was reached at.
 * - Except when time did not move on since: a step reached at or after the current simulated time is checked
 *   again, so restoring an earlier checkpoint or starting the simulation over un-ticks what is no longer true.
 */

/** Simulated time (epoch ms) each reached step was reached at, by step id. */
export type Reached = Readonly<Record<string, number>>;

/** The outcome of evaluating one step. */
export interface StepOutcome {
  passed: boolean;
  message: string;
}

/** What `advance` found. */
export interface Advance {
  reached: Record<string, number>;
  /** Steps newly reached, in order. */
  gained: string[];
  /** Steps un-ticked because they no longer hold after time went back. */
  lost: string[];
  /** The first step not reached, with its outcome (undefined when all are reached). */
  next?: { index: number; outcome: StepOutcome };
}

/**
 * Brings `reached` up to date with the simulation at simulated time `now`.
 * @param stepIds the lab's step ids in order
 * @param evaluate evaluates step `index` now
 */
export function advance(stepIds: readonly string[], reached: Reached, now: number, evaluate: (index: number) => StepOutcome): Advance {
  const next: Record<string, number> = {};
  const lost: string[] = [];
  const gained: string[] = [];
  // The reached prefix (anything after a gap is dropped: order matters).
  let k = 0;
  while (k < stepIds.length && typeof reached[stepIds[k]!] === 'number') {
    next[stepIds[k]!] = reached[stepIds[k]!]!;
    k++;
  }
  for (let i = k; i < stepIds.length; i++) if (typeof reached[stepIds[i]!] === 'number') lost.push(stepIds[i]!);
  // Steps reached "now or later" are only as good as the current state.
  const evaluated = new Map<number, StepOutcome>();
  for (let i = 0; i < k; i++) {
    const id = stepIds[i]!;
    if (next[id]! < now) continue;
    const outcome = evaluate(i);
    evaluated.set(i, outcome);
    if (outcome.passed) {
      next[id] = Math.min(next[id]!, now);
      continue;
    }
    for (let j = i; j < k; j++) {
      delete next[stepIds[j]!];
      lost.push(stepIds[j]!);
    }
    k = i;
    break;
  }
  let index = k;
  for (; index < stepIds.length; index++) {
    const outcome = evaluated.get(index) ?? evaluate(index);
    if (!outcome.passed) return { reached: next, gained, lost: lost.filter((id) => !gained.includes(id)), next: { index, outcome } };
    next[stepIds[index]!] = now;
    gained.push(stepIds[index]!);
  }
  return { reached: next, gained, lost: lost.filter((id) => !gained.includes(id)) };
}
