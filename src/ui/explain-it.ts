/**
 * The explain-it challenges' part of the shared script: one line. The challenges themselves are wired by
 * the <ExplainIt> component's own script (src/ui/challenges/island.ts), which only pages with a
 * challenge load. It needs the progress store, which this script already contains; handing over the
 * factory here lets islands use it without a second copy (see src/lib/progress/page.ts for why).
 */
import { createProgressStore } from '../lib/progress/store.ts';

/** Makes the progress store available to page islands (explain-it, labs). */
export function initExplainIt(): void {
  window.__ecsCourseProgress = createProgressStore;
}
