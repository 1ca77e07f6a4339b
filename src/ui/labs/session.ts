/**
 * A learner's state in one lab, kept in localStorage so a reload keeps it: steps reached (with the simulated
 * time), hints revealed per step, solution steps applied, the commands they ran (for "Show solution"'s
 * comparison) and completion. Pure, with the storage injected; loading never throws: unreadable data starts
 * the lab's record fresh and says so, data of an older version of the lab keeps what still fits.
 */

/** What the page knows about the lab's steps. */
export interface SessionStep {
  id: string;
  /** How many hints the step has. */
  hints: number;
}

/** A command the learner (or a solution step) ran in the terminal. */
export interface RecordedCommand {
  text: string;
  /** Set when the page ran it (a solution step); absent for the learner's own. */
  note?: string;
}

/** The saved state. */
export interface LabSession {
  version: 1;
  labId: string;
  reached: Record<string, number>;
  hints: Record<string, number>;
  applied: string[];
  commands: RecordedCommand[];
  /** Wall-clock time the lab was completed (ms), once every step was reached. */
  completedAt?: number;
}

/** The part of Web Storage used. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Commands kept (oldest dropped first) and the longest command kept whole: a huge paste must not fill storage. */
export const MAX_COMMANDS = 200;
export const MAX_COMMAND_CHARS = 2000;

/** The localStorage key of a lab's session. */
export function sessionKey(labId: string): string {
  return `ecs-course:lab:${labId}`;
}

/** A lab not started yet. */
export function emptySession(labId: string): LabSession {
  return { version: 1, labId, reached: {}, hints: {}, applied: [], commands: [] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shortens a command for the record (the terminal keeps the full text). */
export function clipCommand(text: string): string {
  return text.length > MAX_COMMAND_CHARS ? `${text.slice(0, MAX_COMMAND_CHARS)} …[${text.length - MAX_COMMAND_CHARS} more characters]` : text;
}

/** Appends a command to the record, keeping it within its limits. */
export function recordCommand(session: LabSession, command: RecordedCommand): void {
  session.commands.push(command.note === undefined ? { text: clipCommand(command.text) } : { text: clipCommand(command.text), note: command.note });
  if (session.commands.length > MAX_COMMANDS) session.commands.splice(0, session.commands.length - MAX_COMMANDS);
}

/** Reads a lab's session; `notice` is a sentence for the learner when saved data could not be used as is. */
export function loadSession(storage: SessionStorage, labId: string, steps: readonly SessionStep[]): { session: LabSession; notice?: string } {
  let raw: string | null;
  try {
    raw = storage.getItem(sessionKey(labId));
  } catch {
    return { session: emptySession(labId), notice: 'Your work on this lab cannot be saved: this browser blocks site storage.' };
  }
  if (raw === null) return { session: emptySession(labId) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isObject(data) || data['version'] !== 1 || data['labId'] !== labId) {
    return { session: emptySession(labId), notice: 'Your saved state of this lab could not be read, so its steps start unticked. The simulation itself was kept.' };
  }
  const session = emptySession(labId);
  const byId = new Map(steps.map((s) => [s.id, s]));
  let dropped = false;
  if (isObject(data['reached'])) {
    for (const [id, at] of Object.entries(data['reached'])) {
      if (byId.has(id) && typeof at === 'number' && Number.isFinite(at)) session.reached[id] = at;
      else dropped = true;
    }
  }
  if (isObject(data['hints'])) {
    for (const [id, n] of Object.entries(data['hints'])) {
      const step = byId.get(id);
      if (step && typeof n === 'number' && Number.isInteger(n) && n > 0) session.hints[id] = Math.min(n, step.hints);
    }
  }
  if (Array.isArray(data['applied'])) session.applied = [...new Set(data['applied'].filter((id): id is string => typeof id === 'string' && byId.has(id)))];
  if (Array.isArray(data['commands'])) {
    for (const c of data['commands']) {
      if (isObject(c) && typeof c['text'] === 'string') recordCommand(session, typeof c['note'] === 'string' ? { text: c['text'], note: c['note'] } : { text: c['text'] });
    }
  }
  const allReached = steps.length > 0 && steps.every((s) => s.id in session.reached);
  if (typeof data['completedAt'] === 'number' && allReached) session.completedAt = data['completedAt'];
  return dropped ? { session, notice: 'This lab changed since you last worked on it; steps that no longer exist were dropped from your record.' } : { session };
}

/** Saves a session; false when storage is full or disabled (the panel says so). */
export function saveSession(storage: SessionStorage, session: LabSession): boolean {
  try {
    storage.setItem(sessionKey(session.labId), JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a lab's session (Reset lab). */
export function clearSession(storage: SessionStorage, labId: string): void {
  try {
    storage.removeItem(sessionKey(labId));
  } catch {
    // nothing was saved either
  }
}
