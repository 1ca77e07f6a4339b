/**
 * Runs one `aws …` command (its words after `aws`) against a simulation and returns what the AWS CLI v2
 * would print and its exit code. Never throws: unexpected failures become exit 255 with a message.
 */
import type { SimulationHandle } from '../contract.ts';
import { isAwsError } from '../errors.ts';
import { apiModels } from '../model/index.ts';
import { parseAwsArguments, type EnvReader, type FileReader, type ParsedAwsCommand } from './awsArguments.ts';
import { CliError, EXIT_OTHER, EXIT_SERVICE, serviceErrorText, type CommandResult, ERROR_PREFIX } from './cliErrors.ts';
import { inputSkeleton } from './cliSkeleton.ts';
import { checkOutputFormat, checkQuery, formatResponse } from './formatOutput.ts';
import { optional } from '../optional/parts.ts';
import { callPaginated } from './pagination.ts';
import { findEnumViolation, validateParameters } from './paramValidation.ts';

/** An ECS Exec session opened by `aws ecs execute-command`. */
export interface ExecSessionStart {
  sessionId: string;
  /** The `--command` given; a shell (`/bin/sh`, `bash`…) keeps the session open for further lines. */
  command: string;
}

/** The result of an `aws` command; `session` is set when execute-command opened a session. */
export interface AwsCommandResult extends CommandResult {
  session?: ExecSessionStart;
}

/** Options shared by every command of a terminal or script. */
export interface AwsCommandOptions {
  /** Reads `file://` paths; defaults to the simulation's virtual files. */
  readFile?: FileReader;
  /** Width used by `--output table` to decide when to turn sections vertical (default 80). */
  terminalWidth?: number;
  /** The shell's variables, for AWS_DEFAULT_OUTPUT and AWS_REGION. */
  env?: EnvReader;
}

export const SIMULATED_CLI_VERSION = 'aws-cli/2.31.0 Python/3.13.7 ecs-sim/1.0 (simulated)';

/** The default `file://` reader: the simulation's virtual files, with `./` and leading `/` ignored. */
export function virtualFileReader(sim: SimulationHandle): FileReader {
  return (path) => sim.files.read(path.replace(/^\.\//, '')) ?? sim.files.read(path.replace(/^\/+/, ''));
}

/** Runs `aws <words…>`. */
export function runAwsCommand(sim: SimulationHandle, words: readonly string[], options: AwsCommandOptions = {}): AwsCommandResult {
  try {
    const parsed = parseAwsArguments(words, options.readFile ?? virtualFileReader(sim), options.env);
    return execute(sim, parsed, options);
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, stdout: '', stderr: error.render() };
    return unexpected(error);
  }
}

/** Any failure that is not the CLI's own: a bug in the simulator, reported plainly. */
export function unexpected(error: unknown): CommandResult {
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT_OTHER, stdout: '', stderr: `\n${ERROR_PREFIX} ${message} (simulator internal error)\n` };
}

function ok(stdout: string): AwsCommandResult {
  return { exitCode: 0, stdout, stderr: '' };
}

function execute(sim: SimulationHandle, parsed: ParsedAwsCommand, options: AwsCommandOptions): AwsCommandResult {
  switch (parsed.kind) {
    case 'version':
      return ok(`${SIMULATED_CLI_VERSION}\n`);
    case 'help': {
      const { operationHelp, serviceHelp, topLevelHelp, waitHelp } = optional.get('help');
      if (!parsed.service) return ok(topLevelHelp());
      if (parsed.operation === 'wait') return ok(waitHelp(parsed.service));
      if (parsed.operation) return ok(operationHelp(parsed.service, parsed.operation));
      return ok(serviceHelp(parsed.service));
    }
    case 'skeleton':
      return ok(inputSkeleton(apiModels[parsed.service], apiModels[parsed.service].operations[parsed.operation]?.input));
    case 'wait': {
      const { runWaiter } = optional.get('waiters');
      const model = apiModels[parsed.service];
      const waiter = model.waiters[parsed.waiter]!;
      const problem = checkInput(parsed.service, waiter.operation, parsed.input);
      if (problem) return problem;
      const outcome = runWaiter(sim, parsed.service, parsed.waiter, waiter, parsed.input);
      return outcome.ok ? ok('') : { exitCode: EXIT_OTHER, stdout: '', stderr: `\n${ERROR_PREFIX} ${outcome.reason}\n` };
    }
    case 'operation': {
      if (parsed.globals.query !== undefined) checkQuery(parsed.globals.query);
      checkOutputFormat(parsed.globals.output);
      const enumProblem = checkInput(parsed.service, parsed.operation, parsed.input);
      if (enumProblem) return enumProblem;
      let response: unknown;
      const operation = apiModels[parsed.service].operations[parsed.operation]!;
      try {
        response = operation.paginated
          ? callPaginated(sim, parsed.service, parsed.operation, operation.paginated, parsed.input, parsed.paging, parsed.globals.noPaginate)
          : sim.call(parsed.service, parsed.operation, parsed.input);
      } catch (error) {
        if (isAwsError(error)) {
          return { exitCode: EXIT_SERVICE, stdout: '', stderr: serviceErrorText(error.code, parsed.operation, error.message) };
        }
        throw error;
      }
      if (parsed.operation === 'ExecuteCommand') return startSession(response, String(parsed.input.command ?? ''));
      const doubles = operation.outputDoubles ?? [];
      return ok(formatResponse(parsed.operation, response ?? {}, parsed.globals, options.terminalWidth, doubles));
    }
  }
}

/** Client-side checks before the call: botocore's parameter validation (throws), then enum values. */
function checkInput(service: keyof typeof apiModels, operation: string, input: Record<string, unknown>): AwsCommandResult | undefined {
  const model = apiModels[service];
  const inputShape = model.operations[operation]?.input;
  if (!inputShape) return undefined;
  const errors = validateParameters(model, inputShape, input);
  if (errors.length) throw new CliError(`Parameter validation failed:\n${errors.join('\n')}`);
  const violation = findEnumViolation(model, inputShape, input);
  if (!violation) return undefined;
  return { exitCode: EXIT_SERVICE, stdout: '', stderr: serviceErrorText(violation.code, operation, violation.message) };
}

/** What the CLI and the Session Manager plugin print when a session starts (awscli/customizations/ecs/executecommand.py). */
function startSession(response: unknown, command: string): AwsCommandResult {
  const session = (response as { session?: { sessionId?: string } } | undefined)?.session;
  const sessionId = session?.sessionId ?? 'ecs-execute-command-unknown';
  return {
    exitCode: 0,
    stdout:
      '\nThe Session Manager plugin was installed successfully. Use the AWS CLI to start a session.\n\n' +
      `\nStarting session with SessionId: ${sessionId}\n`,
    stderr: '',
    session: { sessionId, command },
  };
}

/** The line the plugin prints when a session ends. */
export function sessionEndText(sessionId: string): string {
  return `\n\nExiting session with sessionId: ${sessionId}.\n\n`;
}
