/**
 * The page's simulation as the simulator widgets see it: the shared handle from src/ui/sim-store.ts plus the
 * engine extras they draw from (`view`, `snapshot`, `subscribe`), and the two things the store does not offer:
 * restoring a checkpoint and starting over *without* replacing the handle other islands (editor, lab panel) hold.
 *
 * Why in place: `restoreSimulation(snapshot)` returns a new `Simulation`, but every island captured the store's
 * handle. So we build the restored simulation with the engine's own `restoreSimulation` and move its state into
 * the live one; every closure of the live engine points at that same state object, so it continues from there.
 */
import type { SimulationHandle } from '../../sim/index.ts';
import type { SimState } from '../../sim/index.ts';
import { getSimulation, type PageSimulation } from '../sim-store.ts';

export type { SimState };

/** The engine as the views need it. */
export interface EngineSimulation extends SimulationHandle {
  /** The live state (read only). */
  view(): Readonly<SimState>;
  /** A deep copy of the state. */
  snapshot(): SimState;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The page's simulation for the widgets. */
export interface WidgetSimulation {
  readonly page: PageSimulation;
  readonly engine: EngineSimulation;
}

/** Thrown when the page only has the store's task-definition stand-in. */
export class EngineUnavailableError extends Error {
  constructor() {
    super('The simulator engine is not available: src/sim/index.ts does not export createSimulation yet, so only task definitions work on this page.');
    this.name = 'EngineUnavailableError';
  }
}

function isEngine(handle: SimulationHandle): handle is EngineSimulation {
  const h = handle as Partial<EngineSimulation>;
  return typeof h.view === 'function' && typeof h.snapshot === 'function' && typeof h.subscribe === 'function';
}

let pending: Promise<WidgetSimulation> | undefined;

/** The page's one simulation (created or restored by the store on first use). Browser only. */
export function getWidgetSimulation(): Promise<WidgetSimulation> {
  pending ??= getSimulation().then((page) => {
    if (!isEngine(page.handle)) throw new EngineUnavailableError();
    return { page, engine: page.handle };
  });
  pending.catch(() => (pending = undefined));
  return pending;
}

type EngineModule = {
  restoreSimulation?: (s: SimState) => { view(): Readonly<SimState> };
  createSimulation?: (o: { seed: string }) => { view(): Readonly<SimState> };
};

/** Replaces the live state's contents with `next` (a state nobody else references). */
function replaceState(live: SimState, next: SimState): void {
  const target = live as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, next);
}

/** Restores a checkpoint into the page's simulation, then saves and notifies every island. */
export async function restoreInPlace(sim: WidgetSimulation, snapshot: SimState): Promise<void> {
  const mod = (await import('../../sim/index.ts')) as unknown as EngineModule;
  const copy = mod.restoreSimulation ? (mod.restoreSimulation(snapshot).view() as SimState) : (JSON.parse(JSON.stringify(snapshot)) as SimState);
  replaceState(sim.engine.view() as SimState, copy);
  touch(sim);
}

/** Starts the page's simulation over from the default scenario (same seed as the store uses). */
export async function resetInPlace(sim: WidgetSimulation): Promise<void> {
  const mod = (await import('../../sim/index.ts')) as unknown as EngineModule;
  if (!mod.createSimulation) throw new EngineUnavailableError();
  replaceState(sim.engine.view() as SimState, mod.createSimulation({ seed: 'ecs-course' }).view() as SimState);
  touch(sim);
}

/** Lets the engine's listeners (the store's autosave) and the store's subscribers know the state changed. */
function touch(sim: WidgetSimulation): void {
  sim.engine.advance(0);
  sim.page.changed();
}
