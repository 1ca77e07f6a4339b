/**
 * The rollout state of one service deployment (reference §2.3, §2.5): IN_PROGRESS → COMPLETED, or
 * IN_PROGRESS → FAILED when the circuit breaker trips. A COMPLETED deployment chosen as a rollback target
 * goes back to IN_PROGRESS. The breaker's failure count lives in the deployment data (`failedTasks`) and
 * comes with the event, so the chart itself stays context-free.
 */
import { setup } from 'xstate';
import { createStepper } from './transitionTable.ts';

/** ECS deployment `rolloutState` values. */
export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

/** Events the scheduler sends to a deployment. */
export type DeploymentEvent =
  | { type: 'deployment.steady' } // desired healthy tasks of this revision, nothing else left
  | {
      type: 'deployment.task.failed';
      /** failedTasks after counting this task. */
      failedTasks: number;
      /** Circuit-breaker threshold; 0 when the breaker is disabled. */
      threshold: number;
    }
  | { type: 'deployment.rollback' }; // chosen as the circuit breaker's rollback target

/** The deployment statechart. */
export const deploymentMachine = setup({
  types: { events: {} as DeploymentEvent },
  guards: {
    breakerTripped: ({ event }) =>
      event.type === 'deployment.task.failed' && event.threshold > 0 && event.failedTasks >= event.threshold,
  },
}).createMachine({
  id: 'serviceDeployment',
  initial: 'IN_PROGRESS',
  states: {
    IN_PROGRESS: {
      on: {
        'deployment.steady': 'COMPLETED',
        'deployment.task.failed': { guard: 'breakerTripped', target: 'FAILED' },
      },
    },
    COMPLETED: {
      on: { 'deployment.rollback': 'IN_PROGRESS' },
    },
    FAILED: {},
  },
});

/** Memoised pure transitions of `deploymentMachine`. */
export const deploymentRollout = createStepper<RolloutState, DeploymentEvent>(deploymentMachine);

/**
 * The circuit-breaker threshold (reference §2.5): BOUNDED_PERCENT 50 by default = ceil(0.5 × desired)
 * clamped to [3, 200]; UNBOUNDED_PERCENT drops the clamp; COUNT is a fixed number.
 */
export function circuitBreakerThreshold(
  desiredCount: number,
  config: { type?: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT'; value?: number } = {},
): number {
  const type = config.type ?? 'BOUNDED_PERCENT';
  const value = config.value ?? 50;
  if (type === 'COUNT') return Math.max(1, Math.floor(value));
  const raw = Math.ceil((desiredCount * value) / 100);
  if (type === 'UNBOUNDED_PERCENT') return Math.max(1, raw);
  return Math.min(200, Math.max(3, raw));
}
