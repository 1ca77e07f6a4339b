/**
 * Evaluating a metric alarm's window of one-minute datapoints, as CloudWatch does for "M out of N" alarms,
 * and recording a new datapoint (which moves the alarm through `alarmMachine`).
 *
 * Model (CloudWatch's documented behaviour, simplified where noted):
 * - the window is the newest `EvaluationPeriods` datapoints;
 * - `TreatMissingData` `missing` (the default, and what target tracking alarms use): when the newest datapoint is
 *   missing the alarm goes to `INSUFFICIENT_DATA` — no scaling happens on missing data. `[I]` CloudWatch would
 *   look further back first; going straight to INSUFFICIENT_DATA is what a learner watching a service with no
 *   running tasks expects to see;
 * - `breaching` / `notBreaching` treat a missing datapoint as that; `ignore` keeps the current state;
 * - ALARM when at least `DatapointsToAlarm` datapoints in the window breach, otherwise OK.
 */
import { nextAlarmState } from './alarmMachine.ts';
import type { AlarmOutcome } from './alarmMachine.ts';
import { DATAPOINT_HISTORY } from './types.ts';
import type { AlarmRecord, ComparisonOperator } from './types.ts';

/** True when `value` crosses `threshold` in the operator's direction. */
export function isBreaching(value: number, operator: ComparisonOperator, threshold: number): boolean {
  switch (operator) {
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
  }
}

/** The newest `EvaluationPeriods` datapoints (oldest first). */
export function evaluationWindow(alarm: AlarmRecord): (number | null)[] {
  return alarm.datapoints.slice(-alarm.EvaluationPeriods);
}

/** The outcome of the current window. */
export function evaluateAlarmWindow(alarm: AlarmRecord): AlarmOutcome {
  const recent = evaluationWindow(alarm);
  const newest = recent[recent.length - 1];
  if (newest === undefined) return 'missing';
  if (newest === null) {
    if (alarm.TreatMissingData === 'ignore') return 'keep';
    if (alarm.TreatMissingData === 'missing' || alarm.TreatMissingData === '') return 'missing';
  }
  let breaching = 0;
  for (const value of recent) {
    if (value === null ? alarm.TreatMissingData === 'breaching' : isBreaching(value, alarm.ComparisonOperator, alarm.Threshold)) breaching++;
  }
  return breaching >= alarm.DatapointsToAlarm ? 'breaching' : 'notBreaching';
}

const OPERATOR_WORDS: Record<ComparisonOperator, string> = {
  GreaterThanThreshold: 'greater than',
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

/** CloudWatch prints doubles the Java way: `70.0`, `82.35`. */
export function formatDouble(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

function formatDatapointTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** The `StateReason` CloudWatch writes when the alarm moves to `state`. */
export function stateReason(alarm: AlarmRecord, state: AlarmRecord['StateValue']): string {
  const recent = evaluationWindow(alarm);
  const at = alarm.lastDatapointAt ?? 0;
  // Newest first, each with its minute, as in real StateReason strings.
  const listed: string[] = [];
  for (let i = recent.length - 1; i >= 0; i--) {
    const value = recent[i];
    if (value === null || value === undefined) continue;
    listed.push(`${formatDouble(value)} (${formatDatapointTime(at - (recent.length - 1 - i) * 60_000)})`);
  }
  if (state === 'INSUFFICIENT_DATA') {
    const missing = recent.filter((v) => v === null).length;
    return `Insufficient Data: ${missing} datapoint${missing === 1 ? ' was' : 's were'} unknown.`;
  }
  const words = OPERATOR_WORDS[alarm.ComparisonOperator];
  const threshold = formatDouble(alarm.Threshold);
  if (state === 'ALARM') {
    return `Threshold Crossed: ${listed.length} out of the last ${alarm.EvaluationPeriods} datapoints [${listed.join(', ')}] were ${words} the threshold (${threshold}) (minimum ${alarm.DatapointsToAlarm} datapoint${alarm.DatapointsToAlarm === 1 ? '' : 's'} for OK -> ALARM transition).`;
  }
  const first = listed[0] ?? '';
  return `Threshold Crossed: 1 datapoint [${first}] was not ${words} the threshold (${threshold}).`;
}

/**
 * Appends one minute's datapoint (`null` = no data) and moves the alarm to its new state.
 * Returns true when the state changed.
 */
export function recordDatapoint(alarm: AlarmRecord, value: number | null, now: number): boolean {
  alarm.datapoints.push(value);
  if (alarm.datapoints.length > DATAPOINT_HISTORY) alarm.datapoints.shift();
  alarm.lastDatapointAt = now;
  const next = nextAlarmState(alarm.StateValue, evaluateAlarmWindow(alarm));
  if (next === alarm.StateValue) return false;
  alarm.StateReason = stateReason(alarm, next);
  alarm.StateValue = next;
  alarm.StateUpdatedTimestamp = now;
  alarm.StateTransitionedTimestamp = now;
  return true;
}
