/**
 * The timeline's checkpoints as saved in localStorage, so scrubbing back still works after a reload.
 *
 * Snapshots are already JSON text, so they are written into the saved document as they are (no second round of
 * escaping). Storage is shared by every page of the site, so only as many checkpoints as fit `budget`
 * characters are kept: the newest first, then older ones that still fit. Reading validates everything and
 * returns no checkpoint at all for anything malformed; a snapshot from the future of the restored run (t later
 * than the simulation's clock) is dropped.
 */
import type { Checkpoint } from './checkpoints.ts';

/** Format marker of the saved document. */
const VERSION = 1;
/** Characters of snapshot text one page may keep (about 3 MB of UTF-16; a lesson's 3-task state is ~20 KB). */
export const SAVED_CHECKPOINT_BUDGET = 1_500_000;

/** The saved document for `list` (oldest first), within `budget` characters of snapshot text. */
export function encodeCheckpoints(list: readonly Checkpoint<string>[], budget = SAVED_CHECKPOINT_BUDGET): string {
  const kept: Checkpoint<string>[] = [];
  let left = budget;
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.snapshot.length > left) continue;
    left -= c.snapshot.length;
    kept.push(c);
  }
  kept.reverse();
  return `{"v":${VERSION},"items":[${kept.map((c) => `{"t":${c.t},"s":${c.snapshot}}`).join(',')}]}`;
}

/** The checkpoints in a saved document (oldest first), or [] when it is missing or malformed. */
export function decodeCheckpoints(text: string | null, now: number): Checkpoint<string>[] {
  if (!text) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isRecord(doc) || doc['v'] !== VERSION || !Array.isArray(doc['items'])) return [];
  const out: Checkpoint<string>[] = [];
  for (const item of doc['items'] as unknown[]) {
    if (!isRecord(item) || typeof item['t'] !== 'number' || !Number.isFinite(item['t']) || !isSnapshot(item['s'])) return [];
    const t = item['t'];
    if (out.length && t <= out[out.length - 1]!.t) return []; // not in time order: not ours
    if (t > now) break; // the abandoned future of a run that was rewound before the reload
    out.push({ t, snapshot: JSON.stringify(item['s']) });
  }
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The shape restoreSimulation accepts (format 1, a clock and an event queue); the engine checks the rest. */
function isSnapshot(x: unknown): boolean {
  return isRecord(x) && x['formatVersion'] === 1 && typeof x['now'] === 'number' && Array.isArray(x['queue']);
}
