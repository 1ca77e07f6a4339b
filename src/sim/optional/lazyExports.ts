/**
 * Public functions of src/sim/index.ts whose code is an optional part (./registry.ts): each calls into the part,
 * so exporting it does not put the part's code in the core. In Node they run at once; in the browser the part
 * must have been loaded first (the terminal's `Shell.prepare` does that), else OptionalNotLoadedError.
 */
import type { SimulationHandle } from '../contract.ts';
import type { CommandResult } from '../cli/cliErrors.ts';
import type { AutoScalingState } from '../autoscaling/types.ts';
import { optional } from './parts.ts';

/** Runs a `sim …` directive (its words after `sim`); see src/sim/cli/simDirectives.ts. */
export function runSimDirective(sim: SimulationHandle, args: readonly string[]): CommandResult {
  return optional.get('sim').runSimDirective(sim, args);
}

/** The scaling part of `sim state`; see src/sim/autoscaling/summarizeAutoScaling.ts. */
export function summarizeAutoScaling(state: AutoScalingState, now?: number): string[] {
  return optional.get('sim').summarizeAutoScaling(state, now);
}
