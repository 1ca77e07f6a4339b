/**
 * The contract between the simulator's layers. The engine (`runtime/`) implements `SimulationHandle`;
 * the CLI layer (`cli/`) only talks to a `SimulationHandle`, so it can be tested against a fake and
 * runs unchanged in the browser terminal and in the Node `ecs-sim` tool.
 *
 * Conventions every layer follows:
 * - API inputs and outputs are plain JSON values shaped exactly like the AWS API's
 *   (camelCase members for ECS, PascalCase for Application Auto Scaling).
 * - Timestamps in API outputs are strings already in the AWS CLI v2 form,
 *   `2026-01-15T09:00:00.000000+00:00` (see `formatAwsTimestamp`).
 * - Errors are thrown as `AwsError` (see errors.ts); nothing else is thrown on purpose.
 */

/** The AWS services the simulator answers, by their CLI names. */
export type ServiceName = 'ecs' | 'application-autoscaling' | 'cloudwatch';

/** Calls one API operation, e.g. `call('ecs', 'CreateService', {...})`. Throws `AwsError`. */
export interface ApiCaller {
  call(service: ServiceName, operation: string, input: Record<string, unknown>): unknown;
}

/** Load models a service can be driven with (`sim load …`). Percentages are 0–100+. */
export interface LoadSpec {
  /** Shape over time. `constant` holds `cpuPercent`; the others vary around it. */
  pattern: 'constant' | 'step' | 'spike' | 'daily';
  /** Average CPU utilisation the service would see at its current task count. */
  cpuPercent: number;
  /** Average memory utilisation (defaults to a value derived from CPU when absent). */
  memoryPercent?: number;
  /** ALB requests per target per minute (for ALBRequestCountPerTarget). */
  requestsPerTarget?: number;
}

/** Faults that can be injected (`sim fault <kind> …`). See runtime/faults.ts for what each does. */
export type FaultKind =
  | 'image-not-found'
  | 'no-route-to-ecr'
  | 'secret-access-denied'
  | 'health-check-failing'
  | 'container-exit'
  | 'out-of-memory'
  | 'subnet-ip-exhausted'
  | 'capacity-unavailable';

/** The output of one command typed into an ECS Exec shell. */
export interface ExecShellResult {
  output: string;
  exitCode: number;
  /** True once the session has ended (`exit`). */
  closed: boolean;
}

/**
 * The simulation's small virtual file system: files a scenario ships (e.g. `task-definition.json` for
 * `--cli-input-json file://task-definition.json`) and files the editor saves. Paths are relative, `/`-separated.
 */
export interface VirtualFiles {
  read(path: string): string | undefined;
  write(path: string, text: string): void;
  list(): string[];
}

/** Everything the CLI layer needs from a running simulation. */
export interface SimulationHandle extends ApiCaller {
  /** Files the scenario ships and the learner saved. */
  readonly files: VirtualFiles;
  /** Virtual time, epoch milliseconds. */
  now(): number;
  /** Moves virtual time forward, firing every event that falls due. */
  advance(ms: number): void;
  /** Advances until the service is steady (one COMPLETED deployment, running = desired) or the timeout passes. */
  waitSteady(cluster: string, service: string, timeoutMs: number): { reached: boolean; elapsedMs: number };
  /** Sets the load model of a service. Throws AwsError-free plain Error for unknown services. */
  setLoad(cluster: string, service: string, load: LoadSpec): void;
  /** Injects a fault; returns a one-line description of what will now go wrong. */
  injectFault(kind: FaultKind, options: Record<string, string>): string;
  /** Removes every injected fault of that kind (or all when absent); returns a description. */
  clearFault(kind?: FaultKind): string;
  /** A readable multi-line summary of clusters, services, tasks and scaling (for `sim state`). */
  describeState(): string;
  /** Runs one line in an ECS Exec session opened by the ExecuteCommand operation. */
  execShell(sessionId: string, commandLine: string): ExecShellResult;
}

/** Formats epoch milliseconds the way AWS CLI v2 prints timestamps (UTC, microseconds, `+00:00`). */
export function formatAwsTimestamp(epochMs: number): string {
  // The same instants (event and deployment times) are printed over and over: remember recent ones.
  const cached = timestampCache.get(epochMs);
  if (cached !== undefined) return cached;
  const iso = new Date(epochMs).toISOString(); // 2026-01-15T09:00:00.000Z
  const text = `${iso.slice(0, 23)}000+00:00`;
  if (timestampCache.size >= TIMESTAMP_CACHE_SIZE) timestampCache.clear();
  timestampCache.set(epochMs, text);
  return text;
}

const TIMESTAMP_CACHE_SIZE = 4096;
const timestampCache = new Map<number, string>();
