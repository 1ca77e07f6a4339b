/**
 * One simulation per page, shared by every island on it (editor, terminal, views, lab panel).
 *
 * - Created lazily, on the first `getSimulation()`: the simulator core is loaded with `import()`, so pages and
 *   islands that never need it pay nothing.
 * - SSR-safe: nothing touches `window`/`localStorage` at module load, and `getSimulation()` refuses to run on
 *   the server with a clear message.
 * - Persistent: the engine's snapshot is saved in localStorage under the page's path (at most once a second
 *   while the simulation runs, and when the page is hidden) and restored on the next visit, so revision numbers
 *   keep counting after a reload, as they do in a real account. `resetSimulation()` starts over.
 * - Configurable start: by default the chapter's account (`SIMULATION_SEED`). A page may declare another start,
 *   either in its HTML (`<script type="application/json" data-sim-start>`, see ./sim-start.ts; a lab page
 *   declares its lab, so every island starts from the lab's scenario) or with `configureSimulation()` before the
 *   first `getSimulation()`. `startingSnapshot()` gives that start again (the widgets' "start over").
 */
import type { Simulation, SimulationSnapshot } from '../sim/index.ts';
import { readStartDeclaration, type SimulationStart } from './sim-start.ts';

export type { SimulationStart } from './sim-start.ts';

/** What islands get: the simulation plus a way to tell the store the state changed (so it is saved). */
export interface PageSimulation {
  readonly handle: Simulation;
  /** Saves the snapshot soon and notifies subscribers (call after `handle.call`, `advance`…). */
  changed(): void;
  /**
   * Spaces saves out while the clock plays (a big account's save is a long frame) until the returned function
   * is called, which saves soon. Pagehide still saves at once.
   */
  holdSaves(): () => void;
}

/** Called after every change any island reports. */
export type SimulationSubscriber = (sim: PageSimulation) => void;

export { SIMULATION_SEED } from './sim-start.ts';
/** Saves are coalesced: at most one per this many milliseconds while the simulation runs. */
export const SAVE_INTERVAL_MS = 1000;
/** While saves are held (the clock plays), at most one per this many milliseconds: a crash loses at most this. */
export const HELD_SAVE_INTERVAL_MS = 15_000;

const STORAGE_PREFIX = 'ecs-course:sim:';
let pending: Promise<PageSimulation> | undefined;
const subscribers = new Set<SimulationSubscriber>();
/** Set by `configureSimulation`; otherwise read from the page's declaration on first use. */
let configured: SimulationStart | undefined;

/** The localStorage key of a page's saved simulation. */
export function storageKey(pathname: string): string {
  return STORAGE_PREFIX + pathname;
}

/**
 * Declares how this page's simulation starts, in code (pages usually declare it in HTML instead, which every
 * island sees whatever loads first). Must run before the first `getSimulation()`: islands already hold the
 * simulation after that, and changing it under them would split the page into two accounts.
 */
export function configureSimulation(start: SimulationStart): void {
  if (pending) throw new Error('configureSimulation() must run before the first getSimulation() on the page.');
  configured = start;
}

/** The page's start: configured in code, else declared in the page, else the chapter's account. */
function pageStart(): SimulationStart {
  configured ??= readStartDeclaration(document);
  return configured;
}

/** The localStorage key this page's simulation is saved under. */
function pageStorageKey(): string {
  return pageStart().storageKey ?? storageKey(location.pathname);
}

/** A fresh snapshot of the page's starting simulation (used by "start over"). Browser only. */
export async function startingSnapshot(): Promise<SimulationSnapshot> {
  return (await pageStart().create()).snapshot();
}

/** The page's simulation, created (or restored) on first use. Browser only. */
export function getSimulation(): Promise<PageSimulation> {
  if (typeof window === 'undefined') {
    return Promise.reject(new Error('getSimulation() runs in the browser only; call it from a client script, not from Astro frontmatter.'));
  }
  pending ??= create().catch((e: unknown) => {
    pending = undefined; // let a later call retry (e.g. the chunk failed to download)
    throw e;
  });
  return pending;
}

/** Registers a subscriber; returns the function that removes it. */
export function subscribeSimulation(fn: SimulationSubscriber): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

/** Forgets the saved state; the next `getSimulation()` after a reload starts fresh. */
export function resetSimulation(): void {
  if (typeof window === 'undefined') return;
  try {
    localStorage.removeItem(pageStorageKey());
  } catch {
    // storage unavailable (private mode): nothing was saved either
  }
  pending = undefined;
}

async function create(): Promise<PageSimulation> {
  const start = pageStart(); // throws a clear message for a broken declaration (the widgets show it)
  const { restoreSimulation } = await import('../sim/index.ts');
  const key = pageStorageKey();
  const saved = readSaved(key);
  let sim: Simulation | undefined;
  try {
    if (saved !== undefined) sim = restoreSimulation(saved);
  } catch {
    // a snapshot from an older engine: start over, don't break
  }
  sim ??= await start.create();
  // A saved run with scaling: its code loads on first use in the browser, and must be here before time moves.
  await sim.whenReady();
  const save = throttledSaver(sim, key);
  const page: PageSimulation = {
    handle: sim,
    changed() {
      save.soon();
      for (const fn of subscribers) fn(page);
    },
    holdSaves: save.hold,
  };
  // The engine notifies after every call, advance and fault; keep the saved copy current for every island.
  sim.subscribe(() => save.soon());
  addEventListener('pagehide', save.now);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save.now());
  return page;
}

/**
 * Saves at most once per interval (trailing), and at once on demand. The state is plain JSON, so it is
 * stringified straight from the live view (snapshot() would copy it first: a second full stringify). A big
 * account (hundreds of tasks, ~800 KB) takes tens of milliseconds to save, so the interval grows with the
 * measured cost to keep saving under ~2 % of the main thread while time plays.
 */
function throttledSaver(sim: Simulation, key: string): { soon(): void; now(): void; hold(): () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let interval = SAVE_INTERVAL_MS;
  let holds = 0;
  const soon = () => {
    timer ??= setTimeout(now, holds > 0 ? Math.max(interval, HELD_SAVE_INTERVAL_MS) : interval);
  };
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    const started = performance.now();
    try {
      localStorage.setItem(key, JSON.stringify(sim.view()));
    } catch {
      // quota exceeded or storage disabled: the simulation still works, it just will not survive a reload
    }
    interval = Math.max(SAVE_INTERVAL_MS, 50 * (performance.now() - started));
  };
  const reschedule = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    soon();
  };
  const hold = () => {
    holds++;
    reschedule(); // a save due in a second (say, after the command before Play) waits too
    let released = false;
    return () => {
      if (released) return;
      released = true;
      holds--;
      if (holds === 0) reschedule(); // a save waiting out the long interval: make it soon instead
    };
  };
  return { soon, now, hold };
}

function readSaved(key: string): SimulationSnapshot | undefined {
  try {
    const text = localStorage.getItem(key);
    const saved = text === null ? undefined : (JSON.parse(text) as unknown);
    // Only engine snapshots (they carry a format version); anything else is ignored rather than restored.
    return saved !== null && typeof saved === 'object' && 'formatVersion' in saved ? (saved as SimulationSnapshot) : undefined;
  } catch {
    return undefined;
  }
}
