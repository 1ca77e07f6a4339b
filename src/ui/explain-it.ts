/**
 * The explain-it challenges' part of the shared script, kept to a few lines because every page carries it:
 * 1. hand the progress store's factory to page islands (explain-it, labs) so they need no second copy of it
 *    (src/lib/progress/page.ts says why);
 * 2. on pages with a challenge, import its island (src/ui/challenges/island.ts: drafts, grading, feedback)
 *    when a challenge comes near the viewport or takes focus, so a page read only to its middle, or an
 *    editor lesson before its editor starts, loads none of it.
 */
import { createProgressStore } from '../lib/progress/store.ts';

/** Makes the progress store available to islands and starts the challenges' island when one is near. */
export function initExplainIt(): void {
  window.__ecsCourseProgress = createProgressStore;
  const sections = document.querySelectorAll('[data-explain-it]');
  if (!sections.length) return;
  const start = () => {
    near.disconnect();
    void import('./challenges/island.ts');
  };
  const near = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && start(), { rootMargin: '50% 0px' });
  for (const s of sections) {
    near.observe(s);
    s.addEventListener('focusin', start, { once: true });
  }
}
