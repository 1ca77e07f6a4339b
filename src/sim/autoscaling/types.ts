/**
 * Data shapes of the Application Auto Scaling part of the simulator.
 *
 * Everything in `AutoScalingState` is plain JSON (numbers, strings, booleans, arrays, plain objects):
 * the engine snapshots it with `JSON.stringify` and restores it with `JSON.parse`, and a restored
 * state must behave exactly like the original. Timestamps are stored as epoch milliseconds and only
 * turned into AWS CLI strings (`formatAwsTimestamp`) when an operation answers.
 *
 * Members named in PascalCase are the AWS API's own members; camelCase members are the simulator's
 * private bookkeeping and never appear in API output.
 */

/** What the engine tells us about one ECS service. */
export interface ScalableServiceView {
  cluster: string;
  service: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  runningCount: number;
  deploymentInProgress: boolean;
}

/** This minute's averages for a service, as CloudWatch would publish them. */
export interface ServiceMetrics {
  /** `AWS/ECS CPUUtilization`, percent. */
  cpu: number;
  /** `AWS/ECS MemoryUtilization`, percent. */
  memory: number;
  /** `AWS/ApplicationELB RequestCountPerTarget` (Sum over the minute, which is already a per-target figure). */
  requestCountPerTarget: number;
}

/** The engine side of the interface: time, ids, and the services being scaled. */
export interface AutoScalingHost {
  /** Virtual time, epoch milliseconds. */
  now(): number;
  accountId: string;
  region: string;
  /** Seeded, RFC-4122 shaped. */
  uuid(): string;
  /** `resourceId` is `service/<cluster>/<service>`. */
  getService(resourceId: string): ScalableServiceView | undefined;
  /** Like `UpdateService --desired-count`: no new deployment. */
  setDesiredCount(resourceId: string, desiredCount: number): void;
  /** This minute's averages, or undefined when the service has published nothing. */
  metrics(resourceId: string): ServiceMetrics | undefined;
}

/** `SuspendedState` of a scalable target (all default false). */
export interface SuspendedState {
  DynamicScalingInSuspended: boolean;
  DynamicScalingOutSuspended: boolean;
  ScheduledScalingSuspended: boolean;
}

/** A registered scalable target (one per ECS service in this course). */
export interface ScalableTargetRecord {
  ServiceNamespace: 'ecs';
  ResourceId: string;
  ScalableDimension: 'ecs:service:DesiredCount';
  MinCapacity: number;
  MaxCapacity: number;
  RoleARN: string;
  CreationTime: number;
  SuspendedState: SuspendedState;
  ScalableTargetARN: string;
}

/** One step of a step scaling policy (bounds are offsets from the alarm threshold). */
export interface StepAdjustment {
  MetricIntervalLowerBound?: number;
  MetricIntervalUpperBound?: number;
  ScalingAdjustment: number;
}

/** `AdjustmentType` of a step scaling policy. */
export type AdjustmentType = 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';

/** `MetricAggregationType` of a step scaling policy. */
export type MetricAggregationType = 'Average' | 'Minimum' | 'Maximum';

/** `StepScalingPolicyConfiguration` as stored (defaults not filled in, so Describe echoes what was given). */
export interface StepScalingPolicyConfiguration {
  AdjustmentType?: AdjustmentType;
  StepAdjustments?: StepAdjustment[];
  MinAdjustmentMagnitude?: number;
  Cooldown?: number;
  MetricAggregationType?: MetricAggregationType;
}

/** The predefined metrics an ECS service can track. */
export type PredefinedMetricType =
  | 'ECSServiceAverageCPUUtilization'
  | 'ECSServiceAverageMemoryUtilization'
  | 'ALBRequestCountPerTarget';

/** `TargetTrackingScalingPolicyConfiguration` as stored. */
export interface TargetTrackingScalingPolicyConfiguration {
  TargetValue: number;
  PredefinedMetricSpecification?: { PredefinedMetricType: PredefinedMetricType; ResourceLabel?: string };
  /** Accepted and echoed; evaluated as the CPU, memory or request metric its MetricName names (see metricSource.ts). */
  CustomizedMetricSpecification?: Record<string, unknown>;
  ScaleOutCooldown?: number;
  ScaleInCooldown?: number;
  DisableScaleIn?: boolean;
}

/** A policy's cooldown bookkeeping (simulator-private). */
export interface CooldownRecord {
  /** Scale-out cooldown ends at this time (epoch ms); absent when not cooling down. */
  scaleOutUntil?: number;
  /** Capacity before the scale-out that started the cooldown: a step policy's next step adds to this. */
  scaleOutBase?: number;
  /** Scale-in cooldown ends at this time. */
  scaleInUntil?: number;
}

/** A scaling policy. */
export interface ScalingPolicyRecord {
  PolicyARN: string;
  PolicyName: string;
  ServiceNamespace: 'ecs';
  ResourceId: string;
  ScalableDimension: 'ecs:service:DesiredCount';
  PolicyType: 'TargetTrackingScaling' | 'StepScaling';
  StepScalingPolicyConfiguration?: StepScalingPolicyConfiguration;
  TargetTrackingScalingPolicyConfiguration?: TargetTrackingScalingPolicyConfiguration;
  /** Managed alarms (target tracking only). */
  Alarms: { AlarmName: string; AlarmARN: string }[];
  CreationTime: number;
  cooldown: CooldownRecord;
}

/** CloudWatch alarm states. */
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** Comparison operators this simulator evaluates. */
export type ComparisonOperator =
  | 'GreaterThanOrEqualToThreshold'
  | 'GreaterThanThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';

/** Which of the host's metrics feeds an alarm (simulator-private). */
export type MetricField = keyof ServiceMetrics;

/** A CloudWatch metric alarm: one made by PutMetricAlarm or one managed by a target tracking policy. */
export interface AlarmRecord {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  ActionsEnabled: boolean;
  OKActions: string[];
  AlarmActions: string[];
  InsufficientDataActions: string[];
  MetricName: string;
  Namespace: string;
  Statistic: string;
  Dimensions: { Name: string; Value: string }[];
  Period: number;
  Unit?: string;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: ComparisonOperator;
  TreatMissingData: string;
  StateValue: AlarmStateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: number;
  StateTransitionedTimestamp: number;
  AlarmConfigurationUpdatedTimestamp: number;
  /** The service and metric behind this alarm, or absent when the simulator has no such metric. */
  source?: { resourceId: string; field: MetricField };
  /** One-minute datapoints, oldest first, `null` for a minute with no data (capped at `DATAPOINT_HISTORY`). */
  datapoints: (number | null)[];
  /** Time of the newest datapoint. */
  lastDatapointAt?: number;
  /** Set for the alarms a target tracking policy owns. */
  managedBy?: { policyARN: string; role: 'high' | 'low' };
}

/** How many one-minute datapoints an alarm keeps (enough for an hour's chart and any evaluation window). */
export const DATAPOINT_HISTORY = 60;

/** `NotScaledReason` of a not-scaled activity. */
export interface NotScaledReason {
  Code: string;
  MaxCapacity?: number;
  MinCapacity?: number;
  CurrentCapacity?: number;
}

/** A scaling activity (successful, or not scaled). */
export interface ActivityRecord {
  ActivityId: string;
  ServiceNamespace: 'ecs';
  ResourceId: string;
  ScalableDimension: 'ecs:service:DesiredCount';
  Description: string;
  Cause: string;
  StartTime: number;
  EndTime?: number;
  StatusCode: 'Pending' | 'InProgress' | 'Successful' | 'Overridden' | 'Unfulfilled' | 'Failed';
  StatusMessage?: string;
  NotScaledReasons?: NotScaledReason[];
  /** True for entries only `IncludeNotScaledActivities` shows. */
  notScaled: boolean;
}

/** How many activities are kept (AWS keeps six weeks; a simulation never needs more than this). */
export const ACTIVITY_HISTORY = 500;

/** A scheduled action. */
export interface ScheduledActionRecord {
  ScheduledActionName: string;
  ScheduledActionARN: string;
  ServiceNamespace: 'ecs';
  Schedule: string;
  Timezone?: string;
  ResourceId: string;
  ScalableDimension: 'ecs:service:DesiredCount';
  StartTime?: number;
  EndTime?: number;
  ScalableTargetAction: { MinCapacity?: number; MaxCapacity?: number };
  CreationTime: number;
  /** Every due time up to and including this one has been handled. */
  checkedThrough: number;
}

/** The whole Application Auto Scaling + CloudWatch alarm state. Plain JSON. */
export interface AutoScalingState {
  /** Keyed by ResourceId (the dimension is always `ecs:service:DesiredCount`). */
  targets: Record<string, ScalableTargetRecord>;
  /** In creation order. */
  policies: ScalingPolicyRecord[];
  /** Keyed by AlarmName. */
  alarms: Record<string, AlarmRecord>;
  /** Oldest first. */
  activities: ActivityRecord[];
  /** In creation order. */
  scheduledActions: ScheduledActionRecord[];
}
