/** The real engine for integration tests, through the simulator's public entry. */
import { createSimulation, type SimulationHandle } from '../../../src/sim/index.ts';

export function createRealSimulation(seed: string | number = 'cli-tests'): SimulationHandle {
  return createSimulation({ seed });
}
