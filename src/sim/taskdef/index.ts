/**
 * Task definitions: validation with diagnostics (shared by the simulator and the editor), Fargate sizing, and the
 * registry operations (RegisterTaskDefinition, Describe…, List…, Deregister…, DeleteTaskDefinitions).
 * Rule codes are listed in RULES.md next to this file.
 */
export { DOCS, blocksRegistration, type Diagnostic, type JsonPath } from './diagnostic.ts';
export { validateTaskDefinition } from './validateTaskDefinition.ts';
export { launchBlockers } from './launchBlockers.ts';
export { sortByDocumentOrder } from './documentOrder.ts';
export { botocoreName, formatParamValidationReport, PARAM_VALIDATION } from './paramValidation.ts';
export {
  FARGATE_CPU_VALUES,
  FARGATE_TASK_CPU,
  FARGATE_SIZES,
  FARGATE_VALID_PAIRS,
  formatVcpu,
  isValidFargateSize,
  nearestValidCpu,
  nearestValidCpuValue,
  nearestValidMemory,
  parseTaskCpu,
  parseTaskMemory,
  validCpusFor,
  validMemoriesFor,
  type FargateCpuOption,
} from './fargateSizing.ts';
export { isPrivateEcrImage, parseImageReference, type ImageReference } from './imageReference.ts';
export { parseSecretReference, type SecretReference } from './secretReference.ts';
export { looksLikeSecretName } from './secretLikeName.ts';
export { CONTAINER_DEFINITION_SHAPE, REGISTER_TASK_DEFINITION_INPUT, enumAt, type ApiShape } from './apiShape.ts';
export type {
  ContainerDefinition,
  ContainerDependency,
  HealthCheck,
  JsonValue,
  KeyValuePair,
  LogConfiguration,
  PortMapping,
  Secret,
  Tag,
  TaskDefinition,
  TaskDefinitionStatus,
} from './taskDefinitionTypes.ts';
export { HEALTH_CHECK_DEFAULTS, deriveCompatibilities, deriveRequiresAttributes } from './normaliseTaskDefinition.ts';
export { parseTaskDefinitionRef, taskDefinitionArn, type TaskDefinitionRef } from './taskDefinitionRef.ts';
export {
  createTaskDefinitionRegistry,
  latestActiveRevision,
  purgeDeletedTaskDefinitions,
  resolveTaskDefinition,
  type RegistryContext,
  type TaskDefinitionFamily,
  type TaskDefinitionRegistry,
} from './registry.ts';
export {
  deleteTaskDefinitions,
  deregisterTaskDefinition,
  describeTaskDefinition,
  listTaskDefinitionFamilies,
  listTaskDefinitions,
  registerTaskDefinition,
} from './registryOperations.ts';
