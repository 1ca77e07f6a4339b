/**
 * The page's simulation as the simulator widgets see it: the shared handle from src/ui/sim-store.ts (so the
 * terminal, the editor and the views act on one account), plus checkpoint restore and "start over", which the
 * engine does in place (`Simulation.load`) so every island keeps the handle it already holds.
 */
import type { Simulation, SimState } from '../../sim/index.ts';
import { getSimulation, startingSnapshot, type PageSimulation } from '../sim-store.ts';

export type { SimState };

/** The engine as the views need it. */
export type EngineSimulation = Simulation;

/** The page's simulation for the widgets. */
export interface WidgetSimulation {
  readonly page: PageSimulation;
  readonly engine: EngineSimulation;
}

let pending: Promise<WidgetSimulation> | undefined;

/** The page's one simulation (created or restored by the store on first use). Browser only. */
export function getWidgetSimulation(): Promise<WidgetSimulation> {
  pending ??= getSimulation().then((page) => ({ page, engine: page.handle }));
  pending.catch(() => (pending = undefined));
  return pending;
}

/** Restores a checkpoint into the page's simulation, then saves and notifies every island. */
export async function restoreInPlace(sim: WidgetSimulation, snapshot: SimState): Promise<void> {
  sim.engine.load(snapshot);
  await sim.engine.whenReady(); // paused: nothing moves until the state's code has arrived
  sim.page.changed();
}

/** Starts the page's simulation over from the page's start (the chapter's account, or a lab page's scenario). */
export async function resetInPlace(sim: WidgetSimulation): Promise<void> {
  sim.engine.load(await startingSnapshot());
  await sim.engine.whenReady();
  sim.page.changed();
}
