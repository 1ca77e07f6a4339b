/**
 * The operations the simulator answers, per service (for the CLI layer's help and tests). Plain names here, so
 * knowing them does not load the handlers (./engine.ts loads on first use in the browser: src/sim/optional/).
 * test/unit/autoscaling checks that ./handleAutoScalingOperation.ts answers exactly these.
 */
export const AUTOSCALING_OPERATIONS = {
  'application-autoscaling': [
    'RegisterScalableTarget',
    'DeregisterScalableTarget',
    'DescribeScalableTargets',
    'PutScalingPolicy',
    'DeleteScalingPolicy',
    'DescribeScalingPolicies',
    'PutScheduledAction',
    'DeleteScheduledAction',
    'DescribeScheduledActions',
    'DescribeScalingActivities',
  ],
  cloudwatch: ['PutMetricAlarm', 'DescribeAlarms', 'DeleteAlarms'],
} as const;
