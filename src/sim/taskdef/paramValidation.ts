/**
 * The AWS CLI's client-side parameter validation of a RegisterTaskDefinition input (what botocore checks before
 * anything is sent): unknown members, missing required members, wrong JSON types, too-short strings.
 *
 * The messages are botocore's, one per line of the CLI's
 * `Parameter validation failed:\n<line>\n<line>` report; the CLI layer prints that header (see
 * `formatParamValidationReport`). Enum values are *not* checked here: botocore does not, the ECS service does.
 */
import { REGISTER_TASK_DEFINITION_INPUT, type ApiShape } from './apiShape.ts';
import { DOCS, diagnostic, type Diagnostic, type JsonPath } from './diagnostic.ts';
import { pythonStr, pythonTypeName } from './pythonRepr.ts';

/** The awsErrorCode carried by CLI parameter-validation diagnostics. */
export const PARAM_VALIDATION = 'ParamValidation';

/**
 * Validates an operation input against its shape (by default the RegisterTaskDefinition input), as botocore
 * does, and in botocore's reporting order. Never throws.
 */
export function validateParams(input: unknown, shape: ApiShape = REGISTER_TASK_DEFINITION_INPUT): Diagnostic[] {
  const out: Diagnostic[] = [];
  walk(input, shape, [], out);
  return out;
}

/**
 * The text the AWS CLI prints for these diagnostics (its exit status is 252):
 * `Parameter validation failed:` followed by one line per problem.
 */
export function formatParamValidationReport(diagnostics: readonly Diagnostic[]): string {
  return ['Parameter validation failed:', ...diagnostics.map((d) => d.message)].join('\n');
}

/** botocore's name for a path: `input` at the root, else `containerDefinitions[0].portMappings[1].hostPort`. */
export function botocoreName(path: JsonPath): string {
  if (path.length === 0) return 'input';
  let name = '';
  for (const part of path) name += typeof part === 'number' ? `[${part}]` : name === '' ? part : `.${part}`;
  return name;
}

const VALID_TYPES: Record<ApiShape['type'], string> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  boolean: "<class 'bool'>",
  list: "<class 'list'>, <class 'tuple'>",
  map: "<class 'dict'>",
  structure: "<class 'dict'>",
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, shape: ApiShape): boolean {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value);
    case 'map':
    case 'structure':
      return isPlainObject(value);
  }
}

function report(out: Diagnostic[], path: JsonPath, code: string, message: string): void {
  out.push(diagnostic('error', code, path, message, DOCS.anatomy, PARAM_VALIDATION));
}

function walk(value: unknown, shape: ApiShape, path: JsonPath, out: Diagnostic[]): void {
  const name = botocoreName(path);
  if (!hasType(value, shape)) {
    report(
      out,
      path,
      'param-invalid-type',
      `Invalid type for parameter ${name}, value: ${pythonStr(value)}, type: ${pythonTypeName(value)}, valid types: ${VALID_TYPES[shape.type]}`,
    );
    return;
  }
  switch (shape.type) {
    case 'string':
      if (shape.min !== undefined && (value as string).length < shape.min) {
        report(
          out,
          path,
          'param-invalid-length',
          `Invalid length for parameter ${name}, value: ${(value as string).length}, valid min length: ${shape.min}`,
        );
      }
      return;
    case 'list':
      (value as unknown[]).forEach((item, i) => walk(item, shape.member, [...path, i], out));
      return;
    case 'map':
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) walk(v, shape.value, [...path, key], out);
      return;
    case 'structure': {
      const obj = value as Record<string, unknown>;
      for (const required of shape.required) {
        if (!Object.hasOwn(obj, required)) {
          report(out, [...path, required], 'param-missing-required', `Missing required parameter in ${name}: "${required}"`);
        }
      }
      // botocore's order: missing members, then unknown members, then the known members' own problems.
      const valid = Object.keys(shape.members);
      const known: [string, unknown, ApiShape][] = [];
      for (const [key, v] of Object.entries(obj)) {
        const member = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
        if (member === undefined) {
          report(
            out,
            [...path, key],
            'param-unknown-field',
            `Unknown parameter in ${name}: "${key}", must be one of: ${valid.join(', ')}`,
          );
        } else {
          known.push([key, v, member]);
        }
      }
      for (const [key, v, member] of known) walk(v, member, [...path, key], out);
      return;
    }
    default:
      return;
  }
}
