/** The simulator's statecharts, exported so views can draw them and tests can walk them. */
export { taskLifecycleMachine, taskLifecycle, type TaskLifecycleState, type TaskLifecycleEvent } from './taskLifecycleMachine.ts';
export {
  containerHealthMachine,
  containerHealth,
  taskHealthFromContainers,
  type ContainerHealthState,
  type ContainerHealthEvent,
} from './containerHealthMachine.ts';
export {
  deploymentMachine,
  deploymentRollout,
  circuitBreakerThreshold,
  type RolloutState,
  type DeploymentEvent,
} from './deploymentMachine.ts';
export { createStepper, type Stepper } from './transitionTable.ts';
