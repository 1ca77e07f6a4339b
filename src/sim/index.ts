/**
 * The simulator core's only public entry. UI code, the Node tools and tests import from here.
 * Each layer adds its exports in its own section below.
 */
export { AwsError, isAwsError } from './errors.ts';
export * from './contract.ts';

// --- task definitions (taskdef/) ---
export {
  // validation (simulator + editor)
  validateTaskDefinition,
  blocksRegistration,
  launchBlockers,
  sortByDocumentOrder,
  formatParamValidationReport,
  botocoreName,
  PARAM_VALIDATION,
  DOCS as TASK_DEFINITION_DOCS,
  type Diagnostic,
  type JsonPath,
  // Fargate sizing (editor quick fixes)
  FARGATE_SIZES,
  FARGATE_VALID_PAIRS,
  FARGATE_CPU_VALUES,
  FARGATE_TASK_CPU,
  parseTaskCpu,
  parseTaskMemory,
  validMemoriesFor,
  validCpusFor,
  isValidFargateSize,
  nearestValidMemory,
  nearestValidCpu,
  nearestValidCpuValue,
  formatVcpu,
  type FargateCpuOption,
  // references inside documents
  parseImageReference,
  isPrivateEcrImage,
  parseSecretReference,
  looksLikeSecretName,
  type ImageReference,
  type SecretReference,
  // API shape (editor schema/completions)
  REGISTER_TASK_DEFINITION_INPUT,
  CONTAINER_DEFINITION_SHAPE,
  enumAt,
  type ApiShape,
  // stored shapes
  HEALTH_CHECK_DEFAULTS,
  type TaskDefinition,
  type TaskDefinitionStatus,
  type ContainerDefinition,
  type ContainerDependency,
  type PortMapping,
  type HealthCheck,
  type LogConfiguration,
  type Secret,
  type KeyValuePair,
  type Tag,
  // registry and operations
  createTaskDefinitionRegistry,
  resolveTaskDefinition,
  latestActiveRevision,
  purgeDeletedTaskDefinitions,
  parseTaskDefinitionRef,
  taskDefinitionArn,
  registerTaskDefinition,
  describeTaskDefinition,
  listTaskDefinitions,
  listTaskDefinitionFamilies,
  deregisterTaskDefinition,
  deleteTaskDefinitions,
  type TaskDefinitionRef,
  type TaskDefinitionRegistry,
  type TaskDefinitionFamily,
  type RegistryContext,
} from './taskdef/index.ts';

// --- engine (runtime/, machines/, scenarios/) ---
export {
  createSimulation,
  restoreSimulation,
  Simulation,
  type SimulationOptions,
  type SimulationSnapshot,
  type SimulationListener,
} from './runtime/simulation.ts';
export { DEFAULT_SETTINGS, type EngineSettings } from './runtime/settings.ts';
export { FAULT_DESCRIPTIONS } from './runtime/faults.ts';
export { costSummary, taskCost, billedSeconds, formatUsd } from './runtime/cost.ts';
export { rollingBounds, countsAsHealthy } from './runtime/serviceScheduler.ts';
export { serviceMessages } from './runtime/serviceEvents.ts';
export { ECS_OPERATIONS } from './ecs/ecsRouter.ts';
export type {
  SimState,
  TaskRecord,
  ServiceRecord,
  DeploymentRecord,
  ClusterRecord,
  ContainerRecord,
  ServiceEventRecord,
  FaultRecord,
} from './runtime/state.ts';
export {
  taskLifecycleMachine,
  taskLifecycle,
  containerHealthMachine,
  containerHealth,
  taskHealthFromContainers,
  deploymentMachine,
  deploymentRollout,
  circuitBreakerThreshold,
  createStepper,
  type Stepper,
  type TaskLifecycleState,
  type TaskLifecycleEvent,
  type ContainerHealthState,
  type ContainerHealthEvent,
  type RolloutState,
  type DeploymentEvent,
} from './machines/index.ts';
export { defaultScenario, CHAPTER_TASK_DEFINITION_JSON } from './scenarios/defaultScenario.ts';
export type {
  Scenario,
  ScenarioResources,
  SubnetSpec,
  SecurityGroupSpec,
  TargetGroupSpec,
  RoleSpec,
  PermissionSpec,
  SecretSpec,
  ParameterSpec,
  RepositorySpec,
  LogGroupSpec,
} from './scenarios/scenarioTypes.ts';

// --- AWS CLI layer (cli/) ---
export { Shell, runCommandLine, prepareCommandLines, type ShellResult, type ShellOptions } from './cli/shell.ts';
export { runScript, splitScript, type ScriptStep, type RunScriptOptions } from './cli/runScript.ts';
export { runAwsCommand, virtualFileReader, type AwsCommandResult, type AwsCommandOptions } from './cli/awsCommand.ts';
export { EXIT_USAGE, EXIT_SERVICE, EXIT_OTHER, type CommandResult } from './cli/cliErrors.ts';
export { splitWords, isIncomplete, ShellSyntaxError } from './cli/shellWords.ts';
export { JsonLocator, parseJsonPath, type JsonLocation } from './cli/jsonLocator.ts';
export { parsePythonJson, PythonJsonError, type JsonValue } from './cli/pythonJson.ts';
export { parseDuration, formatDuration, FAULT_KINDS, SIM_HELP } from './cli/simBasics.ts';
export { runSimDirective, summarizeAutoScaling } from './optional/lazyExports.ts';
export { formatResponse } from './cli/formatOutput.ts';
export { apiModels, cliNameOf, type ApiServiceModel } from './model/index.ts';

// --- Application Auto Scaling (autoscaling/): what views need to draw scaling (state shapes, the alarm
// chart, `sim state` text, load-model formulas). From the modules themselves, not autoscaling/index.ts: the
// operations and the per-minute evaluation are a part the browser loads on first use (src/sim/optional/),
// which a static import of that index would pull back into the core. ---
export { alarmMachine, nextAlarmState, type AlarmOutcome, type AlarmEvaluatedEvent } from './autoscaling/alarmMachine.ts';
export { createLoadState, loadMetrics, loadShape, type LoadState } from './autoscaling/loadModel.ts';
export { AUTOSCALING_OPERATIONS } from './autoscaling/operations.ts';
export type {
  AutoScalingState,
  ScalableTargetRecord,
  ScalingPolicyRecord,
  AlarmRecord,
  AlarmStateValue,
  ActivityRecord,
  ScheduledActionRecord,
  ServiceMetrics,
  NotScaledReason,
  StepAdjustment,
  SuspendedState,
  AutoScalingHost,
  ScalableServiceView,
} from './autoscaling/types.ts';
