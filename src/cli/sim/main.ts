/**
 * `ecs-sim`: the simulator's Node tool.
 *
 *   ecs-sim run FILE [--seed N] [--json] [--echo]   run a script of AWS CLI commands and sim directives
 *   ecs-sim repl [--seed N]                          interactive terminal
 *   ecs-sim validate FILE.json                       task-definition diagnostics
 *   ecs-sim --help
 *
 * Exit codes: `run` 0 when the script ran to its end (whatever its commands returned); `validate` 1 when AWS
 * would reject the document; 2 for the tool's own usage errors.
 */
import { runRepl } from './replCommand.ts';
import { runScriptFile } from './runCommand.ts';
import { validateFile } from './validateCommand.ts';

export const HELP = `ecs-sim: an Amazon ECS / Fargate simulator for the command line

USAGE
  ecs-sim run FILE [--seed N] [--json] [--echo]
      Runs FILE line by line as a shell script: AWS CLI commands (aws ecs …, aws application-autoscaling …,
      aws cloudwatch …), variables (NAME=value, NAME=$(aws …), export), echo, ECS Exec sessions and
      'sim' directives. Prints what the AWS CLI would print, stdout and stderr interleaved.
        --seed N   seed of the simulation (same seed, same script: same output)
        --json     print one JSON array of steps {line, command, exitCode, stdout, stderr, at} instead
        --echo     print each command, prefixed with "$ ", before its output
      file:// paths are read relative to FILE's directory first, then from the simulation's virtual files.
      Exits 0 when the script ran to its end, whatever its commands returned.

  ecs-sim repl [--seed N]
      An interactive terminal with history, "\\" continuation, ECS Exec sessions (prompt "# ") and
      'sim' directives. Leave with "exit" or Ctrl-D.

  ecs-sim validate FILE.json
      Prints the diagnostics of a task definition as "FILE:LINE:COL severity code message" and exits 1
      when any of them would make AWS reject the registration, 0 otherwise.

  ecs-sim --help
      This text.

SIM DIRECTIVES (in scripts and the repl; "sim help" lists them)
  sim advance 5m | sim wait steady --cluster C --service S [--timeout 30m]
  sim load --cluster C --service S --cpu 85 [--memory N] [--requests N] [--pattern constant|step|spike|daily]
  sim fault <kind> [--cluster C] [--service S] … | sim fault clear [kind] | sim state | sim time

EXIT CODES
  0 success; 1 validate found errors; 2 usage error (bad option, missing file)
`;

/** A usage error of the tool itself (exit 2). */
export class ToolUsageError extends Error {}

/** Splits `--name value` options off the positional arguments. */
export function parseToolOptions(
  args: readonly string[],
  valueOptions: readonly string[],
  flagOptions: readonly string[],
): { positional: string[]; values: Map<string, string>; flags: Set<string> } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (valueOptions.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new ToolUsageError(`option ${name} needs a value`);
      values.set(name, value);
    } else if (flagOptions.includes(name)) flags.add(name);
    else if (arg.startsWith('--')) throw new ToolUsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, values, flags };
}

/** Runs the tool; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      case 'run': {
        const { positional, values, flags } = parseToolOptions(args, ['--seed'], ['--json', '--echo']);
        if (positional.length !== 1) throw new ToolUsageError('run needs exactly one FILE');
        return await runScriptFile(positional[0]!, {
          seed: values.get('--seed'),
          json: flags.has('--json'),
          echo: flags.has('--echo'),
        });
      }
      case 'repl': {
        const { positional, values } = parseToolOptions(args, ['--seed'], []);
        if (positional.length) throw new ToolUsageError(`unexpected argument ${positional[0]}`);
        return await runRepl({ seed: values.get('--seed') });
      }
      case 'validate': {
        const { positional } = parseToolOptions(args, [], []);
        if (positional.length !== 1) throw new ToolUsageError('validate needs exactly one FILE.json');
        return await validateFile(positional[0]!);
      }
      default:
        throw new ToolUsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof ToolUsageError) {
      process.stderr.write(`ecs-sim: ${error.message}\nRun 'ecs-sim --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}
