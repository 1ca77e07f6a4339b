/**
 * The lifecycle of one Fargate task (reference §1.1). State names are ECS's `lastStatus` values.
 *
 *   PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED
 *   failed start:  PROVISIONING | PENDING → DEPROVISIONING → STOPPED   (never RUNNING)
 *
 * The machine holds no timers: the engine's event queue delivers the timed events and records timestamps,
 * so time lives in one place and the chart stays pure transition logic.
 */
import { setup } from 'xstate';
import { createStepper } from './transitionTable.ts';

/** ECS task `lastStatus` values a Fargate task passes through. */
export type TaskLifecycleState =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

/** Events the engine sends to a task. */
export type TaskLifecycleEvent =
  | { type: 'task.provisioned' } // ENI attached
  | { type: 'task.containers.started' } // image pulled, containers started
  | { type: 'task.activated' } // post-start steps (target registration) done
  | { type: 'task.start.failed' } // ENI, pull, secret or log set-up failed
  | { type: 'task.stop' } // StopTask, scheduler, health failure or essential container exit
  | { type: 'task.deactivated' } // deregistration/draining done
  | { type: 'task.containers.stopped' } // all containers exited
  | { type: 'task.deprovisioned' }; // ENI detached

/** The Fargate task statechart. */
export const taskLifecycleMachine = setup({
  types: { events: {} as TaskLifecycleEvent },
}).createMachine({
  id: 'fargateTask',
  initial: 'PROVISIONING',
  states: {
    PROVISIONING: {
      on: {
        'task.provisioned': 'PENDING',
        'task.start.failed': 'DEPROVISIONING',
        'task.stop': 'DEPROVISIONING',
      },
    },
    PENDING: {
      on: {
        'task.containers.started': 'ACTIVATING',
        'task.start.failed': 'DEPROVISIONING',
        'task.stop': 'DEPROVISIONING',
      },
    },
    ACTIVATING: {
      on: { 'task.activated': 'RUNNING', 'task.stop': 'DEACTIVATING' },
    },
    RUNNING: {
      on: { 'task.stop': 'DEACTIVATING' },
    },
    DEACTIVATING: {
      on: { 'task.deactivated': 'STOPPING' },
    },
    STOPPING: {
      on: { 'task.containers.stopped': 'DEPROVISIONING' },
    },
    DEPROVISIONING: {
      on: { 'task.deprovisioned': 'STOPPED' },
    },
    STOPPED: { type: 'final' },
  },
});

/** Memoised pure transitions of `taskLifecycleMachine`. */
export const taskLifecycle = createStepper<TaskLifecycleState, TaskLifecycleEvent>(taskLifecycleMachine);
