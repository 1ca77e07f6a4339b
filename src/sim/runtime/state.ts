/**
 * The simulation's whole state: plain JSON data only (no classes, no functions, no undefined inside arrays),
 * so `JSON.parse(JSON.stringify(state))` is an exact snapshot. Time is epoch milliseconds everywhere;
 * API outputs format it with `formatAwsTimestamp`.
 */
import type { LoadSpec, FaultKind } from '../contract.ts';
import type { AutoScalingState, LoadState } from '../autoscaling/index.ts';
import type { TaskDefinitionRegistry } from '../taskdef/index.ts';
import type { ContainerHealthState } from '../machines/containerHealthMachine.ts';
import type { RolloutState } from '../machines/deploymentMachine.ts';
import type { TaskLifecycleState, TaskLifecycleEvent } from '../machines/taskLifecycleMachine.ts';
import type { ScenarioResources } from '../scenarios/scenarioTypes.ts';
import type { EngineSettings } from './settings.ts';

/** Something the event queue delivers at a given time. */
export type ScheduledEvent =
  | { kind: 'task'; taskId: string; from: TaskLifecycleState; event: TaskLifecycleEvent['type'] }
  | { kind: 'health.probe'; taskId: string; container: string; generation: number }
  | { kind: 'target.check'; taskId: string; generation: number }
  | { kind: 'container.exit'; taskId: string; container: string; exitCode: number; reason?: string }
  | { kind: 'task.purge'; taskId: string }
  | { kind: 'service.reconcile'; serviceKey: string }
  | { kind: 'autoscaling.tick' };

/** A queued event with its due time and tie-breaking sequence number. */
export interface QueuedEvent {
  at: number;
  seq: number;
  event: ScheduledEvent;
}

/** The account the learner works in. */
export interface AccountInfo {
  accountId: string;
  region: string;
  callerArn: string;
}

/** An ECS cluster. */
export interface ClusterRecord {
  name: string;
  arn: string;
  status: 'ACTIVE' | 'INACTIVE';
  createdAt: number;
  settings: { name: string; value: string }[];
  tags: { key: string; value: string }[];
}

/** One container of a task. */
export interface ContainerRecord {
  name: string;
  arn: string;
  image: string;
  essential: boolean;
  lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
  healthStatus: ContainerHealthState;
  /** Container has a task-definition healthCheck. */
  hasHealthCheck: boolean;
  /** Consecutive counted failed probes. */
  failedProbes: number;
  exitCode?: number;
  reason?: string;
  imageDigest?: string;
  runtimeId?: string;
  startedAt?: number;
  cpu: number;
  memory?: number;
  ports: number[];
}

/** ELB target state of a task registered in a target group. */
export interface TargetRecord {
  targetGroupArn: string;
  containerName: string;
  containerPort: number;
  state: 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'unused';
  consecutivePassed: number;
  consecutiveFailed: number;
  /** Bumped to cancel outstanding health-check events. */
  generation: number;
  /** Why the last check failed (E5's reason). */
  failureReason?: string;
}

/** One ECS task. */
export interface TaskRecord {
  id: string;
  arn: string;
  cluster: string;
  /** `cluster/service` key when started by a service. */
  serviceKey?: string;
  deploymentId?: string;
  startedBy?: string;
  group: string;
  taskDefinitionArn: string;
  family: string;
  revision: number;
  launchType: 'FARGATE';
  platformVersion: string;
  cpu: string;
  memory: string;
  lastStatus: TaskLifecycleState;
  desiredStatus: 'RUNNING' | 'STOPPED';
  healthStatus: ContainerHealthState;
  containers: ContainerRecord[];
  subnetId: string;
  availabilityZone: string;
  privateIp: string;
  eniId: string;
  macAddress: string;
  attachmentId: string;
  securityGroups: string[];
  assignPublicIp: 'ENABLED' | 'DISABLED';
  enableExecuteCommand: boolean;
  version: number;
  createdAt: number;
  connectivityAt?: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  startedAt?: number;
  stoppingAt?: number;
  executionStoppedAt?: number;
  stoppedAt?: number;
  stopCode?: 'TaskFailedToStart' | 'EssentialContainerExited' | 'UserInitiated' | 'ServiceSchedulerInitiated';
  stoppedReason?: string;
  /** When the service first saw the task as unhealthy (container or ELB), for grace periods and replacement. */
  unhealthySince?: number;
  /** Why the scheduler will stop it: 'container' or 'elb' health failure. */
  unhealthyKind?: 'container' | 'elb';
  /** Counted healthy toward minimumHealthyPercent (cached by the scheduler's health rules). */
  countedHealthy: boolean;
  /** Health-probe generation; bumped to cancel scheduled probes. */
  probeGeneration: number;
  target?: TargetRecord;
  /** RunTask `overrides.containerOverrides` (name, command, environment), as given. */
  containerOverrides?: { name: string; command?: string[]; environment?: { name: string; value: string }[] }[];
  /** The pre-start failure to report when the scheduled `task.start.failed` arrives. */
  startFailure?: string;
  /** The scheduler has counted this task's failure (circuit breaker, throttle). */
  failureAccounted?: boolean;
  /** The scheduler has counted this task reaching RUNNING / healthy for its deployment. */
  runningAccounted?: boolean;
  /** Started to replace a failed task of an older deployment during a rollout (kept until healthy). */
  replacement?: boolean;
  tags: { key: string; value: string }[];
}

/** One deployment of a service. */
export interface DeploymentRecord {
  id: string;
  status: 'PRIMARY' | 'ACTIVE';
  taskDefinitionArn: string;
  desiredCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  networkConfiguration: NetworkConfiguration;
  /** Set when it has had at least one RUNNING task (circuit-breaker stage 2). */
  reachedRunning: boolean;
  /**
   * Tasks of this (older) deployment that failed during a rollout and are still to be replaced with its own
   * revision (the Nov 2025 behaviour, reference §1.2).
   */
  replacementsOwed: number;
}

/** awsvpc network configuration as the API takes it. */
export interface NetworkConfiguration {
  awsvpcConfiguration: { subnets: string[]; securityGroups: string[]; assignPublicIp: 'ENABLED' | 'DISABLED' };
}

/** A service's load balancer entry. */
export interface LoadBalancerRef {
  targetGroupArn: string;
  containerName: string;
  containerPort: number;
}

/** The service's deployment configuration (API shape). */
export interface DeploymentConfiguration {
  deploymentCircuitBreaker: {
    enable: boolean;
    rollback: boolean;
    thresholdConfiguration?: { type: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT'; value: number };
  };
  maximumPercent: number;
  minimumHealthyPercent: number;
}

/** A service event as kept in the state (newest first). */
export interface ServiceEventRecord {
  id: string;
  createdAt: number;
  message: string;
  /** Event family (E1…E17) so same-second batches can merge. */
  code: string;
  /** Task ids of a mergeable batch (E2/E3). */
  taskIds?: string[];
  count?: number;
}

/** An ECS service. */
export interface ServiceRecord {
  key: string;
  name: string;
  arn: string;
  cluster: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  taskDefinitionArn: string;
  /** EC2 is accepted but no container instances exist, so such a service never places a task. */
  launchType: 'FARGATE' | 'EC2';
  platformVersion: string;
  networkConfiguration: NetworkConfiguration;
  loadBalancers: LoadBalancerRef[];
  deploymentConfiguration: DeploymentConfiguration;
  healthCheckGracePeriodSeconds?: number;
  enableExecuteCommand: boolean;
  deployments: DeploymentRecord[];
  events: ServiceEventRecord[];
  /** Last time a suppressible condition message was emitted, by text. */
  suppressed: Record<string, number>;
  /** Ids of this service's tasks that are not STOPPED (or stopped since the last scheduler pass). */
  taskIds: string[];
  createdAt: number;
  createdBy: string;
  /** Consecutive tasks that failed before RUNNING (throttle logic). */
  startFailures: number;
  throttledUntil: number;
  reconcilePending: boolean;
  /** The earliest future scheduler wake-up already queued (see reconcileRequest.ts). */
  wakeAt?: number;
  tags: { key: string; value: string }[];
  propagateTags: string;
  enableECSManagedTags: boolean;
  schedulingStrategy: 'REPLICA';
}

/** An injected fault (see runtime/faults.ts). */
export interface FaultRecord {
  kind: FaultKind;
  options: Record<string, string>;
  injectedAt: number;
}

/** An open ECS Exec session. */
export interface ExecSessionRecord {
  id: string;
  taskId: string;
  container: string;
  openedAt: number;
  closed: boolean;
  cwd: string;
  /** Last command time: sessions close after 20 idle minutes. */
  lastActivityAt: number;
}

/** Accumulated cost of tasks already purged from the state, so totals stay right after an hour. */
export interface RetiredCost {
  total: number;
  byService: Record<string, number>;
  byCluster: Record<string, number>;
}

/** The whole simulation state. */
export interface SimState {
  formatVersion: 1;
  settings: EngineSettings;
  now: number;
  seq: number;
  queue: QueuedEvent[];
  rng: number;
  account: AccountInfo;
  resources: ScenarioResources;
  /** IPs in use per subnet id. */
  subnetIpsInUse: Record<string, number>;
  /** Next host number handed out per subnet (IPs are never reused within a run, like fresh ENIs). */
  subnetNextHost: Record<string, number>;
  files: Record<string, string>;
  clusters: Record<string, ClusterRecord>;
  taskDefinitions: TaskDefinitionRegistry;
  tasks: Record<string, TaskRecord>;
  services: Record<string, ServiceRecord>;
  autoScaling: AutoScalingState;
  autoScalingTickScheduled: boolean;
  /** Load models by resource id `service/<cluster>/<service>`. */
  loads: Record<string, LoadState>;
  /** The specs behind `loads` (same keys), plus scenario loads waiting for their service. */
  loadSpecs: Record<string, LoadSpec>;
  faults: FaultRecord[];
  execSessions: Record<string, ExecSessionRecord>;
  retiredCost: RetiredCost;
}
