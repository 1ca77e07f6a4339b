/**
 * Runs the ECS checks: small documents inline, large ones in the validation worker, one check in flight at a time, newer texts replace queued ones (only the
 * latest matters), and a check that runs too long is stopped (the worker is replaced) with a visible note,
 * so a pathological document can never leave the editor waiting forever.
 */
import { checkDocument, type CheckResult } from './markers.ts';
import ValidationWorker from './validation.worker.ts?worker';

/**
 * Documents up to this size are checked on the main thread: it takes a few milliseconds (AWS caps a task
 * definition at 64 KiB), and the first diagnostics then need no worker start-up. Larger ones go to the worker.
 */
export const INLINE_CHECK_CHARS = 64 * 1024;

/** A running validator. */
export interface Validator {
  /** Checks a text; resolves with the result of the latest text requested (stale requests resolve to undefined). */
  check(text: string): Promise<CheckResult | undefined>;
  dispose(): void;
}

/** Longest a check may run before it is stopped. */
export const CHECK_TIMEOUT_MS = 20_000;

/** Creates a validator backed by a dedicated worker. */
export function createValidator(timeoutMs = CHECK_TIMEOUT_MS): Validator {
  let worker: Worker | undefined;
  let seq = 0;
  let busy = false;
  let queued: { text: string; resolve: (r: CheckResult | undefined) => void } | undefined;

  const run = (text: string, resolve: (r: CheckResult | undefined) => void): void => {
    busy = true;
    const id = ++seq;
    worker ??= new ValidationWorker();
    const w = worker;
    const finish = (r: CheckResult | undefined) => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      busy = false;
      // A newer text arrived while this one ran: this answer is stale, check the newer one.
      if (queued) {
        const next = queued;
        queued = undefined;
        resolve(undefined);
        run(next.text, next.resolve);
      } else {
        resolve(r);
      }
    };
    const onMessage = (e: MessageEvent<{ id: number; result: CheckResult }>) => {
      if (e.data.id === id) finish(e.data.result);
    };
    const timer = setTimeout(() => {
      w.terminate();
      worker = undefined;
      finish({
        markers: [],
        diagnostics: [],
        parsed: false,
        ms: timeoutMs,
        note: `The ECS checks took longer than ${timeoutMs / 1000} s on this document and were stopped. Editing still works; they run again after your next change.`,
      });
    }, timeoutMs);
    w.addEventListener('message', onMessage);
    w.postMessage({ id, text });
  };

  return {
    check(text) {
      return new Promise((resolve) => {
        if (text.length <= INLINE_CHECK_CHARS && !busy) {
          resolve(checkDocument(text, () => performance.now()));
        } else if (busy) {
          queued?.resolve(undefined);
          queued = { text, resolve };
        } else {
          run(text, resolve);
        }
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      queued?.resolve(undefined);
      queued = undefined;
    },
  };
}
