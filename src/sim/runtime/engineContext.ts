/** What the ECS operation handlers need from the engine: the state and task-definition lookups. */
import type { RegistryContext } from '../taskdef/index.ts';
import type { SimState } from './state.ts';
import type { TaskDefinitionLookup } from './taskLifecycle.ts';
import type { TaskDefinitionView } from './taskDefinitionView.ts';

/** The engine as seen by operation handlers. */
export interface Engine {
  state: SimState;
  /** A task definition by ARN, whatever its status. */
  lookup: TaskDefinitionLookup;
  /** `family`, `family:rev` or an ARN → the revision (`family` = latest ACTIVE). */
  resolve(ref: string): TaskDefinitionView | undefined;
  /** The context the task-definition module's operations take. */
  registryContext(): RegistryContext;
}
