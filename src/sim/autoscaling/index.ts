/**
 * Application Auto Scaling for ECS services, the CloudWatch alarms it needs, and load models.
 * The engine wires these into `src/sim/index.ts`.
 */
export type {
  ScalableServiceView,
  ServiceMetrics,
  AutoScalingHost,
  AutoScalingState,
  ScalableTargetRecord,
  ScalingPolicyRecord,
  AlarmRecord,
  AlarmStateValue,
  ActivityRecord,
  ScheduledActionRecord,
  NotScaledReason,
  StepAdjustment,
  SuspendedState,
} from './types.ts';
export { createAutoScalingState, needsEvaluation } from './autoScalingState.ts';
export { handleAutoScalingOperation } from './handleAutoScalingOperation.ts';
export { AUTOSCALING_OPERATIONS } from './operations.ts';
export { evaluateAutoScaling } from './evaluateAutoScaling.ts';
export type { LoadState } from './loadModel.ts';
export { createLoadState, loadMetrics, loadShape } from './loadModel.ts';
export { alarmMachine, nextAlarmState } from './alarmMachine.ts';
export type { AlarmOutcome, AlarmEvaluatedEvent } from './alarmMachine.ts';
export { targetTrackingCapacity, findStepAdjustment, roundPercentChange, applyStepAdjustment, clampCapacity } from './capacityMath.ts';
export { parseSchedule, dueTimes } from './schedule.ts';
export { summarizeAutoScaling } from './summarizeAutoScaling.ts';
