/**
 * The task-definition shapes the simulator stores and returns, as the ECS API returns them (BC-ECS:TaskDefinition,
 * ContainerDefinition). JSON-only, so registries can be snapshotted with JSON.stringify.
 *
 * Only the members the simulator reads are spelled out; every other API member is carried through unchanged
 * (the index signatures), so a describe returns what was registered.
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/** `{ name, value }` (environment variables, requiresAttributes…). */
export type KeyValuePair = { name?: string; value?: string };

/** A port mapping after normalisation (`protocol` defaulted; `hostPort` filled under awsvpc). */
export type PortMapping = {
  containerPort?: number;
  hostPort?: number;
  protocol?: 'tcp' | 'udp';
  name?: string;
  appProtocol?: 'http' | 'http2' | 'grpc';
  containerPortRange?: string;
};

/** A `secrets[]` entry: environment variable name and the Secrets Manager / SSM reference. */
export type Secret = { name: string; valueFrom: string };

/** Container log configuration. */
export type LogConfiguration = {
  logDriver: string;
  options?: { [key: string]: string };
  secretOptions?: Secret[];
};

/** Container health check (ranges in RULES.md; defaults filled at registration). */
export type HealthCheck = {
  command: string[];
  interval?: number;
  timeout?: number;
  retries?: number;
  startPeriod?: number;
};

/** A `dependsOn` entry. */
export type ContainerDependency = { containerName: string; condition: 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY' };

/** A container definition as ECS returns it. */
export type ContainerDefinition = {
  name: string;
  image: string;
  cpu: number;
  memory?: number;
  memoryReservation?: number;
  portMappings: PortMapping[];
  essential: boolean;
  environment: KeyValuePair[];
  mountPoints: JsonValue[];
  volumesFrom: JsonValue[];
  secrets?: Secret[];
  dependsOn?: ContainerDependency[];
  stopTimeout?: number;
  logConfiguration?: LogConfiguration;
  healthCheck?: HealthCheck;
  repositoryCredentials?: { credentialsParameter: string };
  [member: string]: JsonValue | undefined;
};

/** Status of a task-definition revision. */
export type TaskDefinitionStatus = 'ACTIVE' | 'INACTIVE' | 'DELETE_IN_PROGRESS';

/** A resource tag. */
export type Tag = { key?: string; value?: string };

/** A registered task-definition revision, shaped like the `taskDefinition` member of the ECS responses. */
export type TaskDefinition = {
  taskDefinitionArn: string;
  containerDefinitions: ContainerDefinition[];
  family: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  networkMode?: 'bridge' | 'host' | 'awsvpc' | 'none';
  revision: number;
  volumes: JsonValue[];
  status: TaskDefinitionStatus;
  requiresAttributes: { name: string; value?: string; targetType?: string; targetId?: string }[];
  placementConstraints: JsonValue[];
  compatibilities: string[];
  requiresCompatibilities?: string[];
  /** CPU units as a string, e.g. "256" (normalised from "1 vCPU" forms). */
  cpu?: string;
  /** MiB as a string, e.g. "512" (normalised from "2 GB" forms). */
  memory?: string;
  registeredAt: string;
  deregisteredAt?: string;
  deleteRequestedAt?: string;
  registeredBy: string;
  ephemeralStorage?: { sizeInGiB: number };
  [member: string]: JsonValue | undefined;
};
