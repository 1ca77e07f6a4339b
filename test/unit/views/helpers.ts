/**
 * Runs the chapter in the real engine and records what the views would record, so layout tests check the
 * pictures against an actual run rather than hand-made data.
 */
import { createSimulation, Shell, splitScript, type Simulation } from '../../../src/sim/index.ts';
import { presetScript, type PresetName, type PresetOptions } from '../../../src/ui/sim/presets.ts';
import { advanceRecording, recordSamples, sampleServices, type History } from '../../../src/ui/sim/layout/samples.ts';

/** A simulation with a shell and a history recorded every `stepMs` of simulated time. */
export interface Run {
  sim: Simulation;
  shell: Shell;
  history: History;
  /** Runs a command; fails the test with the CLI's message when it fails. */
  run(line: string): string;
  /** Advances `ms`, recording at every multiple of `stepMs` simulated ms on the way (the page while time plays). */
  advance(ms: number, stepMs?: number): void;
}

/** Starts a run from a preset. */
export function startRun(preset: PresetName = 'service', options: PresetOptions = {}): Run {
  const sim = createSimulation({ seed: 'views-test' });
  const shell = new Shell(sim);
  const history: History = {};
  const record = () => recordSamples(history, sampleServices(sim.view()));
  const run = (line: string) => {
    const r = shell.run(line);
    if (r.exitCode !== 0) throw new Error(`${line} failed: ${r.stderr}`);
    record();
    return r.stdout;
  };
  for (const c of splitScript(presetScript(preset, options))) run(c.text);
  return {
    sim,
    shell,
    history,
    run,
    advance(ms, stepMs = 1000) {
      advanceRecording(sim, history, ms, stepMs);
    },
  };
}
