/** Deep copy of plain JSON data (the core's lib has no `structuredClone`; our state is JSON anyway). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
