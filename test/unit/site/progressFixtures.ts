/** Test doubles shared by the progress store tests: an in-memory Storage and a clock that ticks a second per read. */
import type { StorageLike } from '../../../src/lib/progress/store.ts';

/** An in-memory Storage, optionally pre-filled. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

export const clock = (start = 1_700_000_000_000) => {
  let t = start;
  return () => (t += 1000);
};
