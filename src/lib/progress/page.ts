/**
 * How page islands (explain-it challenges, lab pages) get the progress store without importing
 * ./store.ts: the shared site script already contains the store and hands its factory over on
 * `window.__ecsCourseProgress` (src/ui/explain-it.ts). Importing ./store.ts from an island would make
 * the bundler split the progress code out of the shared script into a chunk every page then loads
 * separately (measured: +319 B gzip on every page, over the 4 KB budget).
 *
 *   import { whenProgressStore } from '../../lib/progress/page.ts';
 *   whenProgressStore((store) => store.recordLab('02-first-service', { passedSteps, completed }));
 */
import type { ProgressStore, StorageLike, createProgressStore } from './store.ts';

declare global {
  interface Window {
    /** Set by the shared site script (src/ui/explain-it.ts). */
    __ecsCourseProgress?: typeof createProgressStore;
  }
}

// The same few lines as src/ui/progress-ui.ts on purpose: sharing a module between the shared script and
// islands makes the bundler split it into a chunk every page loads (see above).
function storage(): StorageLike {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked (private mode, policy): keep working in memory; the store's notice says so.
    const mem = new Map<string, string>();
    return { getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => void mem.set(k, v) };
  }
}

/**
 * Calls `use` with a progress store once the shared script has run (module scripts run in document order,
 * and an island's script may come first; all of them have run by DOMContentLoaded). `use` gets undefined when the
 * shared script is missing, so the island can say progress is unavailable instead of failing.
 */
export function whenProgressStore(use: (store: ProgressStore | undefined) => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    const create = window.__ecsCourseProgress;
    let store: ProgressStore | undefined;
    try {
      store = create?.(storage());
    } catch {
      store = undefined;
    }
    use(store);
  };
  if (window.__ecsCourseProgress || document.readyState === 'complete') go();
  else {
    // Deferred module scripts all run before DOMContentLoaded; `load` covers an island started later.
    document.addEventListener('DOMContentLoaded', go, { once: true });
    addEventListener('load', go, { once: true });
  }
}
