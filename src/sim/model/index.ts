/**
 * The generated API tables, by CLI service name. The CLI layer reads flags, required members, enums and
 * waiters from here; nothing about an operation's input is written by hand.
 */
import type { ServiceName } from '../contract.ts';
import type { ApiOperation, ApiServiceModel } from './apiModelTypes.ts';
import { applicationAutoscalingModel } from './application-autoscaling.generated.ts';
import { cloudwatchModel } from './cloudwatch.generated.ts';
import { ecsModel } from './ecs.generated.ts';

export type { ApiOperation, ApiServiceModel, ApiShape, ApiWaiter } from './apiModelTypes.ts';
export { cliNameOf } from './cliNames.ts';

/** Every service the simulator answers, by CLI name. */
export const apiModels: Readonly<Record<ServiceName, ApiServiceModel>> = {
  ecs: ecsModel,
  'application-autoscaling': applicationAutoscalingModel,
  cloudwatch: cloudwatchModel,
};

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
