/**
 * Parts of the simulator that most sessions never use (JMESPath for `--query`, the table/text/yaml formatters,
 * help pages, waiters, Application Auto Scaling with its CloudWatch alarms, `sim …` directives, the
 * ECS Exec container shell). In Node they are plain imports (./parts.ts); the browser build swaps that module for
 * ./parts.browser.ts (src/build/browserVariants.mjs), which loads each part with `import()` on first use, so
 * the simulator's start does not download them. Commands stay synchronous: the terminal first awaits
 * `Shell.prepare(line)`, which loads what the line may need (`neededOptional`), then runs the line.
 */
import { CliError, EXIT_OTHER } from '../cli/cliErrors.ts';

/** The optional modules by name. */
export interface OptionalModules {
  query: typeof import('../cli/query.ts');
  formatters: typeof import('../cli/formatters.ts');
  help: typeof import('../cli/help.ts');
  waiters: typeof import('../cli/waiters.ts');
  autoscaling: typeof import('../autoscaling/engine.ts');
  sim: typeof import('../cli/simPart.ts');
  exec: typeof import('../runtime/execShell.ts');
}
export type OptionalName = keyof OptionalModules;

/** What each part is, for messages. */
export const OPTIONAL_LABELS: Readonly<Record<OptionalName, string>> = {
  query: '--query support (JMESPath)',
  formatters: '--output table/text/yaml formatters',
  help: 'help pages',
  waiters: 'waiters (aws … wait)',
  autoscaling: 'Application Auto Scaling and CloudWatch',
  sim: 'sim directives',
  exec: 'ECS Exec container shell',
};

/** Thrown when a command needs a part that was not loaded (its line was run without `prepare`). */
export class OptionalNotLoadedError extends CliError {
  constructor(readonly part: OptionalName) {
    super(`The simulator is still loading its ${OPTIONAL_LABELS[part]}; run the command again.`, EXIT_OTHER);
  }
}

/** How a registry reaches its modules. */
export interface OptionalRegistry {
  /** The module, or OptionalNotLoadedError when it is not loaded yet. */
  get<K extends OptionalName>(name: K): OptionalModules[K];
  /** The module, or undefined when it is not loaded yet. */
  peek<K extends OptionalName>(name: K): OptionalModules[K] | undefined;
  /** Loads the parts not loaded yet; undefined when all of them already are (the caller can stay synchronous). */
  load(names: Iterable<OptionalName>): Promise<void> | undefined;
}

/** A registry that loads each part with its loader on first request (a failed load is retried next time). */
export function lazyRegistry(loaders: { readonly [K in OptionalName]: () => Promise<OptionalModules[K]> }): OptionalRegistry {
  const loaded: Partial<OptionalModules> = {};
  const inFlight = new Map<OptionalName, Promise<void>>();
  const loadOne = <K extends OptionalName>(name: K): Promise<void> => {
    let p = inFlight.get(name);
    if (!p) {
      p = loaders[name]().then(
        (m) => {
          loaded[name] = m;
        },
        (error: unknown) => {
          inFlight.delete(name);
          throw error;
        },
      );
      inFlight.set(name, p);
    }
    return p;
  };
  return {
    peek: (name) => loaded[name],
    get(name) {
      const m = loaded[name];
      if (m === undefined) throw new OptionalNotLoadedError(name);
      return m;
    },
    load(names) {
      const missing = [...new Set(names)].filter((n) => loaded[n] === undefined);
      if (!missing.length) return undefined;
      return Promise.all(missing.map(loadOne)).then(() => undefined);
    },
  };
}

const WORD = (w: string) => new RegExp(`(^|[\\s"'=(])${w}($|[\\s"')])`);
const HELP = WORD('help');
const WAIT = WORD('wait');
const SIM = /(^|[\s;&|(`])sim($|\s)/;

/**
 * The parts a command line may need, read from its text and the shell's variables (a variable may hold
 * `--output table` or be AWS_DEFAULT_OUTPUT). Generous: loading a part that is not used costs a download,
 * missing one costs the learner a retry.
 */
export function neededOptional(line: string, variables: Iterable<[string, string]> = []): OptionalName[] {
  let text = line;
  for (const [name, value] of variables) text += name === 'AWS_DEFAULT_OUTPUT' ? ` --output ${value}` : ` ${value}`;
  const needs: OptionalName[] = [];
  if (text.includes('--query')) needs.push('query');
  if (/--output|AWS_DEFAULT_OUTPUT/.test(text)) needs.push('formatters');
  if (HELP.test(text)) needs.push('help');
  if (WAIT.test(text)) needs.push('waiters', 'query');
  if (/application-autoscaling|cloudwatch/.test(text)) needs.push('autoscaling');
  if (SIM.test(text)) needs.push('sim');
  if (text.includes('execute-command')) needs.push('exec');
  return needs;
}

/** The terminal's message when a part could not be downloaded. */
export function loadFailureMessage(names: readonly OptionalName[], error: unknown): string {
  const what = names.map((n) => OPTIONAL_LABELS[n]).join(', ');
  const reason = error instanceof Error ? error.message : String(error);
  return `\naws: [ERROR]: Could not load the simulator's ${what} (${reason}). Check the connection and run the command again.\n`;
}
