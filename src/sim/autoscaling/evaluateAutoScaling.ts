/**
 * The per-minute heartbeat of Application Auto Scaling, called by the engine once per simulated minute while any
 * scalable target or alarm exists:
 * 1. every alarm records this minute's datapoint (no running tasks ⇒ no CPU/memory data) and moves OK / ALARM /
 *    INSUFFICIENT_DATA through `alarmMachine`;
 * 2. scheduled actions that fell due run (they ignore cooldowns);
 * 3. each scalable target's policies decide (see policyDecision.ts).
 */
import { recordDatapoint } from './alarmEvaluation.ts';
import { resolveAlarmSource } from './metricSource.ts';
import { scaleTarget } from './policyDecision.ts';
import { runScheduledActions } from './scheduledActions.ts';
import type { AutoScalingHost, AutoScalingState, ServiceMetrics } from './types.ts';

/** Runs one simulated minute of alarms, scheduled actions and scaling policies. */
export function evaluateAutoScaling(state: AutoScalingState, host: AutoScalingHost): void {
  const now = host.now();
  // One metrics read per service per minute, however many alarms watch it.
  const metricsCache = new Map<string, { running: number; metrics: ServiceMetrics | undefined } | undefined>();
  const readService = (resourceId: string) => {
    if (!metricsCache.has(resourceId)) {
      const service = host.getService(resourceId);
      metricsCache.set(resourceId, service && service.status !== 'INACTIVE' ? { running: service.runningCount, metrics: host.metrics(resourceId) } : undefined);
    }
    return metricsCache.get(resourceId);
  };

  for (const alarm of Object.values(state.alarms)) {
    const source = resolveAlarmSource(alarm, state);
    let value: number | undefined;
    if (source) {
      const read = readService(source.resourceId);
      // CPU and memory come from running tasks: none running, no datapoint. The ALB keeps counting requests with no
      // targets `[I]`, which is what lets a request-count policy scale a service out from zero (reference §5.2).
      if (read && (read.running > 0 || source.field === 'requestCountPerTarget')) value = read.metrics?.[source.field];
    }
    recordDatapoint(alarm, value ?? null, now);
  }

  runScheduledActions(state, host, now);

  for (const target of Object.values(state.targets)) {
    const service = host.getService(target.ResourceId);
    if (service) scaleTarget(state, host, target, service, now);
  }
}
