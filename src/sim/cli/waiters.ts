/**
 * `aws <service> wait <waiter>`: polls the waiter's operation every `delay` seconds of virtual time, up to
 * `maxAttempts`, and evaluates its acceptors in order, as botocore/waiter.py does. Messages follow
 * botocore's WaiterError: `Waiter ServicesStable failed: Max attempts exceeded`.
 */
import { search, type JSONValue } from '@jmespath-community/jmespath';

import type { ServiceName, SimulationHandle } from '../contract.ts';
import { isAwsError } from '../errors.ts';
import type { ApiWaiter } from '../model/apiModelTypes.ts';

/** How a waiter ended. */
export type WaiterOutcome = { ok: true; attempts: number } | { ok: false; reason: string; attempts: number };

type Acceptor = ApiWaiter['acceptors'][number];

function explanation(a: Acceptor): string {
  switch (a.matcher) {
    case 'path':
      return `For expression "${a.argument}" we matched expected path: "${String(a.expected)}"`;
    case 'pathAll':
      return `For expression "${a.argument}" all members matched expected path: "${String(a.expected)}"`;
    case 'pathAny':
      return `For expression "${a.argument}" we matched expected path: "${String(a.expected)}" at least once`;
    case 'status':
      return `Matched expected HTTP status code: ${String(a.expected)}`;
    default:
      return `Matched expected service error code: ${String(a.expected)}`;
  }
}

function matches(a: Acceptor, response: unknown, errorCode: string | undefined): boolean {
  if (a.matcher === 'error') return errorCode === a.expected;
  if (a.matcher === 'status') return errorCode === undefined && a.expected === 200;
  if (errorCode !== undefined) return false;
  let result: unknown;
  try {
    result = search(response as JSONValue, a.argument ?? '@');
  } catch {
    return false; // e.g. length(null) on a response without the expected list: not a match
  }
  if (a.matcher === 'path') return result === a.expected;
  if (!Array.isArray(result) || result.length === 0) return false;
  return a.matcher === 'pathAll' ? result.every((r) => r === a.expected) : result.some((r) => r === a.expected);
}

/** Runs a waiter against the simulation, advancing virtual time between attempts. */
export function runWaiter(
  sim: SimulationHandle,
  service: ServiceName,
  waiterName: string,
  waiter: ApiWaiter,
  input: Record<string, unknown>,
): WaiterOutcome {
  let lastMatched: Acceptor | undefined;
  for (let attempt = 1; ; attempt++) {
    let response: unknown;
    let errorCode: string | undefined;
    try {
      response = sim.call(service, waiter.operation, input);
    } catch (error) {
      if (!isAwsError(error)) throw error;
      errorCode = error.code;
      response = undefined;
      const handled = waiter.acceptors.some((a) => a.matcher === 'error' && a.expected === error.code);
      if (!handled) {
        return { ok: false, attempts: attempt, reason: `Waiter ${waiterName} failed: An error occurred (${error.code}): ${error.message}` };
      }
    }
    const accepted = waiter.acceptors.find((a) => matches(a, response, errorCode));
    if (accepted) {
      lastMatched = accepted;
      if (accepted.state === 'success') return { ok: true, attempts: attempt };
      if (accepted.state === 'failure') {
        return {
          ok: false,
          attempts: attempt,
          reason: `Waiter ${waiterName} failed: Waiter encountered a terminal failure state: ${explanation(accepted)}`,
        };
      }
    }
    if (attempt >= waiter.maxAttempts) {
      const reason = lastMatched
        ? `Max attempts exceeded. Previously accepted state: ${explanation(lastMatched)}`
        : 'Max attempts exceeded';
      return { ok: false, attempts: attempt, reason: `Waiter ${waiterName} failed: ${reason}` };
    }
    sim.advance(waiter.delay * 1000);
  }
}
