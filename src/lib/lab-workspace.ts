/**
 * What a lab page shows next to the terminal, worked out from the lab itself so authors write no layout:
 * - an editor for each starter file that is a task definition (a JSON object with a "family");
 * - the rolling-deploy view when a check is about a deployment (revision, rollout, breaker, capacity);
 * - the autoscaling view when a check asks Application Auto Scaling or the setup/solution drives load;
 * - the cluster view and the time controls always (every lab runs tasks and waits for them).
 */
import type { Lab } from '../labs/labSchema.ts';
import { STARTER_PREFIX } from '../labs/parseLab.ts';

/** A starting task definition to edit. */
export interface LabEditor {
  /** The virtual file, e.g. "orders-api.json". */
  file: string;
  text: string;
}

/** The pieces of a lab's working area. */
export interface LabWorkspace {
  editors: LabEditor[];
  rolling: boolean;
  autoscaling: boolean;
}

const DEPLOYMENT_PREDICATES = /^(deployment\.|service\.(taskDefinitionRevision|minRunningDuringLastDeployment|circuitBreaker|deploymentCount))/;

/** The working area of a lab; `starterFiles` are the folder's `starter.*` files by name. */
export function labWorkspace(lab: Lab, starterFiles: Readonly<Record<string, string>>): LabWorkspace {
  const editors: LabEditor[] = [];
  for (const [name, text] of Object.entries(starterFiles)) {
    if (!name.startsWith(STARTER_PREFIX) || !name.endsWith('.json')) continue;
    try {
      const doc = JSON.parse(text) as unknown;
      if (typeof doc === 'object' && doc !== null && typeof (doc as { family?: unknown }).family === 'string') editors.push({ file: name.slice(STARTER_PREFIX.length), text });
    } catch {
      // not JSON: the lab still works from the terminal (ecs-course check reports unreadable files)
    }
  }
  const checks = lab.steps.map((s) => s.check);
  const scripts = [lab.scenario.setup ?? '', ...lab.solution.map((s) => s.script)].join('\n');
  return {
    editors: editors.sort((a, b) => a.file.localeCompare(b.file)),
    rolling: checks.some((c) => c.kind === 'state' && DEPLOYMENT_PREDICATES.test(c.predicate)),
    autoscaling: checks.some((c) => c.kind === 'cli' && c.command.includes('application-autoscaling')) || /(^|\n)\s*sim load\b/.test(scripts),
  };
}
