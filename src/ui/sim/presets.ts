/**
 * Scenario presets for the simulator widgets: the commands that bring a fresh simulation to the point a lesson
 * starts from, written exactly as the chapter's own commands. A preset only runs on a simulation with no
 * services, so a learner's own run is never overwritten.
 */

/** A preset's name. */
export type PresetName = 'empty' | 'service' | 'rolling' | 'autoscaling';

/** Options of the `service` and `autoscaling` presets. */
export interface PresetOptions {
  /** Desired count of user-service (default 3). */
  desiredCount?: number;
  /** Deployment floor in percent (default 100). */
  minimumHealthyPercent?: number;
  /** Deployment ceiling in percent (default 200). */
  maximumPercent?: number;
  /** Turn on the deployment circuit breaker with rollback (default false). */
  circuitBreaker?: boolean;
}

/** Every preset, for prop validation and docs. */
export const PRESETS: readonly PresetName[] = ['empty', 'service', 'rolling', 'autoscaling'];

/** Checks a preset name coming from a prop or data attribute. */
export function isPresetName(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

/**
 * The chapter's create-cluster / register / create-service commands with the given deployment settings.
 * - `service`: the service runs user-service:3 (the default scenario already holds revisions 1 and 2);
 * - `rolling`: the same, plus revision 4 registered, so the Rolling deployments lesson's
 *   `update-service --task-definition user-service:4` works as printed;
 * - `autoscaling`: the service plus the lesson's scalable target and CPU target-tracking policy.
 */
export function presetScript(name: PresetName, options: PresetOptions = {}): string {
  if (name === 'empty') return '';
  const desired = options.desiredCount ?? 3;
  const min = options.minimumHealthyPercent ?? 100;
  const max = options.maximumPercent ?? 200;
  const breaker = options.circuitBreaker ? `,"deploymentCircuitBreaker":{"enable":true,"rollback":true}` : '';
  const lines = [
    'aws ecs create-cluster --cluster-name production',
    'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    [
      'aws ecs create-service --cluster production --service-name user-service',
      '--task-definition user-service:3 --desired-count ' + desired + ' --launch-type FARGATE',
      `--network-configuration '{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f","subnet-1a2b3c4d5e6f"],"securityGroups":["sg-0a1b2c3d4e5f6g7h"],"assignPublicIp":"DISABLED"}}'`,
      `--load-balancers '[{"targetGroupArn":"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/user-svc-tg/abc123","containerName":"user-service","containerPort":3000}]'`,
      `--deployment-configuration '{"minimumHealthyPercent":${min},"maximumPercent":${max}${breaker}}'`,
    ].join(' \\\n  '),
  ];
  if (name === 'rolling') lines.push('aws ecs register-task-definition --cli-input-json file://task-definition.json');
  if (name === 'autoscaling') {
    lines.push(
      'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/production/user-service --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 20',
      `aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/production/user-service --scalable-dimension ecs:service:DesiredCount --policy-name cpu-target-tracking --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration '{"TargetValue":70.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"},"ScaleInCooldown":300,"ScaleOutCooldown":60}'`,
    );
  }
  return lines.join('\n');
}
