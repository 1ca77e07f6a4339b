/**
 * Which simulated metric an alarm watches.
 *
 * The simulator publishes three metrics per ECS service (see `ServiceMetrics`). An alarm is connected to one of
 * them by its CloudWatch identity:
 * - `AWS/ECS` `CPUUtilization` / `MemoryUtilization` with dimensions `ClusterName` + `ServiceName`;
 * - `AWS/ApplicationELB` `RequestCountPerTarget` with dimension `TargetGroup` (`targetgroup/<name>/<id>`), matched
 *   to the service whose `ALBRequestCountPerTarget` policy names that target group in its `ResourceLabel`.
 * Anything else has no data in the simulator (the alarm stays `INSUFFICIENT_DATA`).
 */
import type { AlarmRecord, AutoScalingState, MetricField, PredefinedMetricType, TargetTrackingScalingPolicyConfiguration } from './types.ts';

/** The CloudWatch identity of a metric. */
export interface MetricIdentity {
  Namespace: string;
  MetricName: string;
  Dimensions: { Name: string; Value: string }[];
  Statistic: string;
  Unit?: string;
}

/** `app/<lb>/<id>/targetgroup/<tg>/<id>` → `targetgroup/<tg>/<id>` (the ALB metric's `TargetGroup` dimension). */
export function targetGroupOfResourceLabel(resourceLabel: string): string | undefined {
  const match = /^app\/[^/]+\/[^/]+\/(targetgroup\/[^/]+\/[^/]+)$/.exec(resourceLabel);
  return match?.[1];
}

/** The metric a predefined metric type stands for, on a given ECS service. */
export function predefinedMetricIdentity(type: PredefinedMetricType, cluster: string, service: string, resourceLabel?: string): MetricIdentity {
  const ecsDimensions = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service },
  ];
  switch (type) {
    case 'ECSServiceAverageCPUUtilization':
      return { Namespace: 'AWS/ECS', MetricName: 'CPUUtilization', Dimensions: ecsDimensions, Statistic: 'Average', Unit: 'Percent' };
    case 'ECSServiceAverageMemoryUtilization':
      return { Namespace: 'AWS/ECS', MetricName: 'MemoryUtilization', Dimensions: ecsDimensions, Statistic: 'Average', Unit: 'Percent' };
    case 'ALBRequestCountPerTarget':
      return {
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'RequestCountPerTarget',
        Dimensions: [{ Name: 'TargetGroup', Value: targetGroupOfResourceLabel(resourceLabel ?? '') ?? resourceLabel ?? '' }],
        Statistic: 'Sum',
      };
  }
}

/** The metric a target tracking configuration tracks (predefined, or the customized metric as given). */
export function trackedMetricIdentity(config: TargetTrackingScalingPolicyConfiguration, cluster: string, service: string): MetricIdentity {
  const predefined = config.PredefinedMetricSpecification;
  if (predefined) return predefinedMetricIdentity(predefined.PredefinedMetricType, cluster, service, predefined.ResourceLabel);
  const custom = config.CustomizedMetricSpecification ?? {};
  const dimensions = Array.isArray(custom['Dimensions']) ? (custom['Dimensions'] as { Name: string; Value: string }[]) : [];
  return {
    Namespace: typeof custom['Namespace'] === 'string' ? custom['Namespace'] : 'AWS/ECS',
    MetricName: typeof custom['MetricName'] === 'string' ? custom['MetricName'] : 'CPUUtilization',
    Dimensions: dimensions,
    Statistic: typeof custom['Statistic'] === 'string' ? custom['Statistic'] : 'Average',
    ...(typeof custom['Unit'] === 'string' ? { Unit: custom['Unit'] } : {}),
  };
}

/** The simulated field behind a metric name, or undefined for metrics the simulator does not produce. */
export function metricFieldOf(metricName: string): MetricField | undefined {
  if (metricName === 'CPUUtilization') return 'cpu';
  if (metricName === 'MemoryUtilization') return 'memory';
  if (metricName === 'RequestCountPerTarget') return 'requestCountPerTarget';
  return undefined;
}

/**
 * Resolves the service and field an alarm reads. ECS metrics resolve from their dimensions; an ALB target group
 * resolves through the target tracking policy that names it (policies can be created after the alarm, so this
 * is looked up at evaluation time).
 */
export function resolveAlarmSource(alarm: AlarmRecord, state: AutoScalingState): { resourceId: string; field: MetricField } | undefined {
  if (alarm.source) return alarm.source;
  const field = metricFieldOf(alarm.MetricName);
  if (!field) return undefined;
  const dimension = (name: string) => alarm.Dimensions.find((d) => d.Name === name)?.Value;
  if (alarm.Namespace === 'AWS/ECS') {
    const cluster = dimension('ClusterName');
    const service = dimension('ServiceName');
    return cluster && service ? { resourceId: `service/${cluster}/${service}`, field } : undefined;
  }
  if (alarm.Namespace === 'AWS/ApplicationELB') {
    const targetGroup = dimension('TargetGroup');
    const policy = state.policies.find((p) => {
      const label = p.TargetTrackingScalingPolicyConfiguration?.PredefinedMetricSpecification?.ResourceLabel;
      return label !== undefined && targetGroupOfResourceLabel(label) === targetGroup;
    });
    return policy ? { resourceId: policy.ResourceId, field } : undefined;
  }
  return undefined;
}
