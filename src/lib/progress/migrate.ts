/**
 * Upgrades stored progress from older versions to the current one. Add a step here (and a test)
 * whenever ProgressV<n> changes; never change the meaning of an old version.
 */
import { checkProgressStored, checkProgressV1 } from './guard.ts';
import type { ProgressV1, ProgressV2, ProgressV3 } from './model.ts';

/** Version 1 had no timestamps; migrated lessons get `at` (the migration time). */
export function migrateV1(v1: ProgressV1, at: number): ProgressV2 {
  const lessons: ProgressV2['lessons'] = {};
  for (const key of v1.visited) lessons[key] = { status: 'started', startedAt: at };
  for (const key of v1.completed) lessons[key] = { status: 'complete', startedAt: at, completedAt: at };
  return { version: 2, lessons };
}

/** Version 2 had lessons only; version 3 adds (empty) challenges and labs. */
export function migrateV2(v2: ProgressV2): ProgressV3 {
  return { version: 3, lessons: v2.lessons, challenges: {}, labs: {} };
}

/** What reading stored progress found. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'current'; data: ProgressV3 }
  | { kind: 'migrated'; data: ProgressV3; from: number }
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
  const stored = checkProgressStored(parsed);
  if (stored.ok) return stored.value.version === 3 ? { kind: 'current', data: stored.value } : { kind: 'migrated', data: migrateV2(stored.value), from: 2 };
  const v1 = checkProgressV1(parsed);
  if (v1.ok) return { kind: 'migrated', data: migrateV2(migrateV1(v1.value, now)), from: 1 };
  return { kind: 'unreadable', problem: stored.problem };
}
