/**
 * The learner's text, per editor id, in localStorage: it survives a reload until they press Reset. The starting
 * document's fingerprint is stored with it, so a lesson whose starting document changed does not resurrect a
 * draft of the old one silently (the draft is still offered, with a note).
 */

/** A saved draft. */
export interface Draft {
  text: string;
  /** Fingerprint of the starting document the draft was edited from. */
  base: string;
}

const PREFIX = 'ecs-course:taskdef-editor:';

/** Short, stable fingerprint of a text (FNV-1a, hex). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/** The saved draft for an editor id, if any. */
export function loadDraft(id: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    if (raw === null) return undefined;
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.text === 'string' && typeof d.base === 'string' ? { text: d.text, base: d.base } : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a draft; returns false when storage is unavailable or full (the editor says so). */
export function saveDraft(id: string, draft: Draft): boolean {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft (Reset). */
export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // nothing saved
  }
}
