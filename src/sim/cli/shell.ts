/**
 * A tiny shell around the simulated AWS CLI, shared by the script runner, the browser terminal and the
 * Node repl: variables (`NAME=value`, `export`, `$(…)`), `echo`, `cat`, `aws …`, `sim …` directives and
 * ECS Exec sessions. While a session is open every line goes to the container (`sim.execShell`) and the
 * prompt becomes `# `, until the container shell exits.
 */
import type { SimulationHandle } from '../contract.ts';
import type { FileReader } from './awsArguments.ts';
import { runAwsCommand, sessionEndText, unexpected, virtualFileReader, type AwsCommandOptions } from './awsCommand.ts';
import { CliError, EXIT_OTHER, type CommandResult } from './cliErrors.ts';
import { optional } from '../optional/parts.ts';
import { loadFailureMessage, neededOptional } from '../optional/registry.ts';
import { expandAssignmentValue, ShellSyntaxError, splitWords, type ExpansionContext } from './shellWords.ts';

/** A shell command's result; `exit` is set when the line asked the shell itself to end. */
export interface ShellResult extends CommandResult {
  exit?: boolean;
}

/** Options of a shell. */
export interface ShellOptions extends Omit<AwsCommandOptions, 'env'> {
  /** Initial variables (e.g. `AWS_REGION`). */
  env?: Readonly<Record<string, string>>;
}

const SHELL_COMMANDS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash|zsh)$/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

const SHELL_HELP = `Commands in this terminal:
  aws <service> <command> [options]   the AWS CLI (ecs, application-autoscaling, cloudwatch)
  sim <directive>                     simulator controls; try 'sim help'
  NAME=value, export NAME=value       variables, used as $NAME, "\${NAME}"; NAME=$(aws …) captures output
  echo, cat FILE, ls, env, unset, clear, exit
`;

/** One terminal's state: variables, the last exit code and any open ECS Exec session. */
export class Shell {
  private readonly vars = new Map<string, string>();
  private session: { sessionId: string } | undefined;
  private readonly readFile: FileReader;
  /** What `aws` commands get: built once, as every line of a script reuses it. */
  private readonly awsOptions: AwsCommandOptions;
  /** Expansion of this shell's lines: variables, and `$(…)` run as nested lines. */
  private readonly expansion: ExpansionContext;
  /** stderr of the command substitutions of the line being run. */
  private substitutionErrors = '';

  constructor(
    private readonly sim: SimulationHandle,
    private readonly options: ShellOptions = {},
  ) {
    for (const [k, v] of Object.entries(options.env ?? {})) this.vars.set(k, v);
    this.vars.set('?', '0');
    this.readFile = options.readFile ?? virtualFileReader(sim);
    // Bound, not arrow, functions: a shell is built per `runCommandLine`, so its set-up must stay cheap.
    const getVar = Map.prototype.get.bind(this.vars) as (name: string) => string | undefined;
    this.awsOptions = { readFile: this.readFile, env: getVar };
    if (options.terminalWidth !== undefined) this.awsOptions.terminalWidth = options.terminalWidth;
    this.expansion = { getVar, substitute: this.substitute.bind(this) };
  }

  /** `$(…)`: runs the nested line; its stderr reaches the terminal, its stdout is the expansion. */
  private substitute(commandLine: string): string {
    // A nested command never opens a session.
    const nested = this.runLine(commandLine);
    this.vars.set('?', String(nested.exitCode));
    this.substitutionErrors += nested.stderr;
    return nested.stdout;
  }

  /** `$ ` normally, `# ` inside an ECS Exec session (the container shell runs as root). */
  get prompt(): string {
    return this.session ? '# ' : '$ ';
  }

  /** True while an ECS Exec session is open. */
  get inSession(): boolean {
    return this.session !== undefined;
  }

  /** A variable's value. */
  getVar(name: string): string | undefined {
    return this.vars.get(name);
  }

  /**
   * Loads the optional parts of the simulator the line may need (JMESPath for `--query`, table/text/yaml
   * output, help, waiters, Application Auto Scaling, `sim` directives, ECS Exec; see src/sim/optional/) before
   * `run(line)`. Returns undefined when nothing needs loading (always in Node: run at once), else a promise of
   * undefined once loaded, or of the result to print instead of running the line when a part could not be
   * downloaded. Never rejects.
   */
  prepare(line: string): Promise<ShellResult | undefined> | undefined {
    if (this.session) return undefined; // lines go to the container
    const needs = neededOptional(line, this.vars);
    const loading = optional.load(needs);
    return loading?.then(
      () => undefined,
      (error: unknown) => ({ exitCode: EXIT_OTHER, stdout: '', stderr: loadFailureMessage(needs, error) }),
    );
  }

  /** Runs one complete command line (continuations already joined). Never throws. */
  run(line: string): ShellResult {
    let result: ShellResult;
    try {
      result = this.session ? this.runInSession(line) : this.runLine(line);
    } catch (error) {
      result = unexpected(error);
    }
    this.vars.set('?', String(result.exitCode));
    return result;
  }

  private runInSession(line: string): ShellResult {
    const session = this.session!;
    const r = this.sim.execShell(session.sessionId, line.trim());
    let stdout = r.output === '' || r.output.endsWith('\n') ? r.output : `${r.output}\n`;
    if (r.closed) {
      this.session = undefined;
      stdout = withSessionEnd(stdout, session.sessionId);
    }
    return { exitCode: r.exitCode, stdout, stderr: '' };
  }

  private runLine(line: string): ShellResult {
    // Each line (a nested `$(…)` line too) collects the stderr of its own substitutions.
    const outer = this.substitutionErrors;
    this.substitutionErrors = '';
    try {
      return this.runOwnLine(line);
    } finally {
      this.substitutionErrors = outer;
    }
  }

  private runOwnLine(line: string): ShellResult {
    const ctx = this.expansion;
    try {
      // `export NAME=value` is an assignment too: its value is not split into words.
      const trimmed = line.trim().replace(/^export\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/, '');
      const assignment = ASSIGNMENT.exec(trimmed);
      if (assignment) return this.assign(assignment[1]!, trimmed.slice(assignment[0].length), ctx);
      const words = splitWords(line, ctx);
      const result = this.dispatch(words, ctx);
      return this.substitutionErrors ? { ...result, stderr: this.substitutionErrors + result.stderr } : result;
    } catch (error) {
      if (error instanceof ShellSyntaxError) return { exitCode: 2, stdout: '', stderr: `${this.substitutionErrors}${error.message}\n` };
      // A part of the simulator that is not loaded (`sim …` run without `prepare`): say so, as the CLI does.
      if (error instanceof CliError) return { exitCode: error.exitCode, stdout: '', stderr: this.substitutionErrors + error.render() };
      throw error;
    }
  }

  private assign(name: string, rawValue: string, ctx: ExpansionContext): ShellResult {
    const errors = (): string => this.substitutionErrors;
    const { value, rest } = expandAssignmentValue(rawValue, ctx);
    this.vars.set(name, value);
    // `NAME=value command`: run the command (the simulator keeps NAME set afterwards, unlike bash).
    if (splitWords(rest, ctx).length) {
      const result = this.dispatch(splitWords(rest, ctx), ctx);
      return { ...result, stderr: errors() + result.stderr };
    }
    // Like bash, an assignment's status is that of its last command substitution.
    const status = rawValue.includes('$(') || rawValue.includes('`') ? Number(this.vars.get('?') ?? 0) : 0;
    return { exitCode: status, stdout: '', stderr: errors() };
  }

  private dispatch(words: string[], ctx: ExpansionContext): ShellResult {
    const [command, ...args] = words;
    switch (command) {
      case undefined:
        return ok();
      case 'aws': {
        const r = runAwsCommand(this.sim, args, this.awsOptions);
        if (!r.session) return r;
        return this.openSession(r.session.sessionId, r.session.command, r.stdout);
      }
      case 'sim':
        return optional.get('sim').runSimDirective(this.sim, args);
      case 'echo': {
        const noNewline = args[0] === '-n';
        const text = (noNewline ? args.slice(1) : args).join(' ');
        return ok(noNewline ? text : `${text}\n`);
      }
      case 'export':
        for (const arg of args) {
          const m = ASSIGNMENT.exec(arg);
          if (m) this.vars.set(m[1]!, arg.slice(m[0].length));
          else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg)) {
            return { exitCode: 1, stdout: '', stderr: `bash: export: \`${arg}': not a valid identifier\n` };
          }
        }
        return ok();
      case 'unset':
        for (const arg of args) this.vars.delete(arg);
        return ok();
      case 'env':
      case 'printenv':
        return ok(
          [...this.vars]
            .filter(([k]) => k !== '?')
            .map(([k, v]) => `${k}=${v}\n`)
            .join(''),
        );
      case 'cat': {
        let stdout = '';
        let stderr = '';
        for (const path of args) {
          const text = this.readFile(path);
          if (text === undefined) stderr += `cat: ${path}: No such file or directory\n`;
          else stdout += text;
        }
        return { exitCode: stderr ? 1 : 0, stdout, stderr };
      }
      case 'ls':
        return ok(this.sim.files.list().map((f) => `${f}\n`).join(''));
      case 'true':
      case 'clear':
        return ok();
      case 'false':
        return { exitCode: 1, stdout: '', stderr: '' };
      case 'help':
        return ok(SHELL_HELP);
      case 'exit':
        return { exitCode: args[0] !== undefined ? Number(args[0]) || 0 : Number(ctx.getVar('?') ?? 0), stdout: '', stderr: '', exit: true };
      default:
        return { exitCode: 127, stdout: '', stderr: `bash: ${command}: command not found\n` };
    }
  }

  private openSession(sessionId: string, command: string, banner: string): ShellResult {
    if (SHELL_COMMANDS.test(command.trim())) {
      this.session = { sessionId };
      return { exitCode: 0, stdout: banner, stderr: '' };
    }
    // A single command: run it, then end the session as the container process exits.
    const r = this.sim.execShell(sessionId, command);
    let output = r.output === '' || r.output.endsWith('\n') ? r.output : `${r.output}\n`;
    if (!r.closed) this.sim.execShell(sessionId, 'exit');
    output = withSessionEnd(output, sessionId);
    return { exitCode: 0, stdout: banner + output, stderr: '' };
  }
}

function ok(stdout = ''): ShellResult {
  return { exitCode: 0, stdout, stderr: '' };
}

/** Adds the plugin's "Exiting session" line unless the engine's output already ends the session with it. */
function withSessionEnd(output: string, sessionId: string): string {
  if (output.includes(`Exiting session with sessionId: ${sessionId}`)) return output.endsWith('\n\n') ? output : `${output}\n`;
  return output + sessionEndText(sessionId);
}

/**
 * Loads the optional CLI parts these command lines may need (see `Shell.prepare`), for code that runs lines
 * without a terminal (a lab's checks and set-up script). Rejects when a part could not be downloaded.
 */
export async function prepareCommandLines(lines: Iterable<string>): Promise<void> {
  await optional.load([...lines].flatMap((line) => neededOptional(line)));
}

/** Runs one command line in a fresh shell (no variables kept). Never throws. */
export function runCommandLine(sim: SimulationHandle, line: string, options: ShellOptions = {}): ShellResult {
  return new Shell(sim, options).run(line);
}
