/**
 * Build-time checks of the simulator components' props: a wrong prop in a lesson fails the build with a message
 * that names the component, the prop, what was expected and what was found.
 */
import { PRESETS, isPresetName, type PresetName } from '../../ui/sim/presets.ts';

/** Thrown for an invalid prop. */
export class SimPropsError extends Error {
  constructor(component: string, problems: string[]) {
    super(`Invalid props on <${component}>:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee src/components/sim/README.md for the props each simulator component accepts.`);
    this.name = 'SimPropsError';
  }
}

function checkKnown(props: Record<string, unknown>, allowed: readonly string[], problems: string[]): void {
  for (const key of Object.keys(props)) {
    if (!allowed.includes(key)) problems.push(`${key}: unknown prop. Allowed props: ${allowed.join(', ')}.`);
  }
}

function intIn(problems: string[], name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}: expected a whole number from ${min} to ${max}, found ${JSON.stringify(value)}.`);
    return undefined;
  }
  return value;
}

/** Props of <Terminal>. */
export interface TerminalProps {
  /** Scenario name shown in the header (the simulator's starting account). Default `default`. */
  scenario?: string;
  /** Commands run on a simulation with no services yet: `empty` (default), `service`, `autoscaling`. */
  preset?: PresetName;
  /** user-service's desired count for the presets (default 3). */
  desiredCount?: number;
  /** Deployment floor for the presets, percent (default 100). */
  minimumHealthyPercent?: number;
  /** Deployment ceiling for the presets, percent (default 200). */
  maximumPercent?: number;
  /** Turn on the deployment circuit breaker with rollback in the presets. */
  circuitBreaker?: boolean;
  /** Heading text (default "Terminal"). */
  title?: string;
}

/** Validates <Terminal> props. */
export function terminalProps(props: Record<string, unknown>): Required<Pick<TerminalProps, 'scenario' | 'preset' | 'title'>> & TerminalProps {
  const problems: string[] = [];
  checkKnown(props, ['scenario', 'preset', 'desiredCount', 'minimumHealthyPercent', 'maximumPercent', 'circuitBreaker', 'title'], problems);
  const preset = props['preset'] ?? 'empty';
  if (typeof preset !== 'string' || !isPresetName(preset)) problems.push(`preset: expected one of ${PRESETS.map((p) => `"${p}"`).join(', ')}, found ${JSON.stringify(preset)}.`);
  const scenario = props['scenario'] ?? 'default';
  if (typeof scenario !== 'string' || scenario === '') problems.push(`scenario: expected a scenario name such as "default", found ${JSON.stringify(scenario)}.`);
  const title = props['title'] ?? 'Terminal';
  if (typeof title !== 'string') problems.push(`title: expected text, found ${JSON.stringify(title)}.`);
  const desiredCount = intIn(problems, 'desiredCount', props['desiredCount'], 0, 200);
  const minimumHealthyPercent = intIn(problems, 'minimumHealthyPercent', props['minimumHealthyPercent'], 0, 100);
  const maximumPercent = intIn(problems, 'maximumPercent', props['maximumPercent'], 100, 200);
  const circuitBreaker = props['circuitBreaker'];
  if (circuitBreaker !== undefined && typeof circuitBreaker !== 'boolean') problems.push(`circuitBreaker: expected true or false, found ${JSON.stringify(circuitBreaker)}.`);
  if (problems.length) throw new SimPropsError('Terminal', problems);
  return {
    scenario: scenario as string,
    preset: preset as PresetName,
    title: title as string,
    ...(desiredCount !== undefined && { desiredCount }),
    ...(minimumHealthyPercent !== undefined && { minimumHealthyPercent }),
    ...(maximumPercent !== undefined && { maximumPercent }),
    ...(circuitBreaker !== undefined && { circuitBreaker: circuitBreaker as boolean }),
  };
}

/** Validates the props of a view (<ClusterView>, <RollingDeployView>, …): an optional `service` and `title`. */
export function viewProps(component: string, props: Record<string, unknown>, defaultTitle: string): { service?: string; title: string } {
  const problems: string[] = [];
  checkKnown(props, ['service', 'title'], problems);
  const service = props['service'];
  if (service !== undefined && (typeof service !== 'string' || !/^[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+$/.test(service))) {
    problems.push(`service: expected "cluster/service" such as "production/user-service", found ${JSON.stringify(service)}.`);
  }
  const title = props['title'] ?? defaultTitle;
  if (typeof title !== 'string') problems.push(`title: expected text, found ${JSON.stringify(title)}.`);
  if (problems.length) throw new SimPropsError(component, problems);
  return { ...(service !== undefined && { service: service as string }), title: title as string };
}

/** Validates <TimeControls> props. */
export function timeControlsProps(props: Record<string, unknown>): { speed: number } {
  const problems: string[] = [];
  checkKnown(props, ['speed'], problems);
  const speed = props['speed'] ?? 10;
  if (![1, 2, 5, 10, 30, 60].includes(speed as number)) problems.push(`speed: expected one of 1, 2, 5, 10, 30, 60, found ${JSON.stringify(speed)}.`);
  if (problems.length) throw new SimPropsError('TimeControls', problems);
  return { speed: speed as number };
}
