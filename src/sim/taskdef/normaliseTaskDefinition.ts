/**
 * Turns a validated RegisterTaskDefinition input into the stored revision, the way ECS echoes it back:
 * task cpu/memory as unit/MiB strings, container defaults filled in (`cpu: 0`, `essential: true`, empty
 * `environment`/`mountPoints`/`volumesFrom`/`portMappings`, `protocol: "tcp"`, `hostPort` = `containerPort` under
 * awsvpc, health-check defaults), `volumes`/`placementConstraints` lists, `requiresAttributes`, `compatibilities`,
 * `status`, `registeredAt`, `registeredBy`. Members keep the API model's order so CLI output reads like AWS's.
 */
import { isValidFargateSize, parseTaskCpu, parseTaskMemory } from './fargateSizing.ts';
import { isPrivateEcrImage } from './imageReference.ts';
import { cloneJson, getArray, getObject, getString, isObject, setOwn, type JsonObject } from './jsonAccess.ts';
import { parseSecretReference } from './secretReference.ts';
import type { ContainerDefinition, TaskDefinition } from './taskDefinitionTypes.ts';

/** Where and by whom a revision is registered. */
export interface RevisionIdentity {
  taskDefinitionArn: string;
  revision: number;
  registeredAt: string;
  registeredBy: string;
}

// Response member order (BC-ECS:TaskDefinition and ContainerDefinition).
const TASK_MEMBER_ORDER = [
  'taskDefinitionArn',
  'containerDefinitions',
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'revision',
  'volumes',
  'status',
  'requiresAttributes',
  'placementConstraints',
  'compatibilities',
  'runtimePlatform',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'inferenceAccelerators',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'registeredAt',
  'deregisteredAt',
  'deleteRequestedAt',
  'registeredBy',
  'ephemeralStorage',
  'enableFaultInjection',
];
const CONTAINER_MEMBER_ORDER = [
  'name',
  'image',
  'repositoryCredentials',
  'cpu',
  'memory',
  'memoryReservation',
  'links',
  'portMappings',
  'essential',
  'restartPolicy',
  'entryPoint',
  'command',
  'environment',
  'environmentFiles',
  'mountPoints',
  'volumesFrom',
  'linuxParameters',
  'secrets',
  'dependsOn',
  'startTimeout',
  'stopTimeout',
  'versionConsistency',
  'hostname',
  'user',
  'workingDirectory',
  'disableNetworking',
  'privileged',
  'readonlyRootFilesystem',
  'dnsServers',
  'dnsSearchDomains',
  'extraHosts',
  'dockerSecurityOptions',
  'interactive',
  'pseudoTerminal',
  'dockerLabels',
  'ulimits',
  'logConfiguration',
  'healthCheck',
  'systemControls',
  'resourceRequirements',
  'firelensConfiguration',
  'credentialSpecs',
];

/** Health-check values ECS fills in when omitted (BC-ECS:HealthCheck); startPeriod stays absent ("off"). */
export const HEALTH_CHECK_DEFAULTS = { interval: 30, timeout: 5, retries: 3 } as const;

/** Copies `obj`'s members in `order`, then any others in their original order. */
function ordered(obj: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of order) if (Object.hasOwn(obj, key) && obj[key] !== undefined) setOwn(out, key, obj[key]);
  for (const [key, value] of Object.entries(obj)) if (!Object.hasOwn(out, key) && value !== undefined) setOwn(out, key, value);
  return out;
}

function normaliseContainer(def: JsonObject, networkMode: string | undefined): ContainerDefinition {
  const c = cloneJson(def);
  c['cpu'] ??= 0;
  c['essential'] ??= true;
  c['environment'] ??= [];
  c['mountPoints'] ??= [];
  c['volumesFrom'] ??= [];
  const fixedHostPort = networkMode === 'awsvpc' || networkMode === 'host';
  c['portMappings'] = (getArray(c, 'portMappings') ?? []).map((m) => {
    if (!isObject(m)) return m;
    const mapping: JsonObject = { ...m };
    if (fixedHostPort && mapping['hostPort'] === undefined && mapping['containerPort'] !== undefined) {
      mapping['hostPort'] = mapping['containerPort'];
    }
    mapping['protocol'] ??= 'tcp';
    return ordered(mapping, ['containerPort', 'hostPort', 'protocol', 'name', 'appProtocol', 'containerPortRange']);
  });
  const log = getObject(c, 'logConfiguration');
  if (log !== undefined) {
    log['secretOptions'] ??= [];
    c['logConfiguration'] = ordered(log, ['logDriver', 'options', 'secretOptions']);
  }
  const hc = getObject(c, 'healthCheck');
  if (hc !== undefined) {
    c['healthCheck'] = ordered({ ...HEALTH_CHECK_DEFAULTS, ...hc }, ['command', 'interval', 'timeout', 'retries', 'startPeriod']);
  }
  return ordered(c, CONTAINER_MEMBER_ORDER) as ContainerDefinition;
}

/**
 * The `requiresAttributes` ECS derives from the features a revision uses (names as the ECS agent advertises them;
 * the exact list AWS returns is an approximation, marked [I] in RULES.md).
 */
export function deriveRequiresAttributes(td: Pick<TaskDefinition, 'containerDefinitions' | 'networkMode' | 'taskRoleArn' | 'executionRoleArn'>): { name: string }[] {
  const containers = td.containerDefinitions;
  const hasExecRole = (td.executionRoleArn ?? '') !== '';
  const awslogs = containers.some((c) => c.logConfiguration?.logDriver === 'awslogs');
  const ecr = containers.some((c) => typeof c.image === 'string' && isPrivateEcrImage(c.image));
  const secretKinds = new Set(
    containers.flatMap((c) => (c.secrets ?? []).map((s) => parseSecretReference(String(s.valueFrom))?.kind)),
  );
  const healthCheck = containers.some((c) => c.healthCheck !== undefined);
  const names: [boolean, string][] = [
    [awslogs, 'com.amazonaws.ecs.capability.logging-driver.awslogs'],
    [awslogs && hasExecRole, 'ecs.capability.execution-role-awslogs'],
    [ecr, 'com.amazonaws.ecs.capability.ecr-auth'],
    [awslogs, 'com.amazonaws.ecs.capability.docker-remote-api.1.19'],
    [secretKinds.has('secretsmanager'), 'ecs.capability.secrets.asm.environment-variables'],
    [secretKinds.has('ssm'), 'ecs.capability.secrets.ssm.environment-variables'],
    [(td.taskRoleArn ?? '') !== '', 'com.amazonaws.ecs.capability.task-iam-role'],
    [healthCheck, 'ecs.capability.container-health-check'],
    [ecr && hasExecRole, 'ecs.capability.execution-role-ecr-pull'],
    [containers.some((c) => (c.dependsOn ?? []).length > 0), 'ecs.capability.container-ordering'],
    [
      containers.some((c) => c.repositoryCredentials !== undefined),
      'com.amazonaws.ecs.capability.private-registry-authentication.secretsmanager',
    ],
    [true, 'com.amazonaws.ecs.capability.docker-remote-api.1.18'],
    [td.networkMode === 'awsvpc', 'ecs.capability.task-eni'],
  ];
  return names.filter(([on]) => on).map(([, name]) => ({ name }));
}

/**
 * What ECS computed the revision can run on: awsvpc with a valid Fargate size → EC2 and FARGATE; other
 * awsvpc revisions → EC2; bridge/host/none → EXTERNAL and EC2 (as in the CLI's register example).
 */
export function deriveCompatibilities(td: Pick<TaskDefinition, 'networkMode' | 'cpu' | 'memory'>): string[] {
  if (td.networkMode !== 'awsvpc') return ['EXTERNAL', 'EC2'];
  const cpu = parseTaskCpu(td.cpu);
  const memory = parseTaskMemory(td.memory);
  return cpu !== undefined && memory !== undefined && isValidFargateSize(cpu, memory) ? ['EC2', 'FARGATE'] : ['EC2'];
}

/** Builds the stored revision from a validated input. `tags` are not part of the revision. */
export function normaliseTaskDefinition(input: JsonObject, identity: RevisionIdentity): TaskDefinition {
  const td = cloneJson(input);
  delete td['tags'];
  const networkMode = getString(td, 'networkMode');
  td['containerDefinitions'] = (getArray(td, 'containerDefinitions') ?? [])
    .filter(isObject)
    .map((c) => normaliseContainer(c, networkMode));
  const cpu = parseTaskCpu(td['cpu']);
  if (cpu !== undefined) td['cpu'] = String(cpu);
  const memory = parseTaskMemory(td['memory']);
  if (memory !== undefined) td['memory'] = String(memory);
  td['volumes'] ??= [];
  td['placementConstraints'] ??= [];
  td['taskDefinitionArn'] = identity.taskDefinitionArn;
  td['revision'] = identity.revision;
  td['status'] = 'ACTIVE';
  td['registeredAt'] = identity.registeredAt;
  td['registeredBy'] = identity.registeredBy;
  const partial = td as TaskDefinition;
  td['requiresAttributes'] = deriveRequiresAttributes(partial);
  td['compatibilities'] = deriveCompatibilities(partial);
  return ordered(td, TASK_MEMBER_ORDER) as TaskDefinition;
}
