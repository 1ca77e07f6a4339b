/**
 * The arithmetic of scaling decisions, as pure functions (reference §5.2 and §5.3).
 */
import type { AdjustmentType, MetricAggregationType, StepAdjustment } from './types.ts';

// Why an epsilon: utilisation values are averages of floats; 4 × 90 / 60 must be 6, not ceil(6.000000000001) = 7.
const EPSILON = 1e-9;

/**
 * Target tracking capacity `[I]`: `ceil(running × metric / target)`. The ceiling keeps the projected metric
 * (`running × metric / new`) at or below the target, so it neither under-provisions on scale-out nor removes too
 * much on scale-in. On scale-out the result is at least `running + 1`.
 *
 * Examples: 4 tasks at 90 %, target 60 → 6; 6 tasks at 30 %, target 60 → 3.
 */
export function targetTrackingCapacity(running: number, metric: number, target: number, direction: 'out' | 'in'): number {
  const proportional = Math.max(0, Math.ceil((running * metric) / target - EPSILON));
  return direction === 'out' ? Math.max(proportional, running + 1) : proportional;
}

/**
 * The step whose interval holds `metric − threshold`. Above the threshold (scale-out alarms) the lower bound
 * is inclusive and the upper exclusive; below it (scale-in alarms) the lower bound is exclusive and the upper
 * inclusive. A missing bound is infinite.
 */
export function findStepAdjustment(steps: StepAdjustment[], metric: number, threshold: number, aboveThreshold: boolean): StepAdjustment | undefined {
  const difference = metric - threshold;
  return steps.find((step) => {
    const lower = step.MetricIntervalLowerBound ?? -Infinity;
    const upper = step.MetricIntervalUpperBound ?? Infinity;
    return aboveThreshold ? difference >= lower && difference < upper : difference > lower && difference <= upper;
  });
}

/**
 * Rounds a percentage change the way Application Auto Scaling does: above 1 round down (12.7 → 12); between 0 and 1
 * → 1; between −1 and 0 → −1; below −1 round towards zero (−6.67 → −6).
 */
export function roundPercentChange(change: number): number {
  if (change > 1) return Math.floor(change + EPSILON);
  if (change > 0) return 1;
  if (change === 0) return 0;
  if (change > -1) return -1;
  return Math.ceil(change - EPSILON);
}

/** The capacity a step produces from `base`. */
export function applyStepAdjustment(base: number, adjustmentType: AdjustmentType, adjustment: number, minAdjustmentMagnitude?: number): number {
  switch (adjustmentType) {
    case 'ExactCapacity':
      return adjustment;
    case 'ChangeInCapacity':
      return Math.max(0, base + adjustment);
    case 'PercentChangeInCapacity': {
      let change = roundPercentChange((base * adjustment) / 100);
      if (minAdjustmentMagnitude !== undefined && change !== 0 && Math.abs(change) < minAdjustmentMagnitude) {
        change = Math.sign(change) * minAdjustmentMagnitude;
      }
      return Math.max(0, base + change);
    }
  }
}

/** Aggregates the datapoints a step policy sees (`Average` when not set). */
export function aggregateMetric(values: number[], aggregation: MetricAggregationType = 'Average'): number {
  if (aggregation === 'Minimum') return Math.min(...values);
  if (aggregation === 'Maximum') return Math.max(...values);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Moves a proposed capacity into [min, max]. */
export function clampCapacity(capacity: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, capacity));
}
