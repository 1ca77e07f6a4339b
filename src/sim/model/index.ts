/**
 * The generated API tables, by CLI service name. The CLI layer reads flags, required members, enums and
 * waiters from here; nothing about an operation's input is written by hand.
 */
import type { ServiceName } from '../contract.ts';
import { optional } from '../optional/parts.ts';
import type { ApiOperation, ApiServiceModel } from './apiModelTypes.ts';
import { ecsModel } from './ecs.generated.ts';

export type { ApiOperation, ApiServiceModel, ApiShape, ApiWaiter } from './apiModelTypes.ts';
export { cliNameOf } from './cliNames.ts';

/**
 * Every service the simulator answers, by CLI name. The Application Auto Scaling and CloudWatch tables come
 * with that part of the simulator, which the browser loads on first use (src/sim/optional/): reading them
 * before throws OptionalNotLoadedError, a CLI error saying so. Listing the names never loads anything.
 */
export const apiModels: Readonly<Record<ServiceName, ApiServiceModel>> = Object.defineProperties({ ecs: ecsModel } as Record<ServiceName, ApiServiceModel>, {
  'application-autoscaling': { enumerable: true, get: () => optional.get('autoscaling').applicationAutoscalingModel },
  cloudwatch: { enumerable: true, get: () => optional.get('autoscaling').cloudwatchModel },
});

/** True for `ecs`, `application-autoscaling` and `cloudwatch`. */
export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(apiModels, name);
}

/** Finds an operation by its CLI sub-command (`create-service` → `CreateService`). */
export function findOperationByCommand(
  model: ApiServiceModel,
  command: string,
): { name: string; operation: ApiOperation } | undefined {
  let byCommand = commandIndex.get(model);
  if (byCommand === undefined) {
    byCommand = new Map();
    for (const [name, operation] of Object.entries(model.operations)) {
      if (!byCommand.has(operation.command)) byCommand.set(operation.command, { name, operation });
    }
    commandIndex.set(model, byCommand);
  }
  return byCommand.get(command);
}

/** Sub-command → operation, built once per model. */
const commandIndex = new WeakMap<ApiServiceModel, Map<string, { name: string; operation: ApiOperation }>>();
