/**
 * Type-guarded reads from an untrusted JSON document. The validation rules run on whatever the learner typed, so
 * each rule reads through these and simply skips values of the wrong type (the parameter validation already
 * reports those once).
 */

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The member when it is a string. */
export function getString(obj: JsonObject, key: string): string | undefined {
  const v = obj[key];
  return typeof v === 'string' ? v : undefined;
}

/** The member when it is a finite number. */
export function getNumber(obj: JsonObject, key: string): number | undefined {
  const v = obj[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The member when it is an array. */
export function getArray(obj: JsonObject, key: string): unknown[] | undefined {
  const v = obj[key];
  return Array.isArray(v) ? v : undefined;
}

/** The member when it is an object. */
export function getObject(obj: JsonObject, key: string): JsonObject | undefined {
  const v = obj[key];
  return isObject(v) ? v : undefined;
}

/** True when the member is present (even if null). */
export function has(obj: JsonObject, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/**
 * Sets an own property. Why not `obj[key] = value`: JSON.parse happily produces a `"__proto__"` key (e.g. in
 * `dockerLabels`), and assigning that would replace the object's prototype instead of copying the member.
 */
export function setOwn(obj: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Deep copy of a JSON value (no structuredClone in the pure core's lib). */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v)) as T;
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, cloneJson(v));
    return out as T;
  }
  return value;
}
