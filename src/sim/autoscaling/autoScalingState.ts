/**
 * Creating the (empty) Application Auto Scaling state.
 */
import type { AutoScalingState } from './types.ts';

/** A state with no targets, policies, alarms, activities or scheduled actions. */
export function createAutoScalingState(): AutoScalingState {
  return { targets: {}, policies: [], alarms: {}, activities: [], scheduledActions: [] };
}

/** True while the engine must call `evaluateAutoScaling` every simulated minute. */
export function needsEvaluation(state: AutoScalingState): boolean {
  return Object.keys(state.targets).length > 0 || Object.keys(state.alarms).length > 0;
}
