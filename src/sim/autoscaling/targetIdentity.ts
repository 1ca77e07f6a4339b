/**
 * The three members that name a scalable target in every Application Auto Scaling call
 * (`ServiceNamespace`, `ResourceId`, `ScalableDimension`), their validation, and the ARNs built from them.
 */
import { AwsError } from '../errors.ts';
import { checkEnum, optionalString, requiredString, validationError } from './input.ts';
import type { AutoScalingHost, AutoScalingState, ScalableTargetRecord } from './types.ts';

/** Every `ServiceNamespace` the real API accepts (BC-AAS:ServiceNamespace). */
export const SERVICE_NAMESPACES = [
  'ecs', 'elasticmapreduce', 'ec2', 'appstream', 'dynamodb', 'rds', 'sagemaker', 'custom-resource',
  'comprehend', 'lambda', 'cassandra', 'kafka', 'elasticache', 'neptune', 'workspaces',
] as const;

/** The only dimension an ECS service has. */
export const ECS_DIMENSION = 'ecs:service:DesiredCount';

/** Checks `ServiceNamespace`: a real namespace, and `ecs` (the only one this course simulates). */
export function readServiceNamespace(input: Record<string, unknown>): 'ecs' {
  const namespace = checkEnum(requiredString(input, 'ServiceNamespace'), 'ServiceNamespace', SERVICE_NAMESPACES);
  if (namespace !== 'ecs') {
    throw validationError(`This simulator supports only the ecs service namespace (ECS services); '${namespace}' resources cannot be scaled here.`);
  }
  return namespace;
}

/** Parses `service/<cluster>/<service>`; undefined when it is not that shape. */
export function parseResourceId(resourceId: string): { cluster: string; service: string } | undefined {
  const match = /^service\/([A-Za-z0-9_-]{1,255})\/([A-Za-z0-9_-]{1,255})$/.exec(resourceId);
  return match ? { cluster: match[1]!, service: match[2]! } : undefined;
}

/** Checks `ResourceId` has the ECS shape. */
export function readResourceId(input: Record<string, unknown>): string {
  const resourceId = requiredString(input, 'ResourceId');
  if (!parseResourceId(resourceId)) {
    throw validationError(`Unsupported resource ID format: ${resourceId}. An ECS service is named service/<cluster-name>/<service-name>.`);
  }
  return resourceId;
}

/** Checks `ScalableDimension` is `ecs:service:DesiredCount`. */
export function readScalableDimension(input: Record<string, unknown>, required = true): typeof ECS_DIMENSION | undefined {
  const dimension = required ? requiredString(input, 'ScalableDimension') : optionalString(input, 'ScalableDimension');
  if (dimension === undefined) return undefined;
  if (dimension !== ECS_DIMENSION) {
    throw validationError(`Unsupported scalable dimension ${dimension} for service namespace ecs. ECS services scale on ${ECS_DIMENSION}.`);
  }
  return ECS_DIMENSION;
}

/** Reads and validates the full identity of a target. */
export function readTargetIdentity(input: Record<string, unknown>): { resourceId: string } {
  readServiceNamespace(input);
  const resourceId = readResourceId(input);
  readScalableDimension(input);
  return { resourceId };
}

/** The registered target, or AWS's `ObjectNotFoundException`. */
export function requireTarget(state: AutoScalingState, resourceId: string): ScalableTargetRecord {
  const target = state.targets[resourceId];
  if (!target) {
    throw new AwsError(
      'ObjectNotFoundException',
      `No scalable target registered for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${ECS_DIMENSION}`,
    );
  }
  return target;
}

/** `arn:aws:application-autoscaling:<region>:<acct>:scalable-target/<id>` with a 36-character id. */
export function scalableTargetArn(host: AutoScalingHost): string {
  // Real ids are 36 lowercase hex characters (a uuid's 32 plus 4).
  const id = `${host.uuid()}${host.uuid()}`.replace(/-/g, '').slice(0, 36);
  return `arn:aws:application-autoscaling:${host.region}:${host.accountId}:scalable-target/${id}`;
}

/** `arn:aws:autoscaling:<region>:<acct>:scalingPolicy:<uuid>:resource/ecs/<resourceId>:policyName/<name>`. */
export function scalingPolicyArn(host: AutoScalingHost, resourceId: string, policyName: string): string {
  return `arn:aws:autoscaling:${host.region}:${host.accountId}:scalingPolicy:${host.uuid()}:resource/ecs/${resourceId}:policyName/${policyName}`;
}

/** `arn:aws:autoscaling:<region>:<acct>:scheduledAction:<uuid>:resource/ecs/<resourceId>:scheduledActionName/<name>`. */
export function scheduledActionArn(host: AutoScalingHost, resourceId: string, name: string): string {
  return `arn:aws:autoscaling:${host.region}:${host.accountId}:scheduledAction:${host.uuid()}:resource/ecs/${resourceId}:scheduledActionName/${name}`;
}

/** `arn:aws:cloudwatch:<region>:<acct>:alarm:<name>`. */
export function alarmArn(host: AutoScalingHost, alarmName: string): string {
  return `arn:aws:cloudwatch:${host.region}:${host.accountId}:alarm:${alarmName}`;
}

/** The service-linked role Application Auto Scaling uses for ECS. */
export function ecsServiceLinkedRole(host: AutoScalingHost): string {
  return `arn:aws:iam::${host.accountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`;
}
