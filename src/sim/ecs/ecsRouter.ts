/** Dispatches `call('ecs', operation, input)` to its handler; task-definition operations go to taskdef/. */
import {
  deleteTaskDefinitions,
  deregisterTaskDefinition,
  describeTaskDefinition,
  listTaskDefinitionFamilies,
  listTaskDefinitions,
  registerTaskDefinition,
} from '../taskdef/index.ts';
import type { Engine } from '../runtime/engineContext.ts';
import { createCluster, deleteCluster, describeClusters, listClusters } from './clusterOperations.ts';
import { ecsErrors } from './ecsErrors.ts';
import { executeCommand } from './executeCommand.ts';
import { createService, deleteService, describeServices, listServices, updateService } from './serviceOperations.ts';
import { describeTasks, listTasks, runTask, stopTaskOperation } from './taskOperations.ts';

type Handler = (engine: Engine, input: Record<string, unknown>) => unknown;

const registry =
  (op: typeof registerTaskDefinition | typeof describeTaskDefinition | typeof listTaskDefinitions | typeof listTaskDefinitionFamilies | typeof deregisterTaskDefinition | typeof deleteTaskDefinitions): Handler =>
  (engine, input) =>
    op(engine.state.taskDefinitions, input, engine.registryContext());

/** The ECS operations the simulator answers. */
export const ECS_OPERATIONS: Record<string, Handler> = {
  CreateCluster: createCluster,
  DescribeClusters: describeClusters,
  ListClusters: listClusters,
  DeleteCluster: deleteCluster,
  RegisterTaskDefinition: registry(registerTaskDefinition),
  DescribeTaskDefinition: registry(describeTaskDefinition),
  ListTaskDefinitions: registry(listTaskDefinitions),
  ListTaskDefinitionFamilies: registry(listTaskDefinitionFamilies),
  DeregisterTaskDefinition: registry(deregisterTaskDefinition),
  DeleteTaskDefinitions: registry(deleteTaskDefinitions),
  RunTask: runTask,
  StopTask: stopTaskOperation,
  ListTasks: listTasks,
  DescribeTasks: describeTasks,
  CreateService: createService,
  UpdateService: updateService,
  DeleteService: deleteService,
  DescribeServices: describeServices,
  ListServices: listServices,
  ExecuteCommand: executeCommand,
};

/** Runs one ECS operation. Throws AwsError. */
export function handleEcsOperation(engine: Engine, operation: string, input: Record<string, unknown>): unknown {
  const handler = Object.hasOwn(ECS_OPERATIONS, operation) ? ECS_OPERATIONS[operation] : undefined;
  if (!handler) throw ecsErrors.unsupported('ecs', operation);
  return handler(engine, input ?? {});
}
