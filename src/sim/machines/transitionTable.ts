/**
 * Runs an XState machine as pure transition logic for entities whose state value lives in plain data.
 * The simulator's machines are flat and keep no context, so the next state depends only on the current
 * state value and the event: we ask XState once per distinct (state, event) pair and memoise the answer.
 * That keeps the statechart the single source of truth while a 1,000-task deployment costs a map lookup
 * per transition instead of a full XState macrostep.
 */
import { transition, type AnyStateMachine, type EventObject } from 'xstate';

/** Computes the next state value of a flat, context-free machine. */
export interface Stepper<TState extends string, TEvent extends EventObject> {
  /** The state a new entity starts in. */
  readonly initial: TState;
  /** The state after `event`; the same state when the chart ignores the event there. */
  next(state: TState, event: TEvent): TState;
  /** True when `event` would change `state`. */
  accepts(state: TState, event: TEvent): boolean;
}

/** Wraps `machine` in a memoising stepper. */
export function createStepper<TState extends string, TEvent extends EventObject>(
  machine: AnyStateMachine,
): Stepper<TState, TEvent> {
  const cache = new Map<string, TState>();
  const initial = machine.getInitialSnapshot(undefined as never).value as TState;
  const next = (state: TState, event: TEvent): TState => {
    const key = `${state}\u0000${JSON.stringify(event)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const snapshot = machine.resolveState({ value: state, context: {} });
    const [after] = transition(machine, snapshot, event as never);
    const value = (after as { value: unknown }).value as TState;
    cache.set(key, value);
    return value;
  };
  return { initial, next, accepts: (state, event) => next(state, event) !== state };
}
