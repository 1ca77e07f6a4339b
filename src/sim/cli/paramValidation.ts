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
  const visit = (shapeName: string, value: unknown, name: string): void => {
    const shape = model.shapes[shapeName];
    if (!shape) return;
    const typeError = (): void => {
      errors.push(
        `Invalid type for parameter ${name}, value: ${pythonRepr(value)}, type: ${pythonType(value)}, valid types: ${VALID_TYPES[shape.type]}`,
      );
    };
    switch (shape.type) {
      case 'structure': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeError();
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
        for (const [key, v] of Object.entries(obj)) {
          const member = shape.members[key];
          if (member !== undefined && v !== null) visit(member, v, name === 'input' ? key : `${name}.${key}`);
        }
        return;
      }
      case 'list':
        if (!Array.isArray(value)) return typeError();
        value.forEach((item, i) => visit(shape.member, item, `${name}[${i}]`));
        return;
      case 'map':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return typeError();
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(shape.value, v, `${name}.${k}`);
        return;
      case 'string':
        if (typeof value !== 'string') typeError();
        return;
      case 'integer':
      case 'long':
        if (typeof value !== 'number' || !Number.isInteger(value)) typeError();
        return;
      case 'double':
      case 'float':
        if (typeof value !== 'number') typeError();
        return;
      case 'boolean':
        if (typeof value !== 'boolean') typeError();
        return;
      default:
        return;
    }
  };
  visit(inputShape, input, 'input');
  return errors;
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
  const visit = (shapeName: string, value: unknown, path: string): void => {
    const shape = model.shapes[shapeName];
    if (!shape || value === null || value === undefined) return;
    if (shape.type === 'string' && shape.enum && typeof value === 'string' && !shape.enum.includes(value)) {
      problems.push(
        `Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(', ')}]`,
      );
    } else if (shape.type === 'structure' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const m = shape.members[k];
        // AWS's validation messages name members in camelCase even for PascalCase APIs ('serviceNamespace').
        const segment = k.charAt(0).toLowerCase() + k.slice(1);
        if (m) visit(m, v, path ? `${path}.${segment}` : segment);
      }
    } else if (shape.type === 'list' && Array.isArray(value)) {
      value.forEach((v, i) => visit(shape.member, v, `${path}.${i + 1}.member`));
    }
  };
  visit(inputShape, input, '');
  if (!problems.length) return undefined;
  const n = problems.length;
  const message = `${n} validation error${n > 1 ? 's' : ''} detected: ${problems.join('; ')}`;
  return { code: model.cliName === 'ecs' ? 'InvalidParameterException' : 'ValidationException', message };
}
