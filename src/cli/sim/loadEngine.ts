/**
 * Creates the engine for the tool through the simulator's public entry.
 */
import { createSimulation, type SimulationHandle } from '../../sim/index.ts';

/** Returns a fresh simulation seeded with `seed` (a number when it looks like one). */
export async function createEngine(seed: string | undefined): Promise<SimulationHandle> {
  return createSimulation(seed === undefined ? {} : { seed: /^\d+$/.test(seed) ? Number(seed) : seed });
}
