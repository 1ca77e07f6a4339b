/**
 * The API entry point: routes an Application Auto Scaling or CloudWatch operation to its handler.
 */
import { AwsError } from '../errors.ts';
import { deleteAlarms, describeAlarms, putMetricAlarm } from './metricAlarms.ts';
import { deregisterScalableTarget, describeScalableTargets, registerScalableTarget } from './scalableTargets.ts';
import { describeScalingActivities } from './scalingActivities.ts';
import { deleteScalingPolicy, describeScalingPolicies, putScalingPolicy } from './scalingPolicies.ts';
import { deleteScheduledAction, describeScheduledActions, putScheduledAction } from './scheduledActions.ts';
import type { AutoScalingHost, AutoScalingState } from './types.ts';

type Handler = (state: AutoScalingState, input: Record<string, unknown>, host: AutoScalingHost) => unknown;

const APPLICATION_AUTOSCALING: Record<string, Handler> = {
  RegisterScalableTarget: registerScalableTarget,
  DeregisterScalableTarget: deregisterScalableTarget,
  DescribeScalableTargets: describeScalableTargets,
  PutScalingPolicy: putScalingPolicy,
  DeleteScalingPolicy: deleteScalingPolicy,
  DescribeScalingPolicies: describeScalingPolicies,
  PutScheduledAction: putScheduledAction,
  DeleteScheduledAction: deleteScheduledAction,
  DescribeScheduledActions: describeScheduledActions,
  DescribeScalingActivities: describeScalingActivities,
};

const CLOUDWATCH: Record<string, Handler> = {
  PutMetricAlarm: putMetricAlarm,
  DescribeAlarms: describeAlarms,
  DeleteAlarms: deleteAlarms,
};

/** The operations answered, per service (./operations.ts lists them without loading the handlers). */
export const HANDLED_OPERATIONS = {
  'application-autoscaling': Object.keys(APPLICATION_AUTOSCALING),
  cloudwatch: Object.keys(CLOUDWATCH),
} as const;

/** Answers Application Auto Scaling operations and the CloudWatch alarm operations. Throws AwsError. */
export function handleAutoScalingOperation(
  state: AutoScalingState,
  service: 'application-autoscaling' | 'cloudwatch',
  operation: string,
  input: Record<string, unknown>,
  host: AutoScalingHost,
): unknown {
  const table = service === 'cloudwatch' ? CLOUDWATCH : APPLICATION_AUTOSCALING;
  const handler = Object.hasOwn(table, operation) ? table[operation] : undefined;
  if (!handler) {
    throw new AwsError('InvalidAction', `The ${service} operation ${operation} is not available in this simulator.`);
  }
  return handler(state, input ?? {}, host);
}
