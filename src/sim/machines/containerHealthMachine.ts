/**
 * A container's health status under its task-definition `healthCheck` (reference §1.2).
 * UNKNOWN while being evaluated; a passing probe makes it HEALTHY (even inside startPeriod); failures
 * inside startPeriod do not count; `retries` consecutive counted failures make it UNHEALTHY.
 * The engine counts the failures and passes the count in the event, so the chart needs no context.
 */
import { setup } from 'xstate';
import { createStepper } from './transitionTable.ts';

/** ECS container `healthStatus` values. */
export type ContainerHealthState = 'UNKNOWN' | 'HEALTHY' | 'UNHEALTHY';

/** One probe result. */
export type ContainerHealthEvent =
  | { type: 'health.probe.passed' }
  | {
      type: 'health.probe.failed';
      /** Consecutive failures counted so far, including this one (0 while inside startPeriod). */
      countedFailures: number;
      /** The health check's `retries`. */
      retries: number;
    };

/** The container health statechart. */
export const containerHealthMachine = setup({
  types: { events: {} as ContainerHealthEvent },
  guards: {
    retriesExhausted: ({ event }) => event.type === 'health.probe.failed' && event.countedFailures >= event.retries,
  },
}).createMachine({
  id: 'containerHealth',
  initial: 'UNKNOWN',
  states: {
    UNKNOWN: {
      on: {
        'health.probe.passed': 'HEALTHY',
        'health.probe.failed': { guard: 'retriesExhausted', target: 'UNHEALTHY' },
      },
    },
    HEALTHY: {
      on: { 'health.probe.failed': { guard: 'retriesExhausted', target: 'UNHEALTHY' } },
    },
    UNHEALTHY: {
      on: { 'health.probe.passed': 'HEALTHY' },
    },
  },
});

/** Memoised pure transitions of `containerHealthMachine`. */
export const containerHealth = createStepper<ContainerHealthState, ContainerHealthEvent>(containerHealthMachine);

/** Task health from its essential containers: UNHEALTHY > UNKNOWN > HEALTHY (reference §1.2 table). */
export function taskHealthFromContainers(
  containers: readonly { essential: boolean; healthStatus: ContainerHealthState }[],
): ContainerHealthState {
  let result: ContainerHealthState = 'HEALTHY';
  for (const c of containers) {
    if (!c.essential) continue;
    if (c.healthStatus === 'UNHEALTHY') return 'UNHEALTHY';
    if (c.healthStatus === 'UNKNOWN') result = 'UNKNOWN';
  }
  return result;
}
