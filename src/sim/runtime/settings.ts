/**
 * Engine settings: every timing and price the simulator uses. AWS publishes none of the durations
 * (reference §1.1 "typical durations … make them configurable"), so each is a named, documented value here;
 * those marked [I] are modelling choices, not AWS facts.
 */

/** Timings and prices; all durations in milliseconds. */
export interface EngineSettings {
  /** Virtual clock start (epoch ms). Default 2026-01-15T09:00:00Z. */
  startTime: number;
  /** PROVISIONING → PENDING: ENI creation/attachment (~10 s in a per-second trace, reference §1.1). */
  provisioningMs: number;
  /** Image pull duration, drawn per task uniformly from [min, max] with the seeded generator [I] (20–40 s). */
  pullMinMs: number;
  pullMaxMs: number;
  /** pullStoppedAt → containers started (container create/start) [I]. */
  containerStartMs: number;
  /** ACTIVATING → RUNNING (target-group registration, "seconds") [I]. */
  activatingMs: number;
  /** How long a definite pull/secret error takes to surface after the pull starts [I]. */
  pullFailureMs: number;
  /** How long a network timeout (no route to ECR / Secrets Manager) takes to surface [I]. */
  networkTimeoutMs: number;
  /**
   * A stop request sets desiredStatus STOPPED at once; lastStatus leaves RUNNING this much later (stop-task's
   * output still reads RUNNING, reference §1.1) [I].
   */
  stopAcknowledgeMs: number;
  /** STOPPING: how long a container takes to exit after SIGTERM when it handles it (≤ stopTimeout) [I]. */
  containerStopMs: number;
  /** Exit code of a container stopped by SIGTERM (reference: "often 143 or 137" [I]). */
  sigtermExitCode: number;
  /** DEPROVISIONING → STOPPED (ENI detach) [I]. */
  deprovisioningMs: number;
  /** How long STOPPED tasks stay listable (AWS: at least 1 hour). */
  stoppedTaskRetentionMs: number;
  /** No LB and no essential health check: a RUNNING task counts as healthy after this long (reference §1.2: 40 s). */
  healthyWithoutChecksMs: number;
  /** The service scheduler acts this long after something changed (batches many task changes into one pass) [I]. */
  schedulerDelayMs: number;
  /** Consecutive tasks failing to start before the throttle logic engages (E12) [I]. */
  throttleAfterFailures: number;
  /** First back-off delay once throttled, doubled per further failure [I]. */
  throttleBaseMs: number;
  /** Back-off ceiling (AWS: 15 minutes). */
  throttleMaxMs: number;
  /**
   * Extra tasks a rolling deployment may start above desiredCount at one time, on top of maximumPercent.
   * `null` = only maximumPercent limits (the reference §2.4 model: desired 3 / max 200% starts 3 new tasks at once).
   * `1` reproduces the chapter's one-at-a-time "Time 0 … Time 7" picture [I].
   */
  deploymentSurgeLimit: number | null;
  /** Identical condition events (E12, E13, E14, E16) are suppressed for this long unless resolved (AWS: 6 h). */
  eventSuppressionMs: number;
  /** Service events kept (AWS: 100). */
  maxServiceEvents: number;
  /** Fargate Linux/x86 price per vCPU-hour, us-east-1. */
  pricePerVcpuHour: number;
  /** Fargate Linux/x86 price per GB-hour, us-east-1. */
  pricePerGbHour: number;
  /** Minimum billed duration per task (AWS: one minute). */
  minimumBilledMs: number;
  /** Period of the Application Auto Scaling evaluation (CloudWatch metric period: 1 minute). */
  autoScalingPeriodMs: number;
}

/** The defaults; see each field. */
export const DEFAULT_SETTINGS: EngineSettings = {
  startTime: Date.UTC(2026, 0, 15, 9, 0, 0),
  provisioningMs: 10_000,
  pullMinMs: 20_000,
  pullMaxMs: 40_000,
  containerStartMs: 1_000,
  activatingMs: 3_000,
  pullFailureMs: 5_000,
  networkTimeoutMs: 30_000,
  stopAcknowledgeMs: 1_000,
  containerStopMs: 2_000,
  sigtermExitCode: 143,
  deprovisioningMs: 5_000,
  stoppedTaskRetentionMs: 3_600_000,
  healthyWithoutChecksMs: 40_000,
  schedulerDelayMs: 1_000,
  throttleAfterFailures: 3,
  throttleBaseMs: 60_000,
  throttleMaxMs: 900_000,
  deploymentSurgeLimit: null,
  eventSuppressionMs: 6 * 3_600_000,
  maxServiceEvents: 100,
  pricePerVcpuHour: 0.04048,
  pricePerGbHour: 0.004445,
  minimumBilledMs: 60_000,
  autoScalingPeriodMs: 60_000,
};
