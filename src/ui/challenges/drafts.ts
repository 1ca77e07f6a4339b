/**
 * Drafts of explain-it answers: saved in localStorage while the learner types (debounced), restored on
 * the next visit. Separate from graded attempts (src/lib/progress/challenges.ts): a draft is whatever is
 * in the box now, an attempt is what was last checked.
 */
const PREFIX = 'ecs-course:explain:';
/** Wait this long after the last keystroke before saving. */
export const DRAFT_DELAY_MS = 400;

/** The saved draft of a challenge box (key: lesson + challenge id), or undefined when storage is blocked. */
export function readDraft(key: string): string | undefined {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return undefined;
  }
}

/**
 * Saves the draft whenever the box changes; `status` gets a short "saved" / "not saved" sentence.
 * Returns `flush`, which saves at once (on Check, so the checked answer is the draft a reload shows);
 * leaving the page flushes too, so a keystroke within the delay is not lost.
 */
export function keepDraft(key: string, area: HTMLTextAreaElement, status: (text: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    try {
      localStorage.setItem(PREFIX + key, area.value);
      status('Draft saved.');
    } catch {
      status('Draft not saved: browser storage is blocked or full.');
    }
  };
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(flush, DRAFT_DELAY_MS);
  });
  addEventListener('pagehide', () => timer !== undefined && flush());
  return flush;
}
