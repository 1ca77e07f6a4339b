/**
 * Reading API input members with AWS-like validation errors.
 *
 * The CLI layer already checks JSON syntax and flag names; what reaches us is a plain object whose members
 * may still be missing, of the wrong type, or outside an enum. AWS answers those with a
 * `ValidationException` (Application Auto Scaling and CloudWatch both use that code), so do we.
 */
import { AwsError } from '../errors.ts';

/** Throws AWS's `ValidationException` with the given message. */
export function validationError(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

/** A required string member; `ValidationException` when absent or empty. */
export function requiredString(input: Record<string, unknown>, name: string): string {
  const value = input[name];
  if (value === undefined || value === null || value === '') {
    throw validationError(`1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
  }
  if (typeof value !== 'string') throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(value)}, type: ${typeof value}, valid types: string`);
  return value;
}

/** An optional string member. */
export function optionalString(input: Record<string, unknown>, name: string): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(value)}, type: ${typeof value}, valid types: string`);
  return value;
}

/** An optional number member; integers only when `integer` is set. Numeric strings are accepted (CLI shorthand). */
export function optionalNumber(input: Record<string, unknown>, name: string, integer = false): number | undefined {
  const raw = input[name];
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(raw)}, type: ${typeof raw}, valid types: ${integer ? 'int' : 'float'}`);
  }
  return value;
}

/** A required number member. */
export function requiredNumber(input: Record<string, unknown>, name: string, integer = false): number {
  const value = optionalNumber(input, name, integer);
  if (value === undefined) {
    throw validationError(`1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

/** An optional boolean member (`"true"`/`"false"` strings accepted). */
export function optionalBoolean(input: Record<string, unknown>, name: string): boolean | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (typeof value !== 'boolean') throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(value)}, type: ${typeof value}, valid types: boolean`);
  return value;
}

/** An optional object member. */
export function optionalObject(input: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(value)}, type: ${Array.isArray(value) ? 'list' : typeof value}, valid types: dict`);
  }
  return value as Record<string, unknown>;
}

/** An optional list member. */
export function optionalList(input: Record<string, unknown>, name: string): unknown[] | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(value)}, type: ${typeof value}, valid types: list, tuple`);
  return value;
}

/** An optional list of strings. */
export function optionalStringList(input: Record<string, unknown>, name: string): string[] | undefined {
  const list = optionalList(input, name);
  if (list === undefined) return undefined;
  for (const item of list) {
    if (typeof item !== 'string') throw validationError(`Invalid type for parameter ${name}, value: ${JSON.stringify(item)}, type: ${typeof item}, valid types: string`);
  }
  return list as string[];
}

/** Checks a value against an enum, with AWS's "failed to satisfy constraint" wording. */
export function checkEnum<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw validationError(
      `1 validation error detected: Value '${value}' at '${lowerFirst(name)}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
  return value as T;
}

/** A timestamp member: epoch seconds (number) or an ISO-8601 string, as the CLI accepts. Returns epoch ms. */
export function optionalTimestamp(input: Record<string, unknown>, name: string): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  if (typeof value === 'string') {
    if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
    // A bare date-time is UTC, as the AWS CLI reads it.
    const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) return ms;
  }
  throw validationError(`Invalid timestamp for parameter ${name}: ${JSON.stringify(value)}`);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
