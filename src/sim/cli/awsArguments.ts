/**
 * Turns the words after `aws` into a service, an operation and a request, the way AWS CLI v2 does:
 * global options anywhere, flags generated from the API model (`clusterName` ↔ `--cluster-name`),
 * booleans as `--flag`/`--no-flag`, lists as several values, structures as JSON or shorthand, `file://`
 * values, `--cli-input-json`, and the CLI's exact usage errors.
 */
import type { ServiceName } from '../contract.ts';
import type { ApiOperation, ApiServiceModel, ApiShape } from '../model/apiModelTypes.ts';
import { apiModels, cliNameOf, findOperationByCommand, isServiceName } from '../model/index.ts';
import { CliError, invalidChoiceMessage, paramError, usageError } from './cliErrors.ts';
import type { PagingOptions } from './pagination.ts';
import { parsePythonJson, PythonJsonError } from './pythonJson.ts';
import { applyShorthandModel, parseShorthand, pythonFloat, pythonInt, ShorthandParseError, ShorthandValueError } from './shorthand.ts';

/** Output formats AWS CLI v2 accepts for `--output`. */
export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Global options, wherever they appeared on the line. */
export interface GlobalOptions {
  output: OutputFormat;
  query?: string;
  region?: string;
  profile?: string;
  color: 'on' | 'off' | 'auto';
  noPaginate: boolean;
}

/** What a command line asks for. */
export type ParsedAwsCommand =
  | { kind: 'help'; service?: ServiceName; operation?: string; globals: GlobalOptions }
  | { kind: 'version'; globals: GlobalOptions }
  | {
      kind: 'operation';
      service: ServiceName;
      operation: string;
      command: string;
      input: Record<string, unknown>;
      paging: PagingOptions;
      globals: GlobalOptions;
    }
  | { kind: 'wait'; service: ServiceName; waiter: string; input: Record<string, unknown>; globals: GlobalOptions }
  | { kind: 'skeleton'; service: ServiceName; operation: string; globals: GlobalOptions };

/** Reads `file://` paths; returns undefined when the file does not exist. */
export type FileReader = (path: string) => string | undefined;

/** Reads the shell's variables (`AWS_DEFAULT_OUTPUT`, `AWS_REGION`). */
export type EnvReader = (name: string) => string | undefined;

const GLOBAL_VALUE_OPTIONS = new Set([
  '--output', '--query', '--region', '--profile', '--endpoint-url', '--color', '--ca-bundle',
  '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format',
]);
const GLOBAL_FLAGS = new Set([
  '--debug', '--no-verify-ssl', '--no-paginate', '--no-sign-request', '--no-cli-pager', '--cli-auto-prompt',
  '--no-cli-auto-prompt', '--version',
]);

const GLOBAL_OPTIONS = [...GLOBAL_VALUE_OPTIONS, ...GLOBAL_FLAGS];

/**
 * argparse's prefix matching: an exact option wins; else a prefix of exactly one option stands for it; a
 * prefix of several is an error (`ambiguous option: --service could match --service-name, …`).
 */
function resolvePrefix(written: string, options: readonly string[]): string | undefined {
  if (options.includes(written)) return written;
  if (!written.startsWith('--') || written.length < 3) return undefined;
  const matches = options.filter((o) => o.startsWith(written));
  if (matches.length > 1) throw usageError(`ambiguous option: ${written} could match ${matches.join(', ')}`);
  return matches[0];
}

/** What a `--word` names among the global options (itself when none); remembered, as lines repeat the same flags. */
function globalOptionName(written: string): string {
  const cached = globalNames.get(written);
  if (cached !== undefined) return cached;
  const name = resolvePrefix(written, GLOBAL_OPTIONS) ?? written; // throws for an ambiguous prefix (not cached)
  if (globalNames.size < 1000) globalNames.set(written, name);
  return name;
}
const globalNames = new Map<string, string>();

/** The CLI's `Invalid choice` lists: real services are many more; these are the simulated ones. */
// A function, not a constant: model/index.ts and the optional parts import each other (src/sim/optional/), so
// nothing may read `apiModels` while the modules are still being evaluated.
export const serviceChoices = (): readonly string[] => [...Object.keys(apiModels).sort(), 'help'];

/** Sub-commands of a service in the order `aws <service> <bad>` lists them. */
export function commandChoices(model: ApiServiceModel): string[] {
  const extras = model.cliName === 'ecs' ? ['deploy'] : [];
  if (Object.keys(model.waiters).length) extras.push('wait');
  return [...model.allCommands, ...extras, 'help'];
}

/** True when argparse would read the word as an option rather than a value. */
function looksLikeOption(word: string): boolean {
  return word.startsWith('-') && word.length > 1 && !/^-\d+$|^-\d*\.\d+$/.test(word) && !word.includes(' ');
}

/** Pulls the global options out of the words, leaving the positional words and operation flags. */
function extractGlobals(
  words: readonly string[],
  env: EnvReader,
): { globals: GlobalOptions; rest: string[]; version: boolean } {
  // Like the CLI, the environment gives defaults that options override (AWS_DEFAULT_OUTPUT, AWS_REGION…).
  const envOutput = env('AWS_DEFAULT_OUTPUT');
  const output = (OUTPUT_FORMATS as readonly string[]).includes(envOutput ?? '') ? (envOutput as OutputFormat) : 'json';
  const globals: GlobalOptions = { output, color: 'auto', noPaginate: false };
  const region = env('AWS_REGION') ?? env('AWS_DEFAULT_REGION');
  if (region) globals.region = region;
  const rest: string[] = [];
  let version = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const written = eq > 0 ? word.slice(0, eq) : word;
    // argparse accepts unambiguous prefixes (`--out text`), and the CLI's top-level parser sees every word.
    const name = word.startsWith('--') ? globalOptionName(written) : written;
    if (GLOBAL_FLAGS.has(name) && eq < 0) {
      if (name === '--no-paginate') globals.noPaginate = true;
      if (name === '--version') version = true;
      continue;
    }
    if (!GLOBAL_VALUE_OPTIONS.has(name)) {
      rest.push(word);
      continue;
    }
    let value: string;
    if (eq > 0) value = word.slice(eq + 1);
    else {
      const next = words[i + 1];
      if (next === undefined || looksLikeOption(next)) throw usageError(`argument ${name}: expected one argument`);
      value = next;
      i++;
    }
    if (name === '--output') {
      if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
        throw usageError(invalidChoiceMessage('--output', value, OUTPUT_FORMATS));
      }
      globals.output = value as OutputFormat;
    } else if (name === '--color') {
      if (!['on', 'off', 'auto'].includes(value)) throw usageError(invalidChoiceMessage('--color', value, ['on', 'off', 'auto']));
      globals.color = value as GlobalOptions['color'];
    } else if (name === '--query') globals.query = value;
    else if (name === '--region') globals.region = value;
    else if (name === '--profile') globals.profile = value;
  }
  return { globals, rest, version };
}

/** One flag of an operation, generated from an input member. */
interface FlagSpec {
  member: string;
  shapeName: string;
  shape: ApiShape;
  /** `--no-x` of a boolean member. */
  negated?: boolean;
}

/** Flag tables and option lists, built once per operation (the models never change). */
const flagTables = new WeakMap<ApiOperation, { model: ApiServiceModel; flags: Map<string, FlagSpec>; allOptions: string[] }>();

function flagTable(model: ApiServiceModel, operation: ApiOperation): { flags: Map<string, FlagSpec>; allOptions: string[] } {
  const cached = flagTables.get(operation);
  if (cached !== undefined && cached.model === model) return cached;
  const flags = buildOperationFlags(model, operation);
  // Every option string in the order argparse registers them (members, then the CLI's customisations).
  const allOptions = [...flags.keys(), '--cli-input-json', ...(operation.paginated ? PAGING_FLAGS : []), '--generate-cli-skeleton'];
  const table = { model, flags, allOptions };
  flagTables.set(operation, table);
  return table;
}

/** The flag table of an operation, in the input shape's member order. */
export function operationFlags(model: ApiServiceModel, operation: ApiOperation): Map<string, FlagSpec> {
  return new Map(flagTable(model, operation).flags);
}

function buildOperationFlags(model: ApiServiceModel, operation: ApiOperation): Map<string, FlagSpec> {
  const flags = new Map<string, FlagSpec>();
  const input = operation.input ? model.shapes[operation.input] : undefined;
  if (input?.type !== 'structure') return flags;
  for (const [member, shapeName] of Object.entries(input.members)) {
    const shape = model.shapes[shapeName] ?? { type: 'string' };
    const flag = `--${cliNameOf(member)}`;
    flags.set(flag, { member, shapeName, shape });
    if (shape.type === 'boolean') flags.set(`--no-${cliNameOf(member)}`, { member, shapeName, shape, negated: true });
  }
  return flags;
}

/** Parses the words after `aws`. Throws CliError for every usage problem. */
export function parseAwsArguments(
  words: readonly string[],
  readFile: FileReader,
  env: EnvReader = () => undefined,
): ParsedAwsCommand {
  const { globals, rest, version } = extractGlobals(words, env);
  if (version) return { kind: 'version', globals };
  const serviceWord = rest[0];
  if (serviceWord === undefined) throw usageError('the following arguments are required: command');
  if (serviceWord === 'help') return { kind: 'help', globals };
  if (!isServiceName(serviceWord)) {
    throw usageError(invalidChoiceMessage('command', serviceWord, serviceChoices()));
  }
  const service = serviceWord;
  const model = apiModels[service];
  const commandWord = rest[1];
  if (commandWord === undefined) throw usageError('the following arguments are required: operation');
  if (commandWord === 'help') return { kind: 'help', service, globals };
  if (commandWord === 'wait') return parseWait(service, model, rest.slice(2), globals, readFile);
  const found = findOperationByCommand(model, commandWord);
  if (!found) {
    const choices = commandChoices(model);
    if (choices.includes(commandWord)) {
      throw new CliError(
        `The simulator does not implement 'aws ${service} ${commandWord}'. ` +
          `It answers: ${Object.values(model.operations).map((o) => o.command).join(', ')}.`,
      );
    }
    throw usageError(invalidChoiceMessage('operation', commandWord, choices));
  }
  const args = rest.slice(2);
  if (args.length === 1 && args[0] === 'help') return { kind: 'help', service, operation: found.name, globals };
  const skeletonKind = generateSkeletonValue(args);
  if (skeletonKind !== undefined) {
    if (skeletonKind === 'input') return { kind: 'skeleton', service, operation: found.name, globals };
    if (['output', 'yaml-input'].includes(skeletonKind)) {
      throw new CliError(`--generate-cli-skeleton ${skeletonKind} is not supported by the simulator; use input`);
    }
    throw usageError(invalidChoiceMessage('--generate-cli-skeleton', skeletonKind, ['input', 'output', 'yaml-input']));
  }
  const { input, paging } = parseOperationArguments(model, found.operation, args, readFile);
  return { kind: 'operation', service, operation: found.name, command: commandWord, input, paging, globals };
}

/** The value of `--generate-cli-skeleton` (`input` when given without one), or undefined when absent. */
function generateSkeletonValue(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '--generate-cli-skeleton' || a.startsWith('--generate-cli-skeleton='));
  if (i < 0) return undefined;
  const word = args[i]!;
  if (word.includes('=')) return word.slice(word.indexOf('=') + 1);
  const next = args[i + 1];
  return next !== undefined && !looksLikeOption(next) ? next : 'input';
}

function parseWait(
  service: ServiceName,
  model: ApiServiceModel,
  args: string[],
  globals: GlobalOptions,
  readFile: FileReader,
): ParsedAwsCommand {
  const waiterChoices = [...Object.keys(model.waiters).map(cliNameOf), 'help'];
  const name = args[0];
  if (name === undefined) throw usageError('the following arguments are required: subcommand');
  if (name === 'help') return { kind: 'help', service, operation: 'wait', globals };
  const waiterName = Object.keys(model.waiters).find((w) => cliNameOf(w) === name);
  if (!waiterName) throw usageError(invalidChoiceMessage('subcommand', name, waiterChoices));
  const waiter = model.waiters[waiterName]!;
  const operation = model.operations[waiter.operation];
  if (!operation) throw new CliError(`The simulator does not implement ${waiter.operation}, which this waiter needs.`);
  const { input } = parseOperationArguments(model, operation, args.slice(1), readFile);
  return { kind: 'wait', service, waiter: waiterName, input, globals };
}

const PAGING_FLAGS = ['--starting-token', '--page-size', '--max-items'];

/** Parses an operation's flags into its request. */
export function parseOperationArguments(
  model: ApiServiceModel,
  operation: ApiOperation,
  args: readonly string[],
  readFile: FileReader,
): { input: Record<string, unknown>; paging: PagingOptions } {
  const { flags, allOptions } = flagTable(model, operation);
  const raw = new Map<string, { spec: FlagSpec; flag: string; values: string[] }>();
  const unknown: string[] = [];
  let cliInputJson: string | undefined;
  const pagingRaw = new Map<string, string>();

  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!looksLikeOption(word) || !word.startsWith('--')) {
      unknown.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const written = eq > 0 ? word.slice(0, eq) : word;
    const flag = resolvePrefix(written, allOptions) ?? written;
    const inline = eq > 0 ? word.slice(eq + 1) : undefined;
    if (flag === '--cli-input-json') {
      cliInputJson = oneValue(args, i, inline, flag);
      if (inline === undefined) i++;
      continue;
    }
    if (operation.paginated && PAGING_FLAGS.includes(flag)) {
      pagingRaw.set(flag, oneValue(args, i, inline, flag));
      if (inline === undefined) i++;
      continue;
    }
    const spec = flags.get(flag);
    if (!spec) {
      unknown.push(word);
      continue;
    }
    if (spec.shape.type === 'boolean') {
      if (inline !== undefined) throw usageError(`argument ${flag}: ignored explicit argument '${inline}'`);
      raw.set(spec.member, { spec, flag, values: [] });
      continue;
    }
    if (spec.shape.type === 'list') {
      const values: string[] = inline !== undefined ? [inline] : [];
      while (i + 1 < args.length && !looksLikeOption(args[i + 1]!)) values.push(args[++i]!);
      if (values.length === 0) throw usageError(`argument ${flag}: expected at least one argument`);
      raw.set(spec.member, { spec, flag, values });
      continue;
    }
    raw.set(spec.member, { spec, flag, values: [oneValue(args, i, inline, flag)] });
    if (inline === undefined) i++;
  }

  const inputShape = operation.input ? model.shapes[operation.input] : undefined;
  const required = inputShape?.type === 'structure' ? (inputShape.required ?? []) : [];
  if (cliInputJson === undefined) {
    const missing = required.filter((m) => !raw.has(m));
    if (missing.length) {
      const names = missing.map((m) => {
        const shape = model.shapes[(inputShape as { members: Record<string, string> }).members[m]!];
        return shape?.type === 'boolean' ? `--${cliNameOf(m)} | --no-${cliNameOf(m)}` : `--${cliNameOf(m)}`;
      });
      throw usageError(`the following arguments are required: ${names.join(', ')}`);
    }
  }
  if (unknown.length) throw usageError(`Unknown options: ${unknown.join(', ')}`);

  const input: Record<string, unknown> = {};
  for (const [member, { spec, flag, values }] of raw) {
    input[member] = unpackValue(model, spec, flag, values, readFile);
  }
  if (cliInputJson !== undefined) {
    const text = loadParamFile(cliInputJson, '--cli-input-json', readFile);
    let doc: unknown;
    try {
      doc = parsePythonJson(text);
    } catch (error) {
      if (error instanceof PythonJsonError) throw paramError('--cli-input-json', `Invalid JSON: ${error.message}\nJSON received: ${text}`);
      throw error;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw paramError('--cli-input-json', `Invalid JSON: the input must be a JSON object\nJSON received: ${text}`);
    }
    // Flags given explicitly win over the same members in the JSON, as in the CLI.
    for (const [k, v] of Object.entries(doc as Record<string, unknown>)) if (!(k in input)) input[k] = v;
  }

  const paging: PagingOptions = {};
  for (const [flag, value] of pagingRaw) {
    try {
      if (flag === '--max-items') paging.maxItems = pythonInt(value);
      else if (flag === '--page-size') paging.pageSize = pythonInt(value);
      else paging.startingToken = value;
    } catch (error) {
      if (error instanceof ShorthandValueError) throw new CliError(error.message);
      throw error;
    }
  }
  return { input, paging };
}

/** The one value of the flag at `args[i]`: its `=value`, else the next word (the caller then skips it). */
function oneValue(args: readonly string[], i: number, inline: string | undefined, flag: string): string {
  if (inline !== undefined) return inline;
  const next = args[i + 1];
  if (next === undefined || looksLikeOption(next)) throw usageError(`argument ${flag}: expected one argument`);
  return next;
}

/** Loads `file://path` (and `fileb://`) values; other values are returned unchanged. */
export function loadParamFile(value: string, flag: string, readFile: FileReader): string {
  if (!value.startsWith('file')) return value;
  const m = /^(file|fileb):\/\/(.*)$/s.exec(value);
  if (!m) return value;
  const path = m[2]!;
  const text = readFile(path);
  if (text === undefined) {
    throw paramError(flag, `Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`);
  }
  return text;
}

/** Converts a flag's words into the member's value, as awscli/argprocess.py does. */
function unpackValue(model: ApiServiceModel, spec: FlagSpec, flag: string, values: string[], readFile: FileReader): unknown {
  const shape = spec.shape;
  try {
    if (shape.type === 'boolean') return !spec.negated;
    const loaded = values.map((v) => loadParamFile(v, flag, readFile));
    if (shape.type === 'list') {
      const memberShape = model.shapes[shape.member] ?? { type: 'string' };
      const complexMember = ['structure', 'list', 'map'].includes(memberShape.type);
      const first = loaded[0]!.trim();
      if (first.startsWith('[') && loaded.length === 1) return parseJsonParam(flag, loaded[0]!);
      if (!complexMember) return loaded.map((v) => unpackScalar(memberShape, v));
      return loaded.map((v) => {
        if (v.trim().startsWith('{') || v.trim().startsWith('[')) return parseJsonParam(flag, v);
        return applyShorthandModel(parseShorthandParam(flag, v), shape.member, model);
      });
    }
    const value = loaded[0]!;
    if (shape.type === 'structure' || shape.type === 'map') {
      if (value.trim().startsWith('{') || value.trim().startsWith('[')) return parseJsonParam(flag, value);
      return applyShorthandModel(parseShorthandParam(flag, value), spec.shapeName, model);
    }
    return unpackScalar(shape, value);
  } catch (error) {
    if (error instanceof ShorthandValueError) throw new CliError(error.message);
    throw error;
  }
}

function unpackScalar(shape: ApiShape, value: string): unknown {
  if (shape.type === 'integer' || shape.type === 'long') return pythonInt(value);
  if (shape.type === 'double' || shape.type === 'float') return pythonFloat(value);
  if (shape.type === 'boolean') return value.toLowerCase() !== 'false' && value !== '';
  return value;
}

function parseJsonParam(flag: string, value: string): unknown {
  try {
    return parsePythonJson(value);
  } catch (error) {
    if (error instanceof PythonJsonError) throw paramError(flag, `Invalid JSON: ${error.message}\nJSON received: ${value}`);
    throw error;
  }
}

function parseShorthandParam(flag: string, value: string): unknown {
  try {
    return parseShorthand(value);
  } catch (error) {
    if (error instanceof ShorthandParseError) throw paramError(flag, error.message);
    throw error;
  }
}
