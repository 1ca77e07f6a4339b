/**
 * One minute's scaling decision for one scalable target, from the policies whose alarms are in ALARM.
 *
 * Rules (reference §5.1–§5.3):
 * - each policy proposes a capacity: target tracking from its AlarmHigh / AlarmLow, a step policy from every
 *   alarm in ALARM whose actions name it. Capacities are computed from the service's RUNNING count;
 * - scale out if any policy wants to; the largest capacity wins;
 * - scale in only if no policy scales out and, for target tracking, every target tracking policy with scale-in
 *   enabled agrees (a step scale-in is not blocked by them); the largest (most cautious) capacity wins;
 * - proposals are clamped into [min, max]; a proposal that would not move the desired count in its direction is
 *   logged as not scaled (`AlreadyAtMaxCapacity`, `AlreadyAtMinCapacity`, `AlreadyAtDesiredCapacity`);
 * - cooldowns (per policy): during a scale-out cooldown only a larger scale-out happens (a step policy adds to the
 *   capacity from before the cooldown began); during a scale-in cooldown no scale-in; any scale-out ends the
 *   scale-in cooldowns of the target's policies;
 * - no scale-in while the service has a deployment in progress; suspended directions are skipped.
 */
import { alarmCause, applyCapacityChange, recordNotScaled } from './activities.ts';
import { evaluationWindow, formatDouble } from './alarmEvaluation.ts';
import { aggregateMetric, applyStepAdjustment, clampCapacity, findStepAdjustment, targetTrackingCapacity } from './capacityMath.ts';
import { DEFAULT_COOLDOWN_SECONDS } from './scalingPolicies.ts';
import type { AlarmRecord, AutoScalingHost, AutoScalingState, NotScaledReason, ScalableServiceView, ScalableTargetRecord, ScalingPolicyRecord } from './types.ts';

/** What one policy wants this minute. */
export interface ScalingProposal {
  policy: ScalingPolicyRecord;
  alarmName: string;
  direction: 'out' | 'in';
  /** Unclamped capacity the policy computed. */
  capacity: number;
  /** Running count the capacity was computed from (a step cooldown's base). */
  base: number;
}

function latestValue(alarm: AlarmRecord): number | undefined {
  const newest = alarm.datapoints[alarm.datapoints.length - 1];
  return newest === null || newest === undefined ? undefined : newest;
}

function inScaleOutCooldown(policy: ScalingPolicyRecord, now: number): boolean {
  return policy.cooldown.scaleOutUntil !== undefined && now < policy.cooldown.scaleOutUntil;
}

function inScaleInCooldown(policy: ScalingPolicyRecord, now: number): boolean {
  return policy.cooldown.scaleInUntil !== undefined && now < policy.cooldown.scaleInUntil;
}

function cooldownSeconds(policy: ScalingPolicyRecord, direction: 'out' | 'in'): number {
  const tt = policy.TargetTrackingScalingPolicyConfiguration;
  if (tt) return (direction === 'out' ? tt.ScaleOutCooldown : tt.ScaleInCooldown) ?? DEFAULT_COOLDOWN_SECONDS;
  return policy.StepScalingPolicyConfiguration?.Cooldown ?? DEFAULT_COOLDOWN_SECONDS;
}

function targetTrackingProposals(state: AutoScalingState, policy: ScalingPolicyRecord, running: number): ScalingProposal[] {
  const config = policy.TargetTrackingScalingPolicyConfiguration!;
  const proposals: ScalingProposal[] = [];
  for (const { AlarmName } of policy.Alarms) {
    const alarm = state.alarms[AlarmName];
    if (!alarm || alarm.StateValue !== 'ALARM' || !alarm.managedBy) continue;
    const metric = latestValue(alarm);
    if (metric === undefined) continue;
    const direction = alarm.managedBy.role === 'high' ? 'out' : 'in';
    proposals.push({ policy, alarmName: AlarmName, direction, capacity: targetTrackingCapacity(running, metric, config.TargetValue, direction), base: running });
  }
  return proposals;
}

function stepProposals(state: AutoScalingState, host: AutoScalingHost, policy: ScalingPolicyRecord, running: number, desired: number, now: number): ScalingProposal[] {
  const config = policy.StepScalingPolicyConfiguration!;
  const proposals: ScalingProposal[] = [];
  for (const alarm of Object.values(state.alarms)) {
    if (alarm.StateValue !== 'ALARM' || !alarm.ActionsEnabled || !alarm.AlarmActions.includes(policy.PolicyARN)) continue;
    const values = evaluationWindow(alarm).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const metric = aggregateMetric(values, config.MetricAggregationType);
    const above = alarm.ComparisonOperator.startsWith('Greater');
    const step = findStepAdjustment(config.StepAdjustments ?? [], metric, alarm.Threshold, above);
    const cause = alarmCause(alarm.AlarmName, policy.PolicyName);
    if (!step) {
      recordNotScaled(state, host, policy.ResourceId, cause, [], `No step adjustment found for metric value [${values.map(formatDouble).join(', ')}] and breach threshold ${formatDouble(alarm.Threshold)}`);
      continue;
    }
    const type = config.AdjustmentType ?? 'ChangeInCapacity';
    let direction: 'out' | 'in';
    if (type === 'ExactCapacity') {
      if (step.ScalingAdjustment === desired) continue;
      direction = step.ScalingAdjustment > desired ? 'out' : 'in';
    } else {
      if (step.ScalingAdjustment === 0) continue;
      direction = step.ScalingAdjustment > 0 ? 'out' : 'in';
    }
    // During a scale-out cooldown a further step adds to the capacity from before the cooldown began.
    const base = direction === 'out' && inScaleOutCooldown(policy, now) ? (policy.cooldown.scaleOutBase ?? running) : running;
    const capacity = applyStepAdjustment(base, type, step.ScalingAdjustment, config.MinAdjustmentMagnitude);
    proposals.push({ policy, alarmName: alarm.AlarmName, direction, capacity, base });
  }
  return proposals;
}

function notScaledReason(direction: 'out' | 'in', desired: number, target: ScalableTargetRecord): NotScaledReason {
  if (direction === 'out' && desired >= target.MaxCapacity) return { Code: 'AlreadyAtMaxCapacity', MaxCapacity: target.MaxCapacity };
  if (direction === 'in' && desired <= target.MinCapacity) return { Code: 'AlreadyAtMinCapacity', MinCapacity: target.MinCapacity };
  return { Code: 'AlreadyAtDesiredCapacity', CurrentCapacity: desired };
}

/**
 * Picks the winning proposal of one direction: the largest clamped capacity that moves the desired count that way.
 * Logs the others that cannot move it (outside a cooldown).
 */
function pickWinner(
  state: AutoScalingState,
  host: AutoScalingHost,
  target: ScalableTargetRecord,
  desired: number,
  proposals: ScalingProposal[],
  now: number,
): { proposal: ScalingProposal; capacity: number } | undefined {
  let winner: { proposal: ScalingProposal; capacity: number } | undefined;
  for (const proposal of proposals) {
    const out = proposal.direction === 'out';
    const capacity = clampCapacity(proposal.capacity, target.MinCapacity, target.MaxCapacity);
    // A desired count set by hand outside the range: scale-out first jumps to min, scale-in first drops to max.
    const moves = out ? capacity > desired : capacity < desired;
    if (!moves) {
      const cooling = out ? inScaleOutCooldown(proposal.policy, now) : false;
      if (!cooling) recordNotScaled(state, host, target.ResourceId, alarmCause(proposal.alarmName, proposal.policy.PolicyName), [notScaledReason(proposal.direction, desired, target)]);
      continue;
    }
    if (!winner || capacity > winner.capacity) winner = { proposal, capacity };
  }
  return winner;
}

/** Decides and applies this minute's scaling for one target. */
export function scaleTarget(state: AutoScalingState, host: AutoScalingHost, target: ScalableTargetRecord, service: ScalableServiceView, now: number): void {
  if (service.status !== 'ACTIVE') return;
  const running = service.runningCount;
  const desired = service.desiredCount;
  const policies = state.policies.filter((p) => p.ResourceId === target.ResourceId);
  if (policies.length === 0) return;

  const proposals: ScalingProposal[] = [];
  for (const policy of policies) {
    if (policy.PolicyType === 'TargetTrackingScaling') proposals.push(...targetTrackingProposals(state, policy, running));
    else proposals.push(...stepProposals(state, host, policy, running, desired, now));
  }
  if (proposals.length === 0) return;

  const outs = target.SuspendedState.DynamicScalingOutSuspended ? [] : proposals.filter((p) => p.direction === 'out');
  const outWinner = pickWinner(state, host, target, desired, outs, now);
  if (outWinner) {
    const { proposal, capacity } = outWinner;
    applyCapacityChange(state, host, target.ResourceId, capacity, alarmCause(proposal.alarmName, proposal.policy.PolicyName));
    const cooldown = proposal.policy.cooldown;
    if (!inScaleOutCooldown(proposal.policy, now)) cooldown.scaleOutBase = proposal.base;
    cooldown.scaleOutUntil = now + cooldownSeconds(proposal.policy, 'out') * 1000;
    // A scale-out ends every scale-in cooldown of the target.
    for (const policy of policies) delete policy.cooldown.scaleInUntil;
    return;
  }

  if (target.SuspendedState.DynamicScalingInSuspended || service.deploymentInProgress) return;
  const trackingWithScaleIn = policies.filter((p) => p.PolicyType === 'TargetTrackingScaling' && !p.TargetTrackingScalingPolicyConfiguration?.DisableScaleIn);
  const ins = proposals.filter((p) => {
    if (p.direction !== 'in' || inScaleInCooldown(p.policy, now)) return false;
    if (p.policy.PolicyType === 'StepScaling') return true;
    // Target tracking scales in only when every target tracking policy with scale-in enabled wants to.
    return trackingWithScaleIn.every((other) => proposals.some((q) => q.policy === other && q.direction === 'in'));
  });
  const inWinner = pickWinner(state, host, target, desired, ins, now);
  if (inWinner) {
    const { proposal, capacity } = inWinner;
    applyCapacityChange(state, host, target.ResourceId, capacity, alarmCause(proposal.alarmName, proposal.policy.PolicyName));
    proposal.policy.cooldown.scaleInUntil = now + cooldownSeconds(proposal.policy, 'in') * 1000;
  }
}
