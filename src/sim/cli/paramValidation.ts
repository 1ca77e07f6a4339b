/**
 * Client-side parameter validation, as botocore's validate.py does before any request is sent:
 * missing required members, unknown members and wrong types, all reported together under
 * `Parameter validation failed:` (exit 252). Catches the typical typo in a hand-written JSON value.
 */
import type { ApiServiceModel } from '../model/apiModelTypes.ts';
import { pythonRepr } from './cliErrors.ts';

const VALID_TYPES: Record<string, string> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  long: "<class 'int'>",
  double: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  boolean: "<class 'bool'>",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  list: "<class 'list'>, <class 'tuple'>",
  structure: "<class 'dict'>",
  map: "<class 'dict'>",
};

function pythonType(value: unknown): string {
  if (value === null) return "<class 'NoneType'>";
  if (typeof value === 'string') return "<class 'str'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (Array.isArray(value)) return "<class 'list'>";
  return "<class 'dict'>";
}

/** Returns botocore's error lines (empty when the input is valid). */
export function validateParameters(model: ApiServiceModel, inputShape: string, input: unknown): string[] {
  const errors: string[] = [];
  validateValue(model, errors, inputShape, input, 'input');
  return errors;
}

function typeError(errors: string[], shapeType: string, value: unknown, name: string): void {
  errors.push(
    `Invalid type for parameter ${name}, value: ${pythonRepr(value)}, type: ${pythonType(value)}, valid types: ${VALID_TYPES[shapeType]}`,
  );
}

function validateValue(model: ApiServiceModel, errors: string[], shapeName: string, value: unknown, name: string): void {
  const shape = model.shapes[shapeName];
  if (!shape) return;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeError(errors, shape.type, value, name);
      const obj = value as Record<string, unknown>;
      for (const req of shape.required ?? []) {
        if (!(req in obj) || obj[req] === null) errors.push(`Missing required parameter in ${name}: "${req}"`);
      }
      // botocore reports every unknown member before it looks inside the known ones.
      for (const key of Object.keys(obj)) {
        if (shape.members[key] === undefined) {
          errors.push(`Unknown parameter in ${name}: "${key}", must be one of: ${Object.keys(shape.members).join(', ')}`);
        }
      }
      for (const key of Object.keys(obj)) {
        const member = shape.members[key];
        const v = obj[key];
        if (member !== undefined && v !== null) validateValue(model, errors, member, v, name === 'input' ? key : `${name}.${key}`);
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return typeError(errors, shape.type, value, name);
      for (let i = 0; i < value.length; i++) validateValue(model, errors, shape.member, value[i], `${name}[${i}]`);
      return;
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeError(errors, shape.type, value, name);
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) validateValue(model, errors, shape.value, v, `${name}.${k}`);
      return;
    case 'string':
      if (typeof value !== 'string') typeError(errors, shape.type, value, name);
      return;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) typeError(errors, shape.type, value, name);
      return;
    case 'double':
    case 'float':
      if (typeof value !== 'number') typeError(errors, shape.type, value, name);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') typeError(errors, shape.type, value, name);
      return;
    default:
      return;
  }
}

/**
 * Enum violations. The real CLI does not check enums; the service does, and answers with a
 * `ValidationException` in the AWS "1 validation error detected" style (Application Auto Scaling,
 * CloudWatch) or an `InvalidParameterException` (ECS, wording inferred). The simulator checks them
 * here so every engine operation gets the same answer. Returns undefined when all values are valid.
 */
export function findEnumViolation(
  model: ApiServiceModel,
  inputShape: string,
  input: unknown,
): { code: string; message: string } | undefined {
  const problems: string[] = [];
  if (shapeHasEnum(model, inputShape)) findEnumProblems(model, problems, inputShape, input, []);
  if (!problems.length) return undefined;
  const n = problems.length;
  const message = `${n} validation error${n > 1 ? 's' : ''} detected: ${problems.join('; ')}`;
  return { code: model.cliName === 'ecs' ? 'InvalidParameterException' : 'ValidationException', message };
}

/** Whether any enum is reachable from a shape (remembered per model): most inputs have none to check. */
function shapeHasEnum(model: ApiServiceModel, shapeName: string): boolean {
  let known = enumReach.get(model);
  if (known === undefined) {
    known = new Map();
    enumReach.set(model, known);
  }
  return reachesEnum(model, known, shapeName, new Set()).found;
}

/** `cycle`: the answer depended on a shape still being explored (then only a `true` answer may be remembered). */
function reachesEnum(
  model: ApiServiceModel,
  known: Map<string, boolean>,
  shapeName: string,
  exploring: Set<string>,
): { found: boolean; cycle: boolean } {
  const cached = known.get(shapeName);
  if (cached !== undefined) return { found: cached, cycle: false };
  if (exploring.has(shapeName)) return { found: false, cycle: true };
  const shape = model.shapes[shapeName];
  let children: string[] = [];
  if (shape?.type === 'string') {
    known.set(shapeName, !!shape.enum);
    return { found: !!shape.enum, cycle: false };
  }
  if (shape?.type === 'structure') children = Object.values(shape.members);
  else if (shape?.type === 'list') children = [shape.member];
  exploring.add(shapeName);
  let found = false;
  let cycle = false;
  for (const child of children) {
    const r = reachesEnum(model, known, child, exploring);
    cycle ||= r.cycle;
    if (r.found) {
      found = true;
      break;
    }
  }
  exploring.delete(shapeName);
  if (found || !cycle) known.set(shapeName, found);
  return { found, cycle: found ? false : cycle };
}
const enumReach = new WeakMap<ApiServiceModel, Map<string, boolean>>();

/** Collects enum problems; `path` holds the member segments (joined with `.` only when a problem is found). */
function findEnumProblems(model: ApiServiceModel, problems: string[], shapeName: string, value: unknown, path: string[]): void {
  const shape = model.shapes[shapeName];
  if (!shape || value === null || value === undefined) return;
  if (shape.type === 'string' && shape.enum && typeof value === 'string' && !shape.enum.includes(value)) {
    problems.push(
      `Value '${value}' at '${path.join('.')}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(', ')}]`,
    );
  } else if (shape.type === 'structure' && typeof value === 'object' && !Array.isArray(value)) {
    for (const k of Object.keys(value as Record<string, unknown>)) {
      const m = shape.members[k];
      if (!m || !shapeHasEnum(model, m)) continue;
      // AWS's validation messages name members in camelCase even for PascalCase APIs ('serviceNamespace').
      path.push(k.charAt(0).toLowerCase() + k.slice(1));
      findEnumProblems(model, problems, m, (value as Record<string, unknown>)[k], path);
      path.pop();
    }
  } else if (shape.type === 'list' && Array.isArray(value)) {
    if (!shapeHasEnum(model, shape.member)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(String(i + 1), 'member');
      findEnumProblems(model, problems, shape.member, value[i], path);
      path.length -= 2;
    }
  }
}
