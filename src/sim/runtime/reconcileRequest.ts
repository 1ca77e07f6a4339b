/** Asks the service scheduler to look at a service soon (batched: at most one pending pass per service). */
import { schedule } from './eventQueue.ts';
import type { SimState } from './state.ts';

/** Schedules a scheduler pass for `serviceKey` unless one is already pending; `at` defaults to now + delay. */
export function requestReconcile(state: SimState, serviceKey: string | undefined, at?: number): void {
  if (!serviceKey) return;
  const service = state.services[serviceKey];
  if (!service) return;
  if (at !== undefined && at > state.now + state.settings.schedulerDelayMs) {
    // A wake-up in the future (grace period end, back-off end, 40 s healthy rule). One pending wake-up per
    // service is enough: an earlier pass re-requests the later times it still needs.
    if (service.wakeAt !== undefined && service.wakeAt > state.now && service.wakeAt <= at) return;
    service.wakeAt = at;
    schedule(state, at, { kind: 'service.reconcile', serviceKey });
    return;
  }
  if (service.reconcilePending) return;
  service.reconcilePending = true;
  schedule(state, state.now + state.settings.schedulerDelayMs, { kind: 'service.reconcile', serviceKey });
}
