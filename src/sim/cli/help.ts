/**
 * `aws help`, `aws <service> help` and `aws <service> <command> help`: short synopses generated from the
 * API model (the real CLI opens a man page; a terminal in a course page wants a few lines).
 */
import type { ServiceName } from '../contract.ts';
import type { ApiServiceModel, ApiShape } from '../model/apiModelTypes.ts';
import { apiModels, cliNameOf } from '../model/index.ts';
import { operationFlags } from './awsArguments.ts';

/** Top-level help. */
export function topLevelHelp(): string {
  return [
    'aws',
    '',
    'SYNOPSIS',
    '  aws [options] <command> <subcommand> [parameters]',
    '',
    'SERVICES (simulated)',
    ...Object.keys(apiModels).map((s) => `  ${s}`),
    '',
    'GLOBAL OPTIONS',
    '  --output json|text|table|yaml|off   output format (default: json)',
    '  --query <JMESPath>                  filter the response',
    '  --region <region>                   accepted; the simulated account lives in one region',
    '  --profile <name>, --no-cli-pager    accepted and ignored',
    '',
    'Run "aws <service> help" for the commands of a service.',
    '',
  ].join('\n');
}

/** Help for one service: the commands the simulator answers. */
export function serviceHelp(service: ServiceName): string {
  const model = apiModels[service];
  const lines = [service, '', 'AVAILABLE COMMANDS (simulated)'];
  for (const op of Object.values(model.operations)) lines.push(`  ${op.command}`);
  if (Object.keys(model.waiters).length) lines.push('  wait');
  lines.push('', `Run "aws ${service} <command> help" for its parameters.`, '');
  return lines.join('\n');
}

function valuePlaceholder(shape: ApiShape): string {
  return shape.type === 'list' ? '<value> [<value>...]' : '<value>';
}

/**
 * A one-line "JSON Syntax" example of a shape, like the CLI's man pages show: enums as `"A"|"B"`,
 * lists as `[item, ...]`. Deep or recursive shapes are cut at `depth`.
 */
export function jsonSyntax(model: ApiServiceModel, shapeName: string, depth = 4): string {
  const shape = model.shapes[shapeName];
  if (!shape) return 'string';
  switch (shape.type) {
    case 'structure': {
      if (depth === 0) return '{...}';
      const members = Object.entries(shape.members).map(([k, v]) => `"${k}": ${jsonSyntax(model, v, depth - 1)}`);
      return `{${members.join(', ')}}`;
    }
    case 'list':
      return depth === 0 ? '[...]' : `[${jsonSyntax(model, shape.member, depth - 1)}, ...]`;
    case 'map':
      return `{"string": ${jsonSyntax(model, shape.value, depth - 1)}, ...}`;
    case 'string':
      return shape.enum ? shape.enum.map((e) => `"${e}"`).join('|') : '"string"';
    default:
      return shape.type;
  }
}

/** Help for one operation: its synopsis (required flags first, as in the CLI's man pages) and enum values. */
export function operationHelp(service: ServiceName, operationName: string): string {
  const model = apiModels[service];
  const operation = model.operations[operationName];
  if (!operation) return `${operationName}\n`;
  const input = operation.input ? model.shapes[operation.input] : undefined;
  const required = new Set(input?.type === 'structure' ? (input.required ?? []) : []);
  const synopsis: string[] = [];
  const details: string[] = [];
  for (const [flag, spec] of operationFlags(model, operation)) {
    if (spec.negated) continue;
    const text =
      spec.shape.type === 'boolean'
        ? `${flag} | --no-${cliNameOf(spec.member)}`
        : `${flag} ${valuePlaceholder(spec.shape)}`;
    synopsis.push(required.has(spec.member) ? `  ${text}` : `  [${text}]`);
    const kind = spec.shape.type === 'string' && spec.shape.enum ? `string, one of: ${spec.shape.enum.join(', ')}` : spec.shape.type;
    details.push(`  ${flag} (${kind})${required.has(spec.member) ? ' [required]' : ''}`);
    const complex = spec.shape.type === 'structure' || spec.shape.type === 'map' ||
      (spec.shape.type === 'list' && ['structure', 'map', 'list'].includes(model.shapes[spec.shape.member]?.type ?? ''));
    if (complex) details.push(`      JSON: ${jsonSyntax(model, spec.shapeName)}`);
  }
  synopsis.push('  [--cli-input-json <value>]', '  [--generate-cli-skeleton <value>]');
  if (operation.paginated) synopsis.push('  [--starting-token <value>]', '  [--page-size <value>]', '  [--max-items <value>]');
  return [
    operation.command,
    '',
    'SYNOPSIS',
    `  ${operation.command}`,
    ...synopsis.map((s) => `  ${s}`),
    '',
    'OPTIONS',
    ...details,
    '',
    'Structures and lists of structures take JSON or shorthand syntax (Key=Value,Key2=[a,b]); any value can be file://path.',
    '',
  ].join('\n');
}

/** Help for `aws <service> wait`. */
export function waitHelp(service: ServiceName): string {
  const model = apiModels[service];
  const lines = ['wait', '', 'AVAILABLE WAITERS'];
  for (const [name, w] of Object.entries(model.waiters)) {
    lines.push(`  ${cliNameOf(name)}  (polls ${w.operation} every ${w.delay} s, up to ${w.maxAttempts} times)`);
  }
  lines.push('');
  return lines.join('\n');
}
