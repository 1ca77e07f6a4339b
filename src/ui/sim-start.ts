/**
 * Where a page's simulation starts. Lesson pages start from the chapter's account; a lab page declares its lab
 * in its HTML so every island (terminal, editor, views, lab panel), whichever loads first, starts from the same
 * lab scenario:
 *
 *   <script type="application/json" data-sim-start>{"kind":"lab","id":"02-first-service","lab":{…}}</script>
 *
 * The declaration is written by the build from a lab that `ecs-course check` proved, so it is only checked for
 * shape here (no zod in the browser); a broken one gives a clear message instead of the wrong account.
 */
import type { Simulation } from '../sim/index.ts';
import type { Lab } from '../labs/labSchema.ts';

/** The seed every page's default simulation starts from (same seed, same calls ⇒ same state). */
export const SIMULATION_SEED = 'ecs-course';

/** How a page's simulation starts. */
export interface SimulationStart {
  /** localStorage key of the saved snapshot (default: per page path). */
  storageKey?: string;
  /** A new simulation in its starting state (deterministic: same start, same calls ⇒ same state). */
  create(): Promise<Simulation> | Simulation;
}

/** A lab page's declaration. */
export interface LabStartDeclaration {
  kind: 'lab';
  /** The lab folder, e.g. "02-first-service" (it names the scenario and seeds the simulation). */
  id: string;
  lab: Lab;
}

/** The chapter's account. */
export const DEFAULT_START: SimulationStart = {
  create: async () => (await import('../sim/index.ts')).createSimulation({ seed: SIMULATION_SEED }),
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a declaration's text; returns it, or the problem in words. */
export function parseStartDeclaration(text: string): { ok: true; declaration: LabStartDeclaration } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'its declaration is not valid JSON' };
  }
  if (!isObject(data) || data['kind'] !== 'lab') return { ok: false, problem: 'its declaration is not a lab ("kind": "lab")' };
  if (typeof data['id'] !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(data['id'])) return { ok: false, problem: 'its declaration has no valid lab id' };
  const lab = data['lab'];
  if (!isObject(lab) || !isObject(lab['scenario']) || !isObject(lab['files'])) return { ok: false, problem: `lab "${data['id']}" has no scenario or files` };
  const steps = lab['steps'];
  if (!Array.isArray(steps) || steps.length === 0 || !steps.every((s) => isObject(s) && typeof s['id'] === 'string' && isObject(s['check']))) {
    return { ok: false, problem: `lab "${data['id']}" has no valid steps` };
  }
  if (!Array.isArray(lab['solution'])) return { ok: false, problem: `lab "${data['id']}" has no solution list` };
  return { ok: true, declaration: data as unknown as LabStartDeclaration };
}

/** The start a lab declaration describes: the lab's scenario, files and setup script, seeded by its id. */
export function labStart(declaration: LabStartDeclaration): SimulationStart {
  return {
    create: async () => {
      const { prepareLab, startLab } = await import('../labs/startLab.ts');
      await prepareLab(declaration.lab);
      const started = startLab(declaration.lab, declaration.id);
      // Proven clean by `ecs-course check`; if the engine changed under a stale page, say so in the console.
      for (const f of started.setupFailures) console.warn(`Lab ${declaration.id}: set-up line ${f.line} failed (exit ${f.exitCode}): ${f.stderr}`);
      return started.sim;
    },
  };
}

/**
 * The start a page declares (`script[data-sim-start]`), or the chapter's account when it declares none.
 * Throws an Error with a sentence for the learner when the declaration is broken.
 */
export function readStartDeclaration(doc: Pick<Document, 'querySelector'>): SimulationStart {
  const script = doc.querySelector('script[data-sim-start]');
  if (!script) return DEFAULT_START;
  const parsed = parseStartDeclaration(script.textContent ?? '');
  if (!parsed.ok) throw new Error(`this page's starting simulation could not be read (${parsed.problem}). Reload the page; if it persists, report it.`);
  return labStart(parsed.declaration);
}
