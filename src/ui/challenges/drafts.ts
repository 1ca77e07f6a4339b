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

/** Saves the draft whenever the box changes; `status` gets a short "saved" / "not saved" sentence. */
export function keepDraft(key: string, area: HTMLTextAreaElement, status: (text: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        localStorage.setItem(PREFIX + key, area.value);
        status('Draft saved.');
      } catch {
        status('Draft not saved: browser storage is blocked or full.');
      }
    }, DRAFT_DELAY_MS);
  });
}
