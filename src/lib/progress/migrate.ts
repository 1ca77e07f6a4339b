/**
 * Upgrades stored progress from older versions to the current one. Add a step here (and a test)
 * whenever ProgressV<n> changes; never change the meaning of an old version.
 */
import { checkProgressV1, checkProgressV2 } from './guard.ts';
import type { ProgressV1, ProgressV2 } from './model.ts';

/** Version 1 had no timestamps; migrated lessons get `at` (the migration time). */
export function migrateV1(v1: ProgressV1, at: number): ProgressV2 {
  const lessons: ProgressV2['lessons'] = {};
  for (const key of v1.visited) lessons[key] = { status: 'started', startedAt: at };
  for (const key of v1.completed) lessons[key] = { status: 'complete', startedAt: at, completedAt: at };
  return { version: 2, lessons };
}

/** What reading stored progress found. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'current'; data: ProgressV2 }
  | { kind: 'migrated'; data: ProgressV2; from: number }
  | { kind: 'unreadable'; problem: string };

/** Parses the raw stored string and brings it to the current version. Never throws. */
export function readProgress(raw: string | null, now: number): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'it is not valid JSON' };
  }
  const v2 = checkProgressV2(parsed);
  if (v2.ok) return { kind: 'current', data: v2.value };
  const v1 = checkProgressV1(parsed);
  if (v1.ok) return { kind: 'migrated', data: migrateV1(v1.value, now), from: 1 };
  return { kind: 'unreadable', problem: v2.problem };
}
