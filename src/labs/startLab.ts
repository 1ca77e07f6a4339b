/** Creates a lab's starting simulation: its scenario, its files, and its setup script already run. */
import { createSimulation, prepareCommandLines, Shell, runScript, type ScriptStep, type Simulation } from '../sim/index.ts';
import { buildScenario } from './buildScenario.ts';
import type { Lab } from './labSchema.ts';

/** A started lab: the simulation, the shell the solution runs in, and setup commands that failed. */
export interface StartedLab {
  sim: Simulation;
  shell: Shell;
  setupFailures: ScriptStep[];
}

/** Starts a lab (deterministic for a given seed). `id` names the scenario (the lab folder). */
export function startLab(lab: Lab, id: string, seed: string | number = `lab:${id}`): StartedLab {
  const scenario = buildScenario(lab.scenario, `lab:${id}`);
  scenario.files = { ...(scenario.files ?? {}), ...lab.files };
  const sim = createSimulation({ seed, scenario });
  const shell = new Shell(sim);
  const setup = lab.scenario.setup ? runScript(sim, lab.scenario.setup, { shell }) : [];
  return { sim, shell, setupFailures: setup.filter((s) => s.exitCode !== 0) };
}

/**
 * Loads the parts of the CLI the lab's set-up script and CLI checks use (`--query`…). The browser loads them
 * on first use, so run this before `startLab` or a check there; in Node it does nothing. Rejects when a part
 * could not be downloaded.
 */
export function prepareLab(lab: Lab): Promise<void> {
  return prepareCommandLines([lab.scenario.setup ?? '', ...lab.steps.flatMap((s) => (s.check.kind === 'cli' ? [s.check.command] : []))]);
}
