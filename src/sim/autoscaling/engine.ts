/**
 * What the simulation calls to answer Application Auto Scaling and CloudWatch operations and to run each
 * simulated minute of alarms and scaling, and those services' API tables for the CLI: most of autoscaling/, a
 * part the browser loads on first use (src/sim/optional/). State shapes, load models and `summarizeAutoScaling`
 * stay in the core.
 */
export { applicationAutoscalingModel } from '../model/application-autoscaling.generated.ts';
export { cloudwatchModel } from '../model/cloudwatch.generated.ts';
export { handleAutoScalingOperation, HANDLED_OPERATIONS } from './handleAutoScalingOperation.ts';
export { evaluateAutoScaling } from './evaluateAutoScaling.ts';
