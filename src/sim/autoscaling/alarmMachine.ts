/**
 * The lifecycle of a CloudWatch metric alarm as an XState statechart: `INSUFFICIENT_DATA` ↔ `OK` ↔ `ALARM`.
 *
 * It is used as pure transition logic (`transition()` on a snapshot resolved from the stored `StateValue`),
 * so the alarm's state stays plain JSON next to its data and time stays in the engine. Each simulated minute
 * the evaluator sends one `alarm.evaluated` event carrying the outcome of the evaluation window
 * (see `evaluateAlarmWindow`); a view can draw this machine as it is.
 */
import { setup, transition } from 'xstate';
import type { AlarmStateValue } from './types.ts';

/** What one evaluation of the window concluded. `keep` = TreatMissingData `ignore` with no new data. */
export type AlarmOutcome = 'breaching' | 'notBreaching' | 'missing' | 'keep';

/** The one event the alarm machine takes. */
export interface AlarmEvaluatedEvent {
  type: 'alarm.evaluated';
  outcome: AlarmOutcome;
}

/** OK / ALARM / INSUFFICIENT_DATA, named exactly as CloudWatch's `StateValue`. */
export const alarmMachine = setup({
  types: {
    events: {} as AlarmEvaluatedEvent,
  },
  guards: {
    isBreaching: ({ event }) => event.outcome === 'breaching',
    isNotBreaching: ({ event }) => event.outcome === 'notBreaching',
    isMissingData: ({ event }) => event.outcome === 'missing',
  },
}).createMachine({
  id: 'cloudwatchAlarm',
  initial: 'INSUFFICIENT_DATA',
  states: {
    INSUFFICIENT_DATA: {
      on: {
        'alarm.evaluated': [
          { guard: 'isBreaching', target: 'ALARM' },
          { guard: 'isNotBreaching', target: 'OK' },
        ],
      },
    },
    OK: {
      on: {
        'alarm.evaluated': [
          { guard: 'isBreaching', target: 'ALARM' },
          { guard: 'isMissingData', target: 'INSUFFICIENT_DATA' },
        ],
      },
    },
    ALARM: {
      on: {
        'alarm.evaluated': [
          { guard: 'isNotBreaching', target: 'OK' },
          { guard: 'isMissingData', target: 'INSUFFICIENT_DATA' },
        ],
      },
    },
  },
});

// Why a memo: `transition()` costs about 0.3 ms, and every alarm takes one event per simulated minute. The machine
// has no context, so its answer depends only on (state, outcome): 12 pairs, each computed once by the machine.
const memo = new Map<string, AlarmStateValue>();

/** The alarm state after one evaluation, computed by the machine from the stored state. */
export function nextAlarmState(current: AlarmStateValue, outcome: AlarmOutcome): AlarmStateValue {
  const key = `${current}|${outcome}`;
  let next = memo.get(key);
  if (next === undefined) {
    const snapshot = alarmMachine.resolveState({ value: current, context: undefined });
    next = transition(alarmMachine, snapshot, { type: 'alarm.evaluated', outcome })[0].value as AlarmStateValue;
    memo.set(key, next);
  }
  return next;
}
